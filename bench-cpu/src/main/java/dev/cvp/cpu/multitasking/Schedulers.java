package dev.cvp.cpu.multitasking;

import static dev.cvp.support.task.TaskRunners.SEQUENTIAL;

import dev.cvp.cpu.strategy.Strategies;
import dev.cvp.support.task.Registry;
import dev.cvp.support.task.TaskRunners;

/** The multitasking schedulers, by the names the multitasking benchmarks' {@code strategy} parameter uses. */
public final class Schedulers {

    /** Every task on a platform thread of its own (a pool as large as the batch); the OS switches. */
    public static final String PREEMPTIVE = "preemptive";
    /** Virtual threads on one carrier that yield after every slice. */
    public static final String VIRTUAL_COOPERATIVE = "virtual-cooperative";

    /** Every scheduler; {@code sequential} (the baseline, which never serves ticks) first. */
    public static final Registry<Scheduler> REGISTRY = Registry.<Scheduler>builder("bench-cpu scheduler")
            .add(SEQUENTIAL, () -> new ThreadScheduler(SEQUENTIAL, tasks -> TaskRunners.sequential(), false))
            .add(PREEMPTIVE, () -> new ThreadScheduler(PREEMPTIVE, TaskRunners::platformPool, true))
            .add(VIRTUAL_COOPERATIVE, VirtualCooperativeScheduler::new)
            .add(Strategies.COOPERATIVE, CooperativeScheduler::new)
            .build();

    private Schedulers() {
    }
}
