package dev.cvp.report.write;

import dev.cvp.report.metrics.Ratio;
import dev.cvp.report.stats.Interval;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.function.DoubleFunction;

/** Number formatting shared by the writers: readable for people, lossless enough for CSV. */
public final class Formats {

    private static final MathContext CSV_DIGITS = new MathContext(6);

    private Formats() {
    }

    /** Three significant digits, plain notation for 0.001..1e7, otherwise "1.23e-05". */
    public static String sig(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        double a = Math.abs(v);
        if (a != 0 && (a < 1e-3 || a >= 1e7)) {
            return String.format(Locale.ROOT, "%.2e", v);
        }
        return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }

    /** "1.97×", "12.3×", "2521×": two decimals below 10, one below 100, none above. */
    public static String times(double v) {
        return Double.isFinite(v) ? ratio(v) + "\u00d7" : "n/a";
    }

    private static String ratio(double v) {
        double a = Math.abs(v);
        return String.format(Locale.ROOT, a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : "%.2f", v);
    }

    /**
     * A ratio with its 95% interval: "1.97× [1.92–2.02]"; exact (a thing against itself):
     * "1.00×"; without raw data on a side: "1.97× (no interval)".
     */
    public static String times(Ratio r) {
        if (r.exact()) {
            return times(r.value());
        }
        if (!r.hasInterval()) {
            return times(r.value()) + " (no interval)";
        }
        return times(r.value()) + " [" + range(r.low(), r.high(), Formats::ratio) + "]";
    }

    /** A score with its 95% interval: "40.2 [39.1–41.3]"; "40.2 (no interval)" without one. */
    public static String score(double score, Interval i) {
        if (i == null || !i.sufficient()) {
            return sig(score) + " (no interval)";
        }
        return sig(score) + " [" + range(i.lower(), i.upper(), Formats::sig) + "]";
    }

    private static String range(double low, double high, DoubleFunction<String> f) {
        return f.apply(low) + "\u2013" + f.apply(high);
    }

    /** "1 core", "2 cores". */
    public static String cores(int k) {
        return k + (k == 1 ? " core" : " cores");
    }

    /** "6.1%" below 10%, "12%" above: for small relative widths, where "0%" would say nothing. */
    public static String smallPercent(double v) {
        if (!Double.isFinite(v)) {
            return "n/a";
        }
        double p = v * 100;
        return Math.abs(p) < 10 ? String.format(Locale.ROOT, "%.1f%%", p) : Math.round(p) + "%";
    }

    /** "98%" */
    public static String percent(double v) {
        return Double.isFinite(v) ? Math.round(v * 100) + "%" : "n/a";
    }

    /** Six significant digits for CSV; empty for NaN (a value that does not apply). */
    public static String csv(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        if (v == 0) {
            return "0";
        }
        BigDecimal d = new BigDecimal(v).round(CSV_DIGITS).stripTrailingZeros();
        int exponent = d.precision() - d.scale() - 1;
        return exponent >= -4 && exponent < 12 ? d.toPlainString() : d.toString();
    }
}
