package dev.cvp.support.task;

/**
 * The strategies every bench module shares, each implemented once, here: a strategy name means
 * the same code in every module, so the report can set them side by side. A module registers the
 * ones it runs in its {@link Registry} and adds only the strategies that are its own.
 */
public final class TaskRunners {

    /** The baseline: one task after another on the calling thread. */
    public static final String SEQUENTIAL = "sequential";
    /** A new platform thread per task. */
    public static final String THREAD_PER_TASK = "thread-per-task";
    /** A fixed pool of platform threads, one per available processor. */
    public static final String PLATFORM_POOL = "platform-pool";
    /** A fixed pool whose size is in its name: {@code platform-pool-64} has 64 threads. */
    public static final String PLATFORM_POOL_PREFIX = PLATFORM_POOL + "-";
    /** A new virtual thread per task. */
    public static final String VIRTUAL = "virtual";

    /** Every shared runner by name, for a module's {@link Registry.Builder#addFrom}. */
    public static final Registry<TaskRunner> REGISTRY = Registry.<TaskRunner>builder("shared task runner")
            .add(SEQUENTIAL, TaskRunners::sequential)
            .add(THREAD_PER_TASK, TaskRunners::threadPerTask)
            .add(PLATFORM_POOL, TaskRunners::platformPool)
            .addSized(PLATFORM_POOL_PREFIX, TaskRunners::platformPool)
            .add(VIRTUAL, TaskRunners::virtual)
            .build();

    private TaskRunners() {
    }

    /** {@value #SEQUENTIAL}. */
    public static TaskRunner sequential() {
        return new Sequential();
    }

    /** {@value #THREAD_PER_TASK}: daemon platform threads, so a lost one cannot keep a JVM alive. */
    public static TaskRunner threadPerTask() {
        return new ThreadPerTask(THREAD_PER_TASK, Thread.ofPlatform().name(THREAD_PER_TASK + "-", 0).daemon().factory());
    }

    /**
     * {@value #PLATFORM_POOL}: one thread per {@link Runtime#availableProcessors()}, which the
     * runner pins with {@code -XX:ActiveProcessorCount}; all started now.
     */
    public static TaskRunner platformPool() {
        return new PlatformPool(PLATFORM_POOL, Runtime.getRuntime().availableProcessors());
    }

    /** {@code platform-pool-<size>}: {@code size} threads, all started now. */
    public static TaskRunner platformPool(int size) {
        return new PlatformPool(PLATFORM_POOL_PREFIX + size, size);
    }

    /** {@value #VIRTUAL}: carried by the JDK's scheduler, one carrier per available processor. */
    public static TaskRunner virtual() {
        return new ThreadPerTask(VIRTUAL, Thread.ofVirtual().name(VIRTUAL + "-task-", 0).factory());
    }
}
