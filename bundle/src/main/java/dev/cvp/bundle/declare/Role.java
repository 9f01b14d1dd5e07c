package dev.cvp.bundle.declare;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a strategy does for the lesson its benchmark serves. */
public enum Role {
    /** The sequential baseline: one task after another on the calling thread. */
    BASELINE("baseline"),
    /** Keeps many waits in flight at once (concurrency). */
    OVERLAPS_WAITS("overlaps-waits"),
    /** Runs tasks on several cores at once (parallelism). */
    PARALLEL("parallel"),
    /** Several tasks in flight, but a global lock lets one run at a time (a GIL). */
    SERIALIZED("serialized"),
    /** Several tasks in flight on one thread that switches between them. */
    SINGLE_THREAD("single-thread"),
    /** The OS (or the JVM) slices time between tasks without asking them. */
    PREEMPTIVE("preemptive"),
    /** Tasks yield at points they choose; the granularity of yielding matters. */
    COOPERATIVE("cooperative"),
    /** Starts, measures or talks to one worker; compared with other kinds of worker. */
    WORKER("worker");

    private final String id;

    Role(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }
}
