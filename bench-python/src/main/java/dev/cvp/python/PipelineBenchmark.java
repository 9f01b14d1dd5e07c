package dev.cvp.python;

import dev.cvp.bundle.declare.Lesson;
import dev.cvp.bundle.declare.MetricKind;
import dev.cvp.support.declare.Declared;
import dev.cvp.io.resource.ScratchDirectory;
import dev.cvp.io.server.ServerProcess;
import dev.cvp.python.plan.RequestPlan;
import dev.cvp.python.workload.PipelineWork;
import dev.cvp.python.workload.Workload;
import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The chapter's first example in CPython, one task per page: fetch {@code /page/N} over loopback
 * HTTP (wait), format its headers as {@code name: value} lines (compute), write them to a file
 * (a short page-cache write). Same server as {@link HttpBenchmark}; the files go to a temporary
 * directory removed after the trial.
 */
@Declared(title = "Pipeline (CPython)", lesson = Lesson.PIPELINE, metric = MetricKind.JOB_TIME, runtime = "CPython",
        family = "pipeline", perTaskBaseline = true,
        summary = "Task N fetches /page/N from bench-io's latency server (a child JVM answering after latencyMs, 10 ms),"
                + " formats its response headers as name: value lines and writes them (a few hundred bytes, no fsync) over"
                + " its own file, all in CPython; one operation runs all tasks (1,000), except sequential, which runs one.")
@State(Scope.Benchmark)
public class PipelineBenchmark extends WaitingBenchmark {

    @Override
    protected Workload openWorkload() throws IOException {
        ServerProcess server = ServerProcess.start(latencyMs);
        try {
            return new PipelineWork(server, ScratchDirectory.create("cvp-python-pipeline-"));
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /*
     * A real program mixes waiting and computing. Overlapping the fetches (threads, or coroutines)
     * removes most of the waiting, as in HttpBenchmark; what is left is CPU: the requests, the
     * formatting and the write system calls, all of it Python bytecode under one GIL. asyncio
     * formats and writes inline, between its waits, on its one thread. Expect both strategies
     * far below 1,000 sequential tasks (10 s) and a little above HttpBenchmark at the same task
     * count; compare with bench-io's PipelineBenchmark, whose threads can format in parallel.
     */
    @Benchmark
    public long overlapped(RequestPlan plan) throws IOException {
        return runTasks(plan.strategy, plan.tasks());
    }
}
