package dev.cvp.bundle.declare;

import com.fasterxml.jackson.annotation.JsonValue;

/** The chapter's statements, in the order the report teaches them (DESIGN.md, "lesson"). */
public enum Lesson {
    /** Waiting work and computing work respond differently to concurrency and to cores. */
    IO_VS_CPU("io-vs-cpu"),
    /** Overlapping waits on one core: the baker who preheats the oven and meanwhile mixes. */
    CONCURRENCY("concurrency"),
    /** More cores for computation, and what a global lock or a single thread does to it. */
    PARALLELISM("parallelism"),
    /** Preemptive vs cooperative multitasking, and the granularity of yielding. */
    MULTITASKING("multitasking"),
    /** Processes vs threads vs virtual threads: what each costs and what each isolates. */
    PROCESSES("processes"),
    /** A real program mixes both: fetch (I/O), format (CPU), write (I/O). */
    PIPELINE("pipeline");

    private final String id;

    Lesson(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }
}
