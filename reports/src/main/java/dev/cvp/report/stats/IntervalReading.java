package dev.cvp.report.stats;

import java.util.Arrays;
import java.util.Collection;
import org.apache.commons.math3.stat.descriptive.rank.Median;

/**
 * How to word an interval: whether a ratio shows a difference at all, whether an interval is
 * narrow enough to quote, and the run's measurement floor.
 */
public final class IntervalReading {

    /** What a ratio's interval says about "no difference" (a ratio of 1). */
    public enum Difference {
        /** The whole interval is above 1: the numerator is larger. */
        ABOVE_ONE,
        /** The whole interval is below 1: the numerator is smaller. */
        BELOW_ONE,
        /** The interval includes 1: the data show no difference; name no winner. */
        NO_DIFFERENCE,
        /** Insufficient data: nothing can be said. */
        UNKNOWN
    }

    private IntervalReading() {
    }

    public static Difference difference(Interval ratio) {
        if (!ratio.sufficient()) {
            return Difference.UNKNOWN;
        }
        if (ratio.lower() > 1) {
            return Difference.ABOVE_ONE;
        }
        return ratio.upper() < 1 ? Difference.BELOW_ONE : Difference.NO_DIFFERENCE;
    }

    /** True only when there was an interval and it includes 1. */
    public static boolean noDifference(Interval ratio) {
        return difference(ratio) == Difference.NO_DIFFERENCE;
    }

    /**
     * Whether the whole interval lies within ± {@code relative} of its estimate (0.10 for
     * ±10%); false when insufficient.
     */
    public static boolean narrowEnough(Interval interval, double relative) {
        return Band.around(interval.estimate(), relative).fit(interval) == Band.Fit.INSIDE;
    }

    /** The floor over the given comparisons (ratios); insufficient intervals are skipped. */
    public static MeasurementFloor floor(Collection<Interval> ratios) {
        double[] widths = ratios.stream()
                .mapToDouble(Interval::relativeHalfWidth)
                .filter(Double::isFinite)
                .toArray();
        if (widths.length == 0) {
            return new MeasurementFloor(Double.NaN, Double.NaN, 0);
        }
        return new MeasurementFloor(new Median().evaluate(widths), Arrays.stream(widths).min().orElseThrow(),
                widths.length);
    }
}
