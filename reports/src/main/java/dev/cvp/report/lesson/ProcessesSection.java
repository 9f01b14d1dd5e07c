package dev.cvp.report.lesson;

import static dev.cvp.report.write.MarkdownText.escape;

import dev.cvp.bundle.declare.Declaration;
import dev.cvp.bundle.declare.Figure;
import dev.cvp.bundle.declare.Lesson;
import dev.cvp.bundle.declare.MetricKind;
import dev.cvp.bundle.declare.Role;
import dev.cvp.bundle.declare.Worker;
import dev.cvp.report.metrics.CellStats;
import dev.cvp.report.metrics.Ratio;
import dev.cvp.report.metrics.Resampling;
import dev.cvp.report.metrics.Scaling;
import dev.cvp.report.model.Cell;
import dev.cvp.report.model.Workload;
import dev.cvp.report.write.Formats;
import dev.cvp.report.write.MarkdownTable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Processes vs threads vs virtual threads: what one worker costs (start, memory, a round trip),
 * what a process isolates (counts), and whether processes or threads run computation faster on
 * more cores. Every column comes from a benchmark that declares the matching metric kind.
 */
final class ProcessesSection implements LessonSection {

    @Override
    public String render(LessonContext c) {
        List<Workload> serving = c.meanings().serving(c.workloads(), Lesson.PROCESSES);
        if (serving.isEmpty()) {
            return "";
        }
        int k = c.minCores();
        int hi = c.maxCores();
        StringBuilder b = new StringBuilder("## Processes, threads and virtual threads\n\n");
        b.append("A process owns memory no other process can touch; a thread is a light process that shares its"
                + " memory with the others of its process. What ran:\n\n");
        b.append(Pick.whatRan(c, serving, false));
        b.append(costTable(c, serving, k));
        b.append(computeTable(c, serving, hi));
        return b.toString();
    }

    /** One row per worker strategy; a column per declared cost benchmark or figure. */
    private static String costTable(LessonContext c, List<Workload> serving, int k) {
        List<Workload> costs = serving.stream().filter(w -> !c.meanings().of(w).get().metric().scales()).toList();
        if (costs.isEmpty()) {
            return "";
        }
        Set<String> strategies = new LinkedHashSet<>();
        costs.forEach(w -> strategies.addAll(w.strategies()));
        List<Column> columns = new ArrayList<>();
        for (Workload w : costs) {
            Declaration d = c.meanings().of(w).get();
            List<Figure> figures = d.figures();
            if (d.metric() == MetricKind.START_COST || d.metric() == MetricKind.LATENCY) {
                columns.add(new Column(w, null, escape(d.title()) + " (" + escape(w.unit()) + ")"));
            }
            for (Figure f : figures) {
                columns.add(new Column(w, f, escape(f.label())));
            }
        }
        List<String> header = new ArrayList<>(List.of("strategy", "worker"));
        columns.forEach(col -> header.add(col.title()));
        MarkdownTable t = new MarkdownTable(header);
        for (String s : strategies) {
            String worker = costs.stream().flatMap(w -> c.meanings().role(w, s).stream()).findFirst()
                    .map(r -> r.worker().id()).orElse("");
            List<String> row = new ArrayList<>(List.of(escape(s), escape(worker)));
            for (Column col : columns) {
                row.add(cell(c, col, s, k));
            }
            t.row(row);
        }
        StringBuilder b = new StringBuilder("What one worker costs and isolates, on " + Formats.cores(k)
                + " (95% intervals; \"below resolution\" where the interval reaches zero or below):\n\n");
        b.append(t.render()).append('\n');
        ratioSentence(c, costs, k).ifPresent(s -> b.append(s).append("\n\n"));
        return b.toString();
    }

    private record Column(Workload w, Figure figure, String title) {
    }

