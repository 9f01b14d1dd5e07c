package dev.cvp.cpu.kernel;

import java.util.SplittableRandom;

/**
 * Estimates pi by throwing random points at the unit square and counting those inside the
 * quarter circle: embarrassingly parallel, as long as nothing is shared.
 *
 * <p>Each unit seeds its own {@link SplittableRandom} from (task, unit), so no generator is shared
 * between threads (a shared {@code java.util.Random} would serialise them on its atomic seed) and
 * the result is the same whichever thread runs the unit, in whatever order. A unit returns the
 * number of hits; {@code 4 * hits / samples} approaches pi.
 *
 * <p>Default: 16 units of 100,000 samples per task (roughly 0.2 ms per unit, 3 ms per task).
 */
public final class MonteCarloKernel extends AbstractKernel {

    /** Default units per task. */
    public static final int DEFAULT_UNITS = 16;
    /** Default points per unit. */
    public static final int DEFAULT_SAMPLES_PER_UNIT = 100_000;

    private static final long SEED = 0x5DEECE66DL;

    private final int samplesPerUnit;

    /** A kernel at the benchmark size. */
    public MonteCarloKernel(int tasks) {
        this(tasks, DEFAULT_UNITS, DEFAULT_SAMPLES_PER_UNIT);
    }

    /**
     * @param tasks          tasks per operation, at least 1
     * @param units          units per task, at least 1
     * @param samplesPerUnit points per unit, at least 1
     */
    public MonteCarloKernel(int tasks, int units, int samplesPerUnit) {
        super("montecarlo", tasks, units);
        if (samplesPerUnit < 1) {
            throw new IllegalArgumentException("montecarlo needs samplesPerUnit >= 1, got " + samplesPerUnit);
        }
        this.samplesPerUnit = samplesPerUnit;
    }

    /** Points thrown by one whole operation. */
    public long samples() {
        return (long) tasks() * unitsPerTask() * samplesPerUnit;
    }

    @Override
    public long computeUnit(int task, int unit) {
        SplittableRandom random = new SplittableRandom(SEED ^ ((long) task * unitsPerTask() + unit) * 0x9E3779B97F4A7C15L);
        long hits = 0;
        for (int i = 0; i < samplesPerUnit; i++) {
            double x = random.nextDouble();
            double y = random.nextDouble();
            if (x * x + y * y <= 1.0) {
                hits++;
            }
        }
        return hits;
    }
}
