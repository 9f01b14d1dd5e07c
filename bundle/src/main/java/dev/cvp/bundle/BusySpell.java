package dev.cvp.bundle;

/**
 * A stretch of time in which processes outside the run used a share of the CPUs a cell was
 * pinned to (run.json's {@code load.busySpells}, v2): the runner's load monitor saw it in its
 * once-a-second samples of {@code /proc}, and the report sets aside the iterations it overlapped,
 * as it does for a {@link SlowSpell} (their times are in the JMH JSON, on the same clock).
 *
 * @param from         when it began, in milliseconds since the epoch (the sample before its first busy second)
 * @param to           when it ended, likewise (its last busy sample)
 * @param otherPercent the largest share of the pinned CPUs that other processes used in one of its samples
 */
public record BusySpell(long from, long to, double otherPercent) {

    /** True when it overlaps the interval from {@code start} to {@code end} (ms since the epoch). */
    public boolean overlaps(double start, double end) {
        return start <= to && end >= from;
    }
}
