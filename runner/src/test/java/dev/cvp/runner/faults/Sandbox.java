package dev.cvp.runner.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cvp.runner.machine.Cpus;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One test's world: its own folders (results, run registry, a scratch checkout), the runner's
 * test hooks pointing there (scripts/README.md, "Test hooks"), FakeBench in place of every
 * module's jar, and the runners it started, all killed when it closes, with anything else whose
 * command line names its folder.
 *
 * <p>git is hidden from the runner ({@code GIT_DIR} names no repository, and the scratch checkout
 * is none), so that a commit made while the tests run cannot make a {@code --resume} refuse.
 */
final class Sandbox implements AutoCloseable {

    /** The checkout under test (the tests run in the runner module's folder). */
    static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    /** The name the runner prints in its resume hint (CVP_LAUNCHER). */
    static final String LAUNCHER = "runner-under-test";

    final Path dir;
    Path results;
    final Path registry;
    final Path counter;
    final Path gate;
    final Path checkout;

    private final Map<String, String> env = new LinkedHashMap<>();
    private final List<RunnerProcess> started = new ArrayList<>();

    Sandbox(Path dir) {
        this.dir = dir;
        results = dir.resolve("results");
        registry = dir.resolve("registry");
        counter = dir.resolve("counter");
        gate = dir.resolve("gate");
        checkout = dir.resolve("checkout");
        try {
            Files.createDirectories(checkout);
            Files.createFile(counter);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        set("CVP_ROOT", checkout);
        resultsIn(results);
        set("CVP_RUN_REGISTRY", registry);
        set("CVP_PROFILES_DIR", PROJECT.resolve("scripts/profiles"));
        set("CVP_MIN_FREE_MB", "1");
        set("CVP_LAUNCHER", LAUNCHER);
        set("GIT_DIR", dir.resolve("not-a-repository"));
        set("CVP_FAKE_COUNTER", counter);
        set("CVP_FAKE_GATE", gate);
        set("CVP_FAKE_PLAN", "*=ok");
        for (String m : List.of("CPU", "IO", "PROCESS")) {
            set("CVP_BENCH_JAR_" + m, TestJars.fakeJar());
        }
    }

    /** The core counts the matrix tests use: 1 and 2 (1 alone on a one-CPU machine). */
    static List<Integer> cores() {
        return Cpus.available().size() >= 2 ? List.of(1, 2) : List.of(1);
    }

    /** The largest of {@link #cores()}. */
    static int top() {
        return cores().get(cores().size() - 1);
    }

    /** {@code --cores} for {@link #cores()}. */
    static String coresArg() {
        return String.join(",", cores().stream().map(String::valueOf).toList());
    }

    /** Bundles go to {@code folder} from now on. */
    Sandbox resultsIn(Path folder) {
        results = folder;
        return set("CVP_RESULTS_DIR", folder);
    }

    /** Sets an environment variable of the runners started from now on; null removes it. */
    Sandbox set(String name, Object value) {
        env.put(name, value == null ? null : value.toString());
        return this;
    }

    /** Starts the runner ({@code java -cp <this class path> dev.cvp.runner.BenchCommand ARGS}). */
    RunnerProcess start(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                "dev.cvp.runner.BenchCommand"));
        cmd.addAll(List.of(args));
        Path out = dir.resolve("runner-" + (started.size() + 1) + ".out");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().keySet().removeIf(k -> k.startsWith("CVP_") || k.startsWith("GIT_"));
        env.forEach((k, v) -> {
            if (v == null) {
                pb.environment().remove(k);
            } else {
                pb.environment().put(k, v);
            }
        });
        try {
            RunnerProcess p = new RunnerProcess(pb.start(), out);
            started.add(p);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the runner to its end. */
    RunnerProcess.Result run(String... args) {
        return start(args).await();
    }

    /**
     * Profiles from {@code dir/profiles}: the real smoke profile alone (no module profile), plus
     * what the test adds there.
     */
    Path smokeProfileOnly() {
        Path profiles = dir.resolve("profiles");
        try {
            Files.createDirectories(profiles);
            Files.copy(PROJECT.resolve("scripts/profiles/smoke.jmh"), profiles.resolve("smoke.jmh"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        set("CVP_PROFILES_DIR", profiles);
        return profiles;
    }

    /** An executable script {@code dir/name} (a stand-in mvnw or java) made of {@code lines}. */
    Path script(String name, String... lines) {
        Path script = dir.resolve(name);
        try {
            Files.writeString(script, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return script;
    }

    /** Lets every cell that waits at the gate (plan action "gate") go on. */
    void openGate() {
        try {
            Files.writeString(gate, "open\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every cell start FakeBench logged: "module cores action pid". */
    List<String> starts() {
        try {
            return Files.readAllLines(counter, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many times FakeBench started {@code module} at {@code cores}. */
    long starts(String module, int cores) {
        return starts().stream().filter(l -> l.startsWith(module + " " + cores + " ")).count();
    }

    /** How many times FakeBench started round {@code round} of {@code module} at {@code cores}. */
    long starts(String module, int cores, int round) {
        return starts().stream().filter(l -> l.startsWith(module + " " + cores + " ") && l.endsWith(" r" + round))
                .count();
    }

    /** The bundles in this sandbox's results folder. */
    List<Path> bundles() {
        if (!Files.isDirectory(results)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(results)) {
            return s.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one bundle in this sandbox's results folder. */
    Path bundle() {
        List<Path> all = bundles();
        assertEquals(1, all.size(), "bundles in " + results + ": " + all);
        return all.get(0);
    }

    /** The one bundle of the run labelled {@code label}. */
    Path bundle(String label) {
        List<Path> all = bundles().stream().filter(b -> b.getFileName().toString().endsWith("Z-" + label)).toList();
        assertEquals(1, all.size(), "bundles labelled " + label + " in " + results + ": " + bundles());
        return all.get(0);
    }

    /** Kills the runners it started, what they started, and anything else naming its folder. */
    @Override
    public void close() {
        started.forEach(RunnerProcess::kill);
        Processes.killAll(Processes.mentioning(dir.toString()));
    }
}
