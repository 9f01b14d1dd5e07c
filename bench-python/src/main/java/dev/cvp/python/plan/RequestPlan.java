package dev.cvp.python.plan;

import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** HTTP requests (alone or in the pipeline): 1,000 tasks, the count issue 14's HTTP figure is stated for. */
@State(Scope.Benchmark)
public class RequestPlan extends OverlapPlan {

    @Param({"1000"})
    public int tasks;

    @Override
    public int tasks() {
        return tasks;
    }
}
