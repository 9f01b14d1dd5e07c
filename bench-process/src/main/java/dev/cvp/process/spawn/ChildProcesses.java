package dev.cvp.process.spawn;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Every child process this JVM starts, so that none outlives the benchmark that started it.
 *
 * <p>Three lines of defence, from first to last: the owner destroys its children in its
 * {@code @TearDown} or {@code close()}; a failure destroys them on the spot (see
 * {@link WorkerProcess}); and a shutdown hook destroys whatever is still registered when the JVM
 * exits. A SIGKILL skips the hook, which is why long-lived workers also exit when their stdin
 * closes. Destroying a child destroys its descendants first, while they are still its descendants
 * (once the child is gone the OS re-parents them and they cannot be found from here).
 */
public final class ChildProcesses {

    private static final long EXIT_WAIT_MILLIS = 5_000;
    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(
                new Thread(ChildProcesses::destroyAll, "cvp-destroy-child-processes"));
    }

    private ChildProcesses() {
    }

    /** Starts a child and tracks it until it exits. */
    public static Process start(ProcessBuilder builder) throws IOException {
        Process process = builder.start();
        LIVE.add(process);
        process.onExit().thenRun(() -> LIVE.remove(process));
        return process;
    }

    /**
     * Starts a child that needs no input, waits until it exits, and checks that it succeeded:
     * the whole life of a short-lived process. If the wait is interrupted, the child is destroyed.
     *
     * @throws IllegalStateException when the child exits with a non-zero code
     */
    public static void runToSuccess(ProcessBuilder builder) throws IOException, InterruptedException {
        Process process = start(builder);
        try {
            process.getOutputStream().close();
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IllegalStateException("child " + builder.command().get(0) + " (pid " + process.pid()
                        + ") exited with code " + exit);
            }
        } finally {
            if (process.isAlive()) {
                destroy(process);
            }
        }
    }

    /** Kills a child and all its descendants, and waits (a bounded time) until the child is gone. */
    public static void destroy(Process process) {
        List<ProcessHandle> descendants = process.descendants().toList();
        descendants.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(EXIT_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LIVE.remove(process);
    }

    /** Kills every tracked child that is still running. */
    public static void destroyAll() {
        List.copyOf(LIVE).forEach(ChildProcesses::destroy);
    }

    /** How many tracked children are still running. */
    public static int live() {
        return (int) LIVE.stream().filter(Process::isAlive).count();
    }
}
