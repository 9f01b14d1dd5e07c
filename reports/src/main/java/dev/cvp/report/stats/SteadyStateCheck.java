package dev.cvp.report.stats;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.descriptive.rank.Median;

/**
 * Whether measured iterations show a trend (warm-up not finished, a heap filling up, thermal
 * throttling): the Mann-Kendall test, i.e. Kendall's S of value against iteration index, summed
 * over forks when a cell has several (each fork warms up on its own, so a real trend shows in
 * every fork in the same direction), with its exact null distribution (every order of a fork's
 * iterations equally likely).
 *
 * <p>A cell is {@link Trend.Verdict#NOT_SETTLED} when the trend is significant at the check's
 * level and the values drift by at least {@code minDrift} of their median across the
 * iterations. The test is exact, so on iid noise it fires at most at its level (less when the
 * level falls between attainable p-values); the drift threshold keeps it from flagging trends
 * too small to change a finding. Ranks make it indifferent to an outlying iteration and to the
 * noise's distribution. Ties (equal values) count as neither up nor down, which only makes the
 * test more conservative.
 */
public final class SteadyStateCheck {

    /**
     * The report's level: a run checks hundreds of forks, so at 5% a dozen would be flagged by
     * chance alone; at 1% a few, and the drift threshold removes most of those.
     */
    public static final double DEFAULT_LEVEL = 0.01;

    /**
     * The report's smallest drift worth flagging: 2% from first to last iteration moves the mean
     * by about 1%, under the tightest interval the report asks for (a speedup of 1.9 ± 0.05).
     */
    public static final double DEFAULT_MIN_DRIFT = 0.02;

    /** Above this many pairs in total, the normal approximation replaces the exact distribution. */
    private static final int EXACT_PAIRS = 20_000;

    private final double level;
    private final double minDrift;

    /** {@link #DEFAULT_LEVEL} and {@link #DEFAULT_MIN_DRIFT}. */
    public SteadyStateCheck() {
        this(DEFAULT_LEVEL, DEFAULT_MIN_DRIFT);
    }

    /**
     * @param level    the test's significance level, in (0, 1)
     * @param minDrift the smallest relative drift to flag, 0 to flag any significant trend
     */
    public SteadyStateCheck(double level, double minDrift) {
        if (!(level > 0 && level < 1) || !(minDrift >= 0)) {
            throw new IllegalArgumentException("steady-state check: level " + level + " must be in (0, 1) and minDrift "
                    + minDrift + " must be >= 0");
        }
        this.level = level;
        this.minDrift = minDrift;
    }

    /** One fork's measured iterations, in the order they ran. */
    public Trend check(double[] iterations) {
        return check(List.of(iterations));
    }

    /** Every fork's (or round's) measured iterations, each in the order they ran. */
    public Trend check(List<double[]> forks) {
        List<double[]> used = new ArrayList<>();
        long s = 0;
        long pairs = 0;
        int n = 0;
        for (double[] fork : forks) {
            if (fork.length < 2) {
                continue;
            }
            used.add(fork);
            s += kendallS(fork);
            pairs += (long) fork.length * (fork.length - 1) / 2;
            n += fork.length;
        }
        if (used.isEmpty() || smallestPValue(used) > level) {
            return new Trend(Trend.Verdict.TOO_FEW_ITERATIONS, Double.NaN, Double.NaN, Double.NaN, used.size(), n);
        }
        double p = pairs <= EXACT_PAIRS ? exactPValue(used, s, pairs) : normalPValue(used, s);
        double drift = drift(used, pairs, n);
        boolean flagged = p <= level && !(Math.abs(drift) < minDrift);
        return new Trend(flagged ? Trend.Verdict.NOT_SETTLED : Trend.Verdict.SETTLED, (double) s / pairs, p, drift,
                used.size(), n);
    }

    /** The number of rising pairs minus falling pairs, over pairs in iteration order. */
    private static long kendallS(double[] x) {
        long s = 0;
        for (int i = 0; i < x.length; i++) {
            for (int j = i + 1; j < x.length; j++) {
                s += x[j] > x[i] ? 1 : x[j] < x[i] ? -1 : 0;
            }
        }
        return s;
    }

    /** The p-value of a perfectly monotone series: 2 / (n1! n2! ...). */
    private static double smallestPValue(List<double[]> forks) {
        double p = 2;
        for (double[] fork : forks) {
            for (int k = 2; k <= fork.length; k++) {
                p /= k;
            }
        }
        return Math.min(1, p);
    }

    /**
     * S = pairs - 2 x inversions; each fork's inversion count has the Mahonian distribution
     * (built one iteration at a time: the m-th adds 0..m-1 inversions, each equally likely), and
     * the forks' counts add. The distribution is symmetric, so P(|S| >= |s|) is twice a tail.
     */
    private static double exactPValue(List<double[]> forks, long s, long pairs) {
        double[] total = {1};
        for (double[] fork : forks) {
            double[] one = {1};
            for (int m = 2; m <= fork.length; m++) {
                one = convolveUniform(one, m);
            }
            total = convolve(total, one);
        }
        long maxInversions = (pairs - Math.abs(s)) / 2;
        double tail = 0;
        for (int k = 0; k <= maxInversions; k++) {
            tail += total[k];
        }
        return Math.min(1, 2 * tail);
    }

    /** The distribution of X + U, U uniform on 0..m-1. */
    private static double[] convolveUniform(double[] p, int m) {
        double[] out = new double[p.length + m - 1];
        double window = 0;
        for (int k = 0; k < out.length; k++) {
            if (k < p.length) {
                window += p[k];
            }
            if (k - m >= 0) {
                window -= p[k - m];
            }
            out[k] = window / m;
        }
        return out;
    }

    private static double[] convolve(double[] a, double[] b) {
        double[] out = new double[a.length + b.length - 1];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                out[i + j] += a[i] * b[j];
            }
        }
        return out;
    }

    private static double normalPValue(List<double[]> forks, long s) {
        double variance = 0;
        for (double[] fork : forks) {
            double n = fork.length;
            variance += n * (n - 1) * (2 * n + 5) / 18;
        }
        double z = Math.max(0, Math.abs(s) - 1) / Math.sqrt(variance);
        return 2 * (1 - new NormalDistribution(null, 0, 1).cumulativeProbability(z));
    }

    /** Theil-Sen: the median of every within-fork pairwise slope, times the span, over the median value. */
    private static double drift(List<double[]> forks, long pairs, int n) {
        double[] slopes = new double[Math.toIntExact(pairs)];
        double[] values = new double[n];
        int p = 0;
        int v = 0;
        double span = 0;
        for (double[] fork : forks) {
            for (int i = 0; i < fork.length; i++) {
                values[v++] = fork[i];
                for (int j = i + 1; j < fork.length; j++) {
                    slopes[p++] = (fork[j] - fork[i]) / (j - i);
                }
            }
            span += fork.length - 1;
        }
        span /= forks.size();
        Median median = new Median();
        return median.evaluate(slopes) * span / Math.abs(median.evaluate(values));
    }
}
