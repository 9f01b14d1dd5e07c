package dev.cvp.report.model;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

/**
 * A result bundle once read: where it is, the machine, the run cells, the workloads assembled
 * from every readable JMH file, and every problem met on the way (each names its file).
 */
public record Bundle(Path dir, MachineInfo machine, List<RunCell> runCells,
                     List<Measurement> measurements, List<Workload> workloads, List<Problem> problems) {

    public Bundle {
        runCells = List.copyOf(runCells);
        measurements = List.copyOf(measurements);
        workloads = List.copyOf(workloads);
        problems = List.copyOf(problems);
    }

    /** Every core count with at least one measurement, ascending. */
    public List<Integer> coreCounts() {
        TreeSet<Integer> all = new TreeSet<>();
        measurements.forEach(m -> all.add(m.cores()));
        return List.copyOf(all);
    }

    /** Modules with at least one measurement, in first-seen order. */
    public List<String> modules() {
        return measurements.stream().map(m -> m.workload().module()).distinct().toList();
    }

    public boolean complete() {
        return problems.isEmpty();
    }

    public String label() {
        return machine.getOr("label", dir.getFileName() == null ? dir.toString() : dir.getFileName().toString());
    }
}
