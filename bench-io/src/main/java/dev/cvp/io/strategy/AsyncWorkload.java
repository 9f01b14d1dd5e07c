package dev.cvp.io.strategy;

import java.util.concurrent.CompletableFuture;

/** A workload whose tasks can start without waiting: each returns a future, like an asyncio coroutine. */
public interface AsyncWorkload extends Workload {

    /** Starts task {@code task} and returns at once; the future completes with its checked result. */
    CompletableFuture<Long> runAsync(int task);
}
