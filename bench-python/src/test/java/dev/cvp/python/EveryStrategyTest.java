package dev.cvp.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.io.resource.ScratchDirectory;
import dev.cvp.io.server.PageResponse;
import dev.cvp.io.server.ServerProcess;
import dev.cvp.io.workload.StageTimes;
import dev.cvp.python.worker.JobResult;
import dev.cvp.python.worker.Python3;
import dev.cvp.python.worker.PythonWorker;
import dev.cvp.python.workload.FibWork;
import dev.cvp.python.workload.HttpWork;
import dev.cvp.python.workload.PipelineWork;
import dev.cvp.python.workload.SleepWork;
import dev.cvp.python.workload.Workload;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every job with every strategy the benchmarks give it, in one worker that has every strategy
 * prepared: the worker's answer is the right sum, and passes the Java side's check. (The
 * benchmarks start a worker per trial; BenchmarksUnderJmhTest runs them that way.)
 */
class EveryStrategyTest {

    private static final int TASKS = 12;
    private static PythonWorker worker;

    @BeforeAll
    static void startWorker() throws IOException {
        worker = PythonWorker.start(Python3.executable());
        worker.prepare("threading", TASKS);
        worker.prepare("multiprocessing", 2);
        worker.prepare("asyncio", 0);
    }

    @AfterAll
    static void stopWorker() throws IOException {
        if (worker != null) {
            worker.close();
        }
    }

    @Test
    void fibIsTasksTimesFibWithEveryStrategy() throws IOException {
        try (Workload fib = new FibWork(20)) {
            for (String strategy : List.of("sequential", "threading", "multiprocessing")) {
                assertEquals(TASKS * 6765L, run(fib, strategy), strategy);
            }
        }
    }

    @Test
    void everySleepReturnsOneWithEveryStrategy() throws IOException {
        try (Workload sleep = new SleepWork(1)) {
            for (String strategy : List.of("sequential", "threading", "asyncio")) {
                assertEquals(TASKS, run(sleep, strategy), strategy);
            }
        }
    }

    @Test
    void everyPageIsReadWithEveryStrategy() throws IOException {
        long bodies = 0;
        for (int page = 0; page < TASKS; page++) {
            bodies += PageResponse.body(page).getBytes(StandardCharsets.UTF_8).length;
        }
        try (Workload http = new HttpWork(ServerProcess.start(1))) {
            for (String strategy : List.of("sequential", "threading", "asyncio")) {
                assertEquals(bodies, run(http, strategy), strategy);
                assertEquals(bodies, run(http, strategy), strategy + ", on kept-alive connections");
            }
        }
    }

    @Test
    void everyPipelineFileHoldsTheHeaderLinesWithEveryStrategy() throws IOException {
        try (PipelineWork pipeline = new PipelineWork(ServerProcess.start(1), ScratchDirectory.create("cvp-test-"))) {
            for (String strategy : List.of("sequential", "threading", "asyncio")) {
                long written = run(pipeline, strategy);
                Path root = pipeline.directory().root();
                try (Stream<Path> files = Files.list(root)) {
                    assertEquals(TASKS, files.count(), strategy);
                }
                long onDisk = 0;
                for (int page = 0; page < TASKS; page++) {
                    String lines = Files.readString(root.resolve("headers-" + page));
                    assertTrue(lines.contains(PageResponse.PAGE_HEADER + ": " + page + "\n"), lines);
                    assertTrue(lines.startsWith("Date: ") && lines.endsWith("Keep-Alive: timeout=60\n"), lines);
                    onDisk += Files.size(root.resolve("headers-" + page));
                }
                assertEquals(onDisk, written, strategy);
            }
        }
    }

    @Test
    void thePipelineAnswersWithTheTaskTimeOfEachStageAndOtherJobsWithNone() throws IOException {
        try (PipelineWork pipeline = new PipelineWork(ServerProcess.start(1), ScratchDirectory.create("cvp-test-"))) {
            for (String strategy : List.of("sequential", "threading", "asyncio")) {
                StageTimes stages = worker.run(pipeline.job(), strategy, TASKS, pipeline.args()).stages();
                assertTrue(stages.fetchNanos() >= TASKS * TimeUnit.MILLISECONDS.toNanos(1),
                        strategy + ": every fetch includes the server's 1 ms wait: " + stages);
                assertTrue(stages.formatNanos() > 0 && stages.writeNanos() > 0, strategy + ": " + stages);
            }
        }
        try (Workload http = new HttpWork(ServerProcess.start(1))) {
            assertEquals(StageTimes.ZERO, worker.run(http.job(), "sequential", TASKS, http.args()).stages());
        }
    }

    private static long run(Workload workload, String strategy) throws IOException {
        JobResult answer = worker.run(workload.job(), strategy, TASKS, workload.args());
        return workload.verify(strategy, TASKS, answer);
    }
}
