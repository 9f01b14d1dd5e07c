package dev.cvp.cpu.multitasking;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Small helpers the thread-based schedulers share: summing futures, joining threads. */
final class Threads {

    private static final Duration JOIN_LIMIT = Duration.ofMinutes(1);

    private Threads() {
    }

    /** A wait that may be interrupted and reports whether it finished in time. */
    interface Wait {
        boolean finished() throws InterruptedException;
    }

    static long sum(String scheduler, List<Future<Long>> results) {
        try {
            long sum = 0;
            for (Future<Long> result : results) {
                sum += result.get();
            }
            return sum;
        } catch (ExecutionException e) {
            throw new IllegalStateException(scheduler + ": a task failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(scheduler + ": interrupted while waiting for tasks", e);
        }
    }

    static boolean join(Thread thread) throws InterruptedException {
        return thread.join(JOIN_LIMIT);
    }

    static void await(String scheduler, Wait wait) {
        try {
            if (!wait.finished()) {
                throw new IllegalStateException(scheduler + ": threads did not stop within " + JOIN_LIMIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
