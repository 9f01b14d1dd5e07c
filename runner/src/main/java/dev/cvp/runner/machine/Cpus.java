package dev.cvp.runner.machine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** CPU lists as Linux writes them ("0-3,8") and the affinity of processes. */
public final class Cpus {

    private Cpus() {
    }

    /** "0-3,8" -> [0, 1, 2, 3, 8]; malformed parts are skipped. */
    public static List<Integer> expand(String list) {
        List<Integer> out = new ArrayList<>();
        for (String part : list.trim().split(",")) {
            String p = part.strip();
            try {
                int dash = p.indexOf('-');
                if (dash > 0) {
                    int from = Integer.parseInt(p.substring(0, dash));
                    int to = Integer.parseInt(p.substring(dash + 1));
                    for (int c = from; c <= to; c++) {
                        out.add(c);
                    }
                } else if (!p.isEmpty()) {
                    out.add(Integer.parseInt(p));
                }
            } catch (NumberFormatException e) {
                // not a CPU number: skipped
            }
        }
        return out;
    }

    /** [0, 1, 2, 5] -> "0-2,5". */
    public static String compress(List<Integer> cpus) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < cpus.size()) {
            int start = cpus.get(i);
            int end = start;
            while (i + 1 < cpus.size() && cpus.get(i + 1) == end + 1) {
                end = cpus.get(++i);
            }
            b.append(b.isEmpty() ? "" : ",").append(start).append(end == start ? "" : "-" + end);
            i++;
        }
        return b.toString();
    }

    /** The CPUs {@code pid} may run on (Linux), from its {@code Cpus_allowed_list}. */
    public static Optional<String> affinity(long pid) {
        return statusField(Path.of("/proc", Long.toString(pid), "status"), "Cpus_allowed_list");
    }

    /** The CPUs this process may use, in order; 0..n-1 where the OS does not tell. */
    public static List<Integer> available() {
        Optional<String> mine = statusField(Path.of("/proc/self/status"), "Cpus_allowed_list");
        List<Integer> cpus = mine.map(Cpus::expand).orElse(List.of());
        if (!cpus.isEmpty()) {
            return cpus;
        }
        List<Integer> out = new ArrayList<>();
        for (int c = 0; c < Runtime.getRuntime().availableProcessors(); c++) {
            out.add(c);
        }
        return out;
    }

    static Optional<String> statusField(Path status, String field) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith(field + ":")) {
                    return Optional.of(line.substring(field.length() + 1).strip());
                }
            }
        } catch (IOException | SecurityException e) {
            // not Linux, or the process is gone
        }
        return Optional.empty();
    }
}
