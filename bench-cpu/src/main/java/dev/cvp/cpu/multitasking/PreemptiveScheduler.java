package dev.cvp.cpu.multitasking;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Preemptive multitasking: every task runs on a platform thread of its own and never yields; the
 * ticker has a platform thread too, parked until a tick is posted. The OS scheduler interrupts
 * whichever thread runs when the ticker becomes runnable, so the ticker's lateness is bounded by
 * the OS's wake-up and time-slice policy, whatever the tasks do, with no change to their code.
 */
final class PreemptiveScheduler implements Scheduler {

    private final Ticker ticker = new Ticker();
    private final Thread tickerThread;
    private final ExecutorService threads =
            Executors.newCachedThreadPool(Thread.ofPlatform().name("preemptive-", 0).daemon(true).factory());

    PreemptiveScheduler() {
        tickerThread = Thread.ofPlatform().name("preemptive-ticker").daemon(true).start(ticker::serveLoop);
    }

    @Override
    public String name() {
        return "preemptive";
    }

    @Override
    public Ticker ticker() {
        return ticker;
    }

    @Override
    public long run(List<? extends SlicedTask> tasks) {
        List<Future<Long>> results = new ArrayList<>(tasks.size());
        for (SlicedTask task : tasks) {
            results.add(threads.submit(() -> {
                while (!task.runSlice(Long.MAX_VALUE)) {
                    // no yields: only the OS takes the core away
                }
                return task.result();
            }));
        }
        return Threads.sum(name(), results);
    }

    @Override
    public void close() {
        ticker.close();
        threads.shutdownNow();
        Threads.await(name(), () -> threads.awaitTermination(1, TimeUnit.MINUTES) && Threads.join(tickerThread));
    }
}
