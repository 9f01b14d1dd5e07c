package dev.cvp.process.worker;

import dev.cvp.cpu.kernel.Kernel;
import dev.cvp.process.kernel.KernelSpec;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The main class of every worker JVM: {@code WorkerMain <mode> [arguments]}, see {@link WorkerMode}.
 *
 * <p>It runs from the parent's own classpath (the module's benchmarks.jar) with the parent's own
 * JDK, so a worker computes a task with exactly the kernel code the parent would run in a thread.
 * Long-lived workers end when their stdin closes: a parent that dies, even by SIGKILL, closes the
 * pipe, and its workers exit instead of staying behind as orphans.
 *
 * <p>Exit codes: 0 done, 1 the work failed (the answer says why), 2 bad arguments, 3 the pipe to
 * the parent broke.
 */
public final class WorkerMain {

    private WorkerMain() {
    }

    /** Runs the mode named by {@code args[0]}. */
    public static void main(String[] args) {
        WorkerMode mode;
        try {
            if (args.length == 0) {
                throw new IllegalArgumentException("no worker mode given");
            }
            mode = WorkerMode.parse(args[0]);
        } catch (IllegalArgumentException e) {
            System.err.println("worker: " + e.getMessage());
            System.exit(2);
            return;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        DataOutputStream out = new DataOutputStream(
                new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
        int code;
        try {
            code = switch (mode) {
                case EXIT -> 0;
                case IDLE -> idle(in, out);
                case ECHO -> echo(in, out);
                case SERVE -> serve(in, out);
                case TASK -> task(rest, out);
                case INCREMENT -> increment(rest, out);
            };
            out.flush();
        } catch (IOException e) {
            // the parent closed its end mid-message (it died or gave up on us): nobody to answer
            System.err.println("worker " + mode.word() + ": pipe to parent broken (" + e.getMessage() + "); exiting");
            code = 3;
        }
        if (code != 0) {
            System.exit(code);
        }
    }

    private static void ready(DataOutputStream out) throws IOException {
        out.writeByte(Wire.READY);
        out.flush();
    }

    private static int idle(InputStream in, DataOutputStream out) throws IOException {
        ready(out);
        byte[] ignored = new byte[64];
        while (in.read(ignored) >= 0) {
            // idle: nothing to do until the parent closes the pipe
        }
        return 0;
    }

    private static int echo(DataInputStream in, DataOutputStream out) throws IOException {
        ready(out);
        while (true) {
            long value;
            try {
                value = in.readLong();
            } catch (EOFException closed) {
                return 0;
            }
            out.writeLong(value + 1);
            out.flush();
        }
    }

    private static int serve(DataInputStream in, DataOutputStream out) throws IOException {
        Map<KernelSpec, Kernel> kernels = new HashMap<>();
        ready(out);
        for (Wire.TaskRequest request; (request = Wire.readTask(in)) != null; ) {
            try {
                Kernel kernel = kernels.computeIfAbsent(request.spec(), KernelSpec::create);
                Wire.writeResult(out, computeTask(kernel, request.task()));
            } catch (RuntimeException e) {
                Wire.writeFailure(out, e.getMessage());
            }
            out.flush();
        }
        return 0;
    }

    private static int task(String[] args, DataOutputStream out) throws IOException {
        try {
            if (args.length != 4) {
                throw new IllegalArgumentException("task needs <kernel> <tasks> <units> <task>, got "
                        + Arrays.toString(args));
            }
            KernelSpec spec = new KernelSpec(args[0], Integer.parseInt(args[1]), Integer.parseInt(args[2]));
            Wire.writeResult(out, computeTask(spec.create(), Integer.parseInt(args[3])));
            return 0;
        } catch (RuntimeException e) {
            Wire.writeFailure(out, e.getMessage());
            return 1;
        }
    }

    private static int increment(String[] args, DataOutputStream out) throws IOException {
        try {
            long times = Long.parseLong(args.length == 1 ? args[0] : "");
            for (long i = 0; i < times; i++) {
                SharedCounter.increment();
            }
            Wire.writeResult(out, SharedCounter.value());
            return 0;
        } catch (NumberFormatException e) {
            Wire.writeFailure(out, "increment needs one argument, a count; got " + Arrays.toString(args));
            return 1;
        }
    }

    private static long computeTask(Kernel kernel, int task) {
        if (task < 0 || task >= kernel.tasks()) {
            throw new IllegalArgumentException(
                    "task " + task + " is outside 0.." + (kernel.tasks() - 1) + " of kernel " + kernel.name());
        }
        return kernel.computeTask(task);
    }
}
