package dev.cvp.report.lesson;

import static dev.cvp.report.write.MarkdownText.escape;

import dev.cvp.bundle.declare.Example;
import dev.cvp.bundle.declare.Lesson;
import dev.cvp.bundle.declare.Role;
import dev.cvp.bundle.declare.StrategyRole;
import dev.cvp.report.metrics.Ratio;
import dev.cvp.report.metrics.Scaling;
import dev.cvp.report.model.Workload;
import dev.cvp.report.write.ChartLines;
import dev.cvp.report.write.Formats;
import dev.cvp.report.write.MarkdownTable;
import dev.cvp.report.write.chart.LineChart;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parallelism: computation on more cores, and what a global lock or a single thread does to it.
 * One matrix per runtime: the declared computations by their strategies' parallel speedups on
 * the most cores; a chart of the CPU-bound example; sentences on the example's parallel,
 * serialized and single-thread strategies and on the memory-bound example.
 */
final class ParallelismSection implements LessonSection {

    @Override
    public String render(LessonContext c) throws IOException {
        int lo = c.minCores();
        int hi = c.maxCores();
        List<Workload> serving = c.meanings().serving(c.workloads(), Lesson.PARALLELISM).stream()
                .filter(w -> c.meanings().of(w).get().metric().scales()).toList();
        if (serving.isEmpty() || hi == lo) {
            return "";
        }
        StringBuilder b = new StringBuilder("## Parallelism: more cores for computation\n\n");
        b.append("Two bakers at once: computation speeds up only when tasks run on different cores at the same time."
                + " Each cell is the parallel speedup from " + Formats.cores(lo) + " to " + Formats.cores(hi)
                + " (ideal " + Formats.times((double) hi / lo) + ") of one strategy on one computation. What ran:\n\n");
        b.append(Pick.whatRan(c, serving, true));
        Map<String, List<Workload>> byRuntime = new LinkedHashMap<>();
        serving.forEach(w -> byRuntime.computeIfAbsent(c.meanings().runtime(w), k -> new ArrayList<>()).add(w));
        for (Map.Entry<String, List<Workload>> e : byRuntime.entrySet()) {
            b.append(matrix(c, e.getValue(), hi)).append('\n');
        }
        b.append(legend(c, serving)).append("\n\n");
        exampleSentences(c, lo, hi).forEach(s -> b.append(s).append("\n\n"));
        b.append(chart(c));
        return b.toString();
    }

    private static String matrix(LessonContext c, List<Workload> ws, int hi) {
        Set<String> strategies = new LinkedHashSet<>();
        ws.forEach(w -> strategies.addAll(w.strategies()));
        List<String> header = new ArrayList<>(List.of(escape(c.meanings().runtime(ws.get(0))) + " work"));
        strategies.forEach(s -> header.add(escape(s)));
        MarkdownTable t = new MarkdownTable(header);
        for (Workload w : ws) {
            List<String> row = new ArrayList<>(List.of(escape(Pick.title(c, w))));
            for (String s : strategies) {
                row.add(c.ratioCell(w, s, hi, Scaling.speedup(w, s, hi), "\u2014"));
            }
            t.row(row);
        }
        return t.render();
    }

    /** How each strategy is built, once. */
    private static String legend(LessonContext c, List<Workload> ws) {
        Map<String, StrategyRole> roles = new LinkedHashMap<>();
        for (Workload w : ws) {
            for (String s : w.strategies()) {
                c.meanings().role(w, s).ifPresent(r -> roles.putIfAbsent(s, r));
            }
        }
        List<String> parts = new ArrayList<>();
        roles.forEach((s, r) -> parts.add("`" + escape(s) + "` " + r.role().id()
                + (r.note().isEmpty() ? "" : " (" + escape(r.note()) + ")")));
        return "Strategies: " + String.join("; ", parts) + ".";
    }

