package dev.cvp.report.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cvp.report.metrics.Ratio;
import dev.cvp.report.stats.Interval;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A speedup's words follow its interval and the sequential control's band: a difference that is
 * measurable but no larger than what sequential code moves (0.9-1.1) is named as such, never as
 * "faster" or "slower on 2 cores", and the concurrency section's counts add up to its rows.
 */
class SpeedupWordsTest {

    private static Ratio ratio(double value, double low, double high) {
        return new Ratio(value, new Interval(value, low, high, Interval.Method.FORKS_THEN_ITERATIONS, 5, List.of()));
    }

    @Test
    void aMeasurableDifferenceInsideTheSequentialBandIsNamedSmall() {
        assertEquals("0.99\u00d7 [0.98\u20131.00], a small slowdown that is within the 0.9\u20131.1 that sequential code"
                + " also moves", Words.speedup(ratio(0.99, 0.98, 0.998), 2),
                "CPython threading on fib in fresh32: measurably below 1, by 1%");
        assertEquals("1.03\u00d7 [1.02\u20131.05], a small speedup that is within the 0.9\u20131.1 that sequential code"
                + " also moves", Words.speedup(ratio(1.03, 1.02, 1.05), 2));
        assertEquals("1.07\u00d7 [1.04\u20131.11], a small speedup that does not clear the 0.9\u20131.1 that sequential"
                + " code also moves", Words.speedup(ratio(1.07, 1.04, 1.11), 2), "reaching past the edge, not beyond it");
    }

    @Test
    void beyondTheBandOrIncludingOneTheWordsAreAsBefore() {
        assertEquals("1.94\u00d7 [1.88\u20132.01], faster on 2 cores", Words.speedup(ratio(1.94, 1.88, 2.01), 2));
        assertEquals("0.57\u00d7 [0.56\u20130.58], slower on 2 cores", Words.speedup(ratio(0.57, 0.56, 0.58), 2));
        assertEquals("1.00\u00d7 [0.97\u20131.02], no measurable speedup", Words.speedup(ratio(1.0, 0.97, 1.02), 2));
    }

    @Test
    void theConcurrencyCountsAddUpToTheRowsAndNameSlowerOnes() {
        List<Ratio> fresh32 = List.of(ratio(0.88, 0.71, 1.04), ratio(1.0, 0.82, 1.25), ratio(0.72, 0.69, 0.76),
                ratio(1.09, 1.07, 1.12), ratio(1.74, 1.56, 1.95), ratio(0.99, 0.98, 1.01), ratio(0.57, 0.56, 0.58),
                ratio(1.02, 1.003, 1.04), ratio(1.0, 0.99, 1.01), ratio(1.0, 0.98, 1.03), ratio(0.65, 0.63, 0.66),
                ratio(1.09, 0.9, 1.28), ratio(0.73, 0.66, 0.8), ratio(1.0, 0.96, 1.03));
        assertEquals("7 of 14 showed no measurable speedup, 2 a small speedup (not beyond the 0.9\u20131.1 that"
                + " sequential code also moves), 1 a larger speedup (up to 1.74\u00d7) and 4 were measurably slower"
                + " (down to 0.57\u00d7)", ConcurrencySection.speedupCounts(fresh32),
                "the sample report's 14 waiting rows: it said 7 and 3 and left out the 4 slower ones");
        assertEquals("2 of 2 showed no measurable speedup",
                ConcurrencySection.speedupCounts(List.of(ratio(1.0, 0.9, 1.1), ratio(1.0, 0.99, 1.01))));
        assertEquals("0 of 2 showed no measurable speedup, 1 a small slowdown (not beyond the 0.9\u20131.1 that"
                + " sequential code also moves) and 1 was measurably slower (down to 0.50\u00d7)",
                ConcurrencySection.speedupCounts(List.of(ratio(0.97, 0.96, 0.98), ratio(0.5, 0.45, 0.55))));
    }
}
