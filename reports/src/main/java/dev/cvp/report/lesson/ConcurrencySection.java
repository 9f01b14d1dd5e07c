package dev.cvp.report.lesson;

import static dev.cvp.report.write.MarkdownText.escape;

import dev.cvp.bundle.declare.Declaration;
import dev.cvp.bundle.declare.Example;
import dev.cvp.bundle.declare.Lesson;
import dev.cvp.bundle.declare.ParamMeaning;
import dev.cvp.bundle.declare.Role;
import dev.cvp.report.metrics.CellStats;
import dev.cvp.report.metrics.Ratio;
import dev.cvp.report.metrics.Scaling;
import dev.cvp.report.model.Workload;
import dev.cvp.report.write.ChartLines;
import dev.cvp.report.write.Formats;
import dev.cvp.report.write.MarkdownTable;
import dev.cvp.report.write.chart.LineChart;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Concurrency on one core: tasks that wait, overlapped. Per declared benchmark, its largest task
 * count on the fewest cores: each overlapping strategy's time, its gain over one at a time, the
 * Little's-law ideal and the overhead per task; and whether more cores changed it.
 */
final class ConcurrencySection implements LessonSection {

    @Override
    public String render(LessonContext c) throws IOException {
        List<Workload> largest = Pick.largestPerDeclaration(c, c.meanings().serving(c.workloads(), Lesson.CONCURRENCY),
                w -> !Pick.withRole(c, w, Role.OVERLAPS_WAITS).isEmpty());
        if (largest.isEmpty()) {
            return "";
        }
        int lo = c.minCores();
        int hi = c.maxCores();
        StringBuilder b = new StringBuilder("## Concurrency: overlapping waits on one core\n\n");
        b.append("The baker preheats the oven and meanwhile mixes the next cake: a task that waits (a timer, a"
                + " socket, a disk) needs no core while it waits, so one core can keep many waits in flight. What ran:\n\n");
        b.append(Pick.whatRan(c, largest, true));
        List<String> header = new ArrayList<>(List.of("work", "strategy", "time on " + Formats.cores(lo) + " (ms)",
                "gain over one at a time", "ideal (ms)", "overhead per task (µs)"));
        if (hi > lo) {
            header.add("speedup on " + Formats.cores(hi));
        }
        MarkdownTable t = new MarkdownTable(header);
        for (Workload w : largest) {
            for (String s : Pick.withRole(c, w, Role.OVERLAPS_WAITS)) {
                List<String> row = new ArrayList<>(List.of(escape(Pick.title(c, w)), escape(s),
                        time(w, s, lo), c.ratioCell(w, s, lo, Scaling.gain(w, s, lo), "n/a"),
                        Waits.idealMs(c, w, s).map(ms -> Formats.sig(c.figures().add(w, s, lo, "ideal_time", ms,
                                "ms/op", "Little's law: ceil(tasks / in-flight) x latency"))).orElse("n/a"),
                        Waits.overheadPerTaskUs(c, w, s, lo).map(us -> Formats.sig(c.figures().add(w, s, lo,
                                "overhead_per_task", us, "us", "(time - ideal) / tasks"))).orElse("n/a")));
                if (hi > lo) {
                    row.add(c.ratioCell(w, s, hi, Scaling.speedup(w, s, hi), "n/a"));
                }
                t.row(row);
            }
        }
        b.append(t.render()).append('\n');
        b.append(sentence(c, largest, lo, hi)).append("\n\n");
        b.append(chart(c, lo));
        return b.toString();
    }

    static String time(Workload w, String s, int cores) {
        return w.cell(s, cores).map(cell -> Formats.score(cell.score(), CellStats.score(w, s, cores).orElse(null)))
                .orElse("n/a");
    }

