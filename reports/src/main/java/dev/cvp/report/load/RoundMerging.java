package dev.cvp.report.load;

import dev.cvp.bundle.BundleLayout;
import dev.cvp.bundle.Problem;
import dev.cvp.report.model.Measurement;
import dev.cvp.report.model.WorkloadKey;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * DESIGN.md, "Result bundle": a cell may be measured in several rounds, each its own JMH
 * invocation and file ({@code cores-<k>/<module>.json}, {@code <module>.r2.json}, ...). Each round
 * then gives a result for the same workload, strategy and core count; they are one cell measured
 * in more forks, so they are pooled into one measurement (the forks of every round, in round
 * order, and the score of all their iterations). Only a true duplicate is a problem, and the
 * first result is kept: a second result for the same slot in the same file, or a result whose
 * raw data repeats another file's exactly (a copied file, not a round).
 *
 * <p>A round that replaces another ({@code Invocation.replaces}: the runner measured again rows a
 * slow spell hit) takes the place of that round's result for each slot it measured; the replaced
 * result is left out, and counted. Each result's forks are labelled with the round they stand for
 * (a replacement, the round it replaced), so that two cells measured in alternation can be
 * compared round by round ({@code metrics.Resampling}).
 */
final class RoundMerging {

    private RoundMerging() {
    }

    /** One table cell: a workload, a strategy, a core count. */
    private record Slot(WorkloadKey workload, String strategy, int cores) {
    }

    /**
     * The pooled measurements; per cell ("module@cores") how many results a later round replaced;
     * and the results (one round's, not pooled) whose figures a slow spell still touches.
     */
    record Merged(List<Measurement> measurements, Map<String, Integer> replaced, List<Measurement> spellHits) {
    }

    /** The measurements with each slot's rounds pooled, in first-seen order; duplicates named in {@code problems}. */
    static List<Measurement> apply(List<Measurement> measurements, List<Problem> problems) {
        return apply(measurements, problems, Map.of()).measurements();
    }

    /**
     * The same, where {@code replaces} maps a result file to the file of the round it replaces
     * (both relative to the bundle).
     */
    static Merged apply(List<Measurement> measurements, List<Problem> problems, Map<String, String> replaces) {
        Map<Slot, List<Measurement>> bySlot = new LinkedHashMap<>();
        for (Measurement m : measurements) {
            bySlot.computeIfAbsent(new Slot(m.workload(), m.strategy(), m.cores()), k -> new ArrayList<>()).add(m);
        }
        List<Measurement> out = new ArrayList<>(bySlot.size());
        Map<String, Integer> replaced = new LinkedHashMap<>();
        List<Measurement> hits = new ArrayList<>();
        for (List<Measurement> rounds : bySlot.values()) {
            java.util.Set<String> gone = new java.util.HashSet<>();
            rounds.forEach(m -> {
                String old = replaces.get(m.source());
                if (old != null) {
                    gone.add(old);
                }
            });
            List<Measurement> kept = rounds.stream().filter(m -> !gone.contains(m.source()))
                    .map(m -> m.withPrimary(m.primary().inRound(standsFor(m.source(), replaces)))).toList();
            if (kept.size() < rounds.size()) {
                Measurement m = rounds.get(0);
                replaced.merge(m.workload().module() + "@" + m.cores(), rounds.size() - kept.size(), Integer::sum);
            }
            kept.stream().filter(m -> m.residue().any()).forEach(hits::add);
            out.add(pool(kept, problems));
        }
        return new Merged(out, replaced, hits);
    }

    private static Measurement pool(List<Measurement> found, List<Problem> problems) {
        if (found.size() == 1) {
            return found.get(0);
        }
        List<Measurement> rounds = new ArrayList<>(found);
        rounds.sort(Comparator.comparingInt(RoundMerging::round).thenComparing(m -> !canonical(m)));
        List<Measurement> kept = new ArrayList<>();
        for (Measurement m : rounds) {
            Optional<String> duplicate = duplicateOf(m, kept);
            if (duplicate.isPresent()) {
                problems.add(new Problem(m.source(), m.workload().label() + " " + m.strategy() + " at " + m.cores()
                        + " core(s) appears twice (" + duplicate.get() + "); the first result was kept"));
                continue;
            }
            Optional<Double> factor = kept.isEmpty() ? Optional.of(1.0)
                    : TimeUnits.factor(m.primary().unit(), kept.get(0).primary().unit());
            if (factor.isEmpty()) {
                problems.add(new Problem(m.source(), m.workload().label() + " " + m.strategy() + ": unit "
                        + m.primary().unit() + " cannot be pooled with " + kept.get(0).primary().unit()
                        + ", the unit of its other rounds; left out"));
                continue;
            }
            String unit = kept.isEmpty() ? m.primary().unit() : kept.get(0).primary().unit();
            kept.add(factor.get() == 1.0 ? m : m.withPrimary(m.primary().scaled(factor.get(), unit)));
        }
        Measurement pooled = kept.get(0);
        for (Measurement next : kept.subList(1, kept.size())) {
            pooled = pooled.plusRound(next);
        }
        return pooled;
    }

    /** Why {@code m} is no round of its own: its file already gave this slot, or its data is another's. */
    private static Optional<String> duplicateOf(Measurement m, List<Measurement> kept) {
        if (kept.stream().anyMatch(k -> k.source().equals(m.source()))) {
            return Optional.of("twice in " + m.source());
        }
        for (Measurement k : kept) {
            if (m.primary().sampleCount() > 0 && m.primary().equals(k.primary())) {
                return Optional.of("with exactly the data of " + k.source() + ": a copy, not another round");
            }
        }
        return Optional.empty();
    }

    /** True when a measurement's file has the name the runner gives its round (not a renamed copy). */
    private static boolean canonical(Measurement m) {
        return m.source().equals(BundleLayout.resultName(m.workload().module(), m.cores(), round(m)));
    }

    /**
     * The round a result file stands for: its own, or for a round that replaced another, the round
     * it replaced (followed back to the first), whose place in the alternation it takes.
     */
    private static int standsFor(String source, Map<String, String> replaces) {
        String file = source;
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (replaces.containsKey(file) && seen.add(file)) {
            file = replaces.get(file);
        }
        return roundOf(file);
    }

    /** The round of the file a measurement came from (1 for a single-round cell or plain JMH JSON). */
    private static int round(Measurement m) {
        return roundOf(m.source());
    }

    /** The round a result file's name gives (1 for a single-round cell or plain JMH JSON). */
    private static int roundOf(String source) {
        Path name = Path.of(source).getFileName();
        return name == null ? 1 : BundleLayout.roundOf(name.toString());
    }
}
