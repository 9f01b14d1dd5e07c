package dev.cvp.io.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.io.resource.ScratchDirectory;
import dev.cvp.io.server.LatencyServer;
import dev.cvp.io.server.PageResponse;
import dev.cvp.io.testing.RecordingWork;
import dev.cvp.io.workload.FileWork;
import dev.cvp.io.workload.HttpWork;
import dev.cvp.io.workload.PipelineWork;
import dev.cvp.io.workload.StageTimes;
import dev.cvp.io.workload.SleepWork;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every strategy completes every task of every workload it applies to, exactly once, and every
 * result is checked: the sum must be what the tasks produce, each response passed
 * {@code PageCheck}, each file holds what its task wrote.
 */
class EveryStrategyTest {

    private static final int TASKS = 120;

    static Stream<String> allStrategies() {
        return Stream.of("sequential", "platform-pool-1", "platform-pool-8", "platform-pool-64",
                "platform-pool-512", "thread-per-task", "virtual", "async", "event-loop");
    }

    static Stream<String> threadStrategies() {
        return allStrategies().filter(name -> !name.equals("async") && !name.equals("event-loop"));
    }

    @ParameterizedTest
    @MethodSource("allStrategies")
    void sleepEveryTaskOnce(String name) throws Exception {
        RecordingWork work = new RecordingWork(new SleepWork(2), TASKS);
        try (Strategy strategy = Strategies.REGISTRY.create(name)) {
            assertEquals(TASKS, strategy.run(work, TASKS));
        }
        assertEquals(-1, work.firstTaskNotRunOnce(), "task not run exactly once");
    }

    @ParameterizedTest
    @MethodSource("allStrategies")
    void httpEveryResponseChecked(String name) throws Exception {
        try (HttpWork http = new HttpWork(LatencyServer.start(2, 2));
             Strategy strategy = Strategies.REGISTRY.create(name)) {
            for (int operation = 0; operation < 2; operation++) {
                RecordingWork work = new RecordingWork(http, TASKS);
                assertEquals(expectedBodyBytes(TASKS), strategy.run(work, TASKS));
                assertEquals(-1, work.firstTaskNotRunOnce(), "task not run exactly once");
            }
            assertEquals(2L * TASKS, http.server().stats().served());
            assertEquals(0, http.server().stats().inFlight());
        }
    }

    @ParameterizedTest
    @MethodSource("allStrategies")
    void pipelineWritesEveryPagesHeaders(String name) throws Exception {
        try (PipelineWork pipeline = new PipelineWork(LatencyServer.start(2, 2), ScratchDirectory.create("cvp-io-test-"));
             Strategy strategy = Strategies.REGISTRY.create(name)) {
            RecordingWork work = new RecordingWork(pipeline, TASKS);
            long written = strategy.run(work, TASKS);
            assertEquals(-1, work.firstTaskNotRunOnce(), "task not run exactly once");
            assertEquals(TASKS, pipeline.directory().count());
            long onDisk = 0;
            for (int task = 0; task < TASKS; task++) {
                Path file = pipeline.directory().fileFor("headers-", task);
                String text = Files.readString(file, StandardCharsets.UTF_8);
                String pageLine = PageResponse.PAGE_HEADER + ": " + task;
                assertTrue(text.lines().anyMatch(pageLine::equalsIgnoreCase), text);
                assertTrue(text.lines().allMatch(line -> line.contains(": ")), text);
                onDisk += Files.size(file);
            }
            assertEquals(onDisk, written);
            StageTimes stages = pipeline.takeStageTimes();
            assertTrue(stages.fetchNanos() >= TASKS * TimeUnit.MILLISECONDS.toNanos(2),
                    "every fetch includes the server's 2 ms wait: " + stages);
            assertTrue(stages.formatNanos() > 0 && stages.writeNanos() > 0, stages.toString());
            assertEquals(StageTimes.ZERO, pipeline.takeStageTimes(), "a take resets the sums");
        }
    }

    @ParameterizedTest
    @MethodSource("threadStrategies")
    void fileWritesAndForcesEveryFile(String name) throws Exception {
        try (FileWork files = new FileWork(ScratchDirectory.create("cvp-io-test-"));
             Strategy strategy = Strategies.REGISTRY.create(name)) {
            RecordingWork work = new RecordingWork(files, TASKS);
            assertEquals((long) TASKS * FileWork.FILE_BYTES, strategy.run(work, TASKS));
            assertEquals(-1, work.firstTaskNotRunOnce());
            assertEquals(TASKS, files.directory().count());
            for (int task = 0; task < TASKS; task++) {
                assertEquals(FileWork.FILE_BYTES, Files.size(files.directory().fileFor("task-", task)));
            }
        }
    }

    private static long expectedBodyBytes(int tasks) {
        long sum = 0;
        for (int page = 0; page < tasks; page++) {
            sum += PageResponse.body(page).getBytes(StandardCharsets.UTF_8).length;
        }
        return sum;
    }
}
