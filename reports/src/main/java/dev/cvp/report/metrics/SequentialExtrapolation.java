package dev.cvp.report.metrics;

import dev.cvp.bundle.declare.ParamMeaning;
import dev.cvp.report.model.Cell;
import dev.cvp.report.model.Estimate;
import dev.cvp.report.model.Meanings;
import dev.cvp.report.model.Workload;
import dev.cvp.report.model.WorkloadKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Sequential runs of many slow tasks (10,000 x 10 ms = 100 s per operation) are not measured. A
 * benchmark that declares a per-task baseline ({@code perTaskBaseline}) measures its
 * {@code sequential} one task per operation instead; for each of its workloads with a declared
 * task count and no measured {@code sequential}, this derives it from the same benchmark with
 * fewer tasks (all other params equal): the measured per-task time at the largest such task
 * count, times this workload's tasks. A workload of the benchmark without the tasks param counts
 * as one task per operation. Sequential work is a sum of task times, so the figure is linear in
 * tasks; every raw iteration is scaled alike, so the derived cell keeps an interval (that of
 * tasks x the per-task mean). It is still a derivation, marked as one, and never feeds a parallel
 * speedup.
 */
public final class SequentialExtrapolation {

    private SequentialExtrapolation() {
    }

    public static void apply(List<Workload> workloads, Meanings meanings) {
        for (Workload target : workloads) {
            Optional<String> tasksParam = meanings.of(target).filter(d -> d.perTaskBaseline())
                    .flatMap(d -> d.param(ParamMeaning.TASKS));
            if (target.hasSequential() || tasksParam.isEmpty()) {
                continue;
            }
            OptionalLong tasks = meanings.number(target, ParamMeaning.TASKS);
            if (tasks.isEmpty() || tasks.getAsLong() <= 0) {
                continue;
            }
            for (int k : target.coreCounts()) {
                source(workloads, target, tasksParam.get(), k, tasks.getAsLong())
                        .ifPresent(src -> target.put(derive(target, src, k, tasks.getAsLong(), tasksParam.get())));
            }
        }
    }

    /** The measured sequential cell at k cores of the same family with the largest smaller task count. */
    private static Optional<Source> source(List<Workload> workloads, Workload target, String param, int k,
                                           long tasks) {
        WorkloadKey family = target.key().without(param);
        Source best = null;
        for (Workload w : workloads) {
            if (w == target || !w.key().without(param).equals(family) || !w.unit().equals(target.unit())) {
                continue;
            }
            String value = w.key().param(param);
            Optional<Long> t = value == null ? Optional.of(1L) : parse(value);
            Optional<Cell> seq = w.cell(Workload.SEQUENTIAL, k);
            if (t.isEmpty() || t.get() > tasks || (value != null && t.get() == tasks) || seq.isEmpty()
                    || seq.get().extrapolated()) {
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

    private static Cell derive(Workload target, Source src, int k, long tasks, String param) {
        double ratio = (double) tasks / src.tasks;
        // time per operation grows with tasks; operations per time shrink with it
        double factor = target.mode().higherIsBetter() ? 1 / ratio : ratio;
        Estimate e = src.cell.estimate();
        String from = "measured sequential at " + param + "=" + src.tasks + " x " + tasks + "/" + src.tasks;
        return new Cell(Workload.SEQUENTIAL, k, e.scaled(factor, e.unit()), Map.of(), from, src.cell.residue());
    }

    private static Optional<Long> parse(String t) {
        try {
            long v = Long.parseLong(t.trim());
            return v > 0 ? Optional.of(v) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
