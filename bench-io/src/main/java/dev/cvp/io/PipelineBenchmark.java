package dev.cvp.io;

import dev.cvp.bundle.declare.Lesson;
import dev.cvp.bundle.declare.MetricKind;
import dev.cvp.bundle.declare.ParamMeaning;
import dev.cvp.support.declare.Declared;
import dev.cvp.support.declare.Figure;
import dev.cvp.support.declare.ParamRole;
import dev.cvp.io.plan.OverlapPlan;
import dev.cvp.io.plan.PoolPlan;
import dev.cvp.io.resource.ScratchDirectory;
import dev.cvp.io.server.ServerProcess;
import dev.cvp.io.strategy.Workload;
import dev.cvp.io.workload.PipelineWork;
import dev.cvp.io.workload.StageTimes;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The textbook's opening example, one task per page: fetch the page over HTTP (wait), format its
 * response headers as {@code name: value} lines (compute), write them to a file (wait, briefly:
 * a page-cache write). The server is the same latency server as {@link HttpBenchmark}'s, in a
 * child JVM; the files go to a temporary directory removed after the trial.
 *
 * <p>Every benchmark here also reports where the tasks' time went, as secondary results: the task
 * time spent in each stage ({@code fetchMs}, {@code formatMs}, {@code writeMs}), summed over the
 * tasks of the measured operations, and {@code operations}; a stage's time per operation is
 * {@code fetchMs / operations} (see {@link Stages} for why JMH needs the ratio). Task
 * time, not wall time: 1,000 tasks in flight spend about 1,000 x 10 ms fetching in an operation
 * of some 20 ms. Formatting and writing are what concurrency cannot hide.
 */
@Declared(title = "Pipeline", lesson = Lesson.PIPELINE, metric = MetricKind.JOB_TIME, family = "pipeline",
        perTaskBaseline = true,
        summary = "Task N fetches /page/N from the latency server (a child JVM answering after latencyMs, 10 ms), formats"
                + " its response headers as name: value lines and writes them (a few hundred bytes, no fsync) over its"
                + " own file; one operation runs all tasks (1 to 10,000; 1 to 100 on the fixed pools), except"
                + " sequential, which runs one.")
@ParamRole(name = "tasks", means = ParamMeaning.TASKS)
@ParamRole(name = "latencyMs", means = ParamMeaning.LATENCY_MS)
@Figure(metric = "fetchMs", kind = MetricKind.JOB_TIME, label = "fetch", per = "operations")
@Figure(metric = "formatMs", kind = MetricKind.JOB_TIME, label = "format", per = "operations")
@Figure(metric = "writeMs", kind = MetricKind.JOB_TIME, label = "write", per = "operations")
@State(Scope.Benchmark)
@Warmup(iterations = 7, time = 1)
public class PipelineBenchmark extends IoBenchmark {

    /**
     * The stage times of the measured operations, cleared at every iteration.
     *
     * <p>Why EVENTS: JMH reports an EVENTS counter as it stands at the end of each iteration and
     * sums those values over the measured iterations and forks, so every counter here is an exact
     * total over the same operations. OPERATIONS would not do: in average-time mode JMH divides
     * the iteration's time by such a counter, a rate of the counter, not a stage time. So the time
     * one operation spends in a stage is a ratio of two sums, {@code fetchMs / operations}, as
     * WorkerMemoryBenchmark's memory per worker is {@code rssKiB / workers}. (JMH reads only the
     * fields a counters class declares itself, so bench-python's pipeline declares its own.)
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Stages {
        /** Operations measured. */
        public long operations;
        /** Task time spent fetching (waiting for the server and reading its answer), ms. */
        public double fetchMs;
        /** Task time spent formatting the headers, ms. */
        public double formatMs;
        /** Task time spent writing the files, ms. */
        public double writeMs;

        @Setup(Level.Iteration)
        public void clear() {
            operations = 0;
            fetchMs = 0;
            formatMs = 0;
            writeMs = 0;
        }

        /** Adds one operation and its tasks' stage times; returns the operation's result. */
        long add(long result, StageTimes stages) {
            operations++;
            fetchMs += stages.fetchMs();
            formatMs += stages.formatMs();
            writeMs += stages.writeMs();
            return result;
        }
    }

    /** How long the server waits before answering each request. */
    @Param({"10"})
    public int latencyMs;

    private PipelineWork pipeline;

    /** Starts the server process and makes the directory; the base class's teardown removes both. */
    @Override
    protected Workload openWorkload() throws Exception {
        pipeline = new PipelineWork(ServerProcess.start(latencyMs), ScratchDirectory.create("cvp-io-pipeline-"));
        return pipeline;
    }

    /*
     * The baseline, as SingleWaitBenchmark.sequential: ONE task per operation, fetch then format then
     * write on this thread. Its stage times are one task's: how much of a page is waiting (about
     * the latency) and how little is computing and writing.
     */
    @Benchmark
    public long sequential(Stages stages) throws Exception {
        return stages.add(runOneTask(), pipeline.takeStageTimes());
    }

    /*
     * As SingleWaitBenchmark.pooled: N platform threads keep at most N fetches in flight, ceil(T / N)
     * rounds of waiting. A task waiting in the queue for a thread is not in any stage yet.
     */
    @Benchmark
    public long pooled(PoolPlan plan, Stages stages) throws Exception {
        return stages.add(runAllTasks(plan), pipeline.takeStageTimes());
    }

    /*
     * Real programs mix waiting and computing. Overlapping the fetches removes most of the
     * waiting, exactly as in HttpBenchmark; what is left is the CPU part (client and server
     * request handling, formatting, the write system calls), which concurrency cannot shrink.
     * The event loop runs all of it on one thread, formatting and writing inline between
     * selects, so once the CPU part outweighs the wait it cannot use a second core;
     * thread-per-task and virtual threads can. Compare the 1-core and 2-core times at 10,000
     * tasks: the point where they part is where this I/O-bound job became CPU-bound.
     */
    @Benchmark
    public long overlapped(OverlapPlan plan, Stages stages) throws Exception {
        return stages.add(runAllTasks(plan), pipeline.takeStageTimes());
    }
}
