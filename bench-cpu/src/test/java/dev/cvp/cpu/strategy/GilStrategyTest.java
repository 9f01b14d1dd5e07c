package dev.cvp.cpu.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The GIL lets one task compute at a time, and really hands the lock over. No timing asserts. */
class GilStrategyTest {

    @Test
    void atMostOneTaskComputesAtATime() throws Exception {
        RecordingKernel kernel = new RecordingKernel(6, 40);
        try (Strategy gil = new GilStrategy(Duration.ZERO)) {
            assertEquals(kernel.expectedSum(), gil.run(kernel));
        }
        assertEquals(1, kernel.maxInside(), "units ran concurrently under the GIL");
        assertEquals(6, kernel.threads().size(), "one platform thread per task, as Python threads");
    }

    @Test
    void aWaitingThreadGetsTheLockAtTheNextSwitch() throws Exception {
        AtomicReference<GilStrategy> strategy = new AtomicReference<>();
        int tasks = 3;
        int units = 4;
        RecordingKernel kernel = new RecordingKernel(tasks, units) {
            private final int[] done = new int[tasks]; // only touched under the GIL

            @Override
            protected void beforeRecord(int task, int unit) {
                // Under the lock: wait until every other unfinished task queues for it, so the
                // switch after this unit must find a waiter (no race with a thread that has just
                // released the lock and not yet asked for it again).
                int others = 0;
                for (int t = 0; t < tasks; t++) {
                    others += t != task && done[t] < units ? 1 : 0;
                }
                long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while (strategy.get().waitingThreads() < others) {
                    if (System.nanoTime() > deadline) {
                        fail("other tasks never queued for the GIL");
                    }
                    Thread.onSpinWait();
                }
                done[task]++;
            }
        };
        try (GilStrategy gil = new GilStrategy(Duration.ZERO)) {
            strategy.set(gil);
            assertEquals(kernel.expectedSum(), gil.run(kernel));
        }
        // With a zero switch interval and everyone queued, the fair lock passes round-robin:
        // no task runs two units in a row while another task still has units left.
        List<String> order = kernel.order();
        assertEquals(tasks * units, order.size());
        for (int i = 1; i < order.size(); i++) {
            String previousTask = order.get(i - 1).split(":")[0];
            String task = order.get(i).split(":")[0];
            assertNotEquals(previousTask, task, "no hand-over at position " + i + " of " + order);
        }
        assertTrue(order.get(0).endsWith(":0"));
    }
}
