package dev.cvp.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.io.plan.OverlapPlan;
import dev.cvp.io.plan.PoolPlan;
import dev.cvp.io.plan.StrategyPlan;
import dev.cvp.io.plan.ThreadOverlapPlan;
import dev.cvp.io.server.PageResponse;
import dev.cvp.io.workload.FileWork;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The benchmark classes themselves, driven the way JMH drives them (parameters set, trial setup,
 * operations, teardown), with small task counts: the real server process starts and stops, the
 * results are the checked sums.
 */
class BenchmarksTest {

    @Test
    void sleepRunsEveryMethod() throws Exception {
        SleepBenchmark benchmark = new SleepBenchmark();
        benchmark.latencyMs = 1;
        benchmark.openTrialWorkload();
        try {
            assertEquals(1, benchmark.sequential());
            assertEquals(10, inTrial(pool("platform-pool-8", 10), benchmark::pooled));
            assertEquals(50, inTrial(overlap("event-loop", 50), benchmark::overlapped));
        } finally {
            benchmark.closeTrialWorkload();
        }
    }

    @Test
    void httpStartsItsServerProcessAndStopsIt() throws Exception {
        HttpBenchmark benchmark = new HttpBenchmark();
        benchmark.latencyMs = 1;
        benchmark.openTrialWorkload();
        ProcessHandle server;
        try {
            server = ProcessHandle.current().children()
                    .filter(p -> p.info().arguments().map(a -> String.join(" ", a).contains("LatencyServerMain")).orElse(false))
                    .findFirst().orElseThrow();
            assertEquals(bodyBytes(1), benchmark.sequential());
            assertEquals(bodyBytes(40), inTrial(overlap("virtual", 40), benchmark::overlapped));
            assertEquals(bodyBytes(40), inTrial(overlap("async", 40), benchmark::overlapped));
            assertEquals(bodyBytes(40), inTrial(pool("platform-pool-8", 40), benchmark::pooled));
        } finally {
            benchmark.closeTrialWorkload();
        }
        server.onExit().get();
        assertFalse(server.isAlive());
    }

    @Test
    void pipelineRunsOverlapped() throws Exception {
        PipelineBenchmark benchmark = new PipelineBenchmark();
        benchmark.latencyMs = 1;
        benchmark.openTrialWorkload();
        try {
            assertTrue(benchmark.sequential() > 0);
            assertTrue(inTrial(overlap("event-loop", 30), benchmark::overlapped) > 0);
        } finally {
            benchmark.closeTrialWorkload();
        }
    }

    @Test
    void fileRunsThreadsOnly() throws Exception {
        FileBenchmark benchmark = new FileBenchmark();
        benchmark.openTrialWorkload();
        try {
            assertEquals(FileWork.FILE_BYTES, benchmark.sequential());
            assertEquals(20L * FileWork.FILE_BYTES, inTrial(threads("virtual", 20), benchmark::overlapped));
        } finally {
            benchmark.closeTrialWorkload();
        }
    }

    @Test
    void aStrategyThatDoesNotApplyFailsWithAClearMessage() throws Exception {
        FileBenchmark benchmark = new FileBenchmark();
        benchmark.openTrialWorkload();
        try {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> inTrial(threads("async", 2), benchmark::overlapped));
            assertTrue(e.getMessage().contains("does not apply to file"), e.getMessage());
        } finally {
            benchmark.closeTrialWorkload();
        }
    }

    private static long bodyBytes(int pages) {
        long sum = 0;
        for (int page = 0; page < pages; page++) {
            sum += PageResponse.body(page).getBytes(StandardCharsets.UTF_8).length;
        }
        return sum;
    }

    private static PoolPlan pool(String strategy, int tasks) {
        PoolPlan plan = new PoolPlan();
        plan.strategy = strategy;
        plan.tasks = tasks;
        return plan;
    }

    private static OverlapPlan overlap(String strategy, int tasks) {
        OverlapPlan plan = new OverlapPlan();
        plan.strategy = strategy;
        plan.tasks = tasks;
        return plan;
    }

    private static ThreadOverlapPlan threads(String strategy, int tasks) {
        ThreadOverlapPlan plan = new ThreadOverlapPlan();
        plan.strategy = strategy;
        plan.tasks = tasks;
        return plan;
    }

    /** A benchmark method, as JMH calls it with its plan. */
    interface Operation<P> {
        long run(P plan) throws Exception;
    }

    /** One operation inside the plan's trial setup and teardown. */
    private static <P extends StrategyPlan> long inTrial(P plan, Operation<P> operation) throws Exception {
        plan.createStrategy();
        try {
            return operation.run(plan);
        } finally {
            plan.closeStrategy();
        }
    }
}
