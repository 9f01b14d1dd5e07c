package dev.cvp.report.compare;

import static dev.cvp.report.write.MarkdownText.escape;

import dev.cvp.bundle.declare.Declaration;
import dev.cvp.bundle.declare.Lesson;
import dev.cvp.bundle.declare.StrategyRole;
import dev.cvp.report.metrics.Ratio;
import dev.cvp.report.metrics.Resampling;
import dev.cvp.report.model.Estimate;
import dev.cvp.report.model.Mode;
import dev.cvp.report.model.Workload;
import dev.cvp.report.model.WorkloadKey;
import dev.cvp.report.write.Formats;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A short ranking of the machines per lesson, worded by significance. Per lesson (declared in
 * benchmarks.json; a workload without a declaration is grouped by its module) one workload stands
 * for it: a declared canonical example first, then the one measured on the most machines. The
 * machines are ranked twice: by the job done as fast as each machine can (its best strategy at
 * its full core count) and by one core (sequential at 1 core). Neighbours in a ranking are
 * compared by the ratio of their scores with its 95% interval; where it includes 1 the sentence
 * says "no measurable difference" and names no winner.
 */
final class LessonRanking {

    /** One machine's figure in a ranking. */
    private record Entry(String machine, String how, Estimate estimate) {
    }

    private LessonRanking() {
    }

    static String render(List<Entrant> entrants, Alignment alignment) {
        Map<String, List<WorkloadKey>> groups = groups(entrants, alignment);
        if (groups.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("## Ranking per lesson\n\n");
        b.append("Neighbours are compared by the ratio of their scores with its 95% interval; where the interval"
                + " includes 1 there is no measurable difference and no winner is named.\n\n");
        for (Map.Entry<String, List<WorkloadKey>> g : groups.entrySet()) {
            WorkloadKey key = representative(entrants, alignment, g.getValue());
            List<Workload> ws = alignment.all().get(key);
            Optional<Declaration> d = declaration(entrants, key);
            b.append("**").append(escape(g.getKey())).append("**: ")
                    .append(escape(d.map(Declaration::title).orElse(key.shortBenchmark()))).append(" (")
                    .append(escape(key.module() + ": " + key.label())).append(d.map(x -> ", " + x.metric().id())
                            .orElse("")).append(")\n\n");
            String unit = Alignment.unit(ws);
            b.append("- the job on the whole machine (each machine's best strategy at its full core count): ")
                    .append(ranked(key.mode(), unit, best(entrants, ws, unit, d))).append('\n');
            List<Entry> oneCore = oneCore(entrants, ws, unit);
            if (oneCore.size() >= 2) {
                b.append("- on one core (sequential at 1 core): ").append(ranked(key.mode(), unit, oneCore))
                        .append('\n');
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** Compared workloads by lesson (in the lessons' order), then undeclared ones by module. */
    private static Map<String, List<WorkloadKey>> groups(List<Entrant> entrants, Alignment alignment) {
        Map<Lesson, List<WorkloadKey>> declared = new java.util.EnumMap<>(Lesson.class);
        Map<String, List<WorkloadKey>> undeclared = new LinkedHashMap<>();
        for (WorkloadKey k : alignment.compared().keySet()) {
            Optional<Declaration> d = declaration(entrants, k);
            if (d.isPresent() && d.get().lesson() != null) {
                declared.computeIfAbsent(d.get().lesson(), x -> new ArrayList<>()).add(k);
            } else {
                undeclared.computeIfAbsent(k.module() + " (no declaration)", x -> new ArrayList<>()).add(k);
            }
        }
        Map<String, List<WorkloadKey>> out = new LinkedHashMap<>();
        declared.forEach((lesson, keys) -> out.put(lesson.id(), keys));
        out.putAll(undeclared);
        return out;
    }

    static Optional<Declaration> declaration(List<Entrant> entrants, WorkloadKey key) {
        return entrants.stream().map(e -> e.declaration(key)).flatMap(Optional::stream).findFirst();
    }

    private static WorkloadKey representative(List<Entrant> entrants, Alignment alignment, List<WorkloadKey> keys) {
        Comparator<WorkloadKey> canonical = Comparator.comparing(
                k -> declaration(entrants, k).map(d -> d.examples().isEmpty()).orElse(true));
        Comparator<WorkloadKey> widest = Comparator.comparingLong(k -> -Alignment.present(alignment.all().get(k)));
        return keys.stream().sorted(canonical.thenComparing(widest)).findFirst().orElseThrow();
    }

    /** Per machine, its best measured strategy at its full core count for this workload. */
    private static List<Entry> best(List<Entrant> entrants, List<Workload> ws, String unit, Optional<Declaration> d) {
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < ws.size(); i++) {
            Workload w = ws.get(i);
            if (w == null || w.coreCounts().isEmpty()) {
                continue;
            }
            int k = w.coreCounts().get(w.coreCounts().size() - 1);
            Entry best = null;
            for (String s : w.strategies()) {
                Optional<Estimate> e = Alignment.estimate(w, s, k, unit);
                if (e.isPresent() && (best == null || better(w.mode(), e.get(), best.estimate()))) {
                    best = new Entry(entrants.get(i).name(), s + role(d, s) + ", " + Formats.cores(k), e.get());
                }
            }
            if (best != null) {
                out.add(best);
            }
        }
        return out;
    }

    private static List<Entry> oneCore(List<Entrant> entrants, List<Workload> ws, String unit) {
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < ws.size(); i++) {
            String name = entrants.get(i).name();
            Alignment.estimate(ws.get(i), Workload.SEQUENTIAL, 1, unit).ifPresent(e -> out.add(new Entry(name, "", e)));
        }
        return out;
    }

    private static String role(Optional<Declaration> d, String strategy) {
        return d.map(x -> x.strategies().get(strategy)).map(StrategyRole::role).map(r -> ", " + r.id()).orElse("");
    }

    private static boolean better(Mode mode, Estimate a, Estimate b) {
        return mode.higherIsBetter() ? a.score() > b.score() : a.score() < b.score();
    }

    /** "a 12.1 [11.9–12.3] ms/op; then b, 1.90× [1.80–2.01] slower than a; then c, no measurable difference from b". */
    static String ranked(Mode mode, String unit, List<Entry> entries) {
        if (entries.size() < 2) {
            return "fewer than two machines have a figure";
        }
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort((x, y) -> better(mode, x.estimate(), y.estimate()) ? -1
                : better(mode, y.estimate(), x.estimate()) ? 1 : 0);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < sorted.size(); i++) {
            Entry e = sorted.get(i);
            b.append(i == 0 ? "" : "; then ").append(escape(e.machine()));
            if (!e.how().isEmpty()) {
                b.append(" (").append(escape(e.how())).append(')');
            }
            b.append(' ').append(Formats.score(e.estimate().score(), Resampling.mean(e.estimate())))
                    .append(' ').append(escape(unit));
            if (i > 0) {
                Entry ahead = sorted.get(i - 1);
                Ratio r = Resampling.improvement(mode, e.estimate(), ahead.estimate());
                b.append(", ");
                if (r.noMeasurableDifference()) {
                    b.append("no measurable difference from ").append(escape(ahead.machine()));
                } else {
                    b.append(Formats.times(r)).append(mode.higherIsBetter() ? " less throughput than " : " slower than ")
                            .append(escape(ahead.machine()));
                }
            }
        }
        return b.toString();
    }
}
