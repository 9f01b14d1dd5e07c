package dev.cvp.io.plan;

import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Every way to keep all tasks in flight: a thread each, a virtual thread each, futures, one event loop. */
@State(Scope.Benchmark)
public class OverlapPlan extends InFlightPlan {

    @Param({"thread-per-task", "virtual", "async", "event-loop"})
    public String strategy;

    @Override
    protected String strategyName() {
        return strategy;
    }
}
