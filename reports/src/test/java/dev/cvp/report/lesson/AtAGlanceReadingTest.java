package dev.cvp.report.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cvp.report.metrics.Ratio;
import dev.cvp.report.stats.Interval;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The at-a-glance reading never explains a parallel strategy's missing speedup by "one task at a time". */
class AtAGlanceReadingTest {

    private static Optional<Ratio> ratio(double value, double low, double high) {
        return Optional.of(new Ratio(value, new Interval(value, low, high, Interval.Method.ITERATIONS_ONLY, 5, List.of())));
    }

    @Test
    void computingWorkFasterByOverlappingOnOneCoreIsNotTakenAsALesson() {
        assertEquals("faster by overlapping on 1 core, which computing work cannot be: see How far to trust",
                AtAGlanceSection.reading(true, ratio(1.47, 1.2, 1.79), ratio(1.04, 1.0, 1.08), 1, 2, true));
        assertEquals("overlapping helps; more cores do not",
                AtAGlanceSection.reading(false, ratio(716, 649, 795), ratio(1.06, 0.9, 1.24), 1, 2, false),
                "waiting work is");
        assertEquals("neither helps: one task runs at a time",
                AtAGlanceSection.reading(true, ratio(1.0, 0.95, 1.05), ratio(0.99, 0.95, 1.03), 1, 2, true));
    }

    @Test
    void anEffectWithinTheSequentialControlsBandIsReadAsNoneAndNamed() {
        assertEquals("neither helps: one task runs at a time (1.02\u00d7 [1.01\u20131.04] on 2 cores is within the 0.9\u20131.1 that"
                + " sequential code also moves)",
                AtAGlanceSection.reading(true, ratio(1.0, 0.97, 1.03), ratio(1.02, 1.01, 1.04), 1, 2, true),
                "a lock 2% faster on 2 cores, measurably: the JIT and GC got the other core, as sequential's do");
        assertEquals("faster on 2 cores, which one lock or one thread cannot explain: see the controls",
                AtAGlanceSection.reading(true, ratio(1.0, 0.97, 1.03), ratio(1.3, 1.15, 1.45), 1, 2, true),
                "beyond the band it is a contradiction");
        assertEquals("more cores help (99% of ideal); overlapping alone does not (1.05\u00d7 [1.01\u20131.09] on 1 core is within the"
                + " 0.9\u20131.1 that sequential code also moves)",
                AtAGlanceSection.reading(true, ratio(1.05, 1.01, 1.09), ratio(1.98, 1.95, 2.0), 1, 2, false));
        assertEquals("neither helps: one task runs at a time (1.07\u00d7 [1.04\u20131.11] on 2 cores does not clear the"
                + " 0.9\u20131.1 that sequential code also moves)",
                AtAGlanceSection.reading(true, ratio(1.0, 0.97, 1.03), ratio(1.07, 1.04, 1.11), 1, 2, true),
                "an interval reaching past the band's edge, not wholly beyond it, is not within it either");
    }

    @Test
    void waitingWorkAFewPercentFasterOnMoreCoresIsNotReadAsMoreCoresHelping() {
        assertEquals("overlapping helps; more cores do not (1.02\u00d7 [1.00\u20131.04] on 2 cores is within the 0.9\u20131.1"
                + " that sequential code also moves)",
                AtAGlanceSection.reading(false, ratio(895, 876, 911), ratio(1.02, 1.003, 1.04), 1, 2, false),
                "Sleep under virtual, measurably 2% faster on 2 cores: the JIT and GC got the other core");
        assertEquals("both help", AtAGlanceSection.reading(false, ratio(129, 116, 139), ratio(1.74, 1.56, 1.95), 1, 2,
                false), "the JDK client's async path: its own work gets the second core, beyond the band");
    }

    @Test
    void noSpeedupOfALockOrOneThreadIsTheLesson() {
        assertEquals("neither helps: one task runs at a time",
                AtAGlanceSection.reading(ratio(1.0, 0.95, 1.05), ratio(0.99, 0.95, 1.03), 2, true));
    }

    @Test
    void noSpeedupOfAParallelStrategyPointsAtTheTrustNotes() {
        assertEquals("neither helped in this run, though its tasks can run on every core: see How far to trust",
                AtAGlanceSection.reading(ratio(1.0, 0.94, 1.09), ratio(0.98, 0.94, 1.01), 2, false));
    }

    @Test
    void aParallelSpeedupIsWordedWithItsEfficiency() {
        assertEquals("more cores help (97% of ideal); overlapping alone does not",
                AtAGlanceSection.reading(ratio(1.0, 0.94, 1.09), ratio(1.94, 1.9, 1.98), 2, false));
    }
}
