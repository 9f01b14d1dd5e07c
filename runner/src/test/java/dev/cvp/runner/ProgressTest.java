package dev.cvp.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void beforeAnyRoundTheProfilesExpectationsAreTheEstimate() {
        Progress p = new Progress(Map.of("bench-cpu", 45L, "bench-io", 95L));
        List<String> queue = List.of("bench-cpu", "bench-cpu", "bench-io", "bench-io");
        assertTrue(p.expectsAll(queue));
        assertEquals(280, p.left(queue));
    }

    @Test
    void aModuleThatRanUsesItsOwnTimeAndScalesTheOthersExpectations() {
        Progress p = new Progress(Map.of("bench-cpu", 45L, "bench-io", 95L));
        p.record("bench-cpu", 90);
        assertEquals(90 + 2 * 95 * 2, p.left(List.of("bench-cpu", "bench-io", "bench-io")),
                "this machine took twice the expected time, so io is expected to as well");
    }

    @Test
    void withoutExpectationsTheAverageOfTheRoundsSoFarStandsIn() {
        Progress p = new Progress();
        assertFalse(p.expectsAll(List.of("bench-cpu")));
        assertEquals(0, p.left(List.of("bench-io")), "nothing to go on yet");
        p.record("bench-cpu", 30);
        p.record("bench-cpu", 50);
        assertEquals(40 + 40, p.left(List.of("bench-cpu", "bench-io")));
    }

    @Test
    void theOverrunIsWhatTheRoundsTookBeyondTheirExpectations() {
        Progress p = new Progress(Map.of("bench-cpu", 45L, "bench-io", 95L));
        assertEquals(0, p.overrun(), "nothing ran yet");
        p.record("bench-cpu", 40);
        assertEquals(0, p.overrun(), "faster than expected is no overrun");
        p.record("bench-io", 110);
        assertEquals(10, p.overrun(), "40 + 110 against 45 + 95");
        p.record("bench-python", 300);
        assertEquals(10, p.overrun(), "a module without an expectation adds nothing to compare");
    }
}
