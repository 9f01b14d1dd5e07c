package dev.cvp.python;

import dev.cvp.bundle.declare.Lesson;
import dev.cvp.bundle.declare.MetricKind;
import dev.cvp.support.declare.Declared;
import dev.cvp.io.server.ServerProcess;
import dev.cvp.python.plan.RequestPlan;
import dev.cvp.python.workload.HttpWork;
import dev.cvp.python.workload.Workload;
import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * HTTP GETs over loopback from CPython's stdlib clients: task N fetches {@code /page/N} from
 * bench-io's latency server (a child JVM started for the trial, bound to 127.0.0.1, on the
 * machine's other CPUs where there are any, else sharing the pinned cores), which answers after
 * {@code latencyMs}. The worker checks every response (status,
 * page header, length, title); connections are kept alive across operations.
 */
@Declared(title = "HTTP (CPython)", lesson = Lesson.CONCURRENCY, metric = MetricKind.JOB_TIME, runtime = "CPython",
        family = "http", perTaskBaseline = true,
        summary = "Task N fetches /page/N with CPython's stdlib (http.client, or asyncio streams) over a kept-alive loopback"
                + " connection from bench-io's latency server (a child JVM answering after latencyMs, 10 ms), and checks"
                + " it; one operation runs all tasks (1,000), except sequential, which runs one.")
@State(Scope.Benchmark)
public class HttpBenchmark extends SingleWaitBenchmark {

    @Override
    protected Workload openWorkload() throws IOException {
        return new HttpWork(ServerProcess.start(latencyMs));
    }

    /*
     * Waiting on sockets instead of timers. 1,000 requests one after another take 1,000 x
     * (10 ms + a request's cost); overlapped, about 10 ms plus 1,000 requests' worth of CPU:
     *
     *   threading  a thread per task (1,000), each with its own http.client connection, blocked in recv
     *              with the GIL released; parsing the response (http.client is pure Python) needs
     *              the GIL, so those parts take turns.
     *   asyncio    one thread: asyncio.open_connection streams, a request written and its
     *              response parsed per coroutine (the stdlib has no asyncio HTTP client).
     *
     * The concurrency gain over sequential at 1 core is the lesson: large for both, because the
     * waits overlap. Unlike sleep, each request costs CPU in the worker and in the kernel (and in
     * the server, which shares the cores only when the machine has no spare CPU), so here a second
     * core can help a little: the Python side still runs one bytecode stream at a time.
     */
    @Benchmark
    public long overlapped(RequestPlan plan) throws IOException {
        return runTasks(plan.strategy, plan.tasks());
    }
}
