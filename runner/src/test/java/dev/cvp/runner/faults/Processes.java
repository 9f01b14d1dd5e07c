package dev.cvp.runner.faults;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Processes as the tests see them from outside: by command line, by signal, by waiting for a condition. */
final class Processes {

    private static final long WAIT_MILLIS = 60_000;
    private static final long POLL_MILLIS = 50;

    private Processes() {
    }

    /** Live processes (other than this JVM) whose command line contains {@code text}. */
    static List<ProcessHandle> mentioning(String text) {
        long me = ProcessHandle.current().pid();
        return ProcessHandle.allProcesses().filter(h -> h.pid() != me && h.isAlive())
                .filter(h -> commandLine(h.pid()).contains(text)).toList();
    }

    /** The command lines of {@link #mentioning}, for failure messages. */
    static List<String> describe(List<ProcessHandle> processes) {
        return processes.stream().map(h -> h.pid() + " " + commandLine(h.pid())).toList();
    }

    static String commandLine(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")),
                    StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException e) {
            return ProcessHandle.of(pid).flatMap(h -> h.info().commandLine()).orElse("");
        }
    }

    /** Sends a signal ("INT", "TERM", "STOP", "CONT") to one process, as a terminal or a kill command would. */
    static void signal(long pid, String name) {
        try {
            Process kill = new ProcessBuilder("kill", "-s", name, Long.toString(pid)).inheritIO().start();
            if (!kill.waitFor(30, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                fail("kill -s " + name + " " + pid + " failed");
            }
        } catch (IOException e) {
            fail("cannot run kill: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        }
    }

    /** Polls until {@code condition} holds (synchronisation only; fails after a minute). */
    static void waitUntil(String what, BooleanSupplier condition) {
        long end = System.nanoTime() + WAIT_MILLIS * 1_000_000;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                fail("gave up waiting for: " + what);
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting for: " + what);
            }
        }
    }

    /** Kills {@code processes} and waits a little for them to go. */
    static void killAll(List<ProcessHandle> processes) {
        processes.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle h : processes) {
            try {
                h.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                // gone or unkillable: nothing more to do
            }
        }
    }

    /** Whether this test JVM (and so every child it starts) ignores SIGINT, as a background job of a shell does. */
    static boolean sigintIgnored() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("SigIgn:")) {
                    return (Long.parseUnsignedLong(line.substring(7).strip(), 16) & 0x2) != 0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: assume a terminal's behaviour
        }
        return false;
    }
}
