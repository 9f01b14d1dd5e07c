package dev.cvp.report.stats;

/**
 * A range of acceptable values, e.g. "within ±10% of 1" for a control, and where an interval
 * lies against it.
 */
public record Band(double low, double high) {

    /** Where an interval lies against a band. */
    public enum Fit {
        /** The whole interval is inside the band. */
        INSIDE,
        /** The whole interval is outside the band: the data rule the band out. */
        OUTSIDE,
        /** The interval reaches both in and out of the band: the data cannot tell. */
        STRADDLES,
        /** The interval had insufficient data. */
        UNKNOWN
    }

    public Band {
        if (!(low <= high)) {
            throw new IllegalArgumentException("band: low " + low + " must not exceed high " + high);
        }
    }

    /** {@code center} ± {@code relative} x {@code center}. */
    public static Band around(double center, double relative) {
        double d = Math.abs(center) * relative;
        return new Band(center - d, center + d);
    }

    public boolean contains(double value) {
        return low <= value && value <= high;
    }

    public Fit fit(Interval interval) {
        if (!interval.sufficient()) {
            return Fit.UNKNOWN;
        }
        if (interval.upper() < low || interval.lower() > high) {
            return Fit.OUTSIDE;
        }
        return contains(interval.lower()) && contains(interval.upper()) ? Fit.INSIDE : Fit.STRADDLES;
    }
}
