package dev.cvp.io.workload;

import java.util.concurrent.atomic.LongAdder;

/**
 * Adds up the pipeline's stage times as tasks finish, from any number of threads at once, until
 * {@link #take()} hands the sums over and starts again from zero. One operation's tasks have all
 * finished when its strategy returns, so a take after each operation holds exactly its tasks.
 */
public final class StageClock {

    private final LongAdder fetch = new LongAdder();
    private final LongAdder format = new LongAdder();
    private final LongAdder write = new LongAdder();

    /** Adds one task's stages, given as {@link System#nanoTime()} readings in order. */
    void record(long started, long fetched, long formatted, long written) {
        fetch.add(fetched - started);
        format.add(formatted - fetched);
        write.add(written - formatted);
    }

    /** The sums since the last take, which are then reset. */
    public StageTimes take() {
        return new StageTimes(fetch.sumThenReset(), format.sumThenReset(), write.sumThenReset());
    }
}
