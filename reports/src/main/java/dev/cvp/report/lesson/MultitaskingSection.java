package dev.cvp.report.lesson;

import static dev.cvp.report.write.MarkdownText.escape;

import dev.cvp.bundle.declare.Figure;
import dev.cvp.bundle.declare.Lesson;
import dev.cvp.bundle.declare.MetricKind;
import dev.cvp.bundle.declare.ParamMeaning;
import dev.cvp.bundle.declare.Role;
import dev.cvp.report.metrics.Scaling;
import dev.cvp.report.model.Workload;
import dev.cvp.report.write.Formats;
import dev.cvp.report.write.MarkdownTable;
import dev.cvp.report.write.chart.LineChart;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Preemptive vs cooperative multitasking and the granularity of yielding: the lateness of a
 * periodic task beside CPU-bound tasks (the benchmark's last declared latency figure), by strategy and granularity (the declared latency
 * benchmark), and what switching cost the job (the declared job-time benchmark).
 */
final class MultitaskingSection implements LessonSection {


    @Override
    public String render(LessonContext c) throws IOException {
        List<Workload> serving = c.meanings().serving(c.workloads(), Lesson.MULTITASKING);
        List<Workload> latency = byGranularity(c, serving.stream()
                .filter(w -> c.meanings().of(w).get().metric() == MetricKind.LATENCY).toList());
        List<Workload> jobs = byGranularity(c, serving.stream()
                .filter(w -> c.meanings().of(w).get().metric().scales()).toList());
        if (latency.isEmpty() && jobs.isEmpty()) {
            return "";
        }
        int k = c.minCores();
        StringBuilder b = new StringBuilder("## Preemptive vs cooperative multitasking\n\n");
        b.append("Preemptive: the OS slices time between threads without asking them. Cooperative: a task runs until"
                + " it chooses to yield, so how much work it does between yields (the granularity) decides how long"
                + " everyone else waits. What ran:\n\n");
        b.append(Pick.whatRan(c, serving, false));
        if (!latency.isEmpty()) {
            b.append(latencyTable(c, latency, k)).append('\n');
            b.append(latencySentence(c, latency, k)).append("\n\n");
        }
        if (!jobs.isEmpty()) {
            b.append(jobSentence(c, jobs, k)).append("\n\n");
        }
        b.append(chart(c, latency, k));
        return b.toString();
    }

    private static List<Workload> byGranularity(LessonContext c, List<Workload> ws) {
        return ws.stream().sorted(java.util.Comparator.comparingLong(
                w -> c.meanings().number(w, ParamMeaning.GRANULARITY_US).orElse(0))).toList();
    }

    private static String latencyTable(LessonContext c, List<Workload> ws, int k) {
        List<Figure> figures = figures(c, ws);
        Optional<Figure> headline = mainFigure(c, ws);
        if (headline.isEmpty()) {
            return "";
        }
        Figure main = headline.get();
        List<String> header = new ArrayList<>(List.of("strategy", "how it runs"));
        for (Workload w : ws) {
            header.add(granularity(c, w));
        }
        MarkdownTable t = new MarkdownTable(header);
        for (String s : strategies(ws)) {
            List<String> row = new ArrayList<>(List.of(escape(s), escape(Pick.how(c, ws.get(0), s))));
            for (Workload w : ws) {
                String shown = "n/a";
                for (Figure f : figures) {
                    Optional<String> text = value(w, s, k, f).map(v -> v.record(c, w, s, k, f.metric(), f.label(),
                            MultitaskingSection::formatUs));
                    if (f.equals(main) && text.isPresent()) {
                        shown = text.get();
                    }
                }
                row.add(shown);
            }
            t.row(row);
        }
        return escape(main.label()) + " on " + Formats.cores(k) + ", by granularity (the work a task does between"
                + " two chances to switch); mean of the iterations' values with its 95% interval:\n\n" + t.render();
    }

