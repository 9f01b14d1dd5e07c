package dev.cvp.cpu.multitasking;

import java.util.ArrayList;
import java.util.List;

/**
 * An event loop, as asyncio's: ONE thread (the caller) goes round the unfinished tasks, running
 * one slice of {@code granularity} of each in turn, and after every slice runs the ticker if a
 * tick is due. Nothing can interrupt a slice, so a tick waits for the rest of the running slice:
 * the coarser the slices, the later the ticker. Finer slices mean more switches, which cost
 * throughput.
 */
final class EventLoopScheduler implements Scheduler {

    private final long sliceNanos;
    private final Ticker ticker = new Ticker();

    EventLoopScheduler(long sliceNanos) {
        this.sliceNanos = sliceNanos;
    }

    @Override
    public String name() {
        return "event-loop";
    }

    @Override
    public Ticker ticker() {
        return ticker;
    }

    @Override
    public long run(List<? extends SlicedTask> tasks) {
        List<SlicedTask> running = new ArrayList<>(tasks);
        long sum = 0;
        while (!running.isEmpty()) {
            for (int i = 0; i < running.size(); ) {
                SlicedTask task = running.get(i);
                boolean finished = task.runSlice(sliceNanos);
                ticker.serveIfPending();
                if (finished) {
                    sum += task.result();
                    running.remove(i);
                } else {
                    i++;
                }
            }
        }
        return sum;
    }

    @Override
    public void close() {
        ticker.close();
    }
}
