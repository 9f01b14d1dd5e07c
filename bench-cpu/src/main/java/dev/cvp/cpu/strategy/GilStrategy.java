package dev.cvp.cpu.strategy;

import dev.cvp.cpu.kernel.Kernel;
import dev.cvp.support.task.TaskRunner;
import dev.cvp.support.task.TaskRunners;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A model of CPython's global interpreter lock: {@code thread-per-task} (one platform thread per
 * task, like {@code threading.Thread}), but a task computes only while it holds ONE global lock.
 * After each unit the holder checks the clock; once it has held the lock for the switch interval
 * (CPython's {@code sys.getswitchinterval()}, 5 ms) and another thread is waiting, it releases the
 * lock and queues for it again. The lock is fair, so the release is a real hand-over to the
 * longest waiter and the releasing thread cannot grab the lock straight back.
 *
 * <p>The threads are real and the OS runs them on all cores, yet at most one computes at a time:
 * concurrency without parallelism, plus the cost of each hand-over.
 */
final class GilStrategy implements Strategy {

    private final TaskRunner threads = TaskRunners.threadPerTask();
    private final ReentrantLock gil = new ReentrantLock(true);
    private final long switchIntervalNanos;

    GilStrategy(Duration switchInterval) {
        this.switchIntervalNanos = switchInterval.toNanos();
    }

    @Override
    public String name() {
        return Strategies.GIL;
    }

    @Override
    public long run(Kernel kernel) throws InterruptedException {
        return threads.runAll(kernel.tasks(), task -> underTheGil(kernel, task));
    }

    private long underTheGil(Kernel kernel, int task) {
        gil.lock();
        try {
            long heldSince = System.nanoTime();
            long sum = 0;
            for (int unit = 0, units = kernel.unitsPerTask(); unit < units; unit++) {
                sum += kernel.computeUnit(task, unit);
                if (unit + 1 < units && System.nanoTime() - heldSince >= switchIntervalNanos && gil.hasQueuedThreads()) {
                    gil.unlock();
                    gil.lock();
                    heldSince = System.nanoTime();
                }
            }
            return sum;
        } finally {
            gil.unlock();
        }
    }

    /** Threads currently waiting for the lock (for tests that force a hand-over). */
    int waitingThreads() {
        return gil.getQueueLength();
    }

    @Override
    public void close() {
        threads.close();
    }
}
