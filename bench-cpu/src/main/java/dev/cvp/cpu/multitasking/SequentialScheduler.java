package dev.cvp.cpu.multitasking;

import java.util.List;

/**
 * The baseline: the calling thread runs each task to its end, one after another, and never
 * yields, so the ticker is never served. This is one long blocking call on an event loop: the
 * fastest way to finish the CPU work, and no responsiveness at all.
 */
final class SequentialScheduler implements Scheduler {

    private final Ticker ticker = new Ticker();

    @Override
    public String name() {
        return "sequential";
    }

    @Override
    public Ticker ticker() {
        return ticker;
    }

    @Override
    public long run(List<? extends SlicedTask> tasks) {
        long sum = 0;
        for (SlicedTask task : tasks) {
            while (!task.runSlice(Long.MAX_VALUE)) {
                // an unlimited slice returns only when the task is done
            }
            sum += task.result();
        }
        return sum;
    }

    @Override
    public void close() {
        ticker.close();
    }
}
