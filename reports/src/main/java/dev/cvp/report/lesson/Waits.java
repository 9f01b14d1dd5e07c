package dev.cvp.report.lesson;

import dev.cvp.bundle.declare.ParamMeaning;
import dev.cvp.bundle.declare.Role;
import dev.cvp.report.load.TimeUnits;
import dev.cvp.report.model.Cell;
import dev.cvp.report.model.Workload;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Little's law for waiting work: T tasks that each wait L, at most N in flight, need at least
 * ceil(T / N) x L. N is T for a strategy declared to overlap waits, 1 for the baseline, and
 * unknown otherwise (then there is no ideal). L and T come from the declared parameters.
 */
final class Waits {

    private Waits() {
    }

    /** The ideal time of one operation in ms, if the workload declares a latency and the strategy's in-flight count is known. */
    static Optional<Double> idealMs(LessonContext c, Workload w, String strategy) {
        OptionalLong latency = c.meanings().number(w, ParamMeaning.LATENCY_MS);
        if (latency.isEmpty()) {
            return Optional.empty();
        }
        long tasks = Pick.tasks(c, w);
        long inFlight;
        if (c.meanings().is(w, strategy, Role.OVERLAPS_WAITS)) {
            inFlight = tasks;
        } else if (c.meanings().is(w, strategy, Role.BASELINE)) {
            inFlight = 1;
        } else {
            return Optional.empty();
        }
        long rounds = (tasks + inFlight - 1) / inFlight;
        return Optional.of((double) rounds * latency.getAsLong());
    }

    /** A cell's time per operation in ms (average-time modes only). */
    static Optional<Double> ms(Workload w, Cell cell) {
        if (w.mode().higherIsBetter()) {
            return Optional.empty();
        }
        return TimeUnits.factor(w.unit(), "ms/op").map(f -> cell.score() * f);
    }

    /** (time - ideal) / tasks in µs: what keeping one more wait in flight cost. */
    static Optional<Double> overheadPerTaskUs(LessonContext c, Workload w, String strategy, int cores) {
        Optional<Cell> cell = w.cell(strategy, cores);
        Optional<Double> ideal = idealMs(c, w, strategy);
        if (cell.isEmpty() || ideal.isEmpty()) {
            return Optional.empty();
        }
        return ms(w, cell.get()).map(t -> (t - ideal.get()) * 1000.0 / Pick.tasks(c, w));
    }
}
