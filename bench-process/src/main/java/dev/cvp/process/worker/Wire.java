package dev.cvp.process.worker;

import dev.cvp.process.kernel.KernelSpec;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * The bytes a parent and a worker JVM exchange over the worker's stdin and stdout pipes.
 *
 * <p>Like Python's {@code multiprocessing}, a worker process shares no memory with its parent, so
 * every request and every answer is copied through the kernel's pipe buffers. The format is the
 * smallest that works: a task request is the kernel's name, task count, units per task and the task
 * index; an answer is a status byte followed by the result (a long) or an error message. Callers
 * flush after each request: the round-trip cost is part of what the benchmarks measure.
 */
public final class Wire {

    /** The one byte a long-lived worker writes when it is ready for requests. */
    public static final int READY = 'R';

    private static final int OK = 0;
    private static final int FAILED = 1;

    private Wire() {
    }

    /** One task of one kernel, as a worker receives it. */
    public record TaskRequest(KernelSpec spec, int task) {
    }

    /** Writes a task request (not flushed). */
    public static void writeTask(DataOutputStream out, KernelSpec spec, int task) throws IOException {
        out.writeUTF(spec.kernel());
        out.writeInt(spec.tasks());
        out.writeInt(spec.units());
        out.writeInt(task);
    }

    /**
     * Reads the next task request.
     *
     * @return the request, or null when the other side closed the pipe between two requests
     */
    public static TaskRequest readTask(DataInputStream in) throws IOException {
        String kernel;
        try {
            kernel = in.readUTF();
        } catch (EOFException closed) {
            return null;
        }
        int tasks = in.readInt();
        int units = in.readInt();
        int task = in.readInt();
        return new TaskRequest(new KernelSpec(kernel, tasks, units), task);
    }

    /** Writes a successful answer (not flushed). */
    public static void writeResult(DataOutputStream out, long value) throws IOException {
        out.writeByte(OK);
        out.writeLong(value);
    }

    /** Writes a failed answer carrying a one-line message (not flushed). */
    public static void writeFailure(DataOutputStream out, String message) throws IOException {
        out.writeByte(FAILED);
        out.writeUTF(message == null ? "unknown error" : message);
    }

    /**
     * Reads one answer.
     *
     * @throws WorkerFailedException when the worker answered with a failure
     * @throws EOFException          when the worker closed its stdout (it exited) instead of answering
     */
    public static long readResult(DataInputStream in) throws IOException {
        int status = in.readUnsignedByte();
        if (status == OK) {
            return in.readLong();
        }
        if (status == FAILED) {
            throw new WorkerFailedException(in.readUTF());
        }
        throw new IOException("worker sent status byte " + status + ", expected " + OK + " or " + FAILED);
    }

    /** Blocks until the worker says {@link #READY}; fails if it says anything else or exits. */
    public static void awaitReady(InputStream in) throws IOException {
        int first = in.read();
        if (first != READY) {
            throw first < 0
                    ? new EOFException("worker exited before it was ready")
                    : new IOException("worker sent byte " + first + " instead of READY");
        }
    }

    /** A worker ran the request and reported an error instead of a result. */
    public static final class WorkerFailedException extends IOException {
        private static final long serialVersionUID = 1L;

        WorkerFailedException(String message) {
            super(message);
        }
    }
}
