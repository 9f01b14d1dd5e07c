package dev.cvp.cpu.multitasking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * TickerLatenessBenchmark's figures: each iteration's nearest-rank median and 99th percentile of
 * the lateness the ticker measured, from its posting to its serving.
 */
class LatenessTest {

    @Test
    void theFiguresAreTheIterationsNearestRankMedianAnd99thPercentileInMicroseconds() {
        TickerLatenessBenchmark.Lateness lateness = new TickerLatenessBenchmark.Lateness();
        lateness.clear();
        for (int us = 200; us >= 1; us--) { // any order
            lateness.add(us * 1_000L);
        }
        lateness.summarize();
        assertEquals(100.0, lateness.p50Us, 1e-9, "the 100th of 200");
        assertEquals(198.0, lateness.p99Us, 1e-9, "the 198th of 200: the third-slowest");
    }

    @Test
    void eachIterationStartsAfreshAndKeepsEveryTick() {
        TickerLatenessBenchmark.Lateness lateness = new TickerLatenessBenchmark.Lateness();
        lateness.clear();
        lateness.add(9_000_000);
        lateness.summarize();
        assertEquals(9_000.0, lateness.p50Us, 1e-9);
        lateness.clear();
        assertEquals(0.0, lateness.p50Us, "cleared with the iteration");
        for (int i = 0; i < 10_000; i++) { // more ticks than the first array holds
            lateness.add(i < 9_850 ? 2_000 : 5_000_000);
        }
        lateness.summarize();
        assertEquals(2.0, lateness.p50Us, 1e-9);
        assertEquals(5_000.0, lateness.p99Us, 1e-9, "the slowest 1.5% reach the 99th percentile");
    }

    @Test
    void theTickerTimesATickFromItsPostingToItsServing() {
        Ticker ticker = new Ticker();
        long before = System.nanoTime();
        long tick = ticker.post();
        ticker.serve();
        long after = System.nanoTime();
        assertTrue(ticker.awaitServed(tick));
        long lateness = ticker.lastLatenessNanos();
        assertTrue(lateness >= 0 && lateness <= after - before,
                "within the span that held both: " + lateness + " of " + (after - before) + " ns");
    }
}
