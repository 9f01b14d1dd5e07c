package dev.cvp.report.metrics;

import dev.cvp.report.load.TimeUnits;
import dev.cvp.report.model.Cell;
import dev.cvp.report.model.Workload;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Little's law for waiting work: with at most N tasks in flight and each waiting L, T tasks
 * need at least ceil(T / N) rounds of L. That is the ideal time of an I/O strategy; the
 * fraction reached is ideal / measured. Applies to workloads with a {@code tasks} param and
 * either a {@code latencyMs} param or a home in bench-io (docs/modules/bench-io.md). In flight:
 * N of a pool ({@code platform-pool-64}, or a {@code poolSize} param for a pool strategy), 1
 * for sequential, every task otherwise.
 */
public final class LittlesLaw {

    public static final String LATENCY = "latencyMs";
    /** The I/O module: its workloads without latencyMs (file writes) wait for the device. */
    public static final String IO_MODULE = "bench-io";

    private LittlesLaw() {
    }

    public static boolean applies(Workload w) {
        boolean waits = number(w.key().param(LATENCY)).isPresent() || w.key().module().equals(IO_MODULE);
        return waits && number(w.key().param(SequentialExtrapolation.TASKS)).isPresent()
                && TimeUnits.factor(w.unit(), "ms/op").or(() -> TimeUnits.factor(w.unit(), "ops/ms")).isPresent();
    }

    /**
     * The latency L of one task in ms: the {@code latencyMs} param, or (file writes, which wait
     * for the device) the measured per-task sequential time at that core count.
     */
    public static Optional<Double> latencyMs(Workload w, int cores) {
        OptionalLong param = number(w.key().param(LATENCY));
        if (param.isPresent()) {
            return Optional.of((double) param.getAsLong());
        }
        long tasks = number(w.key().param(SequentialExtrapolation.TASKS)).orElse(1);
        return w.cell(Workload.SEQUENTIAL, cores).flatMap(c -> measuredMs(w, c)).map(ms -> ms / tasks);
    }

    /** How many tasks the strategy keeps in flight at once. */
    public static long inFlight(Workload w, String strategy) {
        long tasks = number(w.key().param(SequentialExtrapolation.TASKS)).orElse(1);
        String s = strategy.toLowerCase(Locale.ROOT);
        if (s.equals(Workload.SEQUENTIAL)) {
            return 1;
        }
        OptionalLong size = PoolSize.of(s);
        if (size.isPresent()) {
            return Math.min(tasks, size.getAsLong());
        }
        OptionalLong pool = number(w.key().param("poolSize"));
        if (s.contains("pool") && pool.isPresent()) {
            return Math.min(tasks, pool.getAsLong());
        }
        return tasks;
    }

    /** ceil(tasks / in-flight) x latency, in ms; empty when the latency is unknown. */
    public static Optional<Double> idealMs(Workload w, String strategy, int cores) {
        long tasks = number(w.key().param(SequentialExtrapolation.TASKS)).orElse(1);
        long n = Math.max(1, inFlight(w, strategy));
        return latencyMs(w, cores).map(l -> Math.ceil((double) tasks / n) * l);
    }

    /** The measured time per operation in ms, from a time-per-op or an ops-per-time score. */
    public static Optional<Double> measuredMs(Workload w, Cell c) {
        Optional<Double> perOp = TimeUnits.factor(w.unit(), "ms/op");
        if (perOp.isPresent()) {
            return Optional.of(c.score() * perOp.get());
        }
        return TimeUnits.factor(w.unit(), "ops/ms").map(f -> 1 / (c.score() * f));
    }

    /** ideal / measured: 1.0 means the strategy overlapped every wait it could. */
    public static Optional<Double> fractionOfIdeal(Workload w, String strategy, int cores) {
        return w.cell(strategy, cores).flatMap(c -> measuredMs(w, c))
                .flatMap(ms -> idealMs(w, strategy, cores).map(ideal -> ideal / ms));
    }

    private static OptionalLong number(String v) {
        if (v == null) {
            return OptionalLong.empty();
        }
        try {
            long n = Long.parseLong(v.trim());
            return n > 0 ? OptionalLong.of(n) : OptionalLong.empty();
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
