package dev.cvp.report.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded synthetic raw data with a known true mean. */
final class SyntheticRuns {

    private SyntheticRuns() {
    }

    /**
     * {@code forks} arrays of {@code iterations} values: {@code mean} times a lognormal factor
     * per fork and another per iteration, each with expectation 1, so the true mean of every
     * value (and of the grand mean) is {@code mean}.
     */
    static List<double[]> lognormal(SplittableRandom random, double mean, int forks, int iterations,
                                    double forkSigma, double iterationSigma) {
        List<double[]> out = new ArrayList<>();
        for (int f = 0; f < forks; f++) {
            double fork = mean * factor(random, forkSigma);
            double[] values = new double[iterations];
            for (int i = 0; i < iterations; i++) {
                values[i] = fork * factor(random, iterationSigma);
            }
            out.add(values);
        }
        return out;
    }

    /** One fork of iid normal values. */
    static double[] normal(SplittableRandom random, double mean, double sd, int iterations) {
        double[] values = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            values[i] = mean + sd * random.nextGaussian();
        }
        return values;
    }

    private static double factor(SplittableRandom random, double sigma) {
        return Math.exp(sigma * random.nextGaussian() - sigma * sigma / 2);
    }
}
