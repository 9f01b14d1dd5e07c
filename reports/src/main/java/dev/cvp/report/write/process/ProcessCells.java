package dev.cvp.report.write.process;

import dev.cvp.report.model.Cell;
import dev.cvp.report.model.Estimate;
import dev.cvp.report.model.Workload;
import java.util.List;
import java.util.Optional;

/** Lookups the bench-process tables share: a workload by class, the largest core count, scores. */
final class ProcessCells {

    private ProcessCells() {
    }

    static Optional<Workload> find(List<Workload> workloads, String cls) {
        return workloads.stream().filter(w -> w.key().shortBenchmark().equals(cls)).findFirst();
    }

    static int top(Workload w) {
        return w.coreCounts().get(w.coreCounts().size() - 1);
    }

    static Optional<Double> score(Workload w, String s, int k) {
        return w.cell(s, k).map(Cell::score);
    }

    static Optional<Double> secondary(Workload w, String s, int k, String metric) {
        return w.cell(s, k).map(c -> c.secondary().get(metric)).map(Estimate::score);
    }

    static long number(String v) {
        try {
            return v == null ? 0 : Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
