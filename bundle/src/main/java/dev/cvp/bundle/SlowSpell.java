package dev.cvp.bundle;

/**
 * A stretch of time in which a pinned CPU computed slower than the run's full speed (run.json's
 * {@code load.slowSpells}, v2): the runner's speed probe saw it, the report sets aside the
 * iterations it overlapped (their times are in the JMH JSON, secondary metrics
 * {@code iterationStart} and {@code iterationEnd}, on the same clock).
 *
 * @param from     when it began, in milliseconds since the epoch (the last full-speed probe before it)
 * @param to       when it ended, likewise (the first full-speed probe after it)
 * @param slowdown the median slowdown of its probes (1.6 = a fixed computation took 1.6 times as long)
 */
public record SlowSpell(long from, long to, double slowdown) {

    /** True when it overlaps the interval from {@code start} to {@code end} (ms since the epoch). */
    public boolean overlaps(double start, double end) {
        return start <= to && end >= from;
    }
}
