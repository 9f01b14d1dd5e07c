package dev.cvp.report.analysis;

import dev.cvp.bundle.Invocation;
import dev.cvp.report.metrics.Ratio;
import dev.cvp.report.stats.HierarchicalBootstrap;
import dev.cvp.report.stats.Interval;
import dev.cvp.report.stats.SampleSize;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * How steadily the machine computed through the whole run, by the runner's speed probe (a fixed
 * computation timed once a second on the pinned CPUs, {@code probeMicros} in run.json's load
 * records): its slow seconds (the 90th percentile of every probe's time) over its fast ones (the
 * 10th, the probe's own "full speed"). On a shared host the other guests take CPU time that
 * neither steal nor {@code /proc} shows, in spells too short and too mild (under the report's 1.25x
 * for a slow spell) to set any result aside, and every interval of the run is wider for them.
 *
 * <p>On the 2-vCPU development machine, in quick runs of bench-cpu at 1 and 2 cores over two days,
 * the quiet-machine figures of fib's clean kernels (speedup 1.85 or more, interval within ±0.05)
 * held in 3 of the 8 runs whose spread stayed within about 1.08 (three misses had a stray JVM named
 * at the top, two the older one-iteration warm-up) and in 1 of the 8 at 1.09-1.14, several of
 * which had nothing at their top to explain it:
 * hence {@value #UNSTEADY}. The interval comes from resampling blocks of {@value Drift#BLOCK}
 * consecutive probes of each invocation (a spell lasts a few seconds), as {@link Drift} does.
 */
public final class Steadiness {

    /** Slow seconds more than this many times slower than fast ones: the run is said to be unsteady. */
    public static final double UNSTEADY = 1.08;

    /** Below this many probes in the whole run, steadiness is not judged. */
    static final int MIN_PROBES = 30;

    private static final double FAST = 10;
    private static final double SLOW = 90;

    private final Ratio spread;
    private final int probes;

    private Steadiness(Ratio spread, int probes) {
        this.spread = spread;
        this.probes = probes;
    }

    /**
     * From run.json's successful invocations that recorded the probe's times; empty with fewer than
     * {@value #MIN_PROBES} probes (older bundles, no probe, a very short run).
     */
    public static Optional<Steadiness> of(List<Invocation> invocations) {
        return ofProbes(invocations.stream().filter(i -> i.ok() && i.load() != null && i.load().probeMicros() != null)
                .map(i -> i.load().probeMicros()).toList());
    }

    /** From each invocation's probe times, in the order they ended. */
    static Optional<Steadiness> ofProbes(List<List<Double>> perInvocation) {
        List<double[]> blocks = new ArrayList<>();
        perInvocation.forEach(micros -> blocks.addAll(Drift.blocks(micros)));
        int probes = blocks.stream().mapToInt(b -> b.length).sum();
        if (probes < MIN_PROBES) {
            return Optional.empty();
        }
        return Optional.of(new Steadiness(spread(blocks, probes), probes));
    }

    /** The 90th over the 10th percentile of the probes, with a 95% interval from resampled blocks. */
    private static Ratio spread(List<double[]> blocks, int probes) {
        double estimate = spreadOf(blocks.stream().flatMapToDouble(Arrays::stream).toArray());
        int resamples = HierarchicalBootstrap.DEFAULT_RESAMPLES;
        SplittableRandom random = new SplittableRandom(HierarchicalBootstrap.DEFAULT_SEED);
        double[] replicates = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            double[] drawn = new double[probes];
            int n = 0;
            while (n < probes) {
                double[] block = blocks.get(random.nextInt(blocks.size()));
                int take = Math.min(block.length, probes - n);
                System.arraycopy(block, 0, drawn, n, take);
                n += take;
            }
            replicates[r] = spreadOf(drawn);
        }
        Percentile ends = new Percentile();
        ends.setData(replicates);
        double tail = (1 - Interval.CONFIDENCE) / 2 * 100;
        return new Ratio(estimate, new Interval(estimate, ends.evaluate(tail), ends.evaluate(100 - tail),
                Interval.Method.BLOCKS, blocks.size() - 1, List.of(new SampleSize(blocks.size(), probes))));
    }

    private static double spreadOf(double[] micros) {
        Percentile p = new Percentile();
        p.setData(micros);
        return p.evaluate(SLOW) / p.evaluate(FAST);
    }

    /** The slow seconds' probe time over the fast seconds', with its interval (1.05 = 5% apart). */
    public Ratio spread() {
        return spread;
    }

    /** How many probes it came from. */
    public int probes() {
        return probes;
    }

    /** Whether the whole interval lies above {@value #UNSTEADY}: measurably unsteady. */
    public boolean unsteady() {
        return spread.above(UNSTEADY);
    }
}
