package dev.cvp.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.support.testing.ProcessAssertions;
import dev.cvp.support.testing.SmokeRun;
import dev.cvp.support.testing.StageFigures;
import java.util.Collection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;

/**
 * bench-io's benchmarks run by JMH itself over what the smoke profile selects: each trial starts
 * its latency server process or scratch directory, runs one tiny measured iteration, and stops
 * them, under the core-count profiler.
 */
class BenchmarksUnderJmhTest {

    private static final SmokeRun SMOKE = new SmokeRun("bench-io", "dev.cvp.io");

    @AfterEach
    void noServerProcessOutlivesItsTrial() throws InterruptedException {
        ProcessAssertions.assertNoDescendants();
    }

    @Test
    void everySmokeBenchmarkRunsUnderJmh() throws Exception {
        SMOKE.assertEverySelectedBenchmarkRuns();
    }

    @Test
    void aStrategyThatDoesNotApplyFailsWithAClearMessage() throws Exception {
        String failure = SMOKE.failure("FileBenchmark.overlapped", "-p", "strategy=async");
        assertTrue(failure.contains("bench-io: strategy async does not apply to file; remove it from -p strategy"
                + " for this benchmark"), failure);
    }

    @Test
    void thePipelineReportsTheTaskTimeOfEachStage() throws Exception {
        // the smoke profile's strategy and task count; a 5 ms server
        Collection<RunResult> results = SmokeRun.run(SMOKE.options("PipelineBenchmark\\.(sequential|overlapped)$",
                "-p", "latencyMs=5").build());
        assertEquals(2, results.size(), results.stream().map(r -> r.getParams().id()).toList().toString());
        for (RunResult result : results) {
            StageFigures.assertReported(result, 5);
        }
    }
}
