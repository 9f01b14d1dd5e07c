package dev.cvp.python.worker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Waiting for processes that are not this JVM's children (the worker's pool processes). An
 * orphan that has exited may stay a zombie until the init process reaps it, which some
 * containers' init does only now and then; a zombie runs no code and counts as gone.
 */
public final class ProcessTree {

    private static final long POLL_MILLIS = 20;

    private ProcessTree() {
    }

    /** True once {@code process} has exited, reaped or not. */
    public static boolean gone(ProcessHandle process) {
        return !process.isAlive() || zombie(process.pid());
    }

    /** Waits until every process is gone or {@code timeoutMillis} have passed; returns those still running. */
    public static List<ProcessHandle> awaitGone(List<ProcessHandle> processes, long timeoutMillis) {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        try {
            while (processes.stream().anyMatch(p -> !gone(p)) && System.nanoTime() < deadline) {
                Thread.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return processes.stream().filter(p -> !gone(p)).toList();
    }

    /** {@link #awaitGone}, then kills those still running. */
    public static void stop(List<ProcessHandle> processes, long timeoutMillis) {
        awaitGone(processes, timeoutMillis).forEach(ProcessHandle::destroyForcibly);
    }

    /** Linux: state Z in /proc/PID/stat (the field after the parenthesised command name). */
    private static boolean zombie(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            int end = stat.lastIndexOf(')');
            return end > 0 && stat.length() > end + 2 && stat.charAt(end + 2) == 'Z';
        } catch (IOException | RuntimeException e) {
            return false;  // no /proc (not Linux) or the process is already gone: isAlive decides
        }
    }
}
