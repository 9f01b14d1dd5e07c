package dev.cvp.io.plan;

import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Fixed pools of platform threads, the size in the name ({@code platform-pool-64}: 64 threads),
 * at task counts where even a pool of 1 finishes an operation in about a second
 * (100 tasks x 10 ms). Beyond that the report extrapolates: ceil(tasks / size) waits.
 */
@State(Scope.Benchmark)
public class PoolPlan extends StrategyPlan {

    @Param({"platform-pool-1", "platform-pool-8", "platform-pool-64", "platform-pool-512"})
    public String strategy;

    @Param({"1", "10", "100"})
    public int tasks;

    @Override
    protected String strategyName() {
        return strategy;
    }

    @Override
    protected int taskCount() {
        return tasks;
    }
}
