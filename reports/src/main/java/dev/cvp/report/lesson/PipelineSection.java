package dev.cvp.report.lesson;

import static dev.cvp.report.write.MarkdownText.escape;

import dev.cvp.bundle.declare.Figure;
import dev.cvp.bundle.declare.Lesson;
import dev.cvp.report.metrics.Scaling;
import dev.cvp.report.model.Workload;
import dev.cvp.report.write.Formats;
import dev.cvp.report.write.MarkdownTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The chapter's first example, a real program that mixes both kinds of work: fetch a page (I/O),
 * format it (CPU), write it (I/O). Per declared pipeline, its largest task count on the fewest
 * cores: each strategy's time and gain, and each stage's share of the task time (the declared
 * stage figures).
 */
final class PipelineSection implements LessonSection {

    @Override
    public String render(LessonContext c) {
        List<Workload> serving = c.meanings().serving(c.workloads(), Lesson.PIPELINE);
        List<Workload> largest = Pick.largestPerDeclaration(c, serving, w -> true);
        if (largest.isEmpty()) {
            return "";
        }
        int k = c.minCores();
        StringBuilder b = new StringBuilder("## A real program: fetch, format, write\n\n");
        b.append("Real programs mix both kinds of work. What ran:\n\n");
        b.append(Pick.whatRan(c, largest, true));
        List<String> stages = new ArrayList<>();
        for (Workload w : largest) {
            for (Figure f : c.meanings().of(w).get().figures()) {
                if (!stages.contains(f.label())) {
                    stages.add(f.label());
                }
            }
        }
        List<String> header = new ArrayList<>(List.of("work", "strategy", "time on " + Formats.cores(k) + " (ms)",
                "gain over one at a time"));
        stages.forEach(s -> header.add(escape(s) + " share"));
        MarkdownTable t = new MarkdownTable(header);
        List<String> sentences = new ArrayList<>();
        for (Workload w : largest) {
            for (String s : w.strategies()) {
                List<String> row = new ArrayList<>(List.of(escape(Pick.title(c, w)), escape(s),
                        ConcurrencySection.time(w, s, k), c.ratioCell(w, s, k, Scaling.gain(w, s, k), "n/a")));
                Map<String, Double> shares = shares(c, perTaskSource(c, serving, w, s).orElse(w), s, k);
                for (String stage : stages) {
                    row.add(Optional.ofNullable(shares.get(stage)).map(Formats::smallPercent).orElse("\u2014"));
                }
                t.row(row);
                if (c.meanings().is(w, s, dev.cvp.bundle.declare.Role.BASELINE) && !shares.isEmpty()) {
                    String top = shares.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
                    sentences.add(escape(Pick.title(c, w)) + ", one task at a time: " + escape(top) + " takes "
                            + Formats.smallPercent(shares.get(top)) + " of each task's time.");
                }
            }
        }
        b.append("Stage shares are each stage's time summed over the tasks, over all stages' (task time, not wall"
                + " time: overlapped waits count in full).\n\n");
        b.append(t.render()).append('\n');
        sentences.forEach(s -> b.append(s).append(' '));
        if (!sentences.isEmpty()) {
            b.append("The waiting stages overlap under concurrency; a stage that computes cannot overlap on one core,"
                    + " so its share bounds the gain: a stage at 1% of each task's time caps it near 100\u00d7.\n\n");
        }
        return b.toString();
    }

    /**
     * A baseline derived from one task per operation has no stage figures of its own: they are
     * those of the measured one-task workload (the same benchmark without the task count).
     */
    private static Optional<Workload> perTaskSource(LessonContext c, List<Workload> serving, Workload w, String s) {
        if (!w.cell(s, c.minCores()).map(x -> x.extrapolated()).orElse(false)) {
            return Optional.empty();
        }
        Optional<String> tasks = c.meanings().of(w).flatMap(d -> d.param(dev.cvp.bundle.declare.ParamMeaning.TASKS));
        return tasks.flatMap(t -> serving.stream().filter(x -> x.key().param(t) == null
                && x.key().equals(w.key().without(t))).findFirst());
    }

    /** Each declared stage's share of the summed stage times, recorded in metrics.csv. */
    private static Map<String, Double> shares(LessonContext c, Workload w, String s, int k) {
        Map<String, Double> ms = new LinkedHashMap<>();
        for (Figure f : c.meanings().of(w).get().figures()) {
            Secondary.of(w, s, k, f, null).ifPresent(v -> {
                v.record(c, w, s, k, f.metric(), f.label(), Formats::sig);
                ms.put(f.label(), v.value());
            });
        }
        double total = ms.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<String, Double> out = new LinkedHashMap<>();
        if (total > 0) {
            ms.forEach((label, v) -> out.put(label, c.figures().add(w, s, k, "share:" + label, v / total, "fraction",
                    "stage time / sum of stage times")));
        }
        return out;
    }
}
