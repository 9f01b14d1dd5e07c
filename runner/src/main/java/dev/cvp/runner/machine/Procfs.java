package dev.cvp.runner.machine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reading one process's files under {@code /proc} (Linux); the one place that parses them. */
public final class Procfs {

    /** Index in {@link #statFields} of the process group. */
    public static final int PGRP = 2;
    /** Index in {@link #statFields} of utime; stime, cutime and cstime follow it. */
    public static final int UTIME = 11;

    private Procfs() {
    }

    /** {@code /proc/<pid>} under the real {@code /proc}. */
    public static Path dir(long pid) {
        return Path.of("/proc", Long.toString(pid));
    }

    /**
     * The fields of {@code <pidDir>/stat} after the command name in parentheses (which may itself
     * hold spaces and parentheses): state is [0], ppid [1], pgrp [{@link #PGRP}], utime [{@link #UTIME}].
     */
    public static String[] statFields(Path pidDir) throws IOException {
        String stat = Files.readString(pidDir.resolve("stat"));
        return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    }

    /** The command line with its arguments joined by spaces; empty when the process is gone or unreadable. */
    public static Optional<String> commandLine(Path pidDir) {
        try {
            return Optional.of(new String(Files.readAllBytes(pidDir.resolve("cmdline")), StandardCharsets.UTF_8)
                    .replace('\0', ' '));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
