package dev.cvp.process.strategy;

import static dev.cvp.support.task.TaskRunners.PLATFORM_POOL;
import static dev.cvp.support.task.TaskRunners.SEQUENTIAL;

import dev.cvp.cpu.strategy.Strategies;
import dev.cvp.cpu.strategy.Strategy;
import dev.cvp.support.task.Registry;

/**
 * The strategies of the split benchmarks, by the names their {@code strategy} parameter uses:
 * the baseline and the thread pool exactly as bench-cpu runs them (taken from its registry, so the
 * thread-based reference is the code the CPU benchmarks measure), and this module's two process
 * strategies, one worker per available processor.
 */
public final class ProcessStrategies {

    /** Every split strategy, baseline first. */
    public static final Registry<Strategy> REGISTRY = Registry.<Strategy>builder("bench-process strategy")
            .addFrom(Strategies.REGISTRY, strategy -> strategy, SEQUENTIAL, PLATFORM_POOL)
            .add(ProcessPoolStrategy.NAME, () -> new ProcessPoolStrategy(Runtime.getRuntime().availableProcessors()))
            .add(ProcessPerTaskStrategy.NAME, () -> new ProcessPerTaskStrategy(Runtime.getRuntime().availableProcessors()))
            .build();

    private ProcessStrategies() {
    }
}
