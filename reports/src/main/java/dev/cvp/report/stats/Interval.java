package dev.cvp.report.stats;

import java.util.List;

/**
 * A point estimate with its {@link #CONFIDENCE 95%} interval, the data it came from and how it
 * was computed. Made by {@link HierarchicalBootstrap}.
 *
 * @param estimate         the mean of every iteration of every fork, or the ratio of two such
 *                         means; NaN when a side had no data at all
 * @param lower            lower end; NaN when the method is {@link Method#INSUFFICIENT_DATA}
 * @param upper            upper end; NaN when the method is {@link Method#INSUFFICIENT_DATA}
 * @param method           how the interval was made
 * @param degreesOfFreedom the Student's t degrees of freedom its width was calibrated to
 *                         (forks - 1; iterations - 1 with one fork; Welch-Satterthwaite for a
 *                         ratio); NaN when insufficient
 * @param sides            the data behind it: one entry for a mean, numerator then denominator
 *                         for a ratio
 */
public record Interval(double estimate, double lower, double upper, Method method,
                       double degreesOfFreedom, List<SampleSize> sides) {

    /** The confidence level of every interval in this package. */
    public static final double CONFIDENCE = 0.95;

    /** How an interval was made. */
    public enum Method {
        /** Forks resampled with replacement, then iterations within each chosen fork. */
        FORKS_THEN_ITERATIONS("hierarchical bootstrap over forks, then iterations"),
        /**
         * A side had one fork: only its iterations were resampled, so the interval does not
         * see how much separate JVMs (forks, rounds) differ and may be too narrow.
         */
        ITERATIONS_ONLY("bootstrap over iterations only (one fork: variation between forks not seen)"),
        /**
         * A ratio of two sides measured round by round in alternation: the rounds resampled as
         * pairs (what slowed both sides of a round cancels), then forks and iterations within them.
         */
        PAIRED_ROUNDS("hierarchical bootstrap over pairs of rounds, then iterations"),
        /** Blocks of consecutive values (a speed probe's seconds) resampled with replacement. */
        BLOCKS("bootstrap over blocks of consecutive values"),
        /** Fewer than 2 values on a side: no interval. */
        INSUFFICIENT_DATA("insufficient data (fewer than 2 values)");

        private final String description;

        Method(String description) {
            this.description = description;
        }

        /** One line for a reader, e.g. in a report's "how to read" note. */
        public String description() {
            return description;
        }
    }

    public Interval {
        sides = List.copyOf(sides);
    }

    static Interval insufficient(double estimate, List<SampleSize> sides) {
        return new Interval(estimate, Double.NaN, Double.NaN, Method.INSUFFICIENT_DATA, Double.NaN, sides);
    }

    /** False when there was too little data for an interval. */
    public boolean sufficient() {
        return method != Method.INSUFFICIENT_DATA;
    }

    /** Whether {@code value} lies within the interval (ends included); false when insufficient. */
    public boolean contains(double value) {
        return sufficient() && lower <= value && value <= upper;
    }

    /** Half the interval's width; NaN when insufficient. */
    public double halfWidth() {
        return (upper - lower) / 2;
    }

    /**
     * The interval's larger side relative to the estimate: {@code max(upper/estimate - 1,
     * 1 - lower/estimate)}, so "±x%" read from it is never optimistic for an asymmetric interval.
     * NaN when insufficient or the estimate is 0.
     */
    public double relativeHalfWidth() {
        if (!sufficient() || estimate == 0) {
            return Double.NaN;
        }
        return Math.max(upper - estimate, estimate - lower) / Math.abs(estimate);
    }
}
