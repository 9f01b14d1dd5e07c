package dev.cvp.cpu.multitasking;

import java.util.List;

/**
 * Runs CPU-bound {@link SlicedTask}s while a {@link Ticker} wants to run whenever a tick is posted.
 * The schedulers differ in who decides when to switch: the OS ({@code preemptive}), the tasks at
 * their yields ({@code virtual-cooperative}, {@code cooperative}), or nobody ({@code sequential}).
 */
public interface Scheduler extends AutoCloseable {

    /** The scheduler's name, as {@link Schedulers#REGISTRY} knows it. */
    String name();

    /** The ticker this scheduler serves; post ticks to it from any thread. */
    Ticker ticker();

    /**
     * Runs every task to the end (or until stopped), serving posted ticks meanwhile; blocks the
     * calling thread until all tasks are finished.
     *
     * @param sliceNanos the work a cooperative task does between two yields (the granularity);
     *                   schedulers whose tasks never yield ignore it
     * @return the sum of the tasks' results
     */
    long run(List<? extends SlicedTask> tasks, long sliceNanos) throws InterruptedException;

    /** Stops the ticker and releases the scheduler's threads; idempotent. */
    @Override
    void close();
}
