package dev.cvp.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.support.testing.ProcessAssertions;
import dev.cvp.support.testing.SmokeRun;
import java.util.Collection;
import java.util.List;
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
            String which = result.getParams().getBenchmark();
            double operations = SmokeRun.secondary(result, "operations");
            assertTrue(operations >= 1, which + ": operations " + operations);
            for (String stage : List.of("fetchMs", "formatMs", "writeMs")) {
                assertTrue(SmokeRun.secondary(result, stage) > 0, which + ": " + stage);
            }
            String tasks = result.getParams().getParam("tasks");
            int perOperation = tasks == null ? 1 : Integer.parseInt(tasks);
            assertTrue(SmokeRun.secondary(result, "fetchMs") / operations >= 5.0 * perOperation,
                    which + ": every fetch includes the server's 5 ms wait");
        }
    }
}
