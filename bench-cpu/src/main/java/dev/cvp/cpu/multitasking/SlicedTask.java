package dev.cvp.cpu.multitasking;

/**
 * A CPU-bound task that a scheduler can run a slice at a time. A cooperative scheduler calls
 * {@link #runSlice} and switches to another task when it returns: the return is the task's yield.
 */
public interface SlicedTask {

    /**
     * Runs work units until at least {@code sliceNanos} have passed since the call, or the task is
     * finished or stopped. At least one unit runs per call.
     *
     * @return true when the task is finished (or stopped) and must not be called again
     */
    boolean runSlice(long sliceNanos);

    /** The task's result so far (its final result once {@link #runSlice} returned true). */
    long result();

    /** Asks the task to finish at its next unit; safe to call from any thread. */
    void stop();
}
