package dev.cvp.report.write;

import static dev.cvp.report.write.MarkdownText.escape;

import dev.cvp.report.analysis.Drift;
import dev.cvp.report.model.WorkloadKey;
import java.util.List;
import java.util.Optional;

/** The sentences that say how the machine's speed drifted between a module's cells ({@link Drift}). */
public final class DriftText {

    /** What the speed probe is, the first time a sentence names it. */
    static final String PROBE = "the speed probe (a fixed computation timed once a second on the pinned CPUs)";

    private DriftText() {
    }

    /**
     * The "Drift" bullet of the trust section: each module's drift, and what it means for its speedups;
     * empty when no module was probed at two core counts.
     */
    static Optional<String> bullet(Drift drift) {
        List<Drift.Between> all = drift.between();
        if (all.isEmpty()) {
            return Optional.empty();
        }
        boolean oneStep = all.stream().map(b -> b.base() + ">" + b.cores()).distinct().count() == 1;
        Drift.Between first = all.get(0);
        List<String> named = all.stream().map(b -> escape(b.module()) + " " + Formats.times(b.ratio())
                + (oneStep ? "" : " at " + Formats.cores(b.cores()))).toList();
        String head = "how much faster the machine computed during each module's "
                + (oneStep ? first.cores() + "-core cell than during its " + first.base() + "-core cell"
                : "cells than during its base cell") + ", by " + PROBE + ": " + String.join(", ", named) + ". ";
        String reading = drift.largestMeasurable().map(largest -> "A drift moves every speedup of its module by"
                + " about as much (largest measurable: " + escape(largest.module()) + ", "
                + Formats.times(largest.ratio()) + "), and no slow spell shows one of a few percent; pairs of rounds"
                + " cancel it only where a row was measured in three or more.")
                .orElse("No interval lies beyond 1 ± 0.5%: no measurable drift between the cells.");
        List<String> again = drift.replacements().stream().filter(Drift.Between::measurable)
                .map(DriftText::replacement).toList();
        return Optional.of(head + reading + (again.isEmpty() ? ""
                : " Results measured again: " + String.join("; ", again) + "."));
    }

    /**
     * The paragraph the report opens with when a drift lies beyond 1 ± 5% (half the sequential
     * control's band): which cells, how much, and which rows; empty otherwise.
     */
    static Optional<String> opening(Drift drift) {
        List<Drift.Between> large = drift.large();
        if (large.isEmpty()) {
            return Optional.empty();
        }
        List<String> named = large.stream().map(b -> b.replacement() == null
                ? escape(b.module()) + ": its " + b.cores() + "-core cell " + Formats.times(b.ratio()) + " as fast as its "
                + b.base() + "-core cell (every speedup of the module)"
                : replacement(b)).toList();
        return Optional.of("**The machine's speed drifted between cells that speedups compare**, by " + PROBE + ": "
                + String.join("; ", named) + ". A drift moves the speedups it touches by as much, and no slow spell or"
                + " busy second shows one this slow and steady; rerun on a quiet machine before quoting them.\n\n");
    }

    /** " (speed probe: 1.04× [1.01–1.07])" after a comparison of the module's base cell with its k-core cell; "" unprobed. */
    static String suffix(Drift drift, String module, int cores) {
        return drift.of(module, cores).map(b -> " (speed probe: " + Formats.times(b.ratio()) + ")").orElse("");
    }

    /**
     * "bench-cpu (FibBenchmark.fib tasks=8 strategy=a,b), measured again at 2 cores in round 3 in place
     * of round 1: the 2-core side computed 0.92× [0.91–0.94] as fast as the 1-core side".
     */
    private static String replacement(Drift.Between b) {
        Drift.Replacement r = b.replacement();
        String rows = r.selection() == null ? "" : " (" + escape(rows(r.selection())) + ")";
        return escape(b.module()) + rows + ", measured again at " + Formats.cores(r.cores()) + " in round " + r.round()
                + " in place of round " + r.replaced() + ": the " + b.cores() + "-core side computed "
                + Formats.times(b.ratio()) + " as fast as the " + b.base() + "-core side";
    }

    /**
     * A selection as run.json records it ({@code ^dev\.cvp\.cpu\.FibBenchmark\.fib$ -p tasks=8 -p
     * strategy=a,b}) as a reader names the rows: "FibBenchmark.fib tasks=8 strategy=a,b".
     */
    public static String rows(String selection) {
        List<String> out = new java.util.ArrayList<>();
        String[] tokens = selection.trim().split("\\s+");
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i].equals("-p") && i + 1 < tokens.length) {
                out.add(tokens[++i]);
            } else if (out.isEmpty()) {
                String regex = tokens[i].replaceAll("^\\^|\\$$", "").replace("\\", "");
                int paren = regex.indexOf('(');
                out.add(paren < 0 ? WorkloadKey.shortName(regex) : WorkloadKey.shortName(
                        regex.substring(0, paren).replaceAll("\\.$", "")) + "." + regex.substring(paren));
            }
        }
        return String.join(" ", out);
    }
}
