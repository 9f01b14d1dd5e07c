package dev.cvp.bundle.declare;

/**
 * A secondary result of a benchmark (a JMH {@code @AuxCounters} field or a profiler's result)
 * that carries part of a lesson, e.g. memory per worker or the time of a pipeline stage.
 *
 * @param metric the secondary result's name in JMH's JSON
 * @param kind   what it measures
 * @param label  how the report names it, e.g. "resident memory per worker"
 */
public record Figure(String metric, MetricKind kind, String label) {
}
