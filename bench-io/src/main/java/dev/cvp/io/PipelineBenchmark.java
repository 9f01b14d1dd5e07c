package dev.cvp.io;

import dev.cvp.bundle.declare.Lesson;
import dev.cvp.bundle.declare.MetricKind;
import dev.cvp.bundle.declare.ParamMeaning;
import dev.cvp.support.declare.Declared;
import dev.cvp.support.declare.ParamRole;
import dev.cvp.io.plan.OverlapPlan;
import dev.cvp.io.resource.ScratchDirectory;
import dev.cvp.io.server.ServerProcess;
import dev.cvp.io.strategy.Workload;
import dev.cvp.io.workload.PipelineWork;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The textbook's opening example, one task per page: fetch the page over HTTP (wait), format its
 * response headers as {@code name: value} lines (compute), write them to a file (wait, briefly:
 * a page-cache write). The server is the same latency server as {@link HttpBenchmark}'s, in a
 * child JVM; the files go to a temporary directory removed after the trial.
 */
@Declared(title = "Pipeline", lesson = Lesson.PIPELINE, metric = MetricKind.JOB_TIME, family = "pipeline",
        perTaskBaseline = true,
        summary = "Task N fetches /page/N from the latency server (a child JVM answering after latencyMs, 10 ms), formats"
                + " its response headers as name: value lines and writes them (a few hundred bytes, no fsync) over its"
                + " own file; one operation runs all tasks (1 to 10,000; 1 to 100 on the fixed pools), except"
                + " sequential, which runs one.")
@ParamRole(name = "tasks", means = ParamMeaning.TASKS)
@ParamRole(name = "latencyMs", means = ParamMeaning.LATENCY_MS)
@State(Scope.Benchmark)
public class PipelineBenchmark extends IoBenchmark {

    /** How long the server waits before answering each request. */
    @Param({"10"})
    public int latencyMs;

    /** Starts the server process and makes the directory; the base class's teardown removes both. */
    @Override
    protected Workload openWorkload() throws Exception {
        return new PipelineWork(ServerProcess.start(latencyMs), ScratchDirectory.create("cvp-io-pipeline-"));
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
    public long overlapped(OverlapPlan plan) throws Exception {
        return runAllTasks(plan);
    }
}
