package dev.cvp.process.spawn;

import dev.cvp.process.worker.Wire;
import dev.cvp.process.worker.WorkerMode;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;

/**
 * A worker JVM that runs one request given on its command line ({@code task} or
 * {@code increment} mode), answers once on stdout, and exits.
 *
 * <p>Starting and answering are separate calls, so a caller can start several and collect their
 * answers afterwards while they run in parallel. Any failure destroys the worker.
 */
public final class OneShotWorker {

    private final Process process;

    private OneShotWorker(Process process) {
        this.process = process;
    }

    /** Starts the worker; its stdin is closed at once (it reads nothing). */
    public static OneShotWorker start(WorkerMode mode, String... args) throws IOException {
        if (mode != WorkerMode.TASK && mode != WorkerMode.INCREMENT) {
            throw new IllegalArgumentException("mode " + mode.word() + " is not a one-shot worker mode");
        }
        Process process = ChildProcesses.start(WorkerCommand.of(mode, args).processBuilder());
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            ChildProcesses.destroy(process);
            throw e;
        }
        return new OneShotWorker(process);
    }

    /**
     * Waits for the answer and for the worker's exit.
     *
     * @throws Wire.WorkerFailedException when the worker reported an error
     * @throws IOException                when it exited without an answer or with a non-zero code
     */
    public long answer() throws IOException, InterruptedException {
        boolean done = false;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(process.getInputStream()))) {
            long result = Wire.readResult(in);
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IOException("worker pid " + process.pid() + " answered but exited with code " + exit);
            }
            done = true;
            return result;
        } catch (Wire.WorkerFailedException e) {
            throw e;
        } catch (IOException e) {
            throw new IOException("worker pid " + process.pid() + " gave no answer: " + e.getMessage(), e);
        } finally {
            if (!done) {
                destroy();
            }
        }
    }

    /** Kills the worker (and its descendants) now. */
    public void destroy() {
        ChildProcesses.destroy(process);
    }
}
