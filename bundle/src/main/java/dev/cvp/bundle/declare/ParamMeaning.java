package dev.cvp.bundle.declare;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a JMH parameter stands for, so the report reads meaning from declarations, not names. */
public enum ParamMeaning {
    /** How many tasks one operation runs. */
    TASKS("tasks"),
    /** How long one task waits, in milliseconds (the latency of Little's law). */
    LATENCY_MS("latency-ms"),
    /** How many threads (or processes) a pool keeps: the waits or tasks in flight. */
    POOL_SIZE("pool-size"),
    /** How much work a task does between two yields, in microseconds. */
    GRANULARITY_US("granularity-us"),
    /** The size of a task's work (elements, n of fib(n), work units). */
    WORK_SIZE("work-size"),
    /** Which kernel (workload) a benchmark runs. */
    WORKLOAD("workload"),
    /** Which interpreter runs the work. */
    INTERPRETER("interpreter");

    private final String id;

    ParamMeaning(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }
}
