package dev.cvp.python.worker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cvp.io.resource.ScratchDirectory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A resident Python worker process: {@code <python> -B -S cvp_worker.py --temporary-directory}
 * (no bytecode files, no site-packages: the worker needs the stdlib only, and starts faster
 * without them), started from an argument list (no shell), so it inherits this JVM's CPU
 * affinity (the cell's pinning). Each request is one JSON line on its stdin, each answer one
 * JSON line on its stdout ({@link Request}, {@link Response}); the caller waits for the answer.
 *
 * <p>No Python process outlives its owner: {@link #close()} asks the worker to stop its pools,
 * closes its stdin, and kills whatever is left of it and its descendants. If this JVM dies
 * instead, the worker sees its stdin end, kills its pool processes, removes its files and exits,
 * and a pool process whose worker died exits by itself (it watches its parent).
 */
public final class PythonWorker implements AutoCloseable {

    /** Minimum Python version, checked by the worker itself (cvp_worker.py). */
    public static final String MINIMUM_PYTHON = "3.8";
    /** How cvp_worker.py exits on an older Python, after saying so on stderr. */
    static final int TOO_OLD_EXIT_CODE = 3;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long EXIT_WAIT_MILLIS = 10_000;
    private static final long TAIL_WAIT_MILLIS = 2_000;
    private static final int MAX_QUOTED_CHARS = 300;

    private final String python;
    private final Process process;
    private final ScratchDirectory scripts;
    private final Writer requests;
    private final BufferedReader answers;
    private final StderrTail stderr;
    private Interpreter interpreter;
    private long lastId;
    private boolean closed;

    private PythonWorker(String python, Process process, ScratchDirectory scripts) {
        this.python = python;
        this.process = process;
        this.scripts = scripts;
        this.requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.stderr = new StderrTail(process.getErrorStream(), "[python " + process.pid() + "] ", System.err);
    }

    /**
     * Starts the bundled worker on {@code python} (a command on PATH or a path) and asks who it is.
     *
     * @throws WorkerException one line: the interpreter cannot be run, is too old, or died
     */
    public static PythonWorker start(String python) throws IOException {
        ScratchDirectory scripts = WorkerScript.extract();
        return start(python, WorkerScript.entry(scripts), scripts);
    }

    /** Starts {@code script} instead of the bundled worker (tests); {@code scripts}, if any, is removed on close. */
    static PythonWorker start(String python, Path script, ScratchDirectory scripts) throws IOException {
        Process process;
        try {
            List<String> command = new ArrayList<>(List.of(python, "-B", "-S", script.toString()));
            if (scripts != null) {
                command.add("--temporary-directory");  // removed by the worker if this JVM dies first
            }
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            if (scripts != null) {
                scripts.close();
            }
            String why = (e.getCause() != null ? e.getCause() : e).getMessage().strip();  // the JDK's words vary
            throw new WorkerException("bench-python: cannot run the Python interpreter '" + python + "' (" + why
                    + "); install Python " + MINIMUM_PYTHON + "+ or name one with --python PATH (JMH: -p python=PATH)");
        }
        PythonWorker worker = new PythonWorker(python, process, scripts);
        try {
            worker.interpreter = worker.ask(Request.info(worker.nextId())).info();
            return worker;
        } catch (IOException | RuntimeException e) {
            try {
                worker.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** The interpreter, as the worker reported it at start. */
    public Interpreter interpreter() {
        return interpreter;
    }

    /** The worker's process id. */
    public long pid() {
        return process.pid();
    }

    /** The worker's process, for tests that look at it and its descendants. */
    public ProcessHandle handle() {
        return process.toHandle();
    }

    /**
     * Makes {@code strategy} ready for {@code job}: starts a pool of {@code workers} threads
     * ({@code threading}) or processes ({@code multiprocessing}), or an event loop ({@code asyncio}).
     *
     * @param job the job the strategy will run (it fails now if the job has no such form), or null
     * @return the process ids of the pool's processes (empty unless multiprocessing)
     */
    public List<Long> prepare(String strategy, int workers, String job) throws IOException {
        List<Long> pids = ask(Request.prepare(nextId(), strategy, workers, job)).pids();
        return pids == null ? List.of() : pids;
    }

    /** {@link #prepare(String, int, String)} for any job. */
    public List<Long> prepare(String strategy, int workers) throws IOException {
        return prepare(strategy, workers, null);
    }

    /**
     * One operation: tasks 0 .. tasks-1 of {@code job}, run by {@code strategy}, each task's
     * result checked by the worker.
     *
     * @throws WorkerException the job failed (the worker's one-line error) or the worker died
     *                         (its exit code and the tail of its stderr)
     */
    public JobResult run(String job, String strategy, int tasks, Map<String, Object> args) throws IOException {
        Request request = Request.run(nextId(), job, strategy, tasks, args);
        Response answer = ask(request);
        if (answer.result() == null || answer.checked() == null) {
            throw new WorkerException("bench-python: the worker answered " + request.describe()
                    + " without result or checked");
        }
        return answer.stages() == null ? new JobResult(answer.result(), answer.checked())
                : new JobResult(answer.result(), answer.checked(), answer.stages().times());
    }

    private long nextId() {
        return ++lastId;
    }

    private synchronized Response ask(Request request) throws IOException {
        if (closed) {
            throw new IllegalStateException("bench-python: the worker is closed");
        }
        String line;
        try {
            send(request);
            line = answers.readLine();
        } catch (IOException e) {
            line = null;  // a broken pipe: the worker is gone, died() says how
        }
        if (line == null) {
            throw died(request);
        }
        Response response;
        try {
            response = JSON.readValue(line, Response.class);
        } catch (JsonProcessingException e) {
            throw new WorkerException("bench-python: the worker answered " + request.describe()
                    + " with a line that is not a JSON answer: " + quote(line));
        }
        if (response.id() == null || response.id() != request.id()) {
            throw new WorkerException("bench-python: the worker answered request " + response.id()
                    + " while request " + request.id() + " (" + request.describe() + ") was waiting: " + quote(line));
        }
        if (!response.ok()) {
            throw new WorkerException("bench-python: " + request.describe() + " failed in the worker ("
                    + python + "): " + response.error());
        }
        return response;
    }

    /** One request, one line. */
    private void send(Request request) throws IOException {
        requests.write(JSON.writeValueAsString(request));
        requests.write('\n');
        requests.flush();
    }

    private WorkerException died(Request request) {
        Integer code = exitCode();
        String tail = stderr.tail(TAIL_WAIT_MILLIS);
        if (interpreter == null && code != null && code == TOO_OLD_EXIT_CODE) {
            return new WorkerException(tail);  // cvp_worker.py's own line: which Python, what it needs
        }
        String exit = code == null ? "closed its output" : "exited with code " + code;
        String when = interpreter == null ? "before it answered" : "during " + request.describe();
        return new WorkerException("bench-python: the Python worker (" + python + ", pid " + process.pid() + ") "
                + exit + " " + when + "; its stderr ended with: " + tail);
    }

    /** The worker's exit code once it has exited (waiting a little for it), or null if it still runs. */
    private Integer exitCode() {
        try {
            return process.waitFor(EXIT_WAIT_MILLIS, TimeUnit.MILLISECONDS) ? process.exitValue() : null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static String quote(String line) {
        return line.length() > MAX_QUOTED_CHARS ? line.substring(0, MAX_QUOTED_CHARS) + "..." : line;
    }

    /**
     * Stops the worker: asks it to close its pools and exit, closes its stdin, then kills it and
     * its descendants if they have not exited within ten seconds. Removes the extracted scripts.
     */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        List<ProcessHandle> descendants = process.descendants().toList();
        if (process.isAlive()) {
            try {
                send(Request.close(nextId()));
                answers.readLine();  // its pools are stopped once it answers
            } catch (IOException ignored) {
                // it died meanwhile: the waits below still apply
            }
        }
        closed = true;
        try {
            requests.close();
        } catch (IOException ignored) {
            // the pipe is already broken
        }
        List<ProcessHandle> everyone = new ArrayList<>(descendants);
        everyone.add(0, process.toHandle());
        ProcessTree.stop(everyone, EXIT_WAIT_MILLIS);
        answers.close();
        stderr.tail(TAIL_WAIT_MILLIS);
        if (scripts != null) {
            scripts.close();
        }
    }
}
