package dev.cvp.report.write;

import static dev.cvp.report.write.MarkdownText.escape;

import dev.cvp.bundle.Problem;
import dev.cvp.report.analysis.Trust;
import dev.cvp.report.lesson.LessonContext;
import dev.cvp.report.lesson.LessonReport;
import dev.cvp.report.model.Bundle;
import dev.cvp.report.model.Workload;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * report.md for one bundle, short enough to read in five minutes: whether the run was disturbed,
 * then the chapter's lessons (from the benchmarks' declarations), then how far to trust the
 * numbers and what is missing. The full per-workload tables are in details.md
 * ({@link DetailsWriter}). A bundle whose benchmarks declare nothing (plain JMH JSON, a
 * version-1 bundle) gets one generic finding per workload instead of the lessons.
 */
public final class MarkdownReportWriter {

    /** First line of every file the report tool writes: marks it as safe to overwrite. */
    public static final String MARKER = "<!-- written by the cvp report tool (dev.cvp.report); rerunning it replaces this file -->";

    /** The second markdown file, with every workload's full table. */
    public static final String DETAILS = "details.md";

    private MarkdownReportWriter() {
    }

    /** The report; the notes section lists what the chart writer could not draw. */
    public static String render(LessonContext c) throws IOException {
        Bundle bundle = c.bundle();
        Trust trust = c.trust();
        StringBuilder b = new StringBuilder();
        b.append(MARKER).append("\n\n");
        b.append("# Concurrency vs parallelism: ").append(escape(bundle.label())).append("\n\n");
        b.append(TrustSection.opening(trust, bundle.workloads()));
        b.append(status(bundle)).append(' ').append(machine(bundle)).append("\n\n");
        b.append(SteadinessText.floorLine(trust));
        b.append("Every figure below is in [results.csv](results.csv) (scores, gains, speedups) or"
                + " [metrics.csv](metrics.csv) (percentiles, memory, counts, stage times, overheads); the full"
                + " table of every workload is in [details.md](" + DETAILS + ").\n\n");
        String lessons = LessonReport.render(c);
        if (lessons.isEmpty()) {
            b.append(generic(c));
        } else {
            b.append(lessons);
        }
        b.append(TrustSection.render(trust));
        b.append(problems(bundle));
        List<String> notes = c.charts().notes();
        if (!notes.isEmpty()) {
            b.append("## Notes\n\n");
            notes.forEach(n -> b.append("- ").append(escape(n)).append('\n'));
            b.append('\n');
        }
        b.append(HOW_TO_READ);
        return b.toString();
    }

    /** Without declarations: one finding per workload, computed from its cells. */
    private static String generic(LessonContext c) {
        StringBuilder b = new StringBuilder("## Findings\n\n");
        if (c.workloads().isEmpty()) {
            return b.append("No readable results.\n\n").toString();
        }
        b.append("These benchmarks declare no lesson (no benchmarks.json), so each gets the generic reading of its"
                + " cells.\n\n");
        for (Workload w : c.workloads()) {
            b.append("- ").append(escape(w.key().module())).append(": ")
                    .append(WorkloadSection.finding(w, c.trust(), c.meanings())).append('\n');
        }
        return b.append('\n').toString();
    }

    static String status(Bundle bundle) {
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

    /** "Machine: AMD EPYC ..., 2 logical CPUs, Linux 6.18, Temurin 25.0.3, profile quick, 2026-12-02T03:00Z." */
    private static String machine(Bundle bundle) {
        var m = bundle.machine();
        if (m.fields().isEmpty()) {
            return "Machine details unknown: machine.json is missing, unreadable or empty.";
        }
        return "Machine: " + escape(String.join(", ", List.of(m.getOr("cpuModel", "CPU unknown"),
                m.getOr("logicalCpus", "?") + " logical CPUs", m.getOr("osName", "") + " " + m.getOr("osVersion", ""),
                m.getOr("jvmVendor", "") + " " + m.getOr("jvmVersion", ""), "JMH " + m.getOr("jmhVersion", "?"),
                "profile " + m.getOr("profile", "?"), "started " + m.getOr("startedAt", "?"))))
                + " (all fields in [details.md](" + DETAILS + "#machine)).";
    }

    static String problems(Bundle bundle) {
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

            - **Concurrency gain**: time(sequential) / time(strategy) at the same core count: what overlapping \
            tasks buys without more cores. **Parallel speedup**: time(strategy, 1 core) / time(strategy, k cores): \
            what more cores buy; **efficiency** = speedup / k. Above 1 is always better (throughput ratios are \
            inverted). Speedups and gains are given only where the metric is the time (or throughput) of a job.
            - **Intervals**: brackets hold 95% intervals from a hierarchical bootstrap over forks (or rounds), \
            then iterations, of JMH's raw data; a ratio's interval is resampled from both sides. Where it \
            includes 1 the text says "no measurable" and names no winner. "(no interval)": fewer than 2 iterations.
            - **Flags** (results.csv's `flags` column, details.md): `disturbed` (other activity on the machine \
            during the cell or its speedup's base cell; a slow CPU, or other processes seen second by second, only \
            where they overlapped the row's own measured iterations), `control-failed` (sequential computation \
            changed speed with cores), \
            `not-settled` (the iterations trend), `superlinear` (a speedup whose interval is above the core count). \
            In the tables above, ⚠ after a gain or speedup names its row's flags at that core count.
            - **Little's law** (waiting work): at most N tasks in flight, each waiting L, need ceil(tasks / N) x L; \
            the overhead per task is (time - that ideal) / tasks.
            - The sequential time of many waiting tasks is the measured one-task time times the task count \
            (`extrapolated` in results.csv's `error` column).
            """;
}
