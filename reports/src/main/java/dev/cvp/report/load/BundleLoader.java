package dev.cvp.report.load;

import dev.cvp.bundle.BadBundleException;
import dev.cvp.bundle.BundleContents;
import dev.cvp.bundle.BundleLayout;
import dev.cvp.bundle.BundleReader;
import dev.cvp.bundle.Cell;
import dev.cvp.bundle.CellState;
import dev.cvp.bundle.Invocation;
import dev.cvp.bundle.ModuleNames;
import dev.cvp.bundle.Problem;
import dev.cvp.bundle.Run;
import dev.cvp.bundle.BusySpell;
import dev.cvp.bundle.SlowSpell;
import dev.cvp.report.model.Bundle;
import dev.cvp.report.model.MachineInfo;
import dev.cvp.report.model.Meanings;
import dev.cvp.report.model.Measurement;
import dev.cvp.report.model.SpellCheck;
import dev.cvp.report.model.SpellResidue;
import dev.cvp.report.model.Workload;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Turns a result bundle into the report's model. {@link BundleReader} decides what the bundle is
 * (a folder that is none is a {@link BadBundleException}; a missing or unreadable machine.json or
 * run.json is a problem naming the file); this class maps its JMH results to measurements,
 * pools the rounds of each cell ({@link RoundMerging}), assembles the workloads and names every
 * cell (or round) run.json says is missing.
 */
public final class BundleLoader {

    private BundleLoader() {
    }

