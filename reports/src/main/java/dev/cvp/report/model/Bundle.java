package dev.cvp.report.model;

import dev.cvp.bundle.Invocation;
import dev.cvp.bundle.Problem;
import dev.cvp.bundle.declare.Declarations;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.TreeSet;

/**
 * A result bundle once read: where it is, the machine, its format version, the workloads
 * assembled from every readable JMH file, and every problem met on the way (each names its file).
 *
 * @param formatVersion what machine.json (or else run.json) records; empty when neither does
 * @param invocations   run.json's JMH invocations in execution order, with what else the machine
 *                      did meanwhile (format 2); empty for version-1 bundles and plain JMH JSON
 * @param declarations  benchmarks.json: what each benchmark means (format 2); none for version-1
 *                      bundles and plain JMH JSON, which the report renders generically
 * @param extraJmhArgs  the JMH options the run was given after {@code --} (run.json's settings);
 *                      empty without them
 * @param spellChecks   cell ("bench-cpu@2") -> what the speed probe's slow spells did to its results
 *                      (iterations set aside, results replaced, what remained); only cells whose
 *                      results carry their iterations' times
 * @param spellHits     one round's results (not pooled) whose figures a slow spell still touches:
 *                      what the runner measures again first
 */
public record Bundle(Path dir, MachineInfo machine, OptionalInt formatVersion,
                     List<Measurement> measurements, List<Workload> workloads, List<Problem> problems,
                     List<Invocation> invocations, Declarations declarations, List<String> extraJmhArgs,
                     java.util.Map<String, SpellCheck> spellChecks, List<Measurement> spellHits) {

    public Bundle {
        spellHits = List.copyOf(spellHits);
        spellChecks = java.util.Map.copyOf(spellChecks);
        extraJmhArgs = List.copyOf(extraJmhArgs);
        invocations = List.copyOf(invocations);
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

    /** What the benchmarks mean, from benchmarks.json (none for version-1 bundles and plain JMH JSON). */
    public Meanings meanings() {
        return new Meanings(declarations);
    }

    public boolean complete() {
        return problems.isEmpty();
    }

    public String label() {
        return machine.getOr("label", dir.getFileName() == null ? dir.toString() : dir.getFileName().toString());
    }
}
