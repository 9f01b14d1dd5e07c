package dev.cvp.bundle.declare;

import com.fasterxml.jackson.annotation.JsonValue;

/** A row of the report's at-a-glance matrix that a benchmark is the canonical example of. */
public enum Example {
    /** Computation that shares nothing (Fibonacci). */
    CPU_BOUND("cpu-bound"),
    /** Pure waiting (10,000 sleeps). */
    IO_BOUND("io-bound"),
    /** Computation limited by memory bandwidth (Triad). */
    MEMORY_BOUND("memory-bound");

    private final String id;

    Example(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }
}
