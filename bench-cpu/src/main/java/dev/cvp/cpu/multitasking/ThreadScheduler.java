package dev.cvp.cpu.multitasking;

import dev.cvp.support.Shutdown;
import dev.cvp.support.task.TaskRunner;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;

/**
 * Tasks that never yield, run by one of the shared strategies: each task runs to its end in one
 * slice, on whatever thread the runner gives it.
 *
 * <ul>
 * <li>{@code sequential}: the calling thread runs one task after another and the ticker is never
 *     served. This is one long blocking call on an event loop: the fastest way to finish the CPU
 *     work, and no responsiveness at all.</li>
 * <li>{@code preemptive}: a {@code platform-pool} with a thread for every task, so each runs on a
 *     platform thread of its own, plus a platform thread for the ticker, parked until a tick is
 *     posted. The OS interrupts whichever thread runs when the ticker becomes runnable, so the
 *     ticker's lateness is bounded by the OS's wake-up and time-slice policy, whatever the tasks
 *     do, with no change to their code. The pool is made for the first batch and kept while the
 *     batches keep their size, so its threads are started once, not in every operation.</li>
 * </ul>
 *
 * <p>One thread at a time calls {@link #run}.
 */
final class ThreadScheduler implements Scheduler {

    private final String name;
    private final IntFunction<TaskRunner> runnerFor;
    private final Ticker ticker = new Ticker();
    private final ExecutorService tickerThread;
    private TaskRunner runner;
    private int runnerTasks = -1;

    /**
     * @param runnerFor        makes the runner for a batch of that many tasks
     * @param withTickerThread whether the ticker gets a thread of its own (preemptive) or is never
     *                         served (sequential)
     */
    ThreadScheduler(String name, IntFunction<TaskRunner> runnerFor, boolean withTickerThread) {
        this.name = name;
        this.runnerFor = runnerFor;
        if (withTickerThread) {
            tickerThread = Executors.newSingleThreadExecutor(Thread.ofPlatform().name(name + "-ticker").daemon().factory());
            tickerThread.execute(ticker::serveLoop);
        } else {
            tickerThread = null;
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Ticker ticker() {
        return ticker;
    }

    @Override
    public long run(List<? extends SlicedTask> tasks, long sliceNanos) throws InterruptedException {
        if (tasks.size() != runnerTasks) {
            closeRunner();
            runner = runnerFor.apply(tasks.size());
            runnerTasks = tasks.size();
        }
        return runner.runAll(tasks.size(), i -> {
            SlicedTask task = tasks.get(i);
            while (!task.runSlice(Long.MAX_VALUE)) {
                // an unlimited slice returns only when the task is done: no yields
            }
            return task.result();
        });
    }

    private void closeRunner() {
        if (runner != null) {
            runner.close();
        }
    }

    @Override
    public void close() {
        ticker.close();
        try {
            if (tickerThread != null) {
                Shutdown.stop(name + " ticker", tickerThread);
            }
        } finally {
            closeRunner();
        }
    }
}
