package dev.cvp.cpu.multitasking;

import dev.cvp.support.task.TaskRunner;
import dev.cvp.support.task.TaskRunners;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Cooperative multitasking with virtual threads: the shared {@code virtual} strategy (one virtual
 * thread per task) plus a virtual thread for the ticker, all on a single carrier thread
 * ({@code -Djdk.virtualThreadScheduler.parallelism=1}). A virtual thread leaves the carrier only
 * when it blocks or calls {@link Thread#yield()}; these tasks never block, so they yield after
 * every slice of {@code granularity}.
 *
 * <p>The ticker is a virtual thread that takes its turn like the others: when the carrier gets to
 * it, it serves a due tick and yields. The carrier's queue is FIFO, so a tick waits for the rest
 * of the running slice and for every task queued ahead of the ticker: up to one slice per task.
 *
 * <p>Why the ticker polls instead of sleeping until the clock wakes it, and why all these threads
 * are started from a virtual thread: the JDK's scheduler (a ForkJoinPool, JDK 21 to 25) keeps
 * running tasks from the queue it is working on while that queue is not empty. A virtual thread
 * unparked or started by a platform thread (a timer, a poller, this benchmark's clock) lands in
 * another queue and waits until the yielding threads finish: {@code Thread.yield()} is only a
 * hint. Taking turns inside the carrier's own queue is the cooperative way, and it is measured here.
 */
final class VirtualCooperativeScheduler implements Scheduler {

    /** The system property that must be 1 for virtual threads to share one carrier. */
    static final String PARALLELISM = "jdk.virtualThreadScheduler.parallelism";

    private final TaskRunner virtual = TaskRunners.virtual();
    private final Ticker ticker = new Ticker();

    VirtualCooperativeScheduler() {
        if (!singleCarrier()) {
            throw new IllegalStateException(Schedulers.VIRTUAL_COOPERATIVE + " needs every virtual thread on one carrier:"
                    + " start the JVM with -D" + PARALLELISM + "=1 (the multitasking benchmarks' @Fork does;"
                    + " keep it if you override -jvmArgsPrepend)");
        }
    }

    /** Whether this JVM runs all virtual threads on one carrier, as this scheduler's lesson assumes. */
    static boolean singleCarrier() {
        return "1".equals(System.getProperty(PARALLELISM));
    }

    @Override
    public String name() {
        return Schedulers.VIRTUAL_COOPERATIVE;
    }

    @Override
    public Ticker ticker() {
        return ticker;
    }

    /**
     * Starts the tasks from a virtual thread (a "launcher" task of the same runner), so the threads
     * it starts go to the carrier's own queue, where they take turns; threads started from a
     * platform thread would wait in a queue the busy carrier does not visit.
     */
    @Override
    public long run(List<? extends SlicedTask> tasks, long sliceNanos) throws InterruptedException {
        return virtual.runAll(1, launcher -> runOnCarrier(tasks, sliceNanos));
    }

    private long runOnCarrier(List<? extends SlicedTask> tasks, long sliceNanos) throws InterruptedException {
        AtomicInteger unfinished = new AtomicInteger(tasks.size());
        Thread tickerThread = Thread.ofVirtual().name("virtual-ticker").start(() -> {
            while (unfinished.get() > 0) {
                ticker.serveIfPending();
                Thread.yield(); // its turn is over: back to the end of the carrier's queue
            }
        });
        try {
            return virtual.runAll(tasks.size(), i -> {
                SlicedTask task = tasks.get(i);
                try {
                    while (!task.runSlice(sliceNanos)) {
                        Thread.yield(); // the only point where another virtual thread (the ticker) can run
                    }
                    return task.result();
                } finally {
                    unfinished.decrementAndGet();
                }
            });
        } finally {
            tickerThread.join(); // ends once every task has ended
        }
    }

    @Override
    public void close() {
        ticker.close();
        virtual.close();
    }
}
