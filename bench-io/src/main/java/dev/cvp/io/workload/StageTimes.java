package dev.cvp.io.workload;

/**
 * Time spent in each stage of the pipeline (fetch, format, write), summed over tasks: task time,
 * not wall time, so with many tasks in flight the fetch time of one operation far exceeds the
 * operation's own duration.
 *
 * @param fetchNanos  from sending the request until the checked response is in hand (the wait)
 * @param formatNanos turning the response headers into {@code name: value} lines (the CPU step)
 * @param writeNanos  writing those lines over the task's file (the second I/O step)
 */
public record StageTimes(long fetchNanos, long formatNanos, long writeNanos) {

    /** No time in any stage. */
    public static final StageTimes ZERO = new StageTimes(0, 0, 0);

    private static final double NANOS_PER_MS = 1e6;

    public StageTimes {
        if (fetchNanos < 0 || formatNanos < 0 || writeNanos < 0) {
            throw new IllegalArgumentException("stage times must be >= 0; got fetch=" + fetchNanos + " format="
                    + formatNanos + " write=" + writeNanos);
        }
    }

    /** {@link #fetchNanos()} in milliseconds. */
    public double fetchMs() {
        return fetchNanos / NANOS_PER_MS;
    }

    /** {@link #formatNanos()} in milliseconds. */
    public double formatMs() {
        return formatNanos / NANOS_PER_MS;
    }

    /** {@link #writeNanos()} in milliseconds. */
    public double writeMs() {
        return writeNanos / NANOS_PER_MS;
    }
}
