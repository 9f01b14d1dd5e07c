package dev.cvp.io.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Where the latency server process runs: on the CPUs the benchmark may not use, when the machine
 * has any, so that the server's work never competes with the client on the measured cores; on
 * the benchmark's own CPUs otherwise (it inherits them), which is then recorded as shared.
 *
 * <p>Why: a server that inherits a 1-core pinning shares that one core with the client, while at
 * 2 cores it gets (half of) a second one; the client's 1-core time then includes the server's CPU
 * work and its scheduling delays, and the parallel speedup of HTTP and the pipeline came out
 * above the core count (2.95x on 2 cores). Off the measured CPUs, the server is the same remote
 * machine at every core count.
 *
 * @param benchmarkCpus the CPUs this JVM may run on (its affinity: the cell's pinning), empty if unknown
 * @param serverCpus    the CPUs the server is started on; equal to {@code benchmarkCpus} when shared
 * @param reason        why the server shares the benchmark's CPUs, or "" when it does not
 */
public record ServerPlacement(List<Integer> benchmarkCpus, List<Integer> serverCpus, String reason) {

    /** What the console line that says where the server runs starts with. */
    public static final String LINE = "# bench-io latency server: ";

    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path ONLINE = Path.of("/sys/devices/system/cpu/online");
    private static final String ALLOWED_KEY = "Cpus_allowed_list:";
    private static final List<Path> TASKSET = List.of(Path.of("/usr/bin/taskset"), Path.of("/bin/taskset"));

    public ServerPlacement {
        benchmarkCpus = List.copyOf(benchmarkCpus);
        serverCpus = List.copyOf(serverCpus);
    }

    /** True when the server runs on the benchmark's own CPUs. */
    public boolean shared() {
        return !reason.isEmpty();
    }

    /** For this JVM: the machine's online CPUs that its affinity leaves out, if any, and taskset. */
    public static ServerPlacement forThisJvm() {
        Optional<String> allowed = allowedList();
        Optional<String> online = read(ONLINE).map(String::strip);
        if (allowed.isEmpty() || online.isEmpty()) {
            return sharing(List.of(), "the CPU affinity is unknown here (no /proc)");
        }
        ServerPlacement placement = choose(allowed.get(), online.get());
        if (!placement.shared() && taskset().isEmpty()) {
            return sharing(placement.benchmarkCpus(), "taskset is not installed");
        }
        return placement;
    }

    /**
     * The placement for a benchmark allowed on {@code allowedList} of a machine whose online CPUs
     * are {@code onlineList} (both in the kernel's list format, e.g. {@code 0-3,6}).
     *
     * @throws IllegalArgumentException for a list that is not in that format
     */
    public static ServerPlacement choose(String allowedList, String onlineList) {
        List<Integer> benchmark = parseList(allowedList);
        TreeSet<Integer> spare = new TreeSet<>(parseList(onlineList));
        spare.removeAll(benchmark);
        return spare.isEmpty() ? sharing(benchmark, "no spare CPU: the benchmark may use every online CPU")
                : new ServerPlacement(benchmark, new ArrayList<>(spare), "");
    }

    /** The server on the benchmark's CPUs, for {@code reason}. */
    public static ServerPlacement sharing(List<Integer> benchmarkCpus, String reason) {
        return new ServerPlacement(benchmarkCpus, benchmarkCpus, reason);
    }

    /** What goes before the server's java command: {@code taskset -c <server cpus>}, or nothing when shared. */
    public List<String> commandPrefix() {
        if (shared()) {
            return List.of();
        }
        String taskset = taskset().orElseThrow(() -> new IllegalStateException("taskset is not installed"))
                .toString();
        return List.of(taskset, "-c", formatList(serverCpus));
    }

    /** The console line: where the server runs, and whether it shares the benchmark's CPUs. */
    public String describe() {
        return LINE + (shared()
                ? "shares the benchmark's CPUs " + formatList(serverCpus) + " (" + reason + ")"
                : "CPUs " + formatList(serverCpus) + ", apart from the benchmark's CPUs " + formatList(benchmarkCpus));
    }

    /** Parses the kernel's CPU list format ({@code 0-3,6}); an empty list for "". */
    static List<Integer> parseList(String list) {
        TreeSet<Integer> cpus = new TreeSet<>();
        for (String part : list.strip().split(",")) {
            if (part.isEmpty()) {
                continue;
            }
            String[] range = part.split("-", -1);
            try {
                int from = Integer.parseInt(range[0].strip());
                int to = range.length == 2 ? Integer.parseInt(range[1].strip()) : from;
                if (range.length > 2 || from < 0 || to < from) {
                    throw new NumberFormatException(part);
                }
                for (int cpu = from; cpu <= to; cpu++) {
                    cpus.add(cpu);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a CPU list (e.g. 0-3,6): '" + list + "'", e);
            }
        }
        return new ArrayList<>(cpus);
    }

    /** The kernel's list format for {@code cpus}, ranges joined: {@code 0-3,6}. */
    static String formatList(List<Integer> cpus) {
        StringBuilder text = new StringBuilder();
        List<Integer> sorted = new ArrayList<>(new TreeSet<>(cpus));
        for (int i = 0; i < sorted.size(); ) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) {
                j++;
            }
            text.append(text.isEmpty() ? "" : ",").append(sorted.get(i));
            if (j > i) {
                text.append('-').append(sorted.get(j));
            }
            i = j + 1;
        }
        return text.toString();
    }

    private static Optional<String> allowedList() {
        return read(STATUS).flatMap(status -> status.lines()
                .filter(line -> line.startsWith(ALLOWED_KEY))
                .map(line -> line.substring(ALLOWED_KEY.length()).strip())
                .findFirst());
    }

    private static Optional<String> read(Path file) {
        try {
            return Optional.of(Files.readString(file));
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** Whether taskset can be found (where the server is started apart, it is). */
    static boolean tasksetInstalled() {
        return taskset().isPresent();
    }

    private static Optional<Path> taskset() {
        return Stream.concat(TASKSET.stream(), Optional.ofNullable(System.getenv("PATH")).stream()
                        .flatMap(path -> Stream.of(path.split(java.io.File.pathSeparator)))
                        .filter(dir -> !dir.isEmpty())
                        .map(dir -> Path.of(dir, "taskset")))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
