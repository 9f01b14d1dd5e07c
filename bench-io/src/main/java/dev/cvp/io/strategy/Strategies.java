package dev.cvp.io.strategy;

import java.io.IOException;
import java.util.List;

/** Creates strategies by the names the {@code strategy} parameter uses. */
public final class Strategies {

    public static final String SEQUENTIAL = "sequential";
    /** A pool's name carries its size: {@code platform-pool-64} is a fixed pool of 64 threads. */
    public static final String PLATFORM_POOL_PREFIX = "platform-pool-";
    public static final String THREAD_PER_TASK = "thread-per-task";
    public static final String VIRTUAL = "virtual";
    public static final String ASYNC = "async";
    public static final String EVENT_LOOP = "event-loop";

    private Strategies() {
    }

    /** Every strategy the benchmarks run, baseline first. */
    public static List<String> names() {
        return List.of(SEQUENTIAL, PLATFORM_POOL_PREFIX + 1, PLATFORM_POOL_PREFIX + 8,
                PLATFORM_POOL_PREFIX + 64, PLATFORM_POOL_PREFIX + 512,
                THREAD_PER_TASK, VIRTUAL, ASYNC, EVENT_LOOP);
    }

    /**
     * Creates the named strategy; {@code platform-pool-N} takes any N >= 1.
     *
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    public static Strategy create(String name) throws IOException {
        switch (name) {
            case SEQUENTIAL:
                return new Sequential();
            case THREAD_PER_TASK:
                return new ThreadPerTask(THREAD_PER_TASK, Thread.ofPlatform().name("thread-per-task-", 0).factory());
            case VIRTUAL:
                return new ThreadPerTask(VIRTUAL, Thread.ofVirtual().name("virtual-task-", 0).factory());
            case ASYNC:
                return new GatherAsync();
            case EVENT_LOOP:
                return new EventLoopStrategy();
            default:
                if (name != null && name.startsWith(PLATFORM_POOL_PREFIX)) {
                    return new PlatformPool(poolSize(name));
                }
                throw new IllegalArgumentException("unknown strategy '" + name + "'; known: "
                        + String.join(", ", names()) + " (platform-pool-N for any N >= 1)");
        }
    }

    private static int poolSize(String name) {
        try {
            int size = Integer.parseInt(name.substring(PLATFORM_POOL_PREFIX.length()));
            if (size >= 1) {
                return size;
            }
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new IllegalArgumentException("strategy '" + name + "': the pool size after '"
                + PLATFORM_POOL_PREFIX + "' must be a whole number >= 1, e.g. platform-pool-64");
    }
}
