package dev.cvp.process.experiment;

import dev.cvp.process.spawn.OneShotWorker;
import dev.cvp.process.worker.SharedCounter;
import dev.cvp.process.worker.WorkerMode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Workers increment "the" {@link SharedCounter}; then the parent looks at its own.
 *
 * <p>Threads increment the parent's counter, because they run in the parent's memory: the parent
 * sees every increment. Worker processes run the same code on a copy of the counter in their own
 * address space: each reports that it counted, and the parent's counter has not moved.
 */
public final class CounterIncrements {

    private CounterIncrements() {
    }

    /**
     * What one round of increments did.
     *
     * @param workerIncrements increments the workers report having made (their own count)
     * @param parentChange     how much the parent's counter moved meanwhile
     */
    public record Outcome(long workerIncrements, long parentChange) {

        /** True when the parent saw every increment: the workers share its memory. */
        public boolean shared() {
            return parentChange == workerIncrements;
        }
    }

    /** {@code workers} platform threads of this JVM, each incrementing {@code times} times. */
    public static Outcome threads(int workers, long times) throws InterruptedException {
        long before = SharedCounter.value();
        List<Future<Long>> counts = new ArrayList<>(workers);
        try (ExecutorService threads = Executors.newThreadPerTaskExecutor(Thread.ofPlatform().factory())) {
            for (int i = 0; i < workers; i++) {
                counts.add(threads.submit(() -> {
                    long made = 0;
                    for (; made < times; made++) {
                        SharedCounter.increment();
                    }
                    return made;
                }));
            }
            long made = 0;
            for (Future<Long> count : counts) {
                made += count.get();
            }
            return new Outcome(made, SharedCounter.value() - before);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a counting thread failed: " + e.getCause(), e.getCause());
        }
    }

    /** {@code workers} worker JVMs, each incrementing its own counter {@code times} times. */
    public static Outcome processes(int workers, long times) throws IOException, InterruptedException {
        long before = SharedCounter.value();
        List<OneShotWorker> started = new ArrayList<>(workers);
        try {
            for (int i = 0; i < workers; i++) {
                started.add(OneShotWorker.start(WorkerMode.INCREMENT, Long.toString(times)));
            }
            long made = 0;
            for (OneShotWorker worker : started) {
                made += worker.answer();
            }
            return new Outcome(made, SharedCounter.value() - before);
        } finally {
            started.forEach(OneShotWorker::destroy);
        }
    }
}
