package dev.cvp.io.plan;

import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * {@link OverlapPlan} for work that only threads can wait on (files): a platform thread or a
 * virtual thread per task. No {@code async}, no {@code event-loop}: a file cannot be registered
 * with a selector, so those strategies do not apply and are not listed.
 */
@State(Scope.Benchmark)
public class ThreadOverlapPlan extends InFlightPlan {

    @Param({"thread-per-task", "virtual"})
    public String strategy;

    @Override
    protected String strategyName() {
        return strategy;
    }
}
