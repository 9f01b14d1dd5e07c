package dev.cvp.report.metrics;

import dev.cvp.report.stats.Interval;
import dev.cvp.report.stats.IntervalReading;
import java.util.List;

/**
 * How many times better one score is than another (a gain, a speedup, an efficiency), with its
 * own 95% interval from {@link Resampling}. Three kinds: exact (a thing against itself: 1 by
 * definition), with an interval, or with none (a side has no raw data, e.g. an extrapolated
 * figure, or a single iteration): the report then says "no interval" rather than invent one.
 *
 * @param value    the ratio of the two scores
 * @param interval its interval; null when the ratio is exact (by definition, not measured);
 *                 {@link Interval#sufficient()} false
 *                 when there is none
 */
public record Ratio(double value, Interval interval) {

    /** The ratio of a thing to itself: exactly 1. */
    public static final Ratio ONE = new Ratio(1.0, null);

    /** A ratio with no interval (a side had no raw data). */
    public static Ratio withoutInterval(double value) {
        return new Ratio(value, new Interval(value, Double.NaN, Double.NaN, Interval.Method.INSUFFICIENT_DATA,
                Double.NaN, List.of()));
    }

    /** True for {@link #ONE}: nothing was measured, so nothing is uncertain. */
    public boolean exact() {
        return interval == null;
    }

    public boolean hasInterval() {
        return interval != null && interval.sufficient();
    }

    /** The interval's lower end; the value when exact; NaN when there is no interval. */
    public double low() {
        return exact() ? value : interval.lower();
    }

    /** The interval's upper end; the value when exact; NaN when there is no interval. */
    public double high() {
        return exact() ? value : interval.upper();
    }

    /** What the interval says about "no difference" (a ratio of 1); exact 1 is no difference. */
    public IntervalReading.Difference difference() {
        return exact() ? IntervalReading.Difference.NO_DIFFERENCE : IntervalReading.difference(interval);
    }

    /** True only when there is an interval and it includes 1: name no winner. */
    public boolean noMeasurableDifference() {
        return hasInterval() && difference() == IntervalReading.Difference.NO_DIFFERENCE;
    }

    /** True when the whole interval lies above {@code x}; with no interval, when the value does. */
    public boolean above(double x) {
        return hasInterval() ? interval.lower() > x : value > x;
    }

    /** The ratio and its interval divided by a positive constant (speedup / cores = efficiency). */
    public Ratio dividedBy(double d) {
        if (exact()) {
            return new Ratio(value / d, null);
        }
        return new Ratio(value / d, new Interval(interval.estimate() / d, interval.lower() / d, interval.upper() / d,
                interval.method(), interval.degreesOfFreedom(), interval.sides()));
    }
}
