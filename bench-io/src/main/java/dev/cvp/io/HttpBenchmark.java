package dev.cvp.io;

import dev.cvp.bundle.declare.Lesson;
import dev.cvp.bundle.declare.MetricKind;
import dev.cvp.bundle.declare.ParamMeaning;
import dev.cvp.support.declare.Declared;
import dev.cvp.support.declare.ParamRole;
import dev.cvp.io.plan.OverlapPlan;
import dev.cvp.io.server.ServerProcess;
import dev.cvp.io.strategy.Workload;
import dev.cvp.io.workload.HttpWork;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Real HTTP over loopback: task N fetches {@code /page/N} from a latency server that answers
 * after {@code latencyMs} and checks the response. The server runs in a child JVM started for the
 * trial: it binds 127.0.0.1 on a free port, runs on the machine's other CPUs where there are any
 * (else it shares the pinned cores; the log's "# bench-io latency server" line says which), and waits
 * on a timer queue, holding no thread per request, so it never limits the client's concurrency.
 * Connections are kept alive and reused across operations, as a long-running client would.
 */
@Declared(title = "HTTP", lesson = Lesson.CONCURRENCY, metric = MetricKind.JOB_TIME, family = "http",
        perTaskBaseline = true,
        summary = "Task N fetches /page/N, a small HTML page with a real server's headers, over a kept-alive loopback"
                + " connection from a latency server (a child JVM) that answers after latencyMs (10 ms), and checks it;"
                + " one operation runs all tasks (1 to 10,000; 1 to 100 on the fixed pools), except sequential, which"
                + " runs one.")
@ParamRole(name = "tasks", means = ParamMeaning.TASKS)
@ParamRole(name = "latencyMs", means = ParamMeaning.LATENCY_MS)
@State(Scope.Benchmark)
@Warmup(iterations = 7, time = 1)
public class HttpBenchmark extends SingleWaitBenchmark {

    /** How long the server waits before answering each request. */
    @Param({"10"})
    public int latencyMs;

    /** Starts the server process; the base class's teardown stops it. */
    @Override
    protected Workload openWorkload() throws Exception {
        return new HttpWork(ServerProcess.start(latencyMs));
    }

    /*
     * The same overlap as sleep, but now each wait is a socket: write a request, wait for bytes.
     *
     *   thread-per-task  each OS thread blocks in read() on its own socket.
     *   virtual          the same blocking code; the JDK registers the socket with its poller and
     *                    parks the virtual thread until the socket is readable.
     *   async            HttpClient.sendAsync + CompletableFuture.allOf: the client's selector
     *                    thread watches all sockets, one callback thread completes the futures
     *                    (asyncio.gather over aiohttp requests).
     *   event-loop       one thread, one NIO Selector over non-blocking sockets, our own code: the
     *                    design of asyncio's event loop (select, then run the ready callbacks).
     *
     * Virtual threads and the event loop do the same thing underneath (a selector, epoll on Linux);
     * the difference is who writes the state machine: the JDK (virtual) or you (event-loop).
     * Unlike sleep, every request costs CPU: system calls, parsing, on both client and server.
     * At some task count the client's CPU, not the wait, dominates; there the second core starts
     * to help, and the report shows where. The server's CPU is kept off the measured cores where
     * the machine has spare ones: sharing the one core of a 1-core cell with the client, it made
     * the 1-core time slower and the 2-core speedup superlinear (2.95x); with no spare CPU (a
     * 2-core cell on a 2-CPU machine) it shares, which the log records.
     */
    @Benchmark
    public long overlapped(OverlapPlan plan) throws Exception {
        return runAllTasks(plan);
    }
}
