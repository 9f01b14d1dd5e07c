package dev.cvp.report.write;

import static dev.cvp.report.write.MarkdownText.escape;

import dev.cvp.report.analysis.Drift;
import java.util.List;
import java.util.Optional;

/** The sentences that say how the machine's speed drifted between a module's cells ({@link Drift}). */
final class DriftText {

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
        return Optional.of(head + reading);
    }

    /** " (speed probe: 1.04×)" after a comparison of the module's base cell with its k-core cell; "" unprobed. */
    static String suffix(Drift drift, String module, int cores) {
        return drift.of(module, cores).map(b -> " (speed probe: " + Formats.times(b.ratio()) + ")").orElse("");
    }
}
