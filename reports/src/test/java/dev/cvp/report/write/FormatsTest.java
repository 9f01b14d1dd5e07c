package dev.cvp.report.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        assertEquals("5 \u00b1 n/a", Formats.scoreWithError(5, Double.NaN));
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
