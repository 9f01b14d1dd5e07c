package dev.cvp.cpu.multitasking;

import java.util.List;

/**
 * Runs CPU-bound {@link SlicedTask}s while a {@link Ticker} wants to run whenever a tick is posted.
 * The schedulers differ in who decides when to switch: the OS ({@code preemptive}), the tasks at
 * their yields ({@code virtual-cooperative}, {@code event-loop}), or nobody ({@code sequential}).
 */
public interface Scheduler extends AutoCloseable {

    /** The scheduler's name, as accepted by {@link Schedulers#create}. */
    String name();

    /** The ticker this scheduler serves; post ticks to it from any thread. */
    Ticker ticker();

    /**
     * Runs every task to the end (or until stopped), serving posted ticks meanwhile; blocks the
     * calling thread until all tasks are finished.
     *
     * @return the sum of the tasks' results
     */
    long run(List<? extends SlicedTask> tasks);

    /** Stops the ticker and releases the scheduler's threads; idempotent. */
    @Override
    void close();
}
