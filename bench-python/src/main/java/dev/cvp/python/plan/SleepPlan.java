package dev.cvp.python.plan;

import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Sleeps: 1,000 and 10,000 tasks, as bench-io's headline figures. */
@State(Scope.Benchmark)
public class SleepPlan extends OverlapPlan {

    @Param({"1000", "10000"})
    public int tasks;

    @Override
    public int tasks() {
        return tasks;
    }
}
