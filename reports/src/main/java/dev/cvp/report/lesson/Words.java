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

    /**
     * "1.94× [1.90–1.98], faster on 2 cores" / "..., no measurable speedup" / "..., slower on 2 cores";
     * a measurable difference that does not clear the sequential control's band (0.9-1.1) reads
     * "1.03× [1.02–1.05], a small speedup that is within the 0.9–1.1 that sequential code also
     * moves" (or "a small slowdown"): however well measured, it is no more than the JIT and GC
     * moving sequential code, and a reader must not take it for what the cores did.
     */
    public static String speedup(Ratio r, int cores) {
        if (small(r)) {
            return ratio(r) + ", a small " + (helps(r) ? "speedup" : "slowdown") + " that" + band(insideBand(r));
        }
        return ratio(r) + ", " + switch (r.difference()) {
            case ABOVE_ONE -> "faster on " + Formats.cores(cores);
            case BELOW_ONE -> "slower on " + Formats.cores(cores);
            case NO_DIFFERENCE -> "no measurable speedup";
            case UNKNOWN -> "too few samples to tell";
        };
    }

    /**
     * True when the ratio differs measurably from 1 yet its interval is not wholly beyond the
     * sequential control's band on either side (1.03× [1.02–1.05], 0.99× [0.98–1.00], 1.08× [1.04–1.12]).
     */
    static boolean small(Ratio r) {
        Band band = SequentialControl.band();
        boolean measurable = r.difference() == IntervalReading.Difference.ABOVE_ONE
                || r.difference() == IntervalReading.Difference.BELOW_ONE;
        return measurable && r.hasInterval() && r.low() <= band.high() && r.high() >= band.low();
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

    /** True when the ratio's interval shows it below 1. */
    public static boolean slows(Ratio r) {
        return r.difference() == IntervalReading.Difference.BELOW_ONE;
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
        return (inside ? " is within " : " does not clear ") + sequentialBand();
    }

    /** "the 0.9–1.1 that sequential code also moves" */
    static String sequentialBand() {
        Band band = SequentialControl.band();
        return "the " + Formats.sig(band.low()) + "\u2013" + Formats.sig(band.high()) + " that sequential code also moves";
    }
}
