package dev.cvp.process;

import dev.cvp.support.testing.ProcessAssertions;
import dev.cvp.support.testing.SmokeRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * bench-process's benchmarks run by JMH itself over what the smoke profile selects: worker JVMs
 * start, answer (the split benchmarks check every strategy against sequential in setup) and are
 * gone after their trial, under the core-count profiler.
 */
class BenchmarksUnderJmhTest {

    @AfterEach
    void noWorkerOutlivesItsTrial() throws InterruptedException {
        ProcessAssertions.assertNoDescendants();
    }

    @Test
    void everySmokeBenchmarkRunsUnderJmh() throws Exception {
        new SmokeRun("bench-process", "dev.cvp.process").assertEverySelectedBenchmarkRuns();
    }
}
