package dev.cvp.report.stats;

import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * 95% intervals for the mean of one side and for the ratio of two independent sides' means
 * (speedup, gain), from a seeded hierarchical bootstrap: forks (or rounds) are resampled with
 * replacement, then iterations within each chosen fork (Kalibera and Jones, "Rigorous
 * benchmarking in reasonable time", ISMM 2013). A side with one fork has only its iterations
 * resampled and the result says so ({@link Interval.Method#ITERATIONS_ONLY}); a side with fewer
 * than 2 values gets {@link Interval.Method#INSUFFICIENT_DATA} and no interval.
 *
 * <p><b>Construction: percentile on the log scale, widened to Student's t.</b> A ratio's replicates
 * are {@code log(mean a*) - log(mean b*)} and a mean's are {@code log(mean*)} (linear when a
 * value is not positive): on that scale a ratio is a difference, lognormal noise is symmetric,
 * and the ends map back to an interval that is asymmetric the right way round. The plain
 * percentile interval is then too narrow for the samples benchmarks have: with n values the
 * bootstrap's variance is (n-1)/n of the data's, and its quantiles are normal where Student's t
 * at few degrees of freedom is far wider (4.30 against 1.96 at 3 iterations); and resampling
 * iterations within forks adds their noise again where forks already differ. Measured over 4,000
 * seeded trials of lognormal data, a plain percentile interval for a ratio covers the true ratio
 * 80% of the time with 1 fork x 3 iterations a side and 75% with 2 x 10 when forks differ, not
 * 95%. BCa does not help: it corrects bias and skew, not that narrowness, and its acceleration
 * (a jackknife over forks) means nothing with one to three forks. So each end's distance from
 * the estimate is scaled by
 * {@code t(df) * s / (z * sd*)}, where {@code sd*} is the replicates' standard deviation and
 * {@code s} the standard error of the estimate from the data's own design: the spread of the
 * fork means, with forks - 1 degrees of freedom, or of the iterations when there is one fork (see
 * {@code ForkedSample}); for a ratio the two sides' relative variances add and the degrees of
 * freedom are Welch-Satterthwaite's. The bootstrap gives the shape (skew, an outlying
 * iteration), the design gives the width; on normal data it is Student's t interval. Its
 * coverage, measured the same way for 1 x 3, 1 x 10, 2 x 10, 3 x 10, 5 x 10 and 6 x 5 with and
 * without differences between forks, is 94% to 98%; the package's tests hold it there.
 *
 * <p><b>Resamples.</b> {@link #DEFAULT_RESAMPLES} (2,000) for the report: the ends are quantiles
 * of the replicates, whose Monte-Carlo error at 2,000 is a few percent of the half-width (Efron
 * and Tibshirani advise 1,000-2,000 for percentile intervals), and it costs about 1 ms per ratio
 * of two 3 x 10 sides and 0.5 ms per mean, under a second for a report of 250 rows with a mean
 * and two ratios each. Tests use 1,000.
 *
 * <p>Every call starts from the same seed, so an interval depends only on its data: a report
 * is reproducible, and does not change when rows are added or reordered.
 */
public final class HierarchicalBootstrap {

    /** Resamples per interval in the report. */
    public static final int DEFAULT_RESAMPLES = 2000;

    /** The report's seed: any fixed number; intervals must be reproducible, not lucky. */
    public static final long DEFAULT_SEED = 11L;

    private static final double Z = new NormalDistribution(null, 0, 1)
            .inverseCumulativeProbability(0.5 + Interval.CONFIDENCE / 2);

    private final int resamples;
    private final long seed;

    /** {@link #DEFAULT_RESAMPLES} resamples from {@link #DEFAULT_SEED}. */
    public HierarchicalBootstrap() {
        this(DEFAULT_RESAMPLES, DEFAULT_SEED);
    }

    public HierarchicalBootstrap(int resamples, long seed) {
        if (resamples < 100) {
            throw new IllegalArgumentException("resamples: " + resamples
                    + " is too few for the 2.5% and 97.5% quantiles; use at least 100 (the report uses "
                    + DEFAULT_RESAMPLES + ")");
        }
        this.resamples = resamples;
        this.seed = seed;
    }

    /**
     * The mean of every iteration of every fork, with its 95% interval.
     *
     * @param forks one array of iteration values per fork (or round); empty arrays are ignored
     * @throws IllegalArgumentException when a value is NaN or infinite
     */
    public Interval mean(List<double[]> forks) {
        ForkedSample side = ForkedSample.of(forks, "mean");
        List<SampleSize> sizes = List.of(side.size());
        if (side.iterations() < 2) {
            return Interval.insufficient(side.mean(), sizes);
        }
        boolean log = side.allPositive();
        SplittableRandom random = new SplittableRandom(seed);
        double[] replicates = new double[resamples];
        for (int i = 0; i < resamples; i++) {
            double m = side.resampledMean(random);
            replicates[i] = log ? Math.log(m) : m;
        }
        double sd = Math.sqrt(side.varianceOfMean());
        double estimate = log ? Math.log(side.mean()) : side.mean();
        double[] ends = widenedPercentile(replicates, estimate, log ? sd / side.mean() : sd,
                side.degreesOfFreedom());
        return new Interval(side.mean(), log ? Math.exp(ends[0]) : ends[0], log ? Math.exp(ends[1]) : ends[1],
                method(side), side.degreesOfFreedom(), sizes);
    }

    /**
     * {@code mean(numerator) / mean(denominator)} with its 95% interval, the two sides resampled
     * independently. For a speedup of time per operation pass the 1-core side as numerator;
     * for throughput, the k-core side.
     *
     * @throws IllegalArgumentException when a value is not a positive finite number
     */
    public Interval ratio(List<double[]> numerator, List<double[]> denominator) {
        ForkedSample a = ForkedSample.of(numerator, "ratio numerator");
        ForkedSample b = ForkedSample.of(denominator, "ratio denominator");
        requirePositive(a, "numerator");
        requirePositive(b, "denominator");
        List<SampleSize> sizes = List.of(a.size(), b.size());
        double ratio = a.mean() / b.mean();
        if (a.iterations() < 2 || b.iterations() < 2) {
            return Interval.insufficient(ratio, sizes);
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] replicates = new double[resamples];
        for (int i = 0; i < resamples; i++) {
            replicates[i] = Math.log(a.resampledMean(random)) - Math.log(b.resampledMean(random));
        }
        double va = a.varianceOfMean() / (a.mean() * a.mean());
        double vb = b.varianceOfMean() / (b.mean() * b.mean());
        double df = va + vb == 0
                ? a.degreesOfFreedom() + b.degreesOfFreedom()
                : (va + vb) * (va + vb) / (va * va / a.degreesOfFreedom() + vb * vb / b.degreesOfFreedom());
        double[] ends = widenedPercentile(replicates, Math.log(ratio), Math.sqrt(va + vb), df);
        Interval.Method method = a.forks() > 1 && b.forks() > 1
                ? Interval.Method.FORKS_THEN_ITERATIONS
                : Interval.Method.ITERATIONS_ONLY;
        return new Interval(ratio, Math.exp(ends[0]), Math.exp(ends[1]), method, df, sizes);
    }

    /**
     * {@code mean(numerator) / mean(denominator)} with its 95% interval where the two sides were
     * measured in pairs: pair {@code i} holds the numerator's forks and the denominator's forks of
     * one round, measured close in time (the runner alternates core counts round by round). The
     * pairs are resampled together, then each side's forks and iterations within a chosen pair, so
     * that a drift or a neighbour that slowed both sides of a pair cancels in the ratio instead of
     * widening it. The width comes from the pairs' own spread, with pairs - 1 degrees of freedom:
     * the delta method's {@code u_i = w_i (a_i - a) / a - v_i (b_i - b) / b} for pair means
     * {@code a_i}, {@code b_i} weighed by their shares {@code w_i}, {@code v_i} of each side's
     * iterations (the unpaired {@link #ratio} with fork means, less twice their covariance).
     * Fewer than 2 pairs give {@link Interval.Method#INSUFFICIENT_DATA}.
     *
     * @param numerator   per pair, the numerator's forks
     * @param denominator per pair, the denominator's forks (the same number of pairs)
     * @throws IllegalArgumentException when the pair counts differ, a pair's side has no value, or
     *                                  a value is not a positive finite number
     */
    public Interval pairedRatio(List<List<double[]>> numerator, List<List<double[]>> denominator) {
        if (numerator.size() != denominator.size()) {
            throw new IllegalArgumentException("paired ratio: " + numerator.size() + " numerator pair(s) against "
                    + denominator.size() + "; pass one entry per pair on both sides");
        }
        int n = numerator.size();
        ForkedSample[] a = new ForkedSample[n];
        ForkedSample[] b = new ForkedSample[n];
        double sumA = 0;
        double sumB = 0;
        int countA = 0;
        int countB = 0;
        for (int i = 0; i < n; i++) {
            a[i] = ForkedSample.of(numerator.get(i), "paired ratio numerator, pair " + (i + 1));
            b[i] = ForkedSample.of(denominator.get(i), "paired ratio denominator, pair " + (i + 1));
            if (a[i].iterations() == 0 || b[i].iterations() == 0) {
                throw new IllegalArgumentException("paired ratio: pair " + (i + 1) + " has no value on one side;"
                        + " pass only pairs measured on both");
            }
            requirePositive(a[i], "numerator");
            requirePositive(b[i], "denominator");
            sumA += a[i].mean() * a[i].iterations();
            sumB += b[i].mean() * b[i].iterations();
            countA += a[i].iterations();
            countB += b[i].iterations();
        }
        double meanA = sumA / countA;
        double meanB = sumB / countB;
        double ratio = meanA / meanB;
        List<SampleSize> sizes = List.of(new SampleSize(n, countA), new SampleSize(n, countB));
        if (n < 2) {
            return Interval.insufficient(ratio, sizes);
        }
        double squares = 0;
        for (int i = 0; i < n; i++) {
            double u = (double) a[i].iterations() / countA * (a[i].mean() - meanA) / meanA
                    - (double) b[i].iterations() / countB * (b[i].mean() - meanB) / meanB;
            squares += u * u;
        }
        double standardError = Math.sqrt(squares * n / (n - 1));
        SplittableRandom random = new SplittableRandom(seed);
        double[] replicates = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            double ra = 0;
            double rb = 0;
            int na = 0;
            int nb = 0;
            for (int k = 0; k < n; k++) {
                int i = random.nextInt(n);
                ra += a[i].resampledMean(random) * a[i].iterations();
                rb += b[i].resampledMean(random) * b[i].iterations();
                na += a[i].iterations();
                nb += b[i].iterations();
            }
            replicates[r] = Math.log(ra / na) - Math.log(rb / nb);
        }
        double[] ends = widenedPercentile(replicates, Math.log(ratio), standardError, n - 1);
        return new Interval(ratio, Math.exp(ends[0]), Math.exp(ends[1]), Interval.Method.PAIRED_ROUNDS, n - 1, sizes);
    }

    private static Interval.Method method(ForkedSample side) {
        return side.forks() > 1 ? Interval.Method.FORKS_THEN_ITERATIONS : Interval.Method.ITERATIONS_ONLY;
    }

    private static void requirePositive(ForkedSample side, String which) {
        if (!side.allPositive()) {
            throw new IllegalArgumentException("ratio " + which
                    + ": a value is zero or negative; ratios are of scores (time or throughput), which are positive");
        }
    }

    /**
     * The percentile interval of the replicates with each end's distance from the estimate
     * scaled so that its width is Student's t at {@code df} times {@code standardError}.
     */
    private static double[] widenedPercentile(double[] replicates, double estimate, double standardError,
                                              double df) {
        double sdStar = new StandardDeviation().evaluate(replicates);
        if (sdStar == 0 || standardError == 0) {
            return new double[] {estimate, estimate};
        }
        double t = new TDistribution(null, df).inverseCumulativeProbability(0.5 + Interval.CONFIDENCE / 2);
        double scale = t * standardError / (Z * sdStar);
        Percentile percentile = new Percentile().withEstimationType(EstimationType.R_7);
        percentile.setData(replicates);
        double tail = 50 * (1 - Interval.CONFIDENCE);
        double low = percentile.evaluate(tail);
        double high = percentile.evaluate(100 - tail);
        return new double[] {
            estimate - scale * Math.max(0, estimate - low),
            estimate + scale * Math.max(0, high - estimate),
        };
    }
}
