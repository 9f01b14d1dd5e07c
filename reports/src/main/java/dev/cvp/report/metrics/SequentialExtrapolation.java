package dev.cvp.report.metrics;

import dev.cvp.report.model.Cell;
import dev.cvp.report.model.Estimate;
import dev.cvp.report.model.Workload;
import dev.cvp.report.model.WorkloadKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sequential runs of many slow tasks (bench-io: 10,000 x 10 ms = 100 s per operation) are not
 * measured. For a workload with no measured {@code sequential} at all, this derives it from the
 * same benchmark with fewer tasks (all other params equal): the measured per-task time at the
 * largest such {@code tasks} times this workload's tasks. A workload of the same benchmark with
 * no {@code tasks} param at all counts as one task per operation (bench-io measures its
 * sequential baseline that way). Sequential work is a sum of task
 * times, so the figure is linear in tasks; it is still a derivation, and is marked as one.
 */
public final class SequentialExtrapolation {

    /** The param that counts tasks per operation. */
    public static final String TASKS = "tasks";

    private SequentialExtrapolation() {
    }

    public static void apply(List<Workload> workloads) {
        for (Workload target : workloads) {
            if (target.hasSequential()) {
                continue;
            }
            Optional<Long> tasks = tasks(target.key());
            if (tasks.isEmpty()) {
                continue;
            }
            for (int k : target.coreCounts()) {
                source(workloads, target, k, tasks.get()).ifPresent(src -> target.put(derive(target, src, k, tasks.get())));
            }
        }
    }

    /** The measured sequential cell at k cores of the same family with the largest smaller tasks. */
    private static Optional<Source> source(List<Workload> workloads, Workload target, int k, long tasks) {
        WorkloadKey family = target.key().without(TASKS);
        Source best = null;
        for (Workload w : workloads) {
            if (w == target || !w.key().without(TASKS).equals(family) || !w.unit().equals(target.unit())) {
                continue;
            }
            // a workload without a tasks param (bench-io's one-task sequential method) is one task per op
            Optional<Long> t = w.key().param(TASKS) == null ? Optional.of(1L) : tasks(w.key());
            Optional<Cell> seq = w.cell(Workload.SEQUENTIAL, k);
            boolean smaller = w.key().param(TASKS) == null ? t.get() <= tasks : t.get() < tasks;
            if (t.isEmpty() || !smaller || seq.isEmpty() || seq.get().extrapolated()) {
                continue;
            }
            if (best == null || t.get() > best.tasks) {
                best = new Source(t.get(), seq.get());
            }
        }
        return Optional.ofNullable(best);
    }

    private record Source(long tasks, Cell cell) {
    }

    private static Cell derive(Workload target, Source src, int k, long tasks) {
        double ratio = (double) tasks / src.tasks;
        // time per operation grows with tasks; operations per time shrink with it
        double factor = target.mode().higherIsBetter() ? 1 / ratio : ratio;
        Estimate e = src.cell.estimate();
        Estimate derived = Estimate.derived(e.score() * factor, e.unit());
        String from = "measured sequential at tasks=" + src.tasks + " x " + tasks + "/" + src.tasks;
        return new Cell(Workload.SEQUENTIAL, k, derived, Map.of(), from);
    }

    private static Optional<Long> tasks(WorkloadKey key) {
        String t = key.param(TASKS);
        if (t == null) {
            return Optional.empty();
        }
        try {
            long v = Long.parseLong(t.trim());
            return v > 0 ? Optional.of(v) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
