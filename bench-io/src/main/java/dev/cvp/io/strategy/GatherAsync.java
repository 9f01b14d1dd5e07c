package dev.cvp.io.strategy;

import dev.cvp.support.task.Failures;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Start every task as a future, then wait for all with {@link CompletableFuture#allOf}: Java's
 * {@code asyncio.gather}. No thread is dedicated to a task; the calling thread only starts them
 * and waits once at the end, while completions arrive on whatever thread the workload's
 * asynchronous API uses (a timer thread for sleep, the HTTP client's callback thread for http).
 */
final class GatherAsync implements Strategy {

    /** How long an operation may take before it fails (a lost response must not hang the benchmark). */
    private static final long TIMEOUT_MINUTES = 5;

    @Override
    public String name() {
        return Strategies.ASYNC;
    }

    @Override
    public boolean supports(Workload workload) {
        return workload instanceof AsyncWorkload;
    }

    @Override
    public long run(Workload workload, int tasks) throws Exception {
        AsyncWorkload async = (AsyncWorkload) workload;
        List<CompletableFuture<Long>> futures = new ArrayList<>(tasks);
        for (int task = 0; task < tasks; task++) {
            futures.add(async.runAsync(task));
        }
        try {
            CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0])).get(TIMEOUT_MINUTES, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            throw Failures.rethrow(e.getCause());
        }
        long sum = 0;
        for (CompletableFuture<Long> future : futures) {
            sum += future.join();
        }
        return sum;
    }
}
