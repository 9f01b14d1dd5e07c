package dev.cvp.cpu.multitasking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every scheduler finishes every task with the right result, and the responsive ones serve the ticker. */
class SchedulersTest {

    private static final long SLICE = 20_000;

    @ParameterizedTest
    @ValueSource(strings = {"sequential", "preemptive", "virtual-cooperative", "cooperative"})
    void everySchedulerRunsEveryTaskToTheEnd(String name) throws InterruptedException {
        List<CpuTask> tasks = List.of(new CpuTask(300), new CpuTask(1), new CpuTask(2_000));
        try (Scheduler scheduler = Schedulers.REGISTRY.create(name)) {
            assertEquals(name, scheduler.name());
            assertEquals(CpuTask.expectedResult(2_301), scheduler.run(tasks, SLICE));
            assertEquals(CpuTask.expectedResult(2_301), scheduler.run(List.of(new CpuTask(2_301)), SLICE),
                    "a scheduler is reused across operations");
        }
        assertEquals(List.of(300L, 1L, 2_000L), tasks.stream().map(CpuTask::unitsDone).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"preemptive", "virtual-cooperative", "cooperative"})
    void responsiveSchedulersServeTicksPostedWhileTasksRun(String name) throws InterruptedException {
        List<CpuTask> tasks = List.of(new CpuTask(CpuTask.ENDLESS), new CpuTask(CpuTask.ENDLESS));
        try (Scheduler scheduler = Schedulers.REGISTRY.create(name)) {
            AtomicBoolean done = new AtomicBoolean();
            Thread driver = Thread.ofPlatform().start(() -> {
                try {
                    scheduler.run(tasks, SLICE);
                    done.set(true);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            Ticker ticker = scheduler.ticker();
            for (int i = 1; i <= 20; i++) {
                long tick = ticker.post();
                assertEquals(i, tick);
                assertTrue(ticker.awaitServed(tick), "tick " + tick + " was not served");
            }
            assertFalse(done.get(), "endless tasks must still be running while ticks are served");
            tasks.forEach(CpuTask::stop);
            driver.join(Duration.ofSeconds(30));
            assertFalse(driver.isAlive(), "stopped tasks must end run()");
            assertTrue(ticker.serves() >= 1 && ticker.serves() <= 20, "served " + ticker.serves());
        }
        for (CpuTask task : tasks) {
            assertEquals(CpuTask.expectedResult(task.unitsDone()), task.result());
            assertTrue(task.unitsDone() >= 1);
        }
    }

    @Test
    void sequentialNeverServesTheTicker() throws InterruptedException {
        try (Scheduler scheduler = Schedulers.REGISTRY.create("sequential")) {
            scheduler.ticker().post();
            scheduler.run(List.of(new CpuTask(1_000), new CpuTask(1_000)), SLICE);
            assertEquals(0, scheduler.ticker().serves());
            assertTrue(scheduler.ticker().pending());
        }
    }

    @Test
    void cooperativeInterleavesOneSliceOfEachTaskInTurn() throws InterruptedException {
        List<Integer> log = new ArrayList<>();
        List<RecordingTask> tasks = List.of(new RecordingTask(1, 3, log), new RecordingTask(2, 1, log),
                new RecordingTask(3, 2, log));
        try (Scheduler scheduler = Schedulers.REGISTRY.create("cooperative")) {
            assertEquals(1 * 3 + 2 * 1 + 3 * 2, scheduler.run(tasks, SLICE));
        }
        assertEquals(List.of(1, 2, 3, 1, 3, 1), log);
    }

    @Test
    void virtualThreadsOnOneCarrierInterleaveTheirSlices() throws InterruptedException {
        List<Integer> log = new ArrayList<>();
        List<RecordingTask> tasks = List.of(new RecordingTask(1, 4, log), new RecordingTask(2, 4, log),
                new RecordingTask(3, 4, log));
        try (Scheduler scheduler = Schedulers.REGISTRY.create("virtual-cooperative")) {
            assertEquals(1 * 4 + 2 * 4 + 3 * 4, scheduler.run(tasks, SLICE));
        }
        assertEquals(12, log.size());
        // one carrier and a yield after every slice: each task's first slice comes before any
        // task's last one, i.e. all three were in progress together, one slice at a time
        for (int a = 1; a <= 3; a++) {
            for (int b = 1; b <= 3; b++) {
                assertTrue(log.indexOf(a) < log.lastIndexOf(b), "not interleaved: " + log);
            }
        }
    }

    @Test
    void virtualCooperativeRefusesSeveralCarriers() {
        String saved = System.getProperty(VirtualCooperativeScheduler.PARALLELISM);
        try {
            System.setProperty(VirtualCooperativeScheduler.PARALLELISM, "4");
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> Schedulers.REGISTRY.create("virtual-cooperative"));
            assertTrue(e.getMessage().contains("-Djdk.virtualThreadScheduler.parallelism=1"), e.getMessage());
        } finally {
            if (saved == null) {
                System.clearProperty(VirtualCooperativeScheduler.PARALLELISM);
            } else {
                System.setProperty(VirtualCooperativeScheduler.PARALLELISM, saved);
            }
        }
    }

    @Test
    void unknownNamesAreRejectedWithTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Schedulers.REGISTRY.create("round-robin"));
        assertEquals("unknown bench-cpu scheduler 'round-robin'; known: sequential, preemptive, virtual-cooperative,"
                + " cooperative", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new CpuTask(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sequential", "preemptive", "virtual-cooperative", "cooperative"})
    void aFailingTaskFailsTheRunWithItsOwnException(String name) {
        SlicedTask failing = new RecordingTask(1, 3, new ArrayList<>()) {
            @Override
            public boolean runSlice(long sliceNanos) {
                throw new ArithmeticException("slice broke");
            }
        };
        try (Scheduler scheduler = Schedulers.REGISTRY.create(name)) {
            ArithmeticException e = assertThrows(ArithmeticException.class,
                    () -> scheduler.run(List.of(new CpuTask(10), failing), SLICE));
            assertEquals("slice broke", e.getMessage());
        }
    }

    @Test
    void aClosedTickerReleasesItsWaiter() {
        Ticker ticker = new Ticker();
        long tick = ticker.post();
        ticker.close();
        assertFalse(ticker.awaitServed(tick));
    }
}
