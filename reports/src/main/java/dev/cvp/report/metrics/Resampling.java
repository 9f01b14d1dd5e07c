package dev.cvp.report.metrics;

import dev.cvp.report.model.Estimate;
import dev.cvp.report.model.Mode;
import dev.cvp.report.model.Workload;
import dev.cvp.report.stats.HierarchicalBootstrap;
import dev.cvp.report.stats.Interval;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Where the report's intervals come from: a score's 95% interval and a ratio's (gain, speedup,
 * a machine against another), each from {@link HierarchicalBootstrap} over the estimates' raw
 * data, forks (or rounds) then iterations. No interval is propagated from another: every
 * ratio is resampled from the two sides' own iterations.
 *
 * <p>An interval is centred on JMH's score (or the ratio of two scores), which the tables
 * print: for average time, throughput and single shot that is the mean of the iterations, as
 * the bootstrap's estimate is; in sample mode JMH weights iterations by their sample counts and
 * the interval is shifted by that small difference. A side without raw data (a derived figure,
 * a file without rawData), or with a value that is not a positive finite number, gives a ratio
 * with no interval.
 *
 * <p><b>Resamples.</b> {@link HierarchicalBootstrap#DEFAULT_RESAMPLES} per interval, except in
 * bundles of more than {@link #LARGE_BUNDLE_CELLS} measured cells, whose workloads use
 * {@link #LARGE_BUNDLE_RESAMPLES} (see {@link #useFewerResamples}): a report prints about three
 * intervals per cell, at some 0.1 ms of CPU each for one fork of three iterations, and the
 * ends' Monte-Carlo error at 1,000 resamples is still well under their distance from the
 * estimate. The choice is kept on each workload, so all of its figures use the same count.
 */
public final class Resampling {

    /** Above this many measured cells a bundle's intervals use {@link #LARGE_BUNDLE_RESAMPLES}. */
    public static final int LARGE_BUNDLE_CELLS = 2_500;
    /** Resamples per interval in a bundle of more than {@link #LARGE_BUNDLE_CELLS} cells. */
    public static final int LARGE_BUNDLE_RESAMPLES = 1_000;

    private static final HierarchicalBootstrap BOOTSTRAP = new HierarchicalBootstrap();
    private static final HierarchicalBootstrap FEWER = new HierarchicalBootstrap(LARGE_BUNDLE_RESAMPLES,
            HierarchicalBootstrap.DEFAULT_SEED);
    private static final String KEY = "resampling";

    private Resampling() {
    }

    /** Makes the workload's intervals use {@link #LARGE_BUNDLE_RESAMPLES}; call before any is computed. */
    public static void useFewerResamples(Workload w) {
        w.derived(KEY, () -> FEWER);
    }

    /** The bootstrap a workload's figures are computed with. */
    static HierarchicalBootstrap of(Workload w) {
        return w.derived(KEY, () -> BOOTSTRAP);
    }

    /** The score's 95% interval with the default resamples (a cross-machine comparison). */
    public static Interval mean(Estimate e) {
        return mean(BOOTSTRAP, e);
    }

    /** The score's 95% interval; not {@link Interval#sufficient() sufficient} with fewer than 2 iterations. */
    static Interval mean(HierarchicalBootstrap bootstrap, Estimate e) {
        Interval i;
        try {
            i = bootstrap.mean(e.forks());
        } catch (IllegalArgumentException notFinite) {
            return Ratio.withoutInterval(e.score()).interval();
        }
        return centred(i, e.score());
    }

    /**
     * How many times better {@code other} is than {@code base}: {@code base / other} for time
     * per operation (lower is better), {@code other / base} for throughput.
     */
    public static Ratio improvement(Mode mode, Estimate base, Estimate other) {
        return improvement(BOOTSTRAP, mode, base, other, false);
    }

    /**
     * The same within one run (a gain, a speedup): where both sides carry the same {@value #MIN_PAIRS}
     * or more rounds, measured in alternation, the rounds are resampled as pairs
     * ({@link HierarchicalBootstrap#pairedRatio}), so that what slowed both sides of a round
     * cancels. The pairing is fixed by the run's plan, not chosen by which interval is narrower;
     * with fewer rounds (one: nothing to pair; two: one degree of freedom, wider than the
     * unpaired interval) the sides are resampled independently.
     */
    static Ratio improvement(HierarchicalBootstrap bootstrap, Mode mode, Estimate base, Estimate other) {
        return improvement(bootstrap, mode, base, other, true);
    }

    /** Rounds both sides need for a paired interval. */
    static final int MIN_PAIRS = 3;

    private static Ratio improvement(HierarchicalBootstrap bootstrap, Mode mode, Estimate base, Estimate other,
                                     boolean pairRounds) {
        Estimate num = mode.higherIsBetter() ? other : base;
        Estimate den = mode.higherIsBetter() ? base : other;
        double value = num.score() / den.score();
        if (num.sampleCount() == 0 || den.sampleCount() == 0 || !positive(num) || !positive(den)) {
            return Ratio.withoutInterval(value);
        }
        SortedSet<Integer> rounds = new TreeSet<>(num.rounds());
        Interval i = pairRounds && rounds.size() >= MIN_PAIRS && rounds.equals(new TreeSet<>(den.rounds()))
                ? bootstrap.pairedRatio(byRound(num, rounds), byRound(den, rounds))
                : bootstrap.ratio(num.forks(), den.forks());
        return new Ratio(value, centred(i, value));
    }

    /** The estimate's forks grouped by round, in the rounds' order. */
    private static List<List<double[]>> byRound(Estimate e, SortedSet<Integer> rounds) {
        List<List<double[]>> out = new ArrayList<>();
        List<double[]> forks = e.forks();
        for (int r : rounds) {
            List<double[]> mine = new ArrayList<>();
            for (int f = 0; f < forks.size(); f++) {
                if (e.rounds().get(f) == r) {
                    mine.add(forks.get(f));
                }
            }
            out.add(mine);
        }
        return out;
    }

    private static boolean positive(Estimate e) {
        if (!(e.score() > 0) || !Double.isFinite(e.score())) {
            return false;
        }
        for (double v : e.samples()) {
            if (!(v > 0) || !Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    /** The interval moved so that its estimate is {@code value}: scaled for positive values, else shifted. */
    private static Interval centred(Interval i, double value) {
        if (!i.sufficient()) {
            return new Interval(value, Double.NaN, Double.NaN, i.method(), i.degreesOfFreedom(), i.sides());
        }
        double est = i.estimate();
        if (est == value) {
            return i;
        }
        if (est > 0 && value > 0) {
            double f = value / est;
            return new Interval(value, i.lower() * f, i.upper() * f, i.method(), i.degreesOfFreedom(), i.sides());
        }
        double d = value - est;
        return new Interval(value, i.lower() + d, i.upper() + d, i.method(), i.degreesOfFreedom(), i.sides());
    }
}
