package dev.cvp.report.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cvp.report.metrics.Ratio;
import dev.cvp.report.stats.Interval;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void humanNumbers() {
        assertEquals("123", Formats.sig(123.4));
        assertEquals("0.0123", Formats.sig(0.012345));
        assertEquals("1.23e-05", Formats.sig(0.0000123));
        assertEquals("n/a", Formats.sig(Double.NaN));
        assertEquals("1.97\u00d7", Formats.times(1.9749));
        assertEquals("98%", Formats.percent(0.9849));
    }

    @Test
    void intervalsAreShownAsRangesAndTheirAbsenceIsSaid() {
        Interval i = new Interval(40.2, 39.14, 41.3, Interval.Method.FORKS_THEN_ITERATIONS, 2, List.of());
        assertEquals("40.2 [39.1\u201341.3]", Formats.score(40.2, i));
        assertEquals("5 (no interval)", Formats.score(5, null));
        assertEquals("1.97\u00d7 [1.92\u20132.02]", Formats.times(new Ratio(1.9749, new Interval(1.9749, 1.921, 2.019,
                Interval.Method.ITERATIONS_ONLY, 4, List.of()))));
        assertEquals("1.00\u00d7", Formats.times(Ratio.ONE), "exact: a thing against itself");
        assertEquals("3367\u00d7 (no interval)", Formats.times(Ratio.withoutInterval(3367.2)));
    }

    @Test
    void csvNumbersKeepSixDigitsAndDropNaN() {
        assertEquals("3.14159", Formats.csv(Math.PI));
        assertEquals("1.23457E-7", Formats.csv(1.234567e-7));
        assertEquals("0.000123457", Formats.csv(0.0001234567));
        assertEquals("123457000000", Formats.csv(123456789012.0));
        assertEquals("", Formats.csv(Double.NaN));
        assertEquals("0", Formats.csv(0));
    }
}
