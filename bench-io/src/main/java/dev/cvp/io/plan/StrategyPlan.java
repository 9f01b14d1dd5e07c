package dev.cvp.io.plan;

import dev.cvp.io.resource.OpenFileLimit;
import dev.cvp.io.strategy.Strategies;
import dev.cvp.io.strategy.Strategy;
import dev.cvp.io.strategy.Workload;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What every plan does: make its strategy once per trial (threads, pools and loops are set up
 * outside the measurement), run one operation = all tasks with it, and close it at the end of
 * the trial so no thread outlives it.
 *
 * <p>JMH runs the cross product of a state's parameters and has no way to leave single pairs out,
 * so each subclass lists only strategies that can run every one of its task counts within about
 * a second per operation. Where that would not hold (a pool of 1 at 10,000 tasks takes
 * 100 s), the pair lives in no plan, and the report extrapolates it instead (see
 * docs/modules/bench-io.md).
 */
public abstract class StrategyPlan {

    private Strategy strategy;
    private boolean admitted;

    /** The {@code strategy} parameter of the subclass. */
    protected abstract String strategyName();

    /** The {@code tasks} parameter of the subclass. */
    protected abstract int taskCount();

    @Setup(Level.Trial)
    public void createStrategy() throws Exception {
        strategy = Strategies.REGISTRY.create(strategyName());
    }

    @TearDown(Level.Trial)
    public void closeStrategy() throws Exception {
        strategy.close();
    }

    /** One operation: all tasks of {@code workload}, run by the strategy; the sum of their results. */
    public long run(Workload workload) throws Exception {
        if (!admitted) {
            admit(workload);
            admitted = true;
        }
        return strategy.run(workload, taskCount());
    }

    /**
     * Before the first operation: the strategy must apply to the workload, and the process must be
     * allowed to open the sockets and files the tasks in flight will hold.
     */
    private void admit(Workload workload) {
        String cell = workload.name() + " with " + taskCount() + " tasks (" + strategyName() + ")";
        if (!strategy.supports(workload)) {
            throw new IllegalStateException("bench-io: strategy " + strategyName() + " does not apply to "
                    + workload.name() + "; remove it from -p strategy for this benchmark");
        }
        OpenFileLimit.require((long) strategy.inFlight(taskCount()) * workload.filesPerTask(), cell);
    }
}
