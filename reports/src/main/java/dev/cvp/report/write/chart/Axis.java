package dev.cvp.report.write.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One axis: its domain, where a value falls on it (0 at the low end, 1 at the high end) and its
 * ticks. Linear axes tick at 1, 2, 5 x 10^k steps; log axes at powers of ten (with 2 and 5 between
 * them when the data spans few decades). Labels are short: 10, 100, 1k, 10k, 1M.
 */
final class Axis {

    /** A tick: labelled ones draw a grid line and a label, minor ones a faint grid line only. */
    record Tick(double value, String label) {

        boolean labelled() {
            return label != null;
        }
    }

    /** The share of the domain added on each side, so no marker sits on the frame. */
    private static final double PAD = 0.05;

    private final boolean log;
    private final double lo;
    private final double hi;
    private final List<Tick> ticks;

    private Axis(boolean log, double lo, double hi, List<Tick> ticks) {
        this.log = log;
        this.lo = lo;
        this.hi = hi;
        this.ticks = List.copyOf(ticks);
    }

    boolean log() {
        return log;
    }

    List<Tick> ticks() {
        return ticks;
    }

    /** Whether the axis can show this value at all (log axes cannot show 0 or below). */
    boolean shows(double v) {
        return Double.isFinite(v) && (!log || v > 0);
    }

    /** 0 at the domain's low end, 1 at its high end; values outside give fractions outside [0, 1]. */
    double fraction(double v) {
        double t = log ? Math.log10(v) : v;
        return (t - lo) / (hi - lo);
    }

    /**
     * An axis covering the values (always) and the interval ends (up to one data span beyond the
     * values, so one huge interval cannot flatten the rest; what lies beyond is drawn as cut).
     *
     * @param values      the points' values
     * @param ends        the intervals' ends
     * @param includeZero start a linear axis at zero when the data is positive and not far from it
     * @param integers    ticks only at whole numbers (e.g. cores)
     */
    static Axis of(boolean log, List<Double> values, List<Double> ends, boolean includeZero, boolean integers) {
        return log ? logAxis(values, ends) : linearAxis(values, ends, includeZero, integers);
    }

    private static Axis linearAxis(List<Double> values, List<Double> ends, boolean includeZero, boolean integers) {
        double[] r = range(values.stream().filter(Double::isFinite).toList());
        if (r == null) {
            r = new double[] {0, 1};
        }
        double span = Math.max(r[1] - r[0], Math.max(Math.abs(r[1]), Math.abs(r[0])) * 0.1);
        if (span == 0) {
            span = 1;
        }
        double[] e = range(ends.stream().filter(Double::isFinite).toList());
        double min = r[0];
        double max = r[1];
        if (e != null) {
            min = Math.min(min, Math.max(e[0], r[0] - span));
            max = Math.max(max, Math.min(e[1], r[1] + span));
        }
        if (includeZero && min >= 0 && min <= max / 2) {
            min = 0;
        }
        if (max - min < span * 0.2) {
            min -= span / 2;
            max += span / 2;
        }
        double pad = (max - min) * PAD;
        min -= pad;
        max += pad;
        double step = niceStep((max - min) / 6);
        if (integers && step < 1) {
            step = 1;
        }
        List<Tick> ticks = new ArrayList<>();
        double maxAbs = Math.max(Math.abs(min), Math.abs(max));
        long first = (long) Math.ceil(min / step - 1e-9);
        long last = (long) Math.floor(max / step + 1e-9);
        for (long i = first; i <= last; i++) {
            double v = i * step;
            ticks.add(new Tick(v, linearLabel(v, step, maxAbs)));
        }
        return new Axis(false, min, max, ticks);
    }

    private static Axis logAxis(List<Double> values, List<Double> ends) {
        double[] r = range(values.stream().filter(v -> Double.isFinite(v) && v > 0).map(Math::log10).toList());
        if (r == null) {
            r = new double[] {0, 1};
        }
        double span = Math.max(r[1] - r[0], 1);
        double[] e = range(ends.stream().filter(v -> Double.isFinite(v) && v > 0).map(Math::log10).toList());
        double min = r[0];
        double max = r[1];
        if (e != null) {
            min = Math.min(min, Math.max(e[0], r[0] - span));
            max = Math.max(max, Math.min(e[1], r[1] + span));
        }
        if (max - min < 0.3) {
            double mid = (max + min) / 2;
            min = mid - 0.15;
            max = mid + 0.15;
        }
        double pad = (max - min) * PAD;
        min -= pad;
        max += pad;
        double decades = max - min;
        List<Tick> ticks = new ArrayList<>();
        for (int exp = (int) Math.floor(min); exp <= (int) Math.ceil(max); exp++) {
            for (int m = 1; m <= 9; m++) {
                double t = exp + Math.log10(m);
                if (t < min - 1e-9 || t > max + 1e-9) {
                    continue;
                }
                boolean labelled = m == 1 || (decades <= 2.2 && (m == 2 || m == 5)) || decades < 0.7;
                if (labelled || decades <= 5) {
                    ticks.add(new Tick(m * Math.pow(10, exp), labelled ? logLabel(m, exp) : null));
                }
            }
        }
        return new Axis(true, min, max, ticks);
    }

    private static double[] range(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return new double[] {min, max};
    }

    /** The 1, 2 or 5 x 10^k at or above raw. */
    static double niceStep(double raw) {
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        for (int m : new int[] {1, 2, 5, 10}) {
            if (m * p >= raw * (1 - 1e-9)) {
                return m * p;
            }
        }
        return 10 * p;
    }

    /** 0, 0.5, 2, 250, 2.5k, 40k, 1.2M: thousands as k from 10,000 up, decimals as the step needs, trailing zeros dropped. */
    static String linearLabel(double v, double step, double maxAbs) {
        String[] suffixes = {"", "k", "M", "G"};
        int unit = 0;
        while (unit < suffixes.length - 1 && maxAbs / Math.pow(1000, unit) >= 10_000) {
            unit++;
        }
        double scale = Math.pow(1000, unit);
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step / scale) - 1e-9));
        String s = String.format(Locale.ROOT, "%." + decimals + "f", v / scale);
        if (s.contains(".")) {
            s = s.replaceAll("\\.?0+$", "");
        }
        if (s.equals("-0")) {
            s = "0";
        }
        return s + (s.equals("0") ? "" : suffixes[unit]);
    }

    /** m x 10^exp as 2, 50, 1k, 20k, 5M, 0.1, 0.002, or 1e-5 / 1e15 beyond. */
    static String logLabel(int m, int exp) {
        if (exp >= 0) {
            String[] suffixes = {"", "k", "M", "G", "T"};
            int unit = exp / 3;
            if (unit >= suffixes.length) {
                return m + "e" + exp;
            }
            return m * (long) Math.pow(10, exp % 3) + suffixes[unit];
        }
        if (exp >= -4) {
            return BigDecimal.valueOf(m).scaleByPowerOfTen(exp).toPlainString();
        }
        return m + "e" + exp;
    }
}