    public static Bundle load(Path dir) throws BadBundleException {
        BundleContents contents = BundleReader.read(dir);
        List<Problem> problems = new ArrayList<>(contents.problems());
        List<BundleContents.ResultFile> files = contents.resultFiles();
        Map<String, Invocation> writers = writers(contents.run().map(Run::invocations).orElse(List.of()));
        // parsing dominates loading and the files are independent: read them on every core, keep their order
        Meanings meanings = new Meanings(contents.declarations());
        List<JmhMeasurements.Output> outputs = files.parallelStream().map(f -> JmhMeasurements.read(f,
                spells(writers.get(f.name())), busy(writers.get(f.name())), meanings)).toList();
        Map<String, SpellCheck> checks = new HashMap<>();
        List<Measurement> read = new ArrayList<>();
        Map<String, Integer> resultsPerCell = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            BundleContents.ResultFile file = files.get(i);
            JmhMeasurements.Output out = outputs.get(i);
            read.addAll(out.measurements());
            problems.addAll(out.problems());
            resultsPerCell.merge(cellKey(file.module(), file.cores()), out.measurements().size(), Integer::sum);
            if (out.check() != null) {
                checks.merge(cellKey(file.module(), file.cores()), out.check(), SpellCheck::plus);
            }
            if (out.measurements().isEmpty() && out.problems().isEmpty()) {
                problems.add(new Problem(file.name(), "holds no results (an empty list)"));
            }
        }
        contents.run().ifPresent(run -> crossCheck(run.cells(), resultsPerCell, problems));
        contents.run().ifPresent(run -> roundsPresent(run, files, problems));
        RoundMerging.Merged merged = RoundMerging.apply(read, problems, replacements(writers.values()));
        List<Measurement> measurements = merged.measurements();
        checks.replaceAll((cell, c) -> c.withResidual(measurements.stream()
                .filter(m -> cellKey(m.workload().module(), m.cores()).equals(cell))
                .map(Measurement::residue).reduce(SpellResidue.NONE, SpellResidue::max))
                .withReplaced(merged.replaced().getOrDefault(cell, 0)));
        List<Workload> workloads = WorkloadAssembler.assemble(measurements, meanings, problems);
        MachineInfo machine = contents.machine().map(MachineInfo::of).orElse(MachineInfo.empty());
        List<Invocation> invocations = contents.run().map(Run::invocations).orElse(List.of());
        return new Bundle(dir, machine, formatVersion(contents), measurements, workloads, problems, invocations,
                contents.declarations(), contents.run().map(Run::settings).map(s -> s.extraJmhArgs()).orElse(List.of()),
                checks, merged.spellHits());
    }

    /** Result file of a replacing round -> the result file of the round it replaces. */
    private static Map<String, String> replacements(java.util.Collection<Invocation> writers) {
        Map<String, String> out = new HashMap<>();
        for (Invocation i : writers) {
            if (i.replaces() != null && i.module() != null) {
                out.put(i.json(), BundleLayout.resultName(ModuleNames.canonical(i.module()).orElse(i.module()), i.cores(),
                        i.replaces()));
            }
        }
        return out;
    }

    /** Result file -> the invocation that wrote it (its latest attempt). */
    private static Map<String, Invocation> writers(List<Invocation> invocations) {
        Map<String, Invocation> out = new HashMap<>();
        for (Invocation i : invocations) {
            if (i.json() != null) {
                out.merge(i.json(), i, (a, b) -> a.sequence() > b.sequence() ? a : b);
            }
        }
        return out;
    }

    /** The speed probe's spells during an invocation; none without one. */
    private static List<SlowSpell> spells(Invocation writer) {
        return writer == null || writer.load() == null ? List.of() : writer.load().spells();
    }

    /** The load monitor's busy spells during an invocation; none without one. */
    private static List<BusySpell> busy(Invocation writer) {
        return writer == null || writer.load() == null ? List.of() : writer.load().busy();
    }

    /** The format version machine.json (or else run.json) records; empty when neither does. */
    private static OptionalInt formatVersion(BundleContents contents) {
        int v = contents.machine().map(m -> m.formatVersion())
                .or(() -> contents.run().map(r -> r.formatVersion())).orElse(0);
        return v > 0 ? OptionalInt.of(v) : OptionalInt.empty();
    }

    private static String cellKey(String module, int cores) {
        return module + "@" + cores;
    }

    /**
     * Every later round of an ok cell whose result file is missing (round 1's is checked with the
     * cell): the cell's figures then rest on fewer rounds than run.json says were measured.
     */
    private static void roundsPresent(Run run, List<BundleContents.ResultFile> files, List<Problem> problems) {
        Set<String> names = new HashSet<>();
        files.forEach(f -> names.add(f.name()));
        for (Cell c : run.cells()) {
            if (!c.ok()) {
                continue;
            }
            for (Invocation i : run.latestRounds(c.module(), c.cores()).values()) {
                if (i.round() > 1 && i.ok() && i.json() != null && !names.contains(i.json())) {
                    problems.add(new Problem(i.json(), "missing, though run.json says round " + i.round() + " of cell "
                            + c.module() + " at " + c.cores() + " core(s) finished ok"));
                }
            }
        }
    }

    /** Cells run.json says failed or never ran, and ok cells whose results are missing. */
    private static void crossCheck(List<Cell> cells, Map<String, Integer> resultsPerCell, List<Problem> problems) {
        for (Cell c : cells) {
            // run.json may use the short names (cpu); result files use the Maven module names
            String module = resultsPerCell.containsKey(cellKey(c.module(), c.cores())) ? c.module()
                    : ModuleNames.canonical(c.module()).orElse(c.module());
            Integer results = resultsPerCell.get(cellKey(module, c.cores()));
            String cell = "cell " + module + " at " + c.cores() + " core(s)";
            if (c.ok()) {
                if (results == null) {
                    problems.add(new Problem(BundleLayout.resultName(module, c.cores()),
                            "missing, though run.json says " + cell + " finished ok"));
                }
                continue;
            }
            String how = switch (c.state()) {
                case FAILED -> "failed" + (c.exitCode() == null ? "" : " (exit " + c.exitCode() + ")");
                case PENDING -> "never finished (pending: the run stopped first; bench.sh --resume continues it)";
                case SKIPPED -> "was skipped";
                case OK -> "finished ok";
            };
            String reason = c.reason() == null || c.reason().isBlank() ? "" : ": " + c.reason();
            String log = c.state() == CellState.FAILED
                    ? "; see " + (c.log() != null ? c.log() : BundleLayout.logName(module, c.cores())) : "";
            String partial = results != null && results > 0
                    ? "; its " + results + " result(s) are shown but may be partial" : "";
            problems.add(new Problem(BundleLayout.RUN, cell + " " + how + reason + log + partial));
        }
    }
}
