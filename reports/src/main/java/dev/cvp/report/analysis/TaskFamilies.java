package dev.cvp.report.analysis;

import dev.cvp.report.metrics.SequentialExtrapolation;
import dev.cvp.report.model.Workload;
import dev.cvp.report.model.WorkloadKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Workloads that differ only in {@code tasks}: one family per benchmark and other params,
 * ordered by tasks. They show how the concurrency gain grows with the tasks in flight.
 */
public final class TaskFamilies {

    private TaskFamilies() {
    }

    /** Families of two or more workloads, each sorted by tasks ascending. */
    public static List<List<Workload>> of(List<Workload> workloads) {
        Map<WorkloadKey, List<Workload>> byFamily = new LinkedHashMap<>();
        for (Workload w : workloads) {
            if (tasks(w) > 0) {
                byFamily.computeIfAbsent(w.key().without(SequentialExtrapolation.TASKS), k -> new ArrayList<>()).add(w);
            }
        }
        List<List<Workload>> out = new ArrayList<>();
        for (List<Workload> f : byFamily.values()) {
            if (f.size() >= 2) {
                f.sort(Comparator.comparingLong(TaskFamilies::tasks));
                out.add(f);
            }
        }
        return out;
    }

    /** The workload's tasks param, or 0 when absent or not a number. */
    public static long tasks(Workload w) {
        String t = w.key().param(SequentialExtrapolation.TASKS);
        try {
            return t == null ? 0 : Long.parseLong(t.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
