package dev.cvp.io.plan;

import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Plans whose strategies keep every task in flight at once, so an operation takes about one wait
 * at any task count: they run the whole range, 1 to 10,000 tasks.
 */
@State(Scope.Benchmark)
public abstract class InFlightPlan extends StrategyPlan {

    @Param({"1", "10", "100", "1000", "10000"})
    public int tasks;

    @Override
    protected int taskCount() {
        return tasks;
    }
}
