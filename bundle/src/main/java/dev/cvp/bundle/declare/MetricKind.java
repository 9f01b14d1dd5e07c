package dev.cvp.bundle.declare;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a benchmark's score (or one of its declared figures) measures, which decides the words the
 * report may use: speedup and efficiency only for a job's time or throughput; latency speaks of
 * percentiles; start cost and memory of costs and ratios; counts of counts.
 */
public enum MetricKind {
    /** The time to finish a fixed job (lower is better): speedups and gains apply. */
    JOB_TIME("job-time"),
    /** Jobs per unit of time (higher is better): speedups and gains apply. */
    THROUGHPUT("throughput"),
    /** How late or how long single events are: percentiles, not speedups. */
    LATENCY("latency"),
    /** The time to start (and stop) one worker: a cost, compared by ratios. */
    START_COST("start-cost"),
    /** Memory per worker: a cost, compared by ratios. */
    MEMORY("memory"),
    /** Counts (e.g. increments a parent sees): compared as counts. */
    COUNT("count");

    private final String id;

    MetricKind(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    /** True where speedup, gain and efficiency mean something. */
    public boolean scales() {
        return this == JOB_TIME || this == THROUGHPUT;
    }
}
