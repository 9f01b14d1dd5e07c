package dev.cvp.bundle.jmh;

import java.util.List;

/**
 * A JMH metric (primary or secondary) with its raw data kept per fork, so that statistics can
 * resample forks, then iterations.
 *
 * @param scoreError JMH's 99.9% half-width; NaN when JMH could not compute one (one iteration)
 * @param forks      per fork, per iteration: the iteration's value (for sample mode, the mean of
 *                   its histogram); empty when the file has no raw data
 */
public record Metric(double score, double scoreError, String scoreUnit, List<double[]> forks) {

    /**
     * The secondary metric in which JMH's sample mode gives the median of its samples (it names
     * each percentile {@code ·p0.00} to {@code ·p1.00}; this is the name without JMH's prefix).
     */
    public static final String SAMPLE_MEDIAN = "p0.50";

    public Metric {
        forks = forks == null ? List.of() : List.copyOf(forks);
    }

    /** Every iteration's value over all forks, fork by fork. */
    public double[] samples() {
        return forks.stream().flatMapToDouble(java.util.Arrays::stream).toArray();
    }
}
