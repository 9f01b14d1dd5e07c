package dev.cvp.cpu.multitasking;

import dev.cvp.cpu.strategy.RoundRobin;
import dev.cvp.cpu.strategy.Strategies;
import java.util.List;

/**
 * {@code cooperative}, as asyncio's event loop runs coroutines, and the same loop as the kernels'
 * {@code cooperative} strategy ({@link RoundRobin}): ONE thread (the caller) goes round the
 * unfinished tasks, running one slice of {@code granularity} of each in turn, and after every
 * slice runs the ticker if a tick is due. Nothing can interrupt a slice, so a tick waits for the
 * rest of the running slice: the coarser the slices, the later the ticker. Finer slices mean more
 * switches, which cost throughput.
 */
final class CooperativeScheduler implements Scheduler {

    private final Ticker ticker = new Ticker();

    @Override
    public String name() {
        return Strategies.COOPERATIVE;
    }

    @Override
    public Ticker ticker() {
        return ticker;
    }

    @Override
    public long run(List<? extends SlicedTask> tasks, long sliceNanos) {
        RoundRobin.run(tasks.stream().<RoundRobin.Turn>map(task -> () -> task.runSlice(sliceNanos)).toList(),
                ticker::serveIfPending);
        long sum = 0;
        for (SlicedTask task : tasks) {
            sum += task.result();
        }
        return sum;
    }

    @Override
    public void close() {
        ticker.close();
    }
}
