package dev.cvp.bundle.declare;

/**
 * A secondary result of a benchmark (a JMH {@code @AuxCounters} field or a profiler's result)
 * that carries part of a lesson, e.g. memory per worker or the time of a pipeline stage.
 *
 * @param metric the secondary result's name in JMH's JSON
 * @param kind   what it measures
 * @param label  how the report names it, e.g. "resident memory per worker"
 * @param per    another secondary result to divide it by (e.g. {@code workers}, for memory per
 *               worker from two summed counters), or "" when the figure stands as it is
 */
public record Figure(String metric, MetricKind kind, String label, String per) {

    public Figure {
        per = per == null ? "" : per;
    }
}
