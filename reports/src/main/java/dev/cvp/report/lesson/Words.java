package dev.cvp.report.lesson;

import dev.cvp.report.analysis.SequentialControl;
import dev.cvp.report.metrics.Ratio;
import dev.cvp.report.stats.Band;
import dev.cvp.report.stats.IntervalReading;
import dev.cvp.report.write.Formats;

/**
 * Sentences worded by their intervals: a ratio whose 95% interval includes 1 is "no measurable
 * difference", never a winner; one without an interval says so.
 */
public final class Words {

    private Words() {
    }

    /** "1.94× [1.90–1.98]" */
    public static String ratio(Ratio r) {
        return Formats.times(r);
    }

    /** "1.94× [1.90–1.98], faster on 2 cores" / "..., no measurable speedup" / "..., slower on 2 cores". */
    public static String speedup(Ratio r, int cores) {
        return ratio(r) + ", " + switch (r.difference()) {
            case ABOVE_ONE -> "faster on " + Formats.cores(cores);
            case BELOW_ONE -> "slower on " + Formats.cores(cores);
            case NO_DIFFERENCE -> "no measurable speedup";
            case UNKNOWN -> "too few samples to tell";
        };
    }

    /** "68× [60–75] faster than one at a time" / "no measurable gain" / "slower than one at a time". */
    public static String gain(Ratio r) {
        return ratio(r) + switch (r.difference()) {
            case ABOVE_ONE -> " faster than one at a time";
            case BELOW_ONE -> " (slower than one at a time)";
            case NO_DIFFERENCE -> " (no measurable gain)";
            case UNKNOWN -> " (too few samples to tell)";
        };
    }

    /** True when the ratio's interval shows it above 1. */
    public static boolean helps(Ratio r) {
        return r.difference() == IntervalReading.Difference.ABOVE_ONE;
    }

    /** True when the interval includes 1 (or the ratio is exactly 1). */
    public static boolean noDifference(Ratio r) {
        return r.difference() == IntervalReading.Difference.NO_DIFFERENCE;
    }

    /** True when the ratio's whole interval lies in the sequential control's band (0.9-1.1). */
    static boolean insideBand(Ratio r) {
        return r.hasInterval() && SequentialControl.band().fit(r.interval()) == Band.Fit.INSIDE;
    }

    /**
     * " is within the 0.9–1.1 that sequential code also moves", or with an interval that reaches
     * past the band's edge (not wholly beyond it) " does not clear the ...".
     */
    static String band(boolean inside) {
        Band band = SequentialControl.band();
        return (inside ? " is within the " : " does not clear the ") + Formats.sig(band.low()) + "\u2013"
                + Formats.sig(band.high()) + " that sequential code also moves";
    }
}
