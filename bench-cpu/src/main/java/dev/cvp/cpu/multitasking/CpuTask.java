package dev.cvp.cpu.multitasking;

import dev.cvp.cpu.kernel.FibKernel;

/**
 * The CPU-bound work of the multitasking benchmarks: a run of tiny units (naive {@code fib(14)},
 * about 1 microsecond each), sliced by time: a slice keeps running units until the requested
 * time has passed, then returns, so that the granularity of yielding is the same on fast and
 * slow machines. Checking the clock after every unit costs a few percent, the same for every
 * scheduler (the preemptive one also checks, with an unlimited slice).
 *
 * <p>A task belongs to one thread at a time (the scheduler's); only {@link #stop()} may be called
 * from elsewhere.
 */
public final class CpuTask implements SlicedTask {

    /** Argument of the fib call that makes one unit of work (about 1 us). */
    public static final int UNIT_ARGUMENT = 14;
    /** Units of a task that only ends when stopped. */
    public static final long ENDLESS = Long.MAX_VALUE;

    private final long units;
    private long done;
    private long result;
    private volatile boolean stopped;

    /**
     * @param units how many units the task runs before it is finished ({@link #ENDLESS}: until stopped)
     */
    public CpuTask(long units) {
        if (units < 1) {
            throw new IllegalArgumentException("a task needs at least one unit, got " + units);
        }
        this.units = units;
    }

    /** What a task of {@code units} units returns when it has run them all. */
    public static long expectedResult(long units) {
        return units * FibKernel.fib(UNIT_ARGUMENT);
    }

    @Override
    public boolean runSlice(long sliceNanos) {
        long start = System.nanoTime();
        do {
            result += FibKernel.fib(UNIT_ARGUMENT);
            done++;
            if (done == units || stopped) {
                return true;
            }
        } while (System.nanoTime() - start < sliceNanos);
        return false;
    }

    @Override
    public long result() {
        return result;
    }

    /** Units run so far. */
    public long unitsDone() {
        return done;
    }

    @Override
    public void stop() {
        stopped = true;
    }
}
