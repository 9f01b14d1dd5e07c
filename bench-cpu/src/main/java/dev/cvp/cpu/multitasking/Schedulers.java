package dev.cvp.cpu.multitasking;

import java.time.Duration;
import java.util.List;

/** Creates multitasking schedulers by name. */
public final class Schedulers {

    private static final List<String> NAMES = List.of("sequential", "preemptive", "virtual-cooperative", "event-loop");

    private Schedulers() {
    }

    /** The names {@link #create} accepts; {@code sequential} (the baseline, which never serves ticks) first. */
    public static List<String> names() {
        return NAMES;
    }

    /**
     * Creates the named scheduler.
     *
     * @param granularity work between yields for the cooperative schedulers (ignored by the others)
     * @throws IllegalArgumentException for an unknown name or a granularity that is not positive
     */
    public static Scheduler create(String name, Duration granularity) {
        if (granularity.isNegative() || granularity.isZero()) {
            throw new IllegalArgumentException("granularity must be positive, got " + granularity);
        }
        long sliceNanos = granularity.toNanos();
        return switch (name == null ? "" : name) {
            case "sequential" -> new SequentialScheduler();
            case "preemptive" -> new PreemptiveScheduler();
            case "virtual-cooperative" -> new VirtualCooperativeScheduler(sliceNanos);
            case "event-loop" -> new EventLoopScheduler(sliceNanos);
            default -> throw new IllegalArgumentException(
                    "unknown scheduler '" + name + "'; known schedulers: " + String.join(", ", NAMES));
        };
    }
}
