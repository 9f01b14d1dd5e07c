package dev.cvp.support.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every shared runner runs every task once, sums the results, fails the one way, and stops its threads. */
class TaskRunnersTest {

    private static final int TASKS = 13;

    static Stream<String> everyRunner() {
        return Stream.of("sequential", "thread-per-task", "platform-pool", "platform-pool-3", "virtual");
    }

    @ParameterizedTest
    @MethodSource("everyRunner")
    void runsEveryTaskExactlyOnceAndSumsTheResults(String name) throws Exception {
        AtomicIntegerArray runs = new AtomicIntegerArray(TASKS);
        try (TaskRunner runner = TaskRunners.REGISTRY.create(name)) {
            assertEquals(name, runner.name());
            for (int operation = 1; operation <= 2; operation++) {
                assertEquals(TASKS * (TASKS - 1) / 2, runner.runAll(TASKS, task -> {
                    runs.incrementAndGet(task);
                    return task;
                }));
            }
        }
        for (int task = 0; task < TASKS; task++) {
            assertEquals(2, runs.get(task), "task " + task);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"thread-per-task", "virtual", "platform-pool-4"})
    void concurrentRunnersKeepEveryTaskInFlightTogether(String name) throws Exception {
        int tasks = 4;
        CyclicBarrier allIn = new CyclicBarrier(tasks);
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        try (TaskRunner runner = TaskRunners.REGISTRY.create(name)) {
            // each task waits until all four are running: only a runner with four in flight gets past
            assertEquals(tasks, runner.runAll(tasks, task -> {
                threads.add(Thread.currentThread());
                allIn.await(20, TimeUnit.SECONDS);
                return 1;
            }));
            assertEquals(tasks, runner.inFlight(tasks));
        }
        assertEquals(tasks, threads.size());
        assertFalse(threads.contains(Thread.currentThread()));
    }

    @Test
    void sequentialRunsOnTheCallingThreadInOrder() throws Exception {
        List<Integer> order = new ArrayList<>();
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        try (TaskRunner runner = TaskRunners.sequential()) {
            runner.runAll(5, task -> {
                order.add(task);
                threads.add(Thread.currentThread());
                return 0;
            });
            assertEquals(1, runner.inFlight(1000));
        }
        assertEquals(List.of(0, 1, 2, 3, 4), order);
        assertEquals(Set.of(Thread.currentThread()), threads);
    }

    @Test
    void aPoolRunsAtMostItsSizeAtOnceAndStartsItsThreadsUpFront() throws Exception {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        try (PlatformPool pool = (PlatformPool) TaskRunners.platformPool(3)) {
            assertEquals(3, pool.threads(), "prestarted: no operation pays for creating threads");
            pool.runAll(30, task -> {
                most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                Thread.sleep(1);
                inside.decrementAndGet();
                return 0;
            });
            assertEquals(3, pool.inFlight(30));
            assertEquals(2, pool.inFlight(2));
        }
        assertTrue(most.get() <= 3, "at most 3 in flight, saw " + most.get());
    }

    @ParameterizedTest
    @MethodSource("everyRunner")
    void aCheckedFailureReachesTheCallerAsItself(String name) {
        IOException thrown = new IOException("task 3 broke");
        try (TaskRunner runner = TaskRunners.REGISTRY.create(name)) {
            IOException e = assertThrows(IOException.class, () -> runner.runAll(8, task -> {
                if (task == 3) {
                    throw thrown;
                }
                return 1;
            }));
            assertSame(thrown, e);
        }
    }

    @ParameterizedTest
    @MethodSource("everyRunner")
    void uncheckedFailuresAndErrorsReachTheCallerAsThemselves(String name) {
        try (TaskRunner runner = TaskRunners.REGISTRY.create(name)) {
            IllegalStateException unchecked = assertThrows(IllegalStateException.class,
                    () -> runner.runAll(4, task -> {
                        throw new IllegalStateException("task " + task + " broke");
                    }));
            assertTrue(unchecked.getMessage().matches("task [0-3] broke"), unchecked.getMessage());
            assertThrows(StackOverflowError.class, () -> runner.runAll(2, task -> {
                throw new StackOverflowError("deep");
            }));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"thread-per-task", "virtual", "platform-pool-2"})
    void theRunReturnsOnlyOnceNoTaskIsRunning(String name) {
        AtomicInteger running = new AtomicInteger();
        CyclicBarrier together = new CyclicBarrier(2);
        try (TaskRunner runner = TaskRunners.REGISTRY.create(name)) {
            assertThrows(TimeoutException.class, () -> runner.runAll(2, task -> {
                running.incrementAndGet();
                try {
                    together.await(20, TimeUnit.SECONDS);
                    if (task == 0) {
                        throw new TimeoutException("task 0 fails at once");
                    }
                    Thread.sleep(50); // task 1 is still working when task 0 has failed
                    return 1;
                } catch (BrokenBarrierException e) {
                    throw new IllegalStateException(e);
                } finally {
                    running.decrementAndGet();
                }
            }));
            assertEquals(0, running.get(), "a task was still running when the failure was thrown");
        }
    }

    @Test
    void aClosedPoolRefusesWorkAndItsThreadsHaveEnded() throws Exception {
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        TaskRunner pool = TaskRunners.platformPool(2);
        pool.runAll(6, task -> {
            threads.add(Thread.currentThread());
            return 0;
        });
        pool.close();
        pool.close(); // idempotent
        for (Thread thread : threads) {
            thread.join(10_000); // a terminated pool's threads are past their last task, exiting
        }
        assertTrue(threads.stream().noneMatch(Thread::isAlive), "pool threads still alive after close");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> pool.runAll(1, task -> 0));
        assertEquals("platform-pool-2: closed", e.getMessage());
    }

    @Test
    void threadPerTaskThreadsHaveEndedWhenTheRunReturns() throws Exception {
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        try (TaskRunner runner = TaskRunners.threadPerTask()) {
            runner.runAll(5, task -> {
                threads.add(Thread.currentThread());
                return 0;
            });
        }
        assertEquals(5, threads.size());
        assertTrue(threads.stream().allMatch(t -> !t.isAlive() && t.isDaemon() && !t.isVirtual()));
    }

    @Test
    void aPoolNeedsAThread() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TaskRunners.platformPool(0));
        assertTrue(e.getMessage().contains("platform-pool-0"), e.getMessage());
    }
}
