package dev.cvp.report.write;

import dev.cvp.report.analysis.Steadiness;
import dev.cvp.report.analysis.Trust;
import java.util.Optional;

/**
 * The sentences near the top of report.md that say what this run could tell apart: its
 * measurement floor, and how steadily the machine computed through it ({@link Steadiness}),
 * with a paragraph of its own when the machine's speed was unsteady.
 */
final class SteadinessText {

    private SteadinessText() {
    }

    /**
     * The paragraph the report opens with when the probe's slow seconds lie measurably beyond
     * {@value Steadiness#UNSTEADY}x its fast ones; empty otherwise.
     */
    static Optional<String> opening(Optional<Steadiness> steadiness) {
        return steadiness.filter(Steadiness::unsteady).map(s -> "**The machine's speed was unsteady through this"
                + " run**: its slow seconds took " + Formats.times(s.spread()) + " the time of its fast ones, by the"
                + " speed probe (a fixed computation timed once a second on the pinned CPUs; the 90th against the 10th"
                + " percentile of its " + s.probes() + " times), where a quiet"
                + " machine stays within " + Formats.times(Steadiness.UNSTEADY) + ". Other guests on a shared host"
                + " take CPU time that neither steal nor /proc shows, in spells too mild to set a result aside: every"
                + " interval of this run is wider for them, and a difference of a few percent may be the machine's"
                + " rather than the code's. Rerun at a quieter time before quoting small differences.\n\n");
    }

    /**
     * The line under the run's status, always: "**Measurement floor**: differences smaller than about
     * 4.6% cannot be told apart in this run (...). The machine computed steadily: ...".
     */
    static String floorLine(Trust t) {
        return "**Measurement floor**: " + TrustSection.floor(t.floor())
                + t.steadiness().map(SteadinessText::sentence).orElse("") + "\n\n";
    }

    private static String sentence(Steadiness s) {
        String figure = "its slow seconds took " + Formats.times(s.spread()) + " the time of its fast ones, by the"
                + " speed probe";
        if (s.unsteady()) {
            return " The machine's speed was unsteady (above).";
        }
        if (s.spread().hasInterval() && s.spread().high() <= Steadiness.UNSTEADY) {
            return " The machine computed steadily: " + figure + " (a quiet machine stays within "
                    + Formats.times(Steadiness.UNSTEADY) + ").";
        }
        return " The machine computed about as steadily as a quiet machine does (within "
                + Formats.times(Steadiness.UNSTEADY) + "), or a little less: " + figure + ".";
    }
}
