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
 * @param unit   the figure's unit where JMH's is a bare count ("#", as for every {@code @AuxCounters}
 *               field), e.g. "us/op" for a latency the benchmark records itself; "" to keep JMH's
 *               (absent from bundles written before it existed)
 */
public record Figure(String metric, MetricKind kind, String label, String per, String unit) {

    public Figure {
        per = per == null ? "" : per;
        unit = unit == null ? "" : unit;
    }
}
