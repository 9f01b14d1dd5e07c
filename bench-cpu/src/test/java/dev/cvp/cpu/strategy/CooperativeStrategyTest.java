package dev.cvp.cpu.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One thread, round-robin slices: all tasks progress together, none in parallel. */
class CooperativeStrategyTest {

    @Test
    void interleavesOneUnitOfEachTaskInTurn() throws Exception {
        RecordingKernel kernel = new RecordingKernel(3, 3);
        try (Strategy cooperative = Strategies.REGISTRY.create("cooperative")) {
            assertEquals(kernel.expectedSum(), cooperative.run(kernel));
        }
        assertEquals(List.of("0:0", "1:0", "2:0", "0:1", "1:1", "2:1", "0:2", "1:2", "2:2"), kernel.order());
    }

    @Test
    void largerSlicesRunSeveralUnitsPerTurnAndFinishShortTasks() throws Exception {
        RecordingKernel kernel = new RecordingKernel(2, 5);
        try (Strategy cooperative = new CooperativeStrategy(2)) {
            assertEquals(kernel.expectedSum(), cooperative.run(kernel));
        }
        List<String> expected = new ArrayList<>(List.of(
                "0:0", "0:1", "1:0", "1:1", "0:2", "0:3", "1:2", "1:3", "0:4", "1:4"));
        assertEquals(expected, kernel.order());
    }

    @Test
    void runsEverythingOnTheCallingThread() throws Exception {
        RecordingKernel kernel = new RecordingKernel(4, 3);
        try (Strategy cooperative = Strategies.REGISTRY.create("cooperative")) {
            cooperative.run(kernel);
        }
        assertEquals(Set.of(Thread.currentThread()), kernel.threads());
        assertEquals(1, kernel.maxInside());
    }

    @Test
    void rejectsEmptySlices() {
        assertThrows(IllegalArgumentException.class, () -> new CooperativeStrategy(0));
    }
}
