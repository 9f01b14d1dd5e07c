package dev.cvp.python;

import static dev.cvp.bundle.declare.Role.BASELINE;
import static dev.cvp.bundle.declare.Role.PARALLEL;
import static dev.cvp.bundle.declare.Role.SERIALIZED;
import static dev.cvp.bundle.declare.Worker.CALLER;
import static dev.cvp.bundle.declare.Worker.PROCESS;
import static dev.cvp.bundle.declare.Worker.THREAD;

import dev.cvp.bundle.declare.Lesson;
import dev.cvp.bundle.declare.MetricKind;
import dev.cvp.bundle.declare.ParamMeaning;
import dev.cvp.support.declare.Declared;
import dev.cvp.support.declare.ParamRole;
import dev.cvp.support.declare.Role;
import dev.cvp.python.workload.FibWork;
import dev.cvp.python.workload.Workload;
import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The chapter's GIL example in its own language: naive recursive {@code fib(n)}, several tasks
 * per operation, run by CPython one after another, in threads, and in processes.
 */
@Declared(title = "Fibonacci (CPython)", lesson = Lesson.PARALLELISM, metric = MetricKind.JOB_TIME, runtime = "CPython",
        family = "fib",
        summary = "Every task has CPython compute fib(25) by naive recursion (the n parameter; about 243,000 calls,"
                + " some 20 ms), and one operation runs all tasks (8 by default) in a resident Python worker.")
@Role(strategy = "sequential", does = BASELINE, runsOn = CALLER, note = "a loop on the Python worker's main thread")
@Role(strategy = "threading", does = SERIALIZED, runsOn = THREAD,
        note = "a ThreadPoolExecutor with a thread per task; the GIL lets one run bytecode at a time (a free-threaded"
                + " build would not)")
@Role(strategy = "multiprocessing", does = PARALLEL, runsOn = PROCESS,
        note = "a multiprocessing.Pool (spawn) of one process per core, started in setup")
@ParamRole(name = "tasks", means = ParamMeaning.TASKS)
@ParamRole(name = "n", means = ParamMeaning.WORK_SIZE)
@ParamRole(name = "python", means = ParamMeaning.INTERPRETER)
@State(Scope.Benchmark)
public class FibBenchmark extends PythonBenchmark {

    /**
     * {@code sequential}: a loop on the worker's main thread. {@code threading}: a
     * {@code ThreadPoolExecutor} with a thread per task. {@code multiprocessing}: a
     * {@code multiprocessing.Pool} with a process per core, started in trial setup.
     */
    @Param({"sequential", "threading", "multiprocessing"})
    public String strategy;

    /** Tasks per operation; 8 = 4 x 2 cores, as bench-cpu's kernels at cores 1,2. */
    @Param({"8"})
    public int tasks;

    /** Every task computes fib(n); 25 takes about 20 ms in CPython 3.11 on a laptop-class core. */
    @Param({"25"})
    public int n;

    @Override
    protected Workload openWorkload() {
        return new FibWork(n);
    }

    /*
     * The chapter runs fib(35) and fib(36) one after the other, then in two threads, and finds the
     * threads no faster. Here the same at every core count:
     *
     *   sequential       the baseline: tasks x one fib.
     *   threading        about the same as sequential at 1 core AND at 2 cores: the GIL lets one
     *                    thread run Python bytecode at a time, so the threads take turns (every
     *                    5 ms, sys.getswitchinterval()) on whatever cores there are. A parallel
     *                    speedup near 1.0 from 1 to 2 cores is the GIL, measured. (bench-cpu's
     *                    "gil" strategy is the Java model of it; compare the two.)
     *   multiprocessing  separate interpreters, each with its own GIL: close to sequential at
     *                    1 core (plus pickling a task and its result), close to half of it at 2.
     *
     * On a free-threaded build (python3.13t, GIL disabled) threading should scale like
     * multiprocessing; the console line "# bench-python interpreter" says which build ran.
     */
    @Benchmark
    public long fib() throws IOException {
        return runTasks(strategy, tasks);
    }
}