    private static List<String> exampleSentences(LessonContext c, int lo, int hi) {
        List<String> out = new ArrayList<>();
        Optional<Workload> cpu = Pick.example(c, Example.CPU_BOUND);
        Optional<Ratio> cpuBest = Optional.empty();
        if (cpu.isPresent()) {
            Workload w = cpu.get();
            List<Ratio> parallel = Pick.withRole(c, w, Role.PARALLEL).stream()
                    .flatMap(s -> Scaling.speedup(w, s, hi).stream()).toList();
            Optional<String> head = Pick.headline(c, w, Role.PARALLEL);
            cpuBest = head.flatMap(s -> Scaling.speedup(w, s, hi));
            StringBuilder b = new StringBuilder("**" + escape(Pick.title(c, w)) + "** (CPU-bound): ");
            if (!parallel.isEmpty()) {
                long helped = parallel.stream().filter(Words::helps).count();
                b.append(helped).append(" of ").append(parallel.size()).append(" parallel strategies were measurably faster on ")
                        .append(Formats.cores(hi)).append(", from ")
                        .append(Formats.times(parallel.stream().mapToDouble(Ratio::value).min().getAsDouble()))
                        .append(" to ").append(Formats.times(parallel.stream().mapToDouble(Ratio::value).max().getAsDouble()))
                        .append(" (ideal ").append(Formats.times((double) hi / lo)).append(").");
            }
            boolean allFlat = true;
            boolean any = false;
            for (String s : Pick.withRole(c, w, Role.SERIALIZED, Role.SINGLE_THREAD)) {
                Optional<Ratio> r = Scaling.speedup(w, s, hi);
                if (r.isEmpty()) {
                    continue;
                }
                any = true;
                // a small speedup, however well measured, is no lesson unless it clears what sequential code moves
                allFlat &= !Words.helps(r.get()) || Words.small(r.get());
                b.append(" `").append(escape(s)).append("` (")
                        .append(c.meanings().role(w, s).get().role() == Role.SERIALIZED ? "several threads, one lock"
                                : "one thread switching between tasks")
                        .append("): ").append(Words.speedup(r.get(), hi)).append('.');
            }
            if (any && allFlat) {
                b.append(" Concurrency without a second core at work does not make computation faster: this is why"
                        + " CPU-bound Python threads, under the GIL, and asyncio do not speed it up.");
            } else if (any) {
                b.append(" One lock or one thread lets only one task compute at a time, so a measurable speedup there"
                        + " means the two core counts ran at different speeds: check the sequential control under"
                        + " [How far to trust these numbers](#how-far-to-trust-these-numbers).");
            }
            out.add(b.toString());
        }
        Optional<Workload> mem = Pick.example(c, Example.MEMORY_BOUND);
        if (mem.isPresent() && cpuBest.isPresent()) {
            Workload w = mem.get();
            Optional<String> head = Pick.headline(c, w, Role.PARALLEL);
            Optional<Ratio> r = head.flatMap(s -> Scaling.speedup(w, s, hi));
            if (r.isPresent()) {
                boolean lower = r.get().hasInterval() && cpuBest.get().hasInterval()
                        && r.get().high() < cpuBest.get().low();
                out.add("**" + escape(Pick.title(c, w)) + "** (memory-bound), `" + escape(head.get()) + "`: "
                        + Words.speedup(r.get(), hi) + (lower ? "; measurably less than the CPU-bound example's "
                        + Words.ratio(cpuBest.get()) + ": the cores share one memory bus, and it is the bottleneck."
                        : "; no measurable difference from the CPU-bound example's " + Words.ratio(cpuBest.get())
                        + " on this machine."));
            }
        }
        return out;
    }

    /** Speedup vs cores of the CPU-bound example, every strategy, with intervals and the ideal. */
    private static String chart(LessonContext c) throws IOException {
        Optional<Workload> cpu = Pick.example(c, Example.CPU_BOUND);
        if (cpu.isEmpty()) {
            return "";
        }
        Workload w = cpu.get();
        List<LineChart.Series> series = ChartLines.speedups(w);
        String title = c.meanings().title(w);
        return c.charts().embed("parallel-speedup", new LineChart(title + ": parallel speedup vs cores", "cores",
                "speedup over " + Formats.cores(Scaling.baseCores(w)) + " (×)", false, false, series),
                "parallel speedup vs cores, " + title);
    }
}
