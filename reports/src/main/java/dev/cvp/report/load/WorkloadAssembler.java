package dev.cvp.report.load;

import dev.cvp.bundle.BundleLayout;
import dev.cvp.bundle.Problem;
import dev.cvp.report.metrics.SequentialExtrapolation;
import dev.cvp.report.model.Cell;
import dev.cvp.report.model.Meanings;
import dev.cvp.report.model.Measurement;
import dev.cvp.report.model.Workload;
import dev.cvp.report.model.WorkloadKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Groups measurements into workloads (one unit per workload), derives the sequential figures
 * that were too slow to measure, and names every cell that one core count has and another lacks.
 */
public final class WorkloadAssembler {

    private WorkloadAssembler() {
    }

    /** Workloads in first-seen order; problems (unit clashes, duplicates, gaps) are appended. */
    public static List<Workload> assemble(List<Measurement> read, Meanings meanings, List<Problem> problems) {
        List<Measurement> measurements = MethodMerging.apply(read);
        Map<WorkloadKey, Workload> byKey = new LinkedHashMap<>();
        for (Measurement m : measurements) {
            Workload w = byKey.computeIfAbsent(m.workload(), k -> new Workload(k, m.primary().unit()));
            Optional<Double> factor = TimeUnits.factor(m.primary().unit(), w.unit());
            if (factor.isEmpty()) {
                problems.add(new Problem(m.source(), m.workload().label() + " " + m.strategy() + ": unit "
                        + m.primary().unit() + " cannot be compared with " + w.unit() + " used by the same workload; left out"));
                continue;
            }
            Measurement converted = factor.get() == 1.0 ? m : m.withPrimary(m.primary().scaled(factor.get(), w.unit()));
            if (!w.put(Cell.measured(converted))) {
                problems.add(new Problem(m.source(), m.workload().label() + " " + m.strategy() + " at " + m.cores()
                        + " core(s) appears twice; the first result was kept"));
            }
        }
        List<Workload> workloads = new ArrayList<>(byKey.values());
        SequentialExtrapolation.apply(workloads, meanings);
        reportGaps(workloads, measurements, problems);
        return workloads;
    }

    /** A strategy measured at some of its module's core counts but not at others is a gap. */
    private static void reportGaps(List<Workload> workloads, List<Measurement> measurements, List<Problem> problems) {
        Map<String, Set<Integer>> coresByModule = new LinkedHashMap<>();
        for (Measurement m : measurements) {
            coresByModule.computeIfAbsent(m.workload().module(), k -> new TreeSet<>()).add(m.cores());
        }
        for (Workload w : workloads) {
            Set<Integer> moduleCores = coresByModule.getOrDefault(w.key().module(), Set.of());
            for (String s : w.strategies()) {
                Map<Integer, Cell> row = w.row(s);
                if (row.values().stream().allMatch(Cell::extrapolated)) {
                    continue;
                }
                for (int k : moduleCores) {
                    if (!row.containsKey(k)) {
                        problems.add(new Problem(BundleLayout.resultName(w.key().module(), k),
                                "no result for " + w.key().label() + " strategy " + s + " at " + k
                                        + " core(s), though other core counts have one (see "
                                        + BundleLayout.logName(w.key().module(), k) + ")"));
                    }
                }
            }
        }
    }
}
