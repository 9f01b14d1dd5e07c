package dev.cvp.runner.cell;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import dev.cvp.runner.machine.Procfs;

/**
 * The processes of a cell's process group, found through {@code /proc/<pid>/stat} (Linux) and,
 * where that cannot be read, through the process tree. The one stopper everyone calls:
 * {@link #stop} sends SIGTERM to every member, waits a grace period, then SIGKILLs what is left.
 */
public final class ProcessGroups {

    private static final long POLL_MILLIS = 100;

    private ProcessGroups() {
    }

    /** Every live process whose process group is {@code pgid}, and the descendants of {@code pgid}'s process. */
    public static List<ProcessHandle> members(long pgid) {
        Set<ProcessHandle> out = new LinkedHashSet<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path p : ds) {
                long pid = Long.parseLong(p.getFileName().toString());
                if (processGroup(pid).orElse(-1L) == pgid) {
                    ProcessHandle.of(pid).ifPresent(out::add);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // no /proc: the process tree below is all there is
        }
        ProcessHandle.of(pgid).ifPresent(h -> {
            out.add(h);
            h.descendants().forEach(out::add);
        });
        out.removeIf(h -> !h.isAlive() || h.pid() == ProcessHandle.current().pid());
        return new ArrayList<>(out);
    }

    public static boolean alive(long pgid) {
        return !members(pgid).isEmpty();
    }

    /** The process group of {@code pid}, from /proc/pid/stat (field 5, after the command in parentheses). */
    public static Optional<Long> processGroup(long pid) {
        try {
            return Optional.of(Long.parseLong(Procfs.statFields(Procfs.dir(pid))[Procfs.PGRP]));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The command lines of the group's members, for recognising a cell left by a killed runner. */
    public static List<String> commandLines(long pgid) {
        List<String> out = new ArrayList<>();
        for (ProcessHandle h : members(pgid)) {
            Procfs.commandLine(Procfs.dir(h.pid())).or(() -> h.info().commandLine()).ifPresent(out::add);
        }
        return out;
    }

    /** The process groups of every live process (not this one) whose command line contains {@code text}. */
    public static Set<Long> groupsNaming(String text) {
        Set<Long> out = new LinkedHashSet<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path p : ds) {
                long pid = Long.parseLong(p.getFileName().toString());
                if (pid == ProcessHandle.current().pid()) {
                    continue;
                }
                if (Procfs.commandLine(p).filter(c -> c.contains(text)).isPresent()) {
                    processGroup(pid).ifPresent(out::add);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // no /proc
        }
        return out;
    }

    /** SIGTERM to every member, SIGKILL after {@code graceMillis}; returns once none is left (or after 5 s more). */
    public static void stop(long pgid, long graceMillis) {
        members(pgid).forEach(ProcessHandle::destroy);
        if (waitGone(pgid, graceMillis)) {
            return;
        }
        members(pgid).forEach(ProcessHandle::destroyForcibly);
        waitGone(pgid, 5000);
    }

    private static boolean waitGone(long pgid, long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < end) {
            if (!alive(pgid)) {
                return true;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return !alive(pgid);
            }
        }
        return !alive(pgid);
    }
}
