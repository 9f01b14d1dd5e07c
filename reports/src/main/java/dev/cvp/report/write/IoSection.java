package dev.cvp.report.write;

import static dev.cvp.report.write.MarkdownText.escape;

import dev.cvp.report.analysis.IoFindings;
import dev.cvp.report.analysis.TaskFamilies;
import dev.cvp.report.metrics.LittlesLaw;
import dev.cvp.report.metrics.PoolSize;
import dev.cvp.report.model.Cell;
import dev.cvp.report.model.Workload;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a family of I/O workloads (one benchmark and latency, several task counts) adds, as
 * docs/modules/bench-io.md asks: per core count the time, Little's-law ideal and fraction
 * reached (wait-bound or CPU-bound) by strategy and tasks; the gain at the fewest cores as tasks
 * grow; the overhead per task; the finding at the largest task count; the knee per strategy.
 */
public final class IoSection {

    private IoSection() {
    }

    public static String family(List<Workload> family) {
        if (family.stream().noneMatch(LittlesLaw::applies)) {
            return "";
        }
        Set<Integer> cores = new TreeSet<>();
        family.forEach(w -> cores.addAll(w.coreCounts()));
        int base = cores.iterator().next();
        Set<String> strategies = new LinkedHashSet<>();
        family.forEach(w -> strategies.addAll(w.strategies()));
        String name = escape(IoFindings.family(family.get(0).key()));
        StringBuilder b = new StringBuilder("##### " + name + ": waiting work as tasks grow\n\n");
        for (int k : cores) {
            b.append("Time, ideal (Little's law: ceil(tasks / in flight) \u00d7 latency) and the fraction reached at ")
                    .append(Formats.cores(k)).append(" (\u2265 ").append(Formats.percent(IoFindings.WAIT_BOUND))
                    .append(": wait-bound, below: CPU-bound):\n\n").append(idealTable(family, strategies, k)).append('\n');
        }
        b.append("Concurrency gain vs sequential at ").append(Formats.cores(base)).append(" as tasks grow (\u2020: against")
                .append(" an extrapolated figure):\n\n").append(gainTable(family, strategies, base)).append('\n');
        b.append(overhead(family, strategies, base));
        Workload largest = largestMeasured(family, base);
        if (largest != null) {
            b.append("Finding: ").append(escape(IoFindings.of(largest))).append("\n\n");
        }
        List<String> knees = new ArrayList<>();
        for (String s : strategies) {
            // pools are bounded by their size, not by CPU: the knee is about unbounded overlap
            if (!s.equals(Workload.SEQUENTIAL) && PoolSize.of(s).isEmpty()) {
                IoFindings.knee(family, s, base).ifPresent(knees::add);
            }
        }
        if (!knees.isEmpty()) {
            b.append("Knee (CPU per task c = (time \u2212 ideal) / tasks; beyond latency / c tasks in flight the CPU,"
                    + " not the wait, sets the time; client and server share the pinned cores):\n\n");
            knees.forEach(k -> b.append("- ").append(escape(k)).append('\n'));
            b.append('\n');
        }
        if (family.get(0).key().param(LittlesLaw.LATENCY) == null) {
            b.append("Latency here is the measured time of one sequential task (one write + fsync). A virtual thread"
                    + " blocked in fsync holds its carrier; the JDK adds carriers up to 256, so the real in-flight of"
                    + " `virtual` is at most about 256 (the table uses the nominal tasks).\n\n");
        }
        return b.toString();
    }

    private static String idealTable(List<Workload> family, Set<String> strategies, int k) {
        List<String> header = new ArrayList<>(List.of("strategy"));
        family.forEach(w -> header.add(tasks(w)));
        MarkdownTable t = new MarkdownTable(header);
        for (String s : strategies) {
            List<String> row = new ArrayList<>(List.of(escape(s)));
            for (Workload w : family) {
                row.add(w.cell(s, k).map(c -> idealCell(w, s, k, c)).orElse("\u2014"));
            }
            t.row(row);
        }
        return t.render();
    }

    private static String idealCell(Workload w, String s, int k, Cell c) {
        Optional<Double> ms = LittlesLaw.measuredMs(w, c);
        Optional<Double> ideal = LittlesLaw.idealMs(w, s, k);
        Optional<Double> reached = LittlesLaw.fractionOfIdeal(w, s, k);
        String time = ms.map(v -> (c.extrapolated() ? "\u2248 " : "") + Formats.sig(v) + " ms").orElse("n/a");
        String bound = reached.map(f -> " (" + Formats.percent(f) + ", "
                + (f >= IoFindings.WAIT_BOUND ? "wait-bound" : "CPU-bound") + ")").orElse("");
        return time + ideal.map(i -> "<br>ideal " + Formats.sig(i) + " ms").orElse("") + bound
                + (c.extrapolated() ? " \u2020" : "");
    }

    private static String gainTable(List<Workload> family, Set<String> strategies, int base) {
        List<String> header = new ArrayList<>(List.of("strategy"));
        family.forEach(w -> header.add(tasks(w)));
        MarkdownTable t = new MarkdownTable(header);
        for (String s : strategies) {
            if (s.equals(Workload.SEQUENTIAL)) {
                continue;
            }
            List<String> row = new ArrayList<>(List.of(escape(s)));
            for (Workload w : family) {
                boolean derived = w.cell(Workload.SEQUENTIAL, base).map(Cell::extrapolated).orElse(false)
                        || w.cell(s, base).map(Cell::extrapolated).orElse(false);
                row.add(dev.cvp.report.metrics.Scaling.gain(w, s, base)
                        .map(r -> Formats.times(r.value()) + (derived ? " \u2020" : "")).orElse("\u2014"));
            }
            t.row(row);
        }
        return t.render();
    }

    /** (time - latency) / tasks in µs per strategy, at the fewest cores and the largest measured tasks. */
    private static String overhead(List<Workload> family, Set<String> strategies, int base) {
        if (family.get(0).key().param(LittlesLaw.LATENCY) == null) {
            return "";
        }
        Workload w = largestMeasured(family, base);
        if (w == null) {
            return "";
        }
        double latency = LittlesLaw.latencyMs(w, base).orElse(0.0);
        long tasks = TaskFamilies.tasks(w);
        List<String> parts = new ArrayList<>();
        for (String s : strategies) {
            w.cell(s, base).filter(c -> !c.extrapolated() && !s.equals(Workload.SEQUENTIAL))
                    .flatMap(c -> LittlesLaw.measuredMs(w, c))
                    .ifPresent(ms -> parts.add(escape(s) + " " + Formats.sig((ms - latency) / tasks * 1000) + " \u00b5s"));
        }
        if (parts.isEmpty()) {
            return "";
        }
        return "Overhead per task, (time \u2212 latency) / tasks, at " + Formats.cores(base) + " and " + tasks
                + " tasks: " + String.join(", ", parts) + ".\n\n";
    }

    private static String tasks(Workload w) {
        long t = TaskFamilies.tasks(w);
        return t + (t == 1 ? " task" : " tasks");
    }

    /** The workload with the largest task count that has a measured non-sequential cell at k cores. */
    private static Workload largestMeasured(List<Workload> family, int k) {
        Workload out = null;
        for (Workload w : family) {
            boolean measured = w.strategies().stream().anyMatch(s -> !s.equals(Workload.SEQUENTIAL)
                    && w.cell(s, k).map(c -> !c.extrapolated()).orElse(false));
            if (measured) {
                out = w;
            }
        }
        return out;
    }
}
