package dev.cvp.report.write.process;

import dev.cvp.report.model.Workload;
import java.util.List;

/**
 * bench-process's own tables (docs/modules/bench-process.md): start cost in thread starts,
 * CPU work across processes, the break-even task size, memory per idle worker, round-trip and
 * the isolation line. Every ratio compares cells of the same core count: the largest measured.
 */
public final class ProcessSection {

    private ProcessSection() {
    }

    public static String render(List<Workload> workloads) {
        StringBuilder b = new StringBuilder();
        ProcessCells.find(workloads, "StartCostBenchmark").ifPresent(w -> b.append(StartCostTable.render(w)));
        b.append(ProcessSplitLines.render(workloads));
        b.append(BreakEvenTable.render(workloads));
        ProcessCells.find(workloads, "WorkerMemoryBenchmark").ifPresent(w -> b.append(WorkerMemoryTable.render(w)));
        ProcessCells.find(workloads, "RoundTripBenchmark").ifPresent(w -> b.append(RoundTripTable.render(w)));
        ProcessCells.find(workloads, "IsolationBenchmark").ifPresent(w -> b.append(IsolationLine.render(w)));
        return b.isEmpty() ? "" : "#### Processes vs threads: the module's tables\n\n" + b;
    }
}
