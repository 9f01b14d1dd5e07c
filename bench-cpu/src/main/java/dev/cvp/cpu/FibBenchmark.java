package dev.cvp.cpu;

import dev.cvp.bundle.declare.Example;
import dev.cvp.bundle.declare.Lesson;
import dev.cvp.bundle.declare.MetricKind;
import dev.cvp.support.declare.Declared;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * The textbook's example: naive recursive Fibonacci, every task the same size. Pure computation
 * on a few registers: no memory traffic, no locks, no waiting.
 */
@Declared(title = "Fibonacci", lesson = Lesson.PARALLELISM, metric = MetricKind.JOB_TIME, family = "fib",
        examples = Example.CPU_BOUND, exampleParams = "strategy=platform-pool",
        summary = "Every task computes fib(32) by naive recursion (about 7 million calls, some 5 ms), and one"
                + " operation runs all tasks (8 by default), every task the same size: pure computation, no memory"
                + " traffic, no locks, no waiting.")
public class FibBenchmark extends KernelBenchmark {

    @Override
    protected String kernelName() {
        return "fib";
    }

    /*
     * CPU-bound work that shares nothing is the best case for parallelism: with k cores, the pools
     * (platform-pool, fork-join, parallel-stream, virtual) should finish the same tasks close to k
     * times faster than on one core, and close to sequential on one core (the tasks are long, so
     * the overhead of handing them out is small). Thread-per-task pays for thread creation, a few
     * tens of microseconds per task, which is small next to a few ms of work.
     *
     * Now compare gil and cooperative. Both have several tasks in flight at once (concurrency),
     * yet one core works at a time: gil because a global lock admits one thread, cooperative
     * because there is only one thread. Their time stays the same however many cores you add.
     * This is why CPU-bound Python threads do not speed up, and why asyncio does not either.
     */
    @Benchmark
    public long fib() throws Exception {
        return runAllTasks();
    }
}
