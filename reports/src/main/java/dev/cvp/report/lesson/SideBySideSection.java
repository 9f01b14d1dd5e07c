package dev.cvp.report.lesson;

import static dev.cvp.report.write.MarkdownText.escape;

import dev.cvp.bundle.declare.Declaration;
import dev.cvp.bundle.declare.Role;
import dev.cvp.report.metrics.Ratio;
import dev.cvp.report.metrics.Scaling;
import dev.cvp.report.model.Workload;
import dev.cvp.report.write.Formats;
import dev.cvp.report.write.MarkdownTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The same work in different runtimes (benchmarks that declare one family, e.g. Java and CPython
 * Fibonacci): per family, every strategy's figure side by side, on the same pinned cores. For
 * computation the parallel speedup on the most cores; for waiting work the gain over one at a
 * time and the overhead per task on the fewest cores, at the largest task count they share.
 */
final class SideBySideSection implements LessonSection {

    @Override
    public String render(LessonContext c) {
        Map<String, List<Workload>> families = new LinkedHashMap<>();
        for (Workload w : c.workloads()) {
            c.meanings().of(w).filter(d -> !d.family().isEmpty() && d.metric().scales())
                    .ifPresent(d -> families.computeIfAbsent(d.family(), f -> new ArrayList<>()).add(w));
        }
        families.values().removeIf(ws -> ws.stream().map(c.meanings()::runtime).distinct().count() < 2);
        if (families.isEmpty()) {
            return "";
        }
        int lo = c.minCores();
        int hi = c.maxCores();
        StringBuilder b = new StringBuilder("## Java and CPython side by side\n\n");
        b.append("The chapter was written for Python: CPython's global interpreter lock (GIL) lets one thread run"
                + " Python code at a time. Here the same work runs in both runtimes on the same pinned cores.\n\n");
        for (Map.Entry<String, List<Workload>> e : families.entrySet()) {
            List<Workload> ws = e.getValue();
            boolean computes = ws.stream().allMatch(w -> Pick.withRole(c, w, Role.OVERLAPS_WAITS).isEmpty());
            b.append(computes && hi > lo ? computation(c, ws, lo, hi) : waiting(c, ws, lo));
        }
        return b.toString();
    }

    private static String computation(LessonContext c, List<Workload> ws, int lo, int hi) {
        List<Workload> one = onePerBenchmark(c, ws, false);
        MarkdownTable t = new MarkdownTable(List.of("runtime", "strategy", "what it is",
                "speedup " + Formats.cores(lo) + " \u2192 " + Formats.cores(hi)));
        List<String> parts = new ArrayList<>();
        for (Workload w : one) {
            for (String s : w.strategies()) {
                if (c.meanings().is(w, s, Role.BASELINE)) {
                    continue;
                }
                Optional<Ratio> r = Scaling.speedup(w, s, hi);
                t.row(List.of(escape(c.meanings().runtime(w)), escape(s), escape(Pick.how(c, w, s)),
                        c.ratioCell(w, s, hi, r, "n/a")));
                if (r.isPresent() && (c.meanings().is(w, s, Role.SERIALIZED) || !c.meanings().runtime(w).equals(
                        c.meanings().runtime(one.get(0))))) {
                    parts.add(escape(c.meanings().runtime(w)) + " `" + escape(s) + "` " + Words.speedup(r.get(), hi));
                }
            }
        }
        return "**" + escape(title(c, one)) + "** (parallel speedup):\n\n" + t.render() + "\n"
                + (parts.isEmpty() ? "" : String.join("; ", parts) + ".\n\n");
    }

    private static String waiting(LessonContext c, List<Workload> ws, int lo) {
        List<Workload> one = onePerBenchmark(c, ws, true);
        MarkdownTable t = new MarkdownTable(List.of("runtime", "strategy", "what it is", "tasks per op",
                "gain on " + Formats.cores(lo), "overhead per task (µs)"));
        for (Workload w : one) {
            for (String s : Pick.withRole(c, w, Role.OVERLAPS_WAITS)) {
                t.row(List.of(escape(c.meanings().runtime(w)), escape(s), escape(Pick.how(c, w, s)),
                        String.format(java.util.Locale.ROOT, "%,d", Pick.tasks(c, w)),
                        c.ratioCell(w, s, lo, Scaling.gain(w, s, lo), "n/a"),
                        Waits.overheadPerTaskUs(c, w, s, lo).map(us -> Formats.sig(c.figures().add(w, s, lo,
                                "overhead_per_task", us, "us", "(time - ideal) / tasks"))).orElse("n/a")));
            }
        }
        return "**" + escape(title(c, one)) + "** (overlapping waits, " + Formats.cores(lo) + "):\n\n" + t.render()
                + "\n";
    }

    /**
     * One workload per benchmark of the family: for waiting work, the largest task count all the
     * family's benchmarks measured; for computation, the first.
     */
    private static List<Workload> onePerBenchmark(LessonContext c, List<Workload> ws, boolean byTasks) {
        Map<Declaration, List<Workload>> byDecl = new LinkedHashMap<>();
        ws.forEach(w -> byDecl.computeIfAbsent(c.meanings().of(w).get(), d -> new ArrayList<>()).add(w));
        Set<Long> shared = null;
        for (List<Workload> list : byDecl.values()) {
            Set<Long> tasks = new TreeSet<>();
            list.stream().filter(w -> !Pick.withRole(c, w, Role.OVERLAPS_WAITS).isEmpty())
                    .forEach(w -> tasks.add(Pick.tasks(c, w)));
            if (shared == null) {
                shared = tasks;
            } else {
                shared.retainAll(tasks);
            }
        }
        long target = shared == null || shared.isEmpty() ? -1 : ((TreeSet<Long>) shared).last();
        List<Workload> out = new ArrayList<>();
        for (List<Workload> list : byDecl.values()) {
            list.stream().filter(w -> !byTasks || Pick.tasks(c, w) == target).findFirst().ifPresent(out::add);
        }
        return out;
    }

    private static String title(LessonContext c, List<Workload> ws) {
        return ws.stream().map(w -> c.meanings().title(w)).distinct().reduce((a, b) -> a + " / " + b).orElse("");
    }
}
