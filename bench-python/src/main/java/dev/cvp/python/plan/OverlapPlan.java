package dev.cvp.python.plan;

import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The two ways CPython keeps waiting tasks in flight: {@code threading} (a pool with a thread per
 * task up to 1,000 threads, all started in trial setup) and {@code asyncio} (one event loop,
 * {@code asyncio.gather} over a coroutine per task). A subclass names the task counts.
 */
@State(Scope.Benchmark)
public abstract class OverlapPlan {

    @Param({"threading", "asyncio"})
    public String strategy;

    /** Tasks per operation, the subclass's parameter. */
    public abstract int tasks();
}
