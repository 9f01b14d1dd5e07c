package dev.cvp.process.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.support.testing.ProcessAssertions;
import dev.cvp.process.experiment.CounterIncrements.Outcome;
import dev.cvp.process.worker.SharedCounter;
import org.junit.jupiter.api.Test;

/** A counter incremented by threads is shared with the parent; one incremented by processes is not. */
class IsolationTest {

    @Test
    void threadsIncrementTheParentsCounter() throws InterruptedException {
        long before = SharedCounter.value();
        Outcome outcome = CounterIncrements.threads(3, 10_000);
        assertEquals(new Outcome(30_000, 30_000), outcome);
        assertTrue(outcome.shared());
        assertEquals(before + 30_000, SharedCounter.value());
    }

    @Test
    void processesIncrementTheirOwnCopies() throws Exception {
        long before = SharedCounter.value();
        Outcome outcome = CounterIncrements.processes(2, 10_000);
        assertEquals(new Outcome(20_000, 0), outcome, "each worker counted 10000 in its own memory");
        assertFalse(outcome.shared());
        assertEquals(before, SharedCounter.value());
        ProcessAssertions.assertNoDescendants();
    }
}
