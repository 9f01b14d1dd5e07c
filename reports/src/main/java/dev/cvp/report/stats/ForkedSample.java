package dev.cvp.report.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One side of a comparison: iteration values per fork (or round), with the variance of its
 * grand mean and that variance's degrees of freedom, which calibrate the bootstrap's width.
 *
 * <p>Forks of a JVM benchmark often differ by more than their iterations do (JIT decisions,
 * memory layout, what else ran at the time), and a handful of forks cannot show that they do
 * not. So with two or more forks, only the spread of the fork means says how well the grand mean
 * is known, with forks - 1 degrees of freedom (Kalibera and Jones's top level): valid whatever
 * the forks' differences, and more forks or rounds, not more iterations, narrow it. With one
 * fork there is nothing else: the iterations' spread, iterations - 1 degrees of freedom, and the
 * interval says it saw iterations only.
 *
 * <p>Pooling iterations when an F test finds no fork effect was tried and measured: it narrows
 * intervals of 2 or 3 alike forks, but the mean's coverage fell to 89-92% when forks differ by
 * less than the test can see (fork sd 2-5% against 5% per iteration), so it is not done.
 */
final class ForkedSample {

    private final double[][] forks;
    private final int iterations;
    private final double mean;
    private final double varianceOfMean;
    private final double degreesOfFreedom;

    private ForkedSample(double[][] forks, int iterations) {
        this.forks = forks;
        this.iterations = iterations;
        double sum = 0;
        for (double[] fork : forks) {
            for (double v : fork) {
                sum += v;
            }
        }
        this.mean = iterations == 0 ? Double.NaN : sum / iterations;
        double[] spread = iterations < 2 ? new double[] {Double.NaN, Double.NaN} : spread();
        this.varianceOfMean = spread[0];
        this.degreesOfFreedom = spread[1];
    }

    /**
     * Copies the non-empty forks.
     *
     * @throws IllegalArgumentException when a value is NaN or infinite
     */
    static ForkedSample of(List<double[]> raw, String side) {
        List<double[]> kept = new ArrayList<>();
        int n = 0;
        for (double[] fork : raw) {
            if (fork == null || fork.length == 0) {
                continue;
            }
            for (double v : fork) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException(side + ": iteration value " + v
                            + " is not a finite number; pass only measured iterations");
                }
            }
            kept.add(fork.clone());
            n += fork.length;
        }
        return new ForkedSample(kept.toArray(double[][]::new), n);
    }

    SampleSize size() {
        return new SampleSize(forks.length, iterations);
    }

    int iterations() {
        return iterations;
    }

    int forks() {
        return forks.length;
    }

    /** The mean of every iteration (JMH's score); NaN without data. */
    double mean() {
        return mean;
    }

    /** The estimated variance of {@link #mean()}; NaN with fewer than 2 values. */
    double varianceOfMean() {
        return varianceOfMean;
    }

    /** The degrees of freedom of {@link #varianceOfMean()}. */
    double degreesOfFreedom() {
        return degreesOfFreedom;
    }

    boolean allPositive() {
        for (double[] fork : forks) {
            for (double v : fork) {
                if (v <= 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** One bootstrap replicate of the mean: forks with replacement, then iterations within each. */
    double resampledMean(SplittableRandom random) {
        double sum = 0;
        int count = 0;
        for (int k = 0; k < forks.length; k++) {
            double[] fork = forks.length == 1 ? forks[0] : forks[random.nextInt(forks.length)];
            for (int j = 0; j < fork.length; j++) {
                sum += fork[random.nextInt(fork.length)];
            }
            count += fork.length;
        }
        return sum / count;
    }

    /** {variance of the grand mean, its degrees of freedom}. */
    private double[] spread() {
        int n1 = forks.length;
        if (n1 == 1) {
            double squares = 0;
            for (double v : forks[0]) {
                squares += (v - mean) * (v - mean);
            }
            return new double[] {squares / (iterations - 1) / iterations, iterations - 1};
        }
        double weightedSquares = 0;
        for (double[] fork : forks) {
            double forkMean = 0;
            for (double v : fork) {
                forkMean += v;
            }
            double d = forkMean / fork.length - mean;
            double w = (double) fork.length / iterations;
            weightedSquares += w * w * d * d;
        }
        return new double[] {weightedSquares * n1 / (n1 - 1), n1 - 1};
    }
}
