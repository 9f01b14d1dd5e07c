package dev.cvp.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.python.worker.Python3;
import dev.cvp.support.testing.ProcessAssertions;
import dev.cvp.support.testing.SmokeRun;
import dev.cvp.support.testing.StageFigures;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.options.Options;

/**
 * bench-python's benchmarks run by JMH itself over what the smoke profile selects: each trial
 * starts its Python worker (and its pool, server, directory), runs one tiny measured iteration
 * with checked results, and stops them, under the core-count profiler.
 */
class BenchmarksUnderJmhTest {

    private static final SmokeRun SMOKE = new SmokeRun("bench-python", "dev.cvp.python");

    @AfterEach
    void noProcessOutlivesItsTrial() throws InterruptedException {
        ProcessAssertions.assertNoDescendants();
    }

    @Test
    void everySmokeBenchmarkRunsUnderJmh() throws Exception {
        // python3 by its real path, as the runner passes it (a PATH shim would start every worker)
        Options options = SMOKE.options().param("python", Python3.executable()).build();
        Collection<RunResult> results = SmokeRun.run(options);
        assertEquals(SMOKE.expected(options), SmokeRun.measured(results), "benchmark and strategy pairs measured");
        assertEquals(List.of(), SmokeRun.withoutCoreCount(results), "results without the core-count check");
        List<RunResult> pipeline = results.stream()
                .filter(r -> r.getParams().getBenchmark().startsWith(PipelineBenchmark.class.getName() + ".")).toList();
        assertEquals(2 + 1, pipeline.size(), "the pipeline's overlapped (threading, asyncio) and sequential");
        pipeline.forEach(r -> StageFigures.assertReported(r, Integer.parseInt(r.getParams().getParam("latencyMs"))));
    }

    @Test
    void aStrategyThatDoesNotApplyFailsAtSetupWithAClearMessage() throws Exception {
        String failure = SMOKE.failure("HttpBenchmark.overlapped",
                "-p", "strategy=multiprocessing", "-p", "python=" + Python3.executable());
        assertTrue(failure.contains("strategy multiprocessing does not apply to http (it runs with sequential, "
                + "threading, asyncio); remove it from -p strategy for this benchmark"), failure);
    }

    @Test
    void aMissingInterpreterFailsTheBenchmarkInOneLine() throws Exception {
        String failure = SMOKE.failure("FibBenchmark.fib", "-p", "python=/no/such/python3.13t", "-p", "strategy=sequential");
        String line = failure.lines().filter(l -> l.startsWith("WorkerException: ")).findFirst().orElse(failure);
        assertTrue(line.startsWith("WorkerException: bench-python: cannot run the Python interpreter "
                + "'/no/such/python3.13t' ("), line);
        assertTrue(line.endsWith("); install Python 3.8+ or name one with --python PATH (JMH: -p python=PATH)"), line);
    }
}
