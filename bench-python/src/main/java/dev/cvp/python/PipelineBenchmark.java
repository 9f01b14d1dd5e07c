package dev.cvp.python;

import dev.cvp.bundle.declare.Lesson;
import dev.cvp.bundle.declare.MetricKind;
import dev.cvp.support.declare.Declared;
import dev.cvp.support.declare.Figure;
import dev.cvp.io.resource.ScratchDirectory;
import dev.cvp.io.server.ServerProcess;
import dev.cvp.io.workload.StageTimes;
import dev.cvp.python.worker.JobResult;
import dev.cvp.python.plan.RequestPlan;
import dev.cvp.python.workload.PipelineWork;
import dev.cvp.python.workload.Workload;
import java.io.IOException;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The chapter's first example in CPython, one task per page: fetch {@code /page/N} over loopback
 * HTTP (wait), format its headers as {@code name: value} lines (compute), write them to a file
 * (a short page-cache write). Same server as {@link HttpBenchmark}; the files go to a temporary
 * directory removed after the trial.
 *
 * <p>The worker times each task's stages ({@code time.perf_counter_ns}) and answers with their
 * sums; the benchmarks report them as bench-io's pipeline does: {@code fetchMs}, {@code formatMs},
 * {@code writeMs} (task time, summed over the measured operations' tasks) and {@code operations},
 * so a stage's time per operation is {@code fetchMs / operations}.
 */
@Declared(title = "Pipeline (CPython)", lesson = Lesson.PIPELINE, metric = MetricKind.JOB_TIME, runtime = "CPython",
        family = "pipeline", perTaskBaseline = true,
        summary = "Task N fetches /page/N from bench-io's latency server (a child JVM answering after latencyMs, 10 ms),"
                + " formats its response headers as name: value lines and writes them (a few hundred bytes, no fsync) over"
                + " its own file, all in CPython; one operation runs all tasks (1,000), except sequential, which runs one.")
@Figure(metric = "fetchMs", kind = MetricKind.JOB_TIME, label = "fetch", per = "operations")
@Figure(metric = "formatMs", kind = MetricKind.JOB_TIME, label = "format", per = "operations")
@Figure(metric = "writeMs", kind = MetricKind.JOB_TIME, label = "write", per = "operations")
@State(Scope.Benchmark)
public class PipelineBenchmark extends WaitingBenchmark {

    /**
     * The stage times of the measured operations, cleared at every iteration; EVENTS counters, for
     * the reasons bench-io's {@code PipelineBenchmark.Stages} gives (JMH reads only the fields a
     * counters class declares itself, so the class cannot be shared).
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Stages {
        /** Operations measured. */
        public long operations;
        /** Task time spent fetching, ms. */
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
        long add(JobResult answer) {
            StageTimes stages = answer.stages();
            operations++;
            fetchMs += stages.fetchMs();
            formatMs += stages.formatMs();
            writeMs += stages.writeMs();
            return answer.result();
        }
    }

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
     * The baseline, as SingleWaitBenchmark.sequential: ONE fetch-format-write on the worker's main
     * thread per operation. Its stage times are one task's: how much of a page is waiting (about
     * the latency) and how little is computing and writing.
     */
    @Benchmark
    public long sequential(Stages stages) throws IOException {
        return stages.add(runJob(SEQUENTIAL, 1));
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
    public long overlapped(RequestPlan plan, Stages stages) throws IOException {
        return stages.add(runJob(plan.strategy, plan.tasks()));
    }
}
