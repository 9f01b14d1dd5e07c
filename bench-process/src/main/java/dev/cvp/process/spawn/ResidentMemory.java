package dev.cvp.process.spawn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * Resident memory (VmRSS) of processes, read from {@code /proc/<pid>/status} (Linux only).
 *
 * <p>VmRSS counts the pages of a process that are in RAM right now, shared library pages
 * included. It is what {@code top} shows as RES, and the honest answer to "how much memory does
 * one more worker cost": pages a worker reserved but never touched are not in it.
 */
public final class ResidentMemory {

    private ResidentMemory() {
    }

    /** VmRSS of one process, in KiB. */
    public static long kib(long pid) {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        try {
            return parseVmRssKib(Files.readAllLines(status));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resident memory from " + status
                    + " (Linux /proc is needed, and the process must be alive)", e);
        }
    }

    /** VmRSS of this JVM, in KiB. */
    public static long selfKib() {
        return kib(ProcessHandle.current().pid());
    }

    /** The summed VmRSS of these processes and all their descendants, in KiB. */
    public static long sumKib(Collection<ProcessHandle> processes) {
        return processes.stream()
                .flatMap(p -> Stream.concat(Stream.of(p), p.descendants()))
                .distinct()
                .mapToLong(p -> kib(p.pid()))
                .sum();
    }

    /**
     * The VmRSS value of a {@code /proc/<pid>/status} file, in KiB.
     *
     * @throws IllegalArgumentException when no well-formed {@code VmRSS:} line is present
     */
    static long parseVmRssKib(List<String> statusLines) {
        for (String line : statusLines) {
            if (line.startsWith("VmRSS:")) {
                String[] fields = line.substring("VmRSS:".length()).trim().split("\\s+");
                if (fields.length == 2 && fields[1].equals("kB") && fields[0].matches("[0-9]{1,18}")) {
                    return Long.parseLong(fields[0]);
                }
                throw new IllegalArgumentException("unexpected VmRSS line in /proc status: '" + line + "'");
            }
        }
        throw new IllegalArgumentException("no VmRSS line in /proc status (kernel thread or not Linux?)");
    }
}
