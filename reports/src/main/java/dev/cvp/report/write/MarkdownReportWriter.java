package dev.cvp.report.write;

import static dev.cvp.report.write.MarkdownText.escape;

import dev.cvp.bundle.Problem;
import dev.cvp.report.analysis.TaskFamilies;
import dev.cvp.report.analysis.Trust;
import dev.cvp.report.model.Bundle;
import dev.cvp.report.model.Measurement;
import dev.cvp.report.model.Workload;
import dev.cvp.report.model.WorkloadKey;
import dev.cvp.report.write.process.ProcessSection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * report.md for one bundle: what disturbed the run (if anything) and how far its numbers can be
 * trusted, the matrix, machine, findings, a section per workload, what is missing.
 */
public final class MarkdownReportWriter {

    /** First line of every file the report tool writes: marks it as safe to overwrite. */
    public static final String MARKER = "<!-- written by the cvp report tool (dev.cvp.report); rerunning it replaces this file -->";

    private MarkdownReportWriter() {
    }

    /**
     * @param charts chart paths relative to the bundle with their alt text, per workload
     * @param notes  extra lines for the notes section (e.g. why charts are missing), unescaped
     */
    public static String render(Bundle bundle, Trust trust, Map<WorkloadKey, Map<String, String>> charts,
                                List<String> notes) {
        StringBuilder b = new StringBuilder();
        b.append(MARKER).append("\n\n");
        b.append("# Concurrency vs parallelism: ").append(escape(bundle.label())).append("\n\n");
        b.append(TrustSection.opening(trust, bundle.workloads()));
        b.append(status(bundle)).append("\n\n");
        b.append(TrustSection.render(trust));
        b.append(MatrixSection.render(bundle.workloads(), trust));
        b.append("## Machine\n\n").append(machine(bundle)).append('\n');
        b.append("## Findings\n\n");
        if (bundle.workloads().isEmpty()) {
            b.append("No readable results.\n");
        }
        for (Workload w : bundle.workloads()) {
            b.append("- ").append(escape(w.key().module())).append(": ").append(WorkloadSection.finding(w, trust))
                    .append('\n');
        }
        b.append('\n');
        b.append("## Results\n\n");
        Map<WorkloadKey, List<Measurement>> byWorkload = bundle.measurements().stream()
                .collect(Collectors.groupingBy(Measurement::workload));
        Map<WorkloadKey, List<Workload>> familyOfFirst = new java.util.HashMap<>();
        TaskFamilies.of(bundle.workloads()).forEach(f -> familyOfFirst.put(f.get(0).key(), f));
        for (String module : modules(bundle)) {
            b.append("### ").append(escape(module)).append("\n\n");
            List<Workload> own = bundle.workloads().stream().filter(w -> w.key().module().equals(module)).toList();
            b.append(CoverageTable.render(own));
            b.append(ProcessSection.render(own));
            b.append(KernelSection.render(own));
            b.append(MultitaskingSection.render(own));
            for (Workload w : bundle.workloads()) {
                if (w.key().module().equals(module)) {
                    b.append(WorkloadSection.render(w, trust, charts.getOrDefault(w.key(), Map.of()),
                            byWorkload.getOrDefault(w.key(), List.of())));
                    if (familyOfFirst.containsKey(w.key())) {
                        b.append(IoSection.family(familyOfFirst.get(w.key())));
                    }
                }
            }
        }
        b.append(problems(bundle));
        if (!notes.isEmpty()) {
            b.append("## Notes\n\n");
            notes.forEach(n -> b.append("- ").append(escape(n)).append('\n'));
            b.append('\n');
        }
        b.append(HOW_TO_READ);
        return b.toString();
    }

    private static List<String> modules(Bundle bundle) {
        return bundle.workloads().stream().map(w -> w.key().module()).distinct().toList();
    }

    private static String status(Bundle bundle) {
        String counts = bundle.workloads().size() + " workload(s), "
                + bundle.workloads().stream().mapToInt(Workload::cellCount).sum() + " cell(s); modules: "
                + escape(String.join(", ", bundle.modules())) + "; core counts: "
                + bundle.coreCounts().stream().map(String::valueOf).collect(Collectors.joining(", ")) + ".";
        if (bundle.complete()) {
            return "Complete: " + counts;
        }
        return "**Incomplete**: " + bundle.problems().size() + " problem(s), listed under"
                + " [Missing and unreadable](#missing-and-unreadable). " + counts;
    }

    private static String machine(Bundle bundle) {
        if (bundle.machine().fields().isEmpty()) {
            return "Machine details unknown: machine.json is missing, unreadable or empty.\n";
        }
        MarkdownTable t = new MarkdownTable(List.of("field", "value"));
        bundle.machine().fields().forEach((k, v) -> t.row(List.of(escape(k), escape(v))));
        return t.render();
    }

    private static String problems(Bundle bundle) {
        if (bundle.problems().isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("## Missing and unreadable\n\n");
        for (Problem p : bundle.problems()) {
            b.append("- ").append(escape(p.file())).append(": ").append(escape(p.message())).append('\n');
        }
        return b.append('\n').toString();
    }

    private static final String HOW_TO_READ = """
            ## How to read this report

            - **Concurrency gain**: score(sequential) / score(strategy) at the same core count: what overlapping \
            tasks buys without more cores.
            - **Parallel speedup**: score(strategy, 1 core) / score(strategy, k cores): what more cores buy. \
            **Efficiency** = speedup / k.
            - For throughput (ops per time) the ratios are inverted, so above 1 always means better.
            - **Intervals**: every score and every ratio carries its own 95% interval, from a hierarchical \
            bootstrap over forks (or rounds), then iterations, of JMH's raw data, widened to Student's t for few \
            forks; a ratio's interval comes from resampling both sides, never from propagated errors. "no interval": \
            a side has fewer than 2 iterations or was derived rather than measured. Where a ratio's interval \
            includes 1 the report says "no measurable difference" and names no winner. "wide": the score's interval \
            reaches beyond 10% of it. JMH's 99.9% half-widths stay in the JMH JSON.
            - **Flags** (also in results.csv's `flags` column): `disturbed` (other activity on the machine during \
            the cell or its speedup's base cell, from run.json's load record), `control-failed` (the workload's \
            sequential changed speed with cores), `not-settled` (the iterations trend: a Mann-Kendall test at 1% \
            with a drift of 2% or more), `superlinear` (a speedup whose whole interval exceeds the core count).
            - **Classes**, from the concurrency gain G at the fewest cores and the parallel speedup S at the most \
            (ideal n): I/O-bound G >= 2 and S <= 1.3; CPU-bound G <= 1.5 and S >= 0.75n; memory-bandwidth-bound \
            G <= 1.5 and 1.15 < S < 0.75n; serialized G <= 1.5 and S <= 1.15. A class that says overlap or cores \
            help needs that figure's interval to exclude 1; otherwise the workload stays unclassified.
            - **Scaling models**: Karp-Flatt serial fraction e = (1/S - 1/n)/(1 - 1/n) per core count; Amdahl's \
            serial fraction fitted over all core counts (1/s is its speedup ceiling); the Universal Scalability Law \
            (contention, coherency) from three core counts on. Figures beyond the measured core counts are \
            extrapolations and say so.
            - **Little's law** (I/O): at most N tasks in flight, each waiting L, need ceil(tasks / N) x L; \
            "reached" is that ideal over the measured time.
            - results.csv holds every cell; its `error` column is the half-width of the score's 95% interval (a \
            sequential figure derived rather than measured has `extrapolated` there), and the interval ends, \
            forks, iterations and flags follow the first twelve columns.
            """;
}
