package dev.cvp.report.metrics;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.report.model.Estimate;
import org.junit.jupiter.api.Test;

class WelchTestTest {

    private static Estimate e(double... samples) {
        return new Estimate(samples[0], 0.1, "ms/op", samples);
    }

    @Test
    void separatedSamplesDifferOverlappingOnesDoNot() {
        assertTrue(WelchTest.compare(e(10, 10.1, 9.9, 10.05), e(20, 20.2, 19.9, 20.1)).orElseThrow().significant());
        assertFalse(WelchTest.compare(e(10, 10.5, 9.5, 10.2), e(10.1, 9.6, 10.4, 10.0)).orElseThrow().significant());
    }

    @Test
    void fewerThanTwoSamplesCannotBeTested() {
        assertTrue(WelchTest.compare(e(10), e(20, 21)).isEmpty());
    }

    @Test
    void constantSamplesAreComparedExactly() {
        assertFalse(WelchTest.compare(e(5, 5, 5), e(5, 5)).orElseThrow().significant());
        assertTrue(WelchTest.compare(e(5, 5, 5), e(6, 6)).orElseThrow().significant());
    }
}
