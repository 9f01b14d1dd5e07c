package dev.cvp.process.spawn;

import dev.cvp.process.kernel.KernelSpec;
import dev.cvp.process.worker.Wire;
import dev.cvp.process.worker.WorkerMode;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The parent's handle on one long-lived worker JVM ({@code idle}, {@code echo} or {@code serve}
 * mode): its pipes, its requests, and its end.
 *
 * <p>One thread at a time talks to a worker. Any I/O failure destroys the worker before the
 * exception leaves this class, so a broken worker is never left running.
 */
public final class WorkerProcess implements AutoCloseable {

    private static final long GRACEFUL_EXIT_MILLIS = 2_000;

    private final Process process;
    private final DataOutputStream toWorker;
    private final DataInputStream fromWorker;

    private WorkerProcess(Process process) {
        this.process = process;
        this.toWorker = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
        this.fromWorker = new DataInputStream(new BufferedInputStream(process.getInputStream()));
    }

    /** Starts one worker and waits until it is ready. */
    public static WorkerProcess start(WorkerMode mode) throws IOException {
        return startAll(mode, 1).get(0);
    }

    /**
     * Starts {@code count} workers at once (their JVMs boot in parallel) and waits until every one
     * is ready. If any fails to start, all of them are destroyed.
     */
    public static List<WorkerProcess> startAll(WorkerMode mode, int count) throws IOException {
        if (mode != WorkerMode.IDLE && mode != WorkerMode.ECHO && mode != WorkerMode.SERVE) {
            throw new IllegalArgumentException("mode " + mode.word() + " is not a long-lived worker mode");
        }
        List<WorkerProcess> workers = new ArrayList<>(count);
        try {
            for (int i = 0; i < count; i++) {
                workers.add(new WorkerProcess(ChildProcesses.start(WorkerCommand.of(mode).processBuilder())));
            }
            for (WorkerProcess worker : workers) {
                worker.awaitReady();
            }
            return workers;
        } catch (IOException | RuntimeException e) {
            workers.forEach(WorkerProcess::destroy);
            throw e;
        }
    }

    private void awaitReady() throws IOException {
        try {
            Wire.awaitReady(fromWorker);
        } catch (IOException e) {
            throw failed("start", e);
        }
    }

    /** The worker's process, for its pid, its descendants and its resident memory. */
    public ProcessHandle handle() {
        return process.toHandle();
    }

    /** Asks a {@code serve} worker to compute one task and returns its result. */
    public long computeTask(KernelSpec spec, int task) throws IOException {
        try {
            Wire.writeTask(toWorker, spec, task);
            toWorker.flush();
            return Wire.readResult(fromWorker);
        } catch (Wire.WorkerFailedException e) {
            throw e;
        } catch (IOException e) {
            throw failed("compute task " + task + " of " + spec, e);
        }
    }

    /** Sends a long to an {@code echo} worker and returns its answer (the long plus one). */
    public long echo(long value) throws IOException {
        try {
            toWorker.writeLong(value);
            toWorker.flush();
            return fromWorker.readLong();
        } catch (IOException e) {
            throw failed("echo", e);
        }
    }

    private IOException failed(String what, IOException cause) {
        destroy();
        String exit = process.isAlive() ? "still running" : "exit code " + process.exitValue();
        return new IOException("worker pid " + process.pid() + " failed to " + what + " (" + exit + "): "
                + cause.getMessage(), cause);
    }

    /** Kills the worker (and its descendants) now. */
    public void destroy() {
        ChildProcesses.destroy(process);
    }

    /**
     * Closes the worker's stdin, which tells it to exit, waits briefly for it to do so, and
     * destroys it if it has not.
     */
    @Override
    public void close() {
        try {
            toWorker.close();
            process.waitFor(GRACEFUL_EXIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (IOException ignored) {
            // the pipe is already broken: destroy below does the rest
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            destroy();
        }
    }
}
