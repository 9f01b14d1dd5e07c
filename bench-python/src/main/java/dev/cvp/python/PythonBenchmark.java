package dev.cvp.python;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cvp.python.worker.Interpreter;
import dev.cvp.python.worker.JobResult;
import dev.cvp.python.worker.PythonWorker;
import dev.cvp.python.workload.Workload;
import dev.cvp.support.JmhDefaults;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * What every bench-python benchmark shares: the interpreter parameter, and a resident Python
 * worker for the trial. Trial setup starts the worker on {@link #python}, logs who it is, has it
 * start the trial's strategy (thread pool, process pool or event loop) and opens the workload
 * (server, directory): all outside the measurement. One operation is one request over the pipe
 * and its answer, checked on both sides; JMH times it, forks, pins and repeats as for every
 * other module. Trial teardown stops the worker and its pools.
 *
 * <p>Score: average time per operation in ms; lower is better. The inherited JMH defaults serve a
 * run of the jar by hand; the profiles in {@code scripts/profiles/} override them.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public abstract class PythonBenchmark extends JmhDefaults {

    /** The strategy of a benchmark method without a {@code strategy} parameter: one task after another. */
    public static final String SEQUENTIAL = "sequential";
    /** What the console line that names the trial's interpreter starts with (one JSON object follows). */
    public static final String INTERPRETER_LINE = "# bench-python interpreter: ";

    /**
     * The largest thread pool {@code threading} starts: 10,000 sleeps then run in 10 rounds of
     * 1,000. (CPython starts a thread in about a millisecond on a small VM, and slower as threads
     * add up: 10,000 took 20-35 s of trial setup there, and nobody runs CPython that way.)
     */
    public static final int MAX_THREADS = 1000;

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The interpreter: a command on PATH or a path, e.g. {@code python3.13t}. The runner turns
     * {@code --python PATH} into {@code -p python=PATH}; each value is its own workload.
     */
    @Param({"python3"})
    public String python;

    private PythonWorker worker;
    private Workload workload;

    /** Makes the workload from the subclass's parameters (start a server, create a directory...). */
    protected abstract Workload openWorkload() throws Exception;

    /**
     * JMH's trial setup: the strategy and task count come from the method's parameters; a method
     * without them ({@code sequential}) runs one task, sequentially.
     */
    @Setup(Level.Trial)
    public void startTrial(BenchmarkParams params) throws Exception {
        String strategy = params.getParam("strategy");
        String tasks = params.getParam("tasks");
        openTrial(strategy == null ? SEQUENTIAL : strategy, tasks == null ? 1 : Integer.parseInt(tasks));
    }

    /** The trial's setup for {@code tasks} tasks per operation run by {@code strategy}. */
    public void openTrial(String strategy, int tasks) throws Exception {
        try {
            worker = PythonWorker.start(python);
            System.out.println(INTERPRETER_LINE + JSON.writeValueAsString(
                    new InterpreterLine(python, worker.interpreter().describe(), worker.interpreter())));
            workload = openWorkload();
            worker.prepare(strategy, poolSize(strategy, tasks), workload.job());
            workload.expected(tasks);  // computed now, not in the first operation
        } catch (Exception e) {
            try {
                closeTrial();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /**
     * Threads: one per task up to {@link #MAX_THREADS}, so up to 1,000 tasks are all in flight at
     * once, as with asyncio. Processes: one per core the fork may use, as {@code Pool()} does.
     */
    static int poolSize(String strategy, int tasks) {
        return switch (strategy) {
            case "threading" -> Math.min(tasks, MAX_THREADS);
            case "multiprocessing" -> Runtime.getRuntime().availableProcessors();
            default -> 0;
        };
    }

    /** The console line's JSON: the parameter as given, a summary, and everything the worker reported. */
    record InterpreterLine(String python, String summary, Interpreter interpreter) {
    }

    /** Stops the worker (and its pools), then the workload's server and files. */
    @TearDown(Level.Trial)
    public void closeTrial() throws IOException {
        try {
            if (worker != null) {
                worker.close();
            }
        } finally {
            worker = null;
            if (workload != null) {
                workload.close();
            }
            workload = null;
        }
    }

    /** One operation: tasks 0 .. tasks-1 run by {@code strategy} in the worker; their checked sum. */
    protected final long runTasks(String strategy, int tasks) throws IOException {
        return runJob(strategy, tasks).result();
    }

    /** One operation, as {@link #runTasks}: the worker's whole answer (with its stage times), checked. */
    protected final JobResult runJob(String strategy, int tasks) throws IOException {
        JobResult answer = worker.run(workload.job(), strategy, tasks, workload.args());
        workload.verify(strategy, tasks, answer);
        return answer;
    }

    /** The trial's interpreter, as its worker reported it. */
    public Interpreter interpreter() {
        return worker.interpreter();
    }

    /** The trial's worker (tests look at its process). */
    PythonWorker worker() {
        return worker;
    }
}
