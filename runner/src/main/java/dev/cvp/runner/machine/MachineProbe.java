package dev.cvp.runner.machine;

import dev.cvp.bundle.FormatVersion;
import dev.cvp.bundle.Interpreter;
import dev.cvp.bundle.Machine;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/** Reads this machine's facts for machine.json (see {@link Machine}). */
public final class MachineProbe {

    private final Path root;
    private final Path checkout;

    /**
     * @param root     the file system root facts are read under ({@code /}; a test may give a fake tree)
     * @param checkout the project checkout, for its git commit
     */
    public MachineProbe(Path root, Path checkout) {
        this.root = root;
        this.checkout = checkout;
    }

    /** What a run adds to the machine's facts. */
    public record RunFacts(String runId, String label, String startedAt, String profile, List<String> modules,
                           List<Integer> cores, Integer tasks, String availableCpus, boolean pinningEnforced,
                           String pinning, Map<String, String> cellCpus, String jmhVersion,
                           List<Interpreter> interpreters) {
    }

    public Machine describe(RunFacts run) {
        Optional<Git.State> git = Git.state(checkout);
        return new Machine(FormatVersion.CURRENT, run.runId(), run.label(), run.startedAt(), run.profile(),
                run.modules(), run.cores(), run.tasks(), hostName(), cpuModel().orElse(null),
                logicalCpus(), physicalCores().orElse(null),
                threadsPerCore().orElse(null), run.availableCpus(),
                CgroupQuota.read(root).map(CgroupQuota::text).orElse(null), governor().orElse(null),
                memoryMiB().orElse(null), System.getProperty("java.vendor"), System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), System.getProperty("java.home"),
                System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("os.arch"),
                osDescription().orElse(null), git.map(Git.State::commit).orElse(null),
                git.map(Git.State::dirty).orElse(null), run.pinningEnforced(), run.pinning(), run.cellCpus(),
                run.jmhVersion(), run.interpreters());
    }

    public static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return Optional.ofNullable(System.getenv("HOSTNAME")).orElse("unknown");
        }
    }

    /** The logical CPUs the OS has online (not only those this process may use). */
    private Integer logicalCpus() {
        try (var dirs = Files.list(root.resolve("sys/devices/system/cpu"))) {
            long n = dirs.filter(p -> p.getFileName().toString().matches("cpu\\d+")).count();
            if (n > 0) {
                return (int) n;
            }
        } catch (IOException e) {
            // not Linux
        }
        return ManagementFactory.getOperatingSystemMXBean().getAvailableProcessors();
    }

    private Optional<String> cpuModel() {
        try {
            for (String line : Files.readAllLines(root.resolve("proc/cpuinfo"))) {
                if (line.matches("(model name|Hardware|cpu model)\\s*:.*")) {
                    return Optional.of(line.substring(line.indexOf(':') + 1).strip());
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        return Optional.empty();
    }

    /** Distinct (package, core) pairs of the CPU topology. */
    private Optional<Integer> physicalCores() {
        Set<String> cores = new HashSet<>();
        try (var dirs = Files.list(root.resolve("sys/devices/system/cpu"))) {
            for (Path cpu : dirs.filter(p -> p.getFileName().toString().matches("cpu\\d+")).toList()) {
                Path topo = cpu.resolve("topology");
                cores.add(Files.readString(topo.resolve("physical_package_id")).trim() + ":"
                        + Files.readString(topo.resolve("core_id")).trim());
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return cores.isEmpty() ? Optional.empty() : Optional.of(cores.size());
    }

    /** Hardware threads per core (2 with SMT), from cpu0's siblings. */
    private Optional<Integer> threadsPerCore() {
        try {
            String list = Files.readString(root.resolve("sys/devices/system/cpu/cpu0/topology/thread_siblings_list"));
            return Optional.of(Cpus.expand(list).size()).filter(n -> n > 0);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Optional<String> governor() {
        Set<String> governors = new java.util.TreeSet<>();
        try (var dirs = Files.list(root.resolve("sys/devices/system/cpu"))) {
            for (Path cpu : dirs.filter(p -> p.getFileName().toString().matches("cpu\\d+")).toList()) {
                Path g = cpu.resolve("cpufreq/scaling_governor");
                if (Files.isReadable(g)) {
                    governors.add(Files.readString(g).trim());
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return governors.isEmpty() ? Optional.empty() : Optional.of(String.join(",", governors));
    }

    private Optional<Long> memoryMiB() {
        try {
            for (String line : Files.readAllLines(root.resolve("proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Optional.of(Long.parseLong(line.replaceAll("\\D", "")) / 1024);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // fall through to the MXBean
        }
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Optional.of(os.getTotalMemorySize() / (1024 * 1024));
        }
        return Optional.empty();
    }

    private Optional<String> osDescription() {
        try {
            Properties p = new Properties();
            try (var in = Files.newBufferedReader(root.resolve("etc/os-release"))) {
                p.load(in);
            }
            String name = Optional.ofNullable(p.getProperty("PRETTY_NAME")).orElse(p.getProperty("NAME"));
            return Optional.ofNullable(name).map(s -> s.replaceAll("^\"|\"$", ""));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The jmh-core version bundled in a benchmarks jar, or empty. */
    public static Optional<String> jmhVersion(Path jar) {
        try (JarFile jf = new JarFile(jar.toFile())) {
            ZipEntry e = jf.getEntry("META-INF/maven/org.openjdk.jmh/jmh-core/pom.properties");
            if (e == null) {
                return Optional.empty();
            }
            Properties p = new Properties();
            p.load(jf.getInputStream(e));
            return Optional.ofNullable(p.getProperty("version"));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
