package dev.cvp.io.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cvp.io.resource.ScratchDirectory;
import dev.cvp.io.server.LatencyServer;
import dev.cvp.io.testing.Leaks;
import dev.cvp.io.workload.FileWork;
import dev.cvp.io.workload.HttpWork;
import dev.cvp.io.workload.PipelineWork;
import dev.cvp.io.workload.SleepWork;
import dev.cvp.support.task.TaskRunners;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nothing accumulates from one operation to the next, and nothing survives a trial. Threads and
 * open file descriptors are counted after two warm-up operations and again after more (no new
 * thread; no new descriptor except the two ends of a pooled connection the warm-up did not need
 * (the server runs in this JVM), and never more
 * connections than tasks in flight: connections are reused, threads joined, files rewritten), and again
 * after everything is closed (every thread started since the start has ended, no descriptor more
 * than before). Each round of waits lasts {@value #ROUND_MILLIS} ms, long enough that all tasks
 * of a round are in flight together, so the warm-up opens every connection the strategy will ever
 * need; a strategy with fewer tasks in flight gets a shorter latency so it does not take longer.
 */
class NoLeaksTest {

    private static final int TASKS = 60;
    private static final int ROUND_MILLIS = 50;
    private static final int OPERATIONS = 3;

    /** Starts the JDK's lazily made singletons (virtual-thread poller, timer threads) before any count. */
    @BeforeAll
    static void startJdkSingletons() throws Exception {
        assumeTrue(Leaks.canCountFileDescriptors(), "needs /proc/self/fd to count descriptors");
        for (String name : List.of(TaskRunners.VIRTUAL, Strategies.ASYNC)) {
            try (HttpWork http = new HttpWork(LatencyServer.start(1, 1)); Strategy strategy = Strategies.REGISTRY.create(name)) {
                strategy.run(http, 2);
                strategy.run(new SleepWork(1), 2);
            }
        }
    }

    static Stream<String> allStrategies() {
        return EveryStrategyTest.allStrategies();
    }

    static Stream<String> threadStrategies() {
        return EveryStrategyTest.threadStrategies();
    }

    @ParameterizedTest
    @MethodSource("allStrategies")
    void sleep(String name) throws Exception {
        checkNoLeaks(name, latency -> new Opened(new SleepWork(latency), null, work -> 0));
    }

    @ParameterizedTest
    @MethodSource("allStrategies")
    void http(String name) throws Exception {
        checkNoLeaks(name, latency -> new Opened(new HttpWork(LatencyServer.start(latency, 1)), null,
                work -> ((HttpWork) work).openConnections()));
    }

    @ParameterizedTest
    @MethodSource("allStrategies")
    void pipeline(String name) throws Exception {
        checkNoLeaks(name, latency -> {
            PipelineWork work = new PipelineWork(LatencyServer.start(latency, 1),
                    ScratchDirectory.create("cvp-io-test-"));
            return new Opened(work, work.directory(), w -> ((PipelineWork) w).openConnections());
        });
    }

    @ParameterizedTest
    @MethodSource("threadStrategies")
    void file(String name) throws Exception {
        checkNoLeaks(name, latency -> {
            FileWork work = new FileWork(ScratchDirectory.create("cvp-io-test-"));
            return new Opened(work, work.directory(), w -> 0);
        });
    }

    private static void checkNoLeaks(String strategyName, Trial trial) throws Exception {
        Set<Thread> threadsBefore = Leaks.threads();
        long descriptorsBefore = Leaks.fileDescriptors();
        Path directory;
        try (Strategy strategy = Strategies.REGISTRY.create(strategyName);
             Opened opened = trial.open(latencyFor(strategy))) {
            directory = opened.directory() == null ? null : opened.directory().root();
            strategy.run(opened.work(), TASKS);
            strategy.run(opened.work(), TASKS);
            Set<Thread> threadsWarm = Leaks.threads();
            long descriptorsWarm = Leaks.fileDescriptors();
            int connectionsWarm = opened.connections().applyAsInt(opened.work());
            long filesWarm = opened.directory() == null ? 0 : opened.directory().count();
            for (int i = 0; i < OPERATIONS; i++) {
                strategy.run(opened.work(), TASKS);
            }
            assertEquals(List.of(), Leaks.threadsStartedSince(threadsWarm, 10), "threads that outlived their operation");
            int connections = opened.connections().applyAsInt(opened.work());
            assertTrue(connections <= strategy.inFlight(TASKS), "more connections than tasks in flight");
            // the server runs in this JVM: a new pooled connection is two descriptors, its two ends
            assertEquals(2L * (connections - connectionsWarm), Leaks.fileDescriptors() - descriptorsWarm,
                    "descriptors grew across operations by more than the new pooled connections");
            if (opened.directory() != null) {
                assertEquals(TASKS, filesWarm);
                assertEquals(filesWarm, opened.directory().count(), "files grew across operations");
            }
        }
        assertEquals(List.of(), Leaks.threadsStartedSince(threadsBefore, 10), "threads left after close");
        long descriptorsAfter = Leaks.fileDescriptorsOnceAtMost(descriptorsBefore, 10);
        assertTrue(descriptorsAfter <= descriptorsBefore,
                "descriptors left after close: " + descriptorsBefore + " before, " + descriptorsAfter + " after");
        if (directory != null) {
            assertTrue(Files.notExists(directory), "scratch directory left after close");
        }
    }

    /** One round of waits lasts ROUND_MILLIS: T tasks with N in flight wait ceil(T / N) times. */
    private static int latencyFor(Strategy strategy) {
        int rounds = (TASKS + strategy.inFlight(TASKS) - 1) / strategy.inFlight(TASKS);
        return Math.max(1, ROUND_MILLIS / rounds);
    }

    /** A workload, its directory if it writes files, and how to count the connections its clients hold. */
    record Opened(Workload work, ScratchDirectory directory, ToIntFunction<Workload> connections)
            implements AutoCloseable {
        @Override
        public void close() throws IOException {
            if (work instanceof Closeable closeable) {
                closeable.close();
            }
        }
    }

    /** Opens a workload the way a benchmark's trial setup does. */
    @FunctionalInterface
    interface Trial {
        Opened open(int latencyMillis) throws Exception;
    }
}