    private static String cell(LessonContext c, Column col, String s, int k) {
        if (col.figure() == null) {
            return col.w().cell(s, k).map(x -> Formats.score(x.score(), CellStats.score(col.w(), s, k).orElse(null)))
                    .orElse("\u2014");
        }
        Figure f = col.figure();
        return Secondary.of(col.w(), s, k, f, null).map(v -> {
            String text = v.record(c, col.w(), s, k, f.metric() + (f.per().isEmpty() ? "" : "_per_" + f.per()),
                    f.label(), Formats::sig);
            if (f.kind() != MetricKind.COUNT && (v.value() <= 0 || (v.hasInterval() && v.low() <= 0))) {
                return "below resolution (" + text + ")";
            }
            return text;
        }).orElse("\u2014");
    }

    /**
     * For each cost benchmark: how many times a process costs what a platform thread costs, with
     * the interval of that ratio (from the two cells' raw data).
     */
    private static Optional<String> ratioSentence(LessonContext c, List<Workload> costs, int k) {
        List<String> parts = new ArrayList<>();
        for (Workload w : costs) {
            Declaration d = c.meanings().of(w).get();
            if (d.metric() != MetricKind.START_COST && d.metric() != MetricKind.LATENCY) {
                continue;
            }
            Optional<String> thread = first(c, w, Worker.THREAD);
            Optional<String> process = first(c, w, Worker.PROCESS);
            Optional<String> virtual = first(c, w, Worker.VIRTUAL_THREAD);
            if (thread.isEmpty()) {
                continue;
            }
            List<String> against = new ArrayList<>();
            for (Optional<String> other : List.of(process, virtual)) {
                if (other.isEmpty()) {
                    continue;
                }
                Optional<Cell> a = w.cell(other.get(), k);
                Optional<Cell> t = w.cell(thread.get(), k);
                if (a.isPresent() && t.isPresent() && !a.get().extrapolated() && !t.get().extrapolated()) {
                    Ratio r = Resampling.improvement(w.mode(), a.get().estimate(), t.get().estimate());
                    against.add("`" + escape(other.get()) + "` " + (against.isEmpty() ? "costs " : "") + Words.ratio(r));
                }
            }
            if (!against.isEmpty()) {
                parts.add(escape(d.title()) + ": " + String.join(" and ", against) + " what `" + escape(thread.get())
                        + "` does.");
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", parts));
    }

    private static Optional<String> first(LessonContext c, Workload w, Worker worker) {
        return w.strategies().stream().filter(s -> c.meanings().role(w, s).map(r -> r.worker() == worker)
                .orElse(false)).findFirst();
    }

    /** Computation split over threads or processes: each parallel strategy's speedup on the most cores. */
    private static String computeTable(LessonContext c, List<Workload> serving, int hi) {
        List<Workload> jobs = serving.stream().filter(w -> c.meanings().of(w).get().metric().scales()).toList();
        if (jobs.isEmpty() || hi == c.minCores()) {
            return "";
        }
        Set<String> strategies = new LinkedHashSet<>();
        jobs.forEach(w -> strategies.addAll(Pick.withRole(c, w, Role.BASELINE, Role.PARALLEL)));
        List<String> header = new ArrayList<>(List.of("work"));
        strategies.forEach(s -> header.add(escape(s)));
        MarkdownTable t = new MarkdownTable(header);
        for (Workload w : jobs) {
            String tasksParam = c.meanings().of(w).flatMap(d -> d.param(dev.cvp.bundle.declare.ParamMeaning.TASKS))
                    .orElse("");
            List<String> row = new ArrayList<>(List.of(escape(Pick.title(c, w) + " "
                    + w.key().without(tasksParam).paramsText())));
            for (String s : strategies) {
                row.add(c.ratioCell(w, s, hi, Scaling.speedup(w, s, hi), "\u2014"));
            }
            t.row(row);
        }
        List<String> parts = new ArrayList<>();
        for (String s : strategies) {
            jobs.stream().flatMap(w -> c.meanings().role(w, s).stream()).findFirst()
                    .ifPresent(r -> parts.add("`" + escape(s) + "`: " + escape(r.note().isEmpty() ? r.worker().id()
                            : r.note())));
        }
        return "Computation split over threads or processes: parallel speedup from " + Formats.cores(c.minCores())
                + " to " + Formats.cores(hi) + " (" + String.join("; ", parts) + "):\n\n" + t.render() + "\n";
    }
}
