package dev.cvp.process.strategy;

import dev.cvp.cpu.strategy.Strategies;
import dev.cvp.cpu.strategy.Strategy;
import java.util.List;
import java.util.stream.Stream;

/**
 * Creates strategies by name: the two process strategies of this module, and every bench-cpu
 * strategy ({@code sequential}, {@code platform-pool}, ...) taken from bench-cpu itself, so the
 * thread-based reference is exactly the one the CPU benchmarks measure.
 */
public final class ProcessStrategies {

    private ProcessStrategies() {
    }

    /** The names {@link #create} accepts: the process strategies, then bench-cpu's. */
    public static List<String> names() {
        return Stream.concat(Stream.of(ProcessPoolStrategy.NAME, ProcessPerTaskStrategy.NAME),
                Strategies.names().stream()).toList();
    }

    /**
     * Creates the named strategy with one worker (process or thread) per available processor;
     * close it when done.
     *
     * @throws IllegalArgumentException for an unknown name
     */
    public static Strategy create(String name) {
        int cpus = Runtime.getRuntime().availableProcessors();
        return switch (name == null ? "" : name) {
            case ProcessPoolStrategy.NAME -> new ProcessPoolStrategy(cpus);
            case ProcessPerTaskStrategy.NAME -> new ProcessPerTaskStrategy(cpus);
            default -> {
                if (!Strategies.names().contains(name)) {
                    throw new IllegalArgumentException("unknown strategy '" + name + "'; known strategies: "
                            + String.join(", ", names()));
                }
                yield Strategies.create(name);
            }
        };
    }
}
