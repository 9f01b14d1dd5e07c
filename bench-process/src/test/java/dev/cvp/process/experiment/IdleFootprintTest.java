package dev.cvp.process.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.support.testing.ProcessAssertions;
import dev.cvp.process.experiment.IdleFootprint.Footprint;
import org.junit.jupiter.api.Test;

/** Counts and sources only: how much memory a worker takes is for the benchmark to measure. */
class IdleFootprintTest {

    @Test
    void threadFootprintCountsTheThreadsAndEndsThem() throws InterruptedException {
        long threadsBefore = Thread.getAllStackTraces().size();
        Footprint footprint = IdleFootprint.threads(Thread.ofPlatform().factory(), 50);
        assertEquals(50, footprint.workers());
        assertTrue(Thread.getAllStackTraces().size() <= threadsBefore, "the idle threads were joined");
    }

    @Test
    void processFootprintIsTheWorkersOwnResidentMemory() throws Exception {
        Footprint footprint = IdleFootprint.jvmProcesses(2);
        assertEquals(2, footprint.workers());
        assertTrue(footprint.rssKiB() > 2 * 10_000, "two JVMs hold more than 20 MiB, read " + footprint.rssKiB());
        ProcessAssertions.assertNoDescendants();
    }
}
