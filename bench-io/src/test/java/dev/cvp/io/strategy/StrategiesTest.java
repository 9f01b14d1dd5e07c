package dev.cvp.io.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.io.loop.EventLoop;
import dev.cvp.io.testing.CountingWork;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StrategiesTest {

    @Test
    void everyListedNameCreatesThatStrategyBaselineFirst() {
        assertEquals(List.of("sequential", "platform-pool-1", "platform-pool-8", "platform-pool-64", "platform-pool-512",
                "thread-per-task", "virtual", "async", "event-loop"), Strategies.REGISTRY.names());
        for (String name : Strategies.REGISTRY.names()) {
            try (Strategy strategy = Strategies.REGISTRY.create(name)) {
                assertEquals(name, strategy.name());
            }
        }
        try (Strategy pool = Strategies.REGISTRY.create("platform-pool-3")) {
            assertEquals("platform-pool-3", pool.name(), "any pool size is accepted");
            assertEquals(3, pool.inFlight(100));
        }
    }

    @ParameterizedTest
    @CsvSource({
        "sequential, 1000, 1",
        "platform-pool-1, 1000, 1",
        "platform-pool-64, 1000, 64",
        "platform-pool-512, 10, 10",
        "thread-per-task, 1000, 1000",
        "virtual, 10000, 10000",
        "async, 10000, 10000",
        "event-loop, 10000, 10000",
    })
    void inFlightIsWhatLittlesLawNeeds(String name, int tasks, int inFlight) throws Exception {
        try (Strategy strategy = Strategies.REGISTRY.create(name)) {
            assertEquals(inFlight, strategy.inFlight(tasks));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"parallel", "platform-pool", "platform-pool-0", "platform-pool-x", "Virtual"})
    void unknownNamesAreRejectedWithTheKnownOnes(String name) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Strategies.REGISTRY.create(name));
        assertEquals("unknown bench-io strategy '" + name + "'; known: sequential, platform-pool-1, platform-pool-8,"
                + " platform-pool-64, platform-pool-512, thread-per-task, virtual, async, event-loop;"
                + " platform-pool-N for any N >= 1", e.getMessage());
    }

    @Test
    void asyncAndEventLoopNeedTheirFacesThreadsDoNot() throws Exception {
        Workload blockingOnly = new CountingWork(task -> 1);
        for (String name : Strategies.REGISTRY.names()) {
            try (Strategy strategy = Strategies.REGISTRY.create(name)) {
                boolean needsAnotherFace = name.equals(Strategies.ASYNC) || name.equals(Strategies.EVENT_LOOP);
                assertEquals(!needsAnotherFace, strategy.supports(blockingOnly), name);
            }
        }
    }

    @Test
    void aFailingTaskFailsTheOperationWithItsOwnException() throws Exception {
        Workload failsAtThree = new CountingWork(task -> {
            if (task == 3) {
                throw new IllegalStateException("task 3 broke");
            }
            return 1;
        });
        List<String> threadStrategies = Strategies.REGISTRY.names().stream()
                .filter(name -> !name.equals(Strategies.ASYNC) && !name.equals(Strategies.EVENT_LOOP)).toList();
        assertEquals(7, threadStrategies.size());
        for (String name : threadStrategies) {
            try (Strategy strategy = Strategies.REGISTRY.create(name)) {
                IllegalStateException e = assertThrows(IllegalStateException.class, () -> strategy.run(failsAtThree, 8));
                assertEquals("task 3 broke", e.getMessage(), name);
            }
        }
    }

    @Test
    void aFailingAsyncOrLoopTaskFailsTheOperationWithItsOwnException() throws Exception {
        for (String name : List.of(Strategies.ASYNC, Strategies.EVENT_LOOP)) {
            try (Strategy strategy = Strategies.REGISTRY.create(name)) {
                IOException e = assertThrows(IOException.class, () -> strategy.run(new FailsAtTwo(), 4));
                assertEquals("task 2 broke", e.getMessage(), name);
            }
        }
    }

    /** Every face's task 2 fails with the same checked exception; the others return 1. */
    private static final class FailsAtTwo implements AsyncWorkload, LoopWorkload {
        @Override
        public String name() {
            return "fails-at-two";
        }

        @Override
        public long runBlocking(int task) throws IOException {
            if (task == 2) {
                throw new IOException("task 2 broke");
            }
            return 1;
        }

        @Override
        public CompletableFuture<Long> runAsync(int task) {
            return task == 2 ? CompletableFuture.failedFuture(new IOException("task 2 broke"))
                    : CompletableFuture.completedFuture(1L);
        }

        @Override
        public void runOnLoop(int task, EventLoop loop, TaskCallback callback) {
            loop.schedule(0, () -> {
                if (task == 2) {
                    callback.failed(new IOException("task 2 broke"));
                } else {
                    callback.done(1);
                }
            });
        }
    }
}