    private static String sentence(LessonContext c, List<Workload> largest, int lo, int hi) {
        List<Ratio> gains = new ArrayList<>();
        List<Ratio> speedups = new ArrayList<>();
        for (Workload w : largest) {
            for (String s : Pick.withRole(c, w, Role.OVERLAPS_WAITS)) {
                Scaling.gain(w, s, lo).ifPresent(gains::add);
                if (hi > lo) {
                    Scaling.speedup(w, s, hi).ifPresent(speedups::add);
                }
            }
        }
        long helped = gains.stream().filter(Words::helps).count();
        StringBuilder b = new StringBuilder();
        b.append("On ").append(Formats.cores(lo)).append(", ").append(helped).append(" of ").append(gains.size())
                .append(" overlapping strategies finished measurably faster than running the same tasks one at a time");
        gains.stream().filter(Words::helps).mapToDouble(Ratio::value).min().ifPresent(min -> b.append(" (gains ")
                .append(Formats.times(min)).append(" to ").append(Formats.times(gains.stream().filter(Words::helps)
                        .mapToDouble(Ratio::value).max().getAsDouble())).append(')'));
        b.append('.');
        if (!speedups.isEmpty()) {
            b.append(" With ").append(Formats.cores(hi)).append(", ").append(speedupCounts(speedups))
                    .append(": waiting needs concurrency, not cores.");
        }
        b.append(" The sequential times of many tasks are the measured one-task time multiplied by the task count"
                + " (marked extrapolated in results.csv).");
        return b.toString();
    }

    /**
     * "7 of 14 showed no measurable speedup, 1 a small speedup (not beyond the 0.9–1.1 that sequential
     * code also moves), 2 a larger speedup (up to 1.74×) and 4 were measurably slower (down to 0.57×)": every
     * speedup counted once, so that the counts add up to the table's rows.
     */
    static String speedupCounts(List<Ratio> speedups) {
        long same = speedups.stream().filter(r -> !Words.helps(r) && !Words.slows(r)).count();
        List<Ratio> small = speedups.stream().filter(Words::small).toList();
        List<Ratio> faster = speedups.stream().filter(r -> Words.helps(r) && !Words.small(r)).toList();
        List<Ratio> slower = speedups.stream().filter(r -> Words.slows(r) && !Words.small(r)).toList();
        List<String> parts = new ArrayList<>();
        parts.add(same + " of " + speedups.size() + " showed no measurable speedup");
        if (!small.isEmpty()) {
            parts.add(small.size() + " a small " + (small.stream().allMatch(Words::helps) ? "speedup"
                    : small.stream().noneMatch(Words::helps) ? "slowdown" : "difference") + " (not beyond "
                    + Words.sequentialBand() + ")");
        }
        if (!faster.isEmpty()) {
            parts.add(faster.size() + " a larger speedup (up to "
                    + Formats.times(faster.stream().mapToDouble(Ratio::value).max().getAsDouble()) + ")");
        }
        if (!slower.isEmpty()) {
            parts.add(slower.size() + (slower.size() == 1 ? " was" : " were") + " measurably slower (down to "
                    + Formats.times(slower.stream().mapToDouble(Ratio::value).min().getAsDouble()) + ")");
        }
        return parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /** Gain vs tasks for the I/O-bound example's benchmark on the fewest cores, log-log, with the ideal. */
    private static String chart(LessonContext c, int cores) throws IOException {
        Optional<Workload> example = Pick.example(c, Example.IO_BOUND);
        if (example.isEmpty()) {
            return "";
        }
        Declaration d = c.meanings().of(example.get()).get();
        List<Workload> family = c.workloads().stream()
                .filter(w -> c.meanings().of(w).map(x -> x.equals(d)).orElse(false))
                .filter(w -> c.meanings().number(w, ParamMeaning.TASKS).isPresent())
                .filter(w -> w.key().without(d.param(ParamMeaning.TASKS).get())
                        .equals(example.get().key().without(d.param(ParamMeaning.TASKS).get())))
                .sorted(Pick.byTasks(c)).toList();
        if (family.size() < 2) {
            return "";
        }
        List<LineChart.Series> series = new ArrayList<>();
        series.add(new LineChart.Series("ideal (gain = tasks)", true, family.stream()
                .map(w -> LineChart.Point.exact(Pick.tasks(c, w), Pick.tasks(c, w))).toList()));
        for (String s : Pick.withRole(c, family.get(family.size() - 1), Role.OVERLAPS_WAITS)) {
            List<LineChart.Point> points = new ArrayList<>();
            for (Workload w : family) {
                Scaling.gain(w, s, cores).ifPresent(r -> points.add(ChartLines.point(Pick.tasks(c, w), r)));
            }
            if (!points.isEmpty()) {
                series.add(new LineChart.Series(s, false, points));
            }
        }
        LineChart chart = new LineChart(d.title() + ": gain over one at a time vs tasks, " + Formats.cores(cores),
                "tasks per operation", "gain over one at a time (×)", true, true, series);
        return c.charts().embed("concurrency-gain-vs-tasks", chart, "concurrency gain vs tasks on "
                + Formats.cores(cores) + ", " + d.title());
    }
}
