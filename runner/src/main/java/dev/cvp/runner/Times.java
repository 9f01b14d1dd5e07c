package dev.cvp.runner;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

/** Timestamps as the bundle records them: ISO-8601 UTC to the millisecond. */
public final class Times {

    private Times() {
    }

    public static String now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
