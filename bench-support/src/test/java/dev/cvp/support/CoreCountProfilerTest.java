package dev.cvp.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CoreCountProfilerTest {

    @Test
    void parsesPlainAndNamedCounts() {
        assertEquals(4, CoreCountProfiler.parseExpected("4"));
        assertEquals(2, CoreCountProfiler.parseExpected("cores=2"));
    }

    @Test
    void rejectsMissingOrNonPositiveCounts() {
        assertThrows(IllegalArgumentException.class, () -> CoreCountProfiler.parseExpected(""));
        assertThrows(IllegalArgumentException.class, () -> CoreCountProfiler.parseExpected("two"));
        assertThrows(IllegalArgumentException.class, () -> CoreCountProfiler.parseExpected("0"));
    }

    @Test
    void matchingCountPasses() {
        assertNull(CoreCountProfiler.mismatch(3, 3));
    }

    @Test
    void mismatchNamesBothCountsAndTheFix() {
        String message = CoreCountProfiler.mismatch(1, 2);
        assertTrue(message.contains("sees 2"), message);
        assertTrue(message.contains("pinned to 1"), message);
        assertTrue(message.contains("-XX:ActiveProcessorCount=1"), message);
    }

    @Test
    void iterationFailsWhenTheForkSeesAnotherCount() {
        int seen = Runtime.getRuntime().availableProcessors();
        CoreCountProfiler wrong = new CoreCountProfiler(Integer.toString(seen + 1));
        assertThrows(IllegalStateException.class, () -> wrong.beforeIteration(null, null));
        new CoreCountProfiler(Integer.toString(seen)).beforeIteration(null, null);
    }
}
