package dev.cvp.report.write;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

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

    /** "1.94 ± 0.085×": the ratio with two decimals, its error with two significant digits. */
    public static String timesWithError(double v, double error) {
        if (!Double.isFinite(error) || error <= 0) {
            return times(v);
        }
        String e = new BigDecimal(error).round(new MathContext(2)).stripTrailingZeros().toPlainString();
        return ratio(v) + " \u00b1 " + e + "\u00d7";
    }

    /** "1 core", "2 cores". */
    public static String cores(int k) {
        return k + (k == 1 ? " core" : " cores");
    }

    /** "98%" */
    public static String percent(double v) {
        return Double.isFinite(v) ? Math.round(v * 100) + "%" : "n/a";
    }

    /** "score ± error" with n/a for a NaN error (a single iteration). */
    public static String scoreWithError(double score, double error) {
        return sig(score) + " \u00b1 " + (Double.isFinite(error) ? sig(error) : "n/a");
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