    private static String latencySentence(LessonContext c, List<Workload> ws, int k) {
        Workload fine = ws.get(0);
        Workload coarse = ws.get(ws.size() - 1);
        Optional<Figure> main = mainFigure(c, ws);
        if (main.isEmpty() || fine == coarse) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (String s : strategies(ws)) {
            Optional<Secondary> a = value(fine, s, k, main.get());
            Optional<Secondary> z = value(coarse, s, k, main.get());
            if (a.isEmpty() || z.isEmpty()) {
                continue;
            }
            String role = c.meanings().role(fine, s).map(r -> r.role().id()).orElse("");
            boolean grew = a.get().hasInterval() && z.get().hasInterval() && z.get().low() > 2 * a.get().high();
            boolean same = a.get().hasInterval() && z.get().hasInterval() && z.get().low() <= a.get().high()
                    && a.get().low() <= z.get().high();
            parts.add("`" + escape(s) + "` (" + role + ") went from " + formatUs(a.get().value()) + " to "
                    + formatUs(z.get().value()) + (grew ? ", growing with the granularity"
                    : same ? " (the intervals overlap: not a measurable change in this run)" : ""));
        }
        if (parts.isEmpty()) {
            return "";
        }
        return "From the finest granularity (" + granularity(c, fine) + ") to the coarsest (" + granularity(c, coarse)
                + "): " + String.join("; ", parts) + ". A coroutine that computes for 10 ms without an `await` makes"
                + " every other task on its loop wait 10 ms.";
    }

    private static String jobSentence(LessonContext c, List<Workload> jobs, int k) {
        Workload fine = jobs.get(0);
        List<String> parts = new ArrayList<>();
        for (String s : fine.strategies()) {
            if (c.meanings().is(fine, s, Role.BASELINE)) {
                continue;
            }
            Scaling.gain(fine, s, k).ifPresent(r -> parts.add("`" + escape(s) + "` " + Words.ratio(r)));
        }
        if (parts.isEmpty()) {
            return "";
        }
        return "What switching costs the work itself (" + escape(c.meanings().title(fine)) + ", granularity "
                + granularity(c, fine) + ", " + Formats.cores(k) + "; time of the sequential job over the strategy's,"
                + " below 1 = slower): " + String.join(", ", parts) + ".";
    }

    private static String chart(LessonContext c, List<Workload> ws, int k) throws IOException {
        Optional<Figure> main = mainFigure(c, ws);
        if (ws.size() < 2 || main.isEmpty()) {
            return "";
        }
        List<LineChart.Series> series = new ArrayList<>();
        for (String s : strategies(ws)) {
            List<LineChart.Point> points = new ArrayList<>();
            for (Workload w : ws) {
                long g = c.meanings().number(w, ParamMeaning.GRANULARITY_US).orElse(-1);
                if (g > 0) {
                    value(w, s, k, main.get()).ifPresent(v -> points.add(new LineChart.Point(g, v.value(),
                            v.hasInterval() ? v.low() : v.value(), v.hasInterval() ? v.high() : v.value())));
                }
            }
            if (!points.isEmpty()) {
                series.add(new LineChart.Series(s, false, points));
            }
        }
        if (series.isEmpty()) {
            return "";
        }
        return c.charts().embed("multitasking-lateness", new LineChart(main.get().label() + " vs granularity, "
                + Formats.cores(k), "granularity (µs of work between yields)", "lateness (µs)", true, true, series),
                main.get().label() + " vs granularity");
    }

    private static Set<String> strategies(List<Workload> ws) {
        Set<String> all = new LinkedHashSet<>();
        ws.forEach(w -> all.addAll(w.strategies()));
        return all;
    }

    private static String granularity(LessonContext c, Workload w) {
        return c.meanings().number(w, ParamMeaning.GRANULARITY_US).stream().mapToObj(g -> formatUs(g))
                .findFirst().orElse(escape(w.key().paramsText()));
    }

    /** The declared latency figures (e.g. p50, p99) of the latency benchmark; the last one carries the table. */
    private static List<Figure> figures(LessonContext c, List<Workload> ws) {
        return ws.isEmpty() ? List.of() : Secondary.declared(c, ws.get(0), MetricKind.LATENCY);
    }

    /** The figure that carries the table, the sentence and the chart: the headline latency figure (also the score). */
    private static Optional<Figure> mainFigure(LessonContext c, List<Workload> ws) {
        return ws.isEmpty() ? Optional.empty() : c.meanings().headline(ws.get(0).key(), MetricKind.LATENCY);
    }

    private static Optional<Secondary> value(Workload w, String s, int k, Figure f) {
        return Secondary.of(w, s, k, f, "us/op");
    }

    /** "55.5 µs", "1.2 ms". */
    static String formatUs(double us) {
        return us < 1000 ? Formats.sig(us) + " µs" : Formats.sig(us / 1000) + " ms";
    }

}
