package dev.cvp.report.stats;

/**
 * Checks a run's controls from their speedup intervals (1 core against k cores).
 *
 * <p>A control fails only when its whole 95% interval is outside its band, so noise alone does
 * not cry "disturbed"; an interval that reaches out of the band but not wholly outside it leaves
 * the control {@link ControlCheck.Verdict#UNCONFIRMED}, which the report should say too (never a
 * silent "sequential 1.49x").
 */
public final class Controls {

    /**
     * Sequential may move by ±10% with cores: the JIT and GC threads get the extra cores (1.04
     * on a quiet 2-core machine), more than that is the machine, not the code.
     */
    public static final double DEFAULT_SEQUENTIAL_TOLERANCE = 0.10;

    /**
     * A clean kernel may fall 15% short of k (fork-join fib gives 1.86 on a quiet 2-core
     * machine; 1.55 with a busy loop beside it) ...
     */
    public static final double DEFAULT_KERNEL_SHORTFALL = 0.15;

    /** ... and exceed k by 5% at most: more means the 1-core side was slowed down. */
    public static final double DEFAULT_KERNEL_EXCESS = 0.05;

    private final double sequentialTolerance;
    private final double kernelShortfall;
    private final double kernelExcess;

    /** The default tolerances. */
    public Controls() {
        this(DEFAULT_SEQUENTIAL_TOLERANCE, DEFAULT_KERNEL_SHORTFALL, DEFAULT_KERNEL_EXCESS);
    }

    /** Relative tolerances, e.g. 0.10 for ±10%. */
    public Controls(double sequentialTolerance, double kernelShortfall, double kernelExcess) {
        if (!(sequentialTolerance >= 0 && kernelShortfall >= 0 && kernelShortfall < 1 && kernelExcess >= 0)) {
            throw new IllegalArgumentException("control tolerances must be >= 0 (kernel shortfall below 1): "
                    + sequentialTolerance + ", " + kernelShortfall + ", " + kernelExcess);
        }
        this.sequentialTolerance = sequentialTolerance;
        this.kernelShortfall = kernelShortfall;
        this.kernelExcess = kernelExcess;
    }

    /** The speedups {@code sequential} may show: 1 ± the sequential tolerance. */
    public Band sequentialBand() {
        return Band.around(1, sequentialTolerance);
    }

    /**
     * The sequential control alone, for a run whose clean parallel kernel is not known:
     * {@link Band.Fit#OUTSIDE} means sequential code changed speed with cores, which only the
     * machine (a busy neighbour, steal time, drift) can explain.
     */
    public Band.Fit sequential(Interval sequentialSpeedup) {
        return sequentialBand().fit(sequentialSpeedup);
    }

    /**
     * @param sequentialSpeedup sequential's speedup interval at {@code cores} (must be about 1)
     * @param kernelSpeedup     a clean, perfectly parallel kernel's (must be about {@code cores})
     * @param cores             the core count both were measured at against 1 core; at least 2
     */
    public ControlCheck check(Interval sequentialSpeedup, Interval kernelSpeedup, int cores) {
        if (cores < 2) {
            throw new IllegalArgumentException("controls: cores " + cores
                    + " has nothing to check; speedups compare 1 core with 2 or more");
        }
        Band sequential = sequentialBand();
        Band kernel = new Band(cores * (1 - kernelShortfall), cores * (1 + kernelExcess));
        return new ControlCheck(sequential.fit(sequentialSpeedup), kernel.fit(kernelSpeedup), sequential, kernel);
    }
}
