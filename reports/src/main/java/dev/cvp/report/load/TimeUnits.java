package dev.cvp.report.load;

import java.util.Map;
import java.util.Optional;

/**
 * Converts JMH score units of the same kind into each other ("us/op" to "ms/op", "ops/s" to
 * "ops/ms"), so cells of one workload measured with different {@code -tu} still compare.
 */
public final class TimeUnits {

    private static final Map<String, Double> SECONDS = Map.of(
            "ns", 1e-9, "us", 1e-6, "\u00b5s", 1e-6, "ms", 1e-3, "s", 1.0, "min", 60.0, "hr", 3600.0);

    private TimeUnits() {
    }

    /**
     * The factor f with value[to] = f x value[from], or empty when the units are not both
     * time-per-operation or both operations-per-time.
     */
    public static Optional<Double> factor(String from, String to) {
        if (from.equals(to)) {
            return Optional.of(1.0);
        }
        Optional<Double> a = perOp(from);
        Optional<Double> b = perOp(to);
        if (a.isPresent() && b.isPresent()) {
            return Optional.of(a.get() / b.get());
        }
        Optional<Double> c = opsPer(from);
        Optional<Double> d = opsPer(to);
        if (c.isPresent() && d.isPresent()) {
            return Optional.of(d.get() / c.get());
        }
        return Optional.empty();
    }

    /** Seconds per unit of "X/op". */
    private static Optional<Double> perOp(String unit) {
        if (!unit.endsWith("/op")) {
            return Optional.empty();
        }
        return Optional.ofNullable(SECONDS.get(unit.substring(0, unit.length() - 3)));
    }

    /** Seconds per unit of "ops/X". */
    private static Optional<Double> opsPer(String unit) {
        if (!unit.startsWith("ops/")) {
            return Optional.empty();
        }
        return Optional.ofNullable(SECONDS.get(unit.substring(4)));
    }
}
