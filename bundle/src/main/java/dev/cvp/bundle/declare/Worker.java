package dev.cvp.bundle.declare;

import com.fasterxml.jackson.annotation.JsonValue;

/** What runs a strategy's tasks. */
public enum Worker {
    /** The benchmark's own thread. */
    CALLER("caller"),
    /** Platform (OS) threads. */
    THREAD("thread"),
    /** JVM virtual threads. */
    VIRTUAL_THREAD("virtual-thread"),
    /** One thread running an event loop (callbacks, timers, coroutines). */
    EVENT_LOOP("event-loop"),
    /** Operating-system processes. */
    PROCESS("process");

    private final String id;

    Worker(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }
}
