package dev.cvp.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.python.plan.RequestPlan;
import dev.cvp.python.worker.ProcessTree;
import dev.cvp.python.worker.Python3;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A benchmark's trial as JMH drives it (parameters set, setup, operations, teardown): what it
 * starts it stops, and it says which interpreter ran. (Every strategy's result: EveryStrategyTest;
 * every benchmark through JMH: BenchmarksUnderJmhTest.)
 */
class BenchmarksTest {

    @Test
    void aTrialStopsTheWorkerItsPoolsAndTheServer() throws Exception {
        HttpBenchmark benchmark = new HttpBenchmark();
        benchmark.python = Python3.executable();
        benchmark.latencyMs = 1;
        RequestPlan plan = new RequestPlan();
        plan.strategy = "threading";
        plan.tasks = 6;
        benchmark.openTrial(plan.strategy, plan.tasks);
        List<ProcessHandle> started;
        try {
            assertTrue(benchmark.interpreter().versionInfo().get(0) >= 3);
            assertEquals(benchmark.interpreter().pid(), benchmark.worker().pid(), "python3's real path: no wrapper");
            assertTrue(benchmark.overlapped(plan) > 0);
            started = ProcessHandle.current().descendants().toList();
            assertTrue(started.stream().anyMatch(p -> p.pid() == benchmark.worker().pid()));
            assertTrue(started.stream().anyMatch(BenchmarksTest::isLatencyServer), "the server runs: " + started);
        } finally {
            benchmark.closeTrial();
        }
        assertEquals(List.of(), ProcessTree.awaitGone(started, 0), "still running after the trial");
    }

    @Test
    void threadsAreOnePerTaskUpToAThousandAndProcessesOnePerCore() {
        assertEquals(8, PythonBenchmark.poolSize("threading", 8));
        assertEquals(1000, PythonBenchmark.poolSize("threading", 1000));
        assertEquals(1000, PythonBenchmark.poolSize("threading", 10000));
        assertEquals(Runtime.getRuntime().availableProcessors(), PythonBenchmark.poolSize("multiprocessing", 8));
        assertEquals(0, PythonBenchmark.poolSize("asyncio", 1000));
        assertEquals(0, PythonBenchmark.poolSize(PythonBenchmark.SEQUENTIAL, 1));
    }

    private static boolean isLatencyServer(ProcessHandle process) {
        return process.info().arguments().map(a -> String.join(" ", a).contains("LatencyServerMain")).orElse(false);
    }
}
