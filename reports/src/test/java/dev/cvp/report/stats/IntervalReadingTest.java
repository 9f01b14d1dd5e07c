package dev.cvp.report.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.report.stats.IntervalReading.Difference;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntervalReadingTest {

    private static Interval ratio(double estimate, double lower, double upper) {
        return new Interval(estimate, lower, upper, Interval.Method.FORKS_THEN_ITERATIONS, 10,
                List.of(new SampleSize(3, 30), new SampleSize(3, 30)));
    }

    private static final Interval INSUFFICIENT = Interval.insufficient(1.3, List.of(new SampleSize(1, 1)));

    @Test
    void aRatioDiffersOnlyWhenItsIntervalExcludesOne() {
        assertEquals(Difference.ABOVE_ONE, IntervalReading.difference(ratio(1.9, 1.85, 1.95)));
        assertEquals(Difference.BELOW_ONE, IntervalReading.difference(ratio(0.8, 0.7, 0.95)));
        assertEquals(Difference.NO_DIFFERENCE, IntervalReading.difference(ratio(1.28, 0.6, 2.9)));
        assertEquals(Difference.NO_DIFFERENCE, IntervalReading.difference(ratio(1.0, 1.0, 1.2)));
        assertEquals(Difference.UNKNOWN, IntervalReading.difference(INSUFFICIENT));
        assertTrue(IntervalReading.noDifference(ratio(1.28, 0.6, 2.9)));
        assertFalse(IntervalReading.noDifference(INSUFFICIENT));
    }

    @Test
    void narrowEnoughMeansBothEndsWithinTheBand() {
        assertTrue(IntervalReading.narrowEnough(ratio(2.0, 1.95, 2.05), 0.05));
        assertFalse(IntervalReading.narrowEnough(ratio(2.0, 1.98, 2.12), 0.05), "upper end is +6%");
        assertFalse(IntervalReading.narrowEnough(INSUFFICIENT, 0.5));
    }

    @Test
    void relativeHalfWidthIsTheLargerSide() {
        assertEquals(0.06, ratio(2.0, 1.98, 2.12).relativeHalfWidth(), 1e-12);
        assertTrue(Double.isNaN(INSUFFICIENT.relativeHalfWidth()));
    }

    @Test
    void floorIsTheMedianRelativeHalfWidthWithTheBestBeside() {
        MeasurementFloor floor = IntervalReading.floor(List.of(ratio(1, 0.98, 1.02), ratio(2, 1.9, 2.1),
                ratio(1, 0.7, 1.3), INSUFFICIENT));
        assertEquals(3, floor.comparisons());
        assertEquals(0.05, floor.typical(), 1e-12);
        assertEquals(0.02, floor.best(), 1e-12);
        MeasurementFloor none = IntervalReading.floor(List.of(INSUFFICIENT));
        assertEquals(0, none.comparisons());
        assertTrue(Double.isNaN(none.typical()));
    }
}
