package dev.cvp.cpu.strategy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * Creates strategies by name. Pools are sized to {@link Runtime#availableProcessors()}, which the
 * benchmark runner pins with {@code -XX:ActiveProcessorCount}.
 */
public final class Strategies {

    /** CPython's default {@code sys.getswitchinterval()}: how long a thread keeps the GIL. */
    public static final Duration GIL_SWITCH_INTERVAL = Duration.ofMillis(5);

    private static final List<String> NAMES = List.of(
            "sequential", "thread-per-task", "platform-pool", "fork-join",
            "parallel-stream", "virtual", "gil", "cooperative");

    private Strategies() {
    }

    /** The names {@link #create} accepts, baseline ({@code sequential}) first. */
    public static List<String> names() {
        return NAMES;
    }

    /**
     * Creates the named strategy; close it when done.
     *
     * @throws IllegalArgumentException for an unknown name
     */
    public static Strategy create(String name) {
        int cpus = Runtime.getRuntime().availableProcessors();
        return switch (name == null ? "" : name) {
            case "sequential" -> new SequentialStrategy();
            case "thread-per-task" -> new ExecutorStrategy(name,
                    Executors.newThreadPerTaskExecutor(Thread.ofPlatform().name(name + "-", 0).daemon(true).factory()));
            case "platform-pool" -> new ExecutorStrategy(name,
                    Executors.newFixedThreadPool(cpus, Thread.ofPlatform().name(name + "-", 0).daemon(true).factory()));
            case "fork-join" -> new ForkJoinStrategy(cpus);
            case "parallel-stream" -> new ParallelStreamStrategy();
            case "virtual" -> new ExecutorStrategy(name, Executors.newVirtualThreadPerTaskExecutor());
            case "gil" -> new GilStrategy(GIL_SWITCH_INTERVAL);
            case "cooperative" -> new CooperativeStrategy(1);
            default -> throw new IllegalArgumentException(
                    "unknown strategy '" + name + "'; known strategies: " + String.join(", ", NAMES));
        };
    }
}
