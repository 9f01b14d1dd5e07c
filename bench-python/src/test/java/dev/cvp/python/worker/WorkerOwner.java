package dev.cvp.python.worker;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A stand-in for a JMH fork, for the test that kills it: starts a worker with a process pool and
 * a thread pool, prints {@code PIDS <worker> <descendants...>}, then keeps the worker busy in a
 * long job until it is killed.
 */
public final class WorkerOwner {

    static final String PIDS = "PIDS ";

    private WorkerOwner() {
    }

    public static void main(String[] args) throws Exception {
        PythonWorker worker = PythonWorker.start(args[0]);
        worker.prepare("multiprocessing", 2);
        worker.prepare("threading", 4);
        String pids = Stream.concat(Stream.of(worker.handle()), worker.handle().descendants())
                .map(p -> Long.toString(p.pid())).collect(Collectors.joining(" "));
        System.out.println(PIDS + pids);
        System.out.flush();
        worker.run("sleep", "threading", 4, Map.of("latencyMs", 600_000));
    }
}
