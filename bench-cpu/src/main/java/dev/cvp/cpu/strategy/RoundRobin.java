package dev.cvp.cpu.strategy;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code cooperative} strategy's loop, for kernels and for the multitasking scheduler alike:
 * ONE thread (the caller) goes round the unfinished tasks, running one slice of each in turn, as
 * an event loop runs coroutines that yield. A slice cannot be interrupted: the loop gets control
 * back only when the slice returns, and then runs {@code betweenSlices} (the multitasking
 * ticker's check) before the next one.
 */
public final class RoundRobin {

    /** One task's next slice: runs it and says whether the task is finished. */
    @FunctionalInterface
    public interface Turn {
        boolean runSlice();
    }

    private RoundRobin() {
    }

    /** Takes turns until every task is finished; finished tasks drop out of the round. */
    public static void run(List<? extends Turn> tasks, Runnable betweenSlices) {
        List<Turn> running = new ArrayList<>(tasks);
        while (!running.isEmpty()) {
            for (int i = 0; i < running.size(); ) {
                boolean finished = running.get(i).runSlice();
                betweenSlices.run();
                if (finished) {
                    running.remove(i);
                } else {
                    i++;
                }
            }
        }
    }
}
