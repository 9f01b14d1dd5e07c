package dev.cvp.runner;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the runner finds things, and the test hooks (environment variables, scripts/README.md):
 * {@code CVP_ROOT} the checkout, {@code CVP_RESULTS_DIR} where bundles go, {@code CVP_PROFILES_DIR}
 * the profiles, {@code CVP_BENCH_JAR_CPU} (IO, PROCESS, PYTHON) a jar to run instead of building
 * one, {@code CVP_NO_TASKSET=1} behave as if taskset were missing, {@code CVP_MIN_FREE_MB} free
 * space needed, {@code CVP_RUN_REGISTRY} the list of running runners, {@code CVP_NO_SPELLS=1}
 * run without the speed probe and without recording busy spells, and start extra rounds without
 * waiting for other programs to go quiet (a test's result then does not depend on what else the
 * machine does).
 */
public record RunnerEnv(Path root, Path resultsDir, Path profilesDir, Map<String, String> vars, Path javaBin) {

    /**
     * True when the runner neither records spells (the speed probe's slow ones, the load monitor's
     * busy ones) nor waits for quiet before extra rounds ({@code CVP_NO_SPELLS=1}).
     */
    public boolean noSpells() {
        return "1".equals(vars.get("CVP_NO_SPELLS"));
    }

    public static RunnerEnv fromSystem() {
        Map<String, String> env = System.getenv();
        Path root = Path.of(env.getOrDefault("CVP_ROOT", ".")).toAbsolutePath().normalize();
        return of(root, env);
    }

    /** The environment a test gives. */
    public static RunnerEnv of(Path root, Map<String, String> env) {
        Path results = Optional.ofNullable(env.get("CVP_RESULTS_DIR")).filter(s -> !s.isBlank()).map(Path::of)
                .orElse(root.resolve("results")).toAbsolutePath().normalize();
        Path profiles = Optional.ofNullable(env.get("CVP_PROFILES_DIR")).filter(s -> !s.isBlank()).map(Path::of)
                .orElse(root.resolve("scripts").resolve("profiles")).toAbsolutePath().normalize();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new RunnerEnv(root, results, profiles, Map.copyOf(env), java);
    }

    /** The jar a test put in place of {@code module}'s, if any. */
    public Optional<Path> jarOverride(String module) {
        return Optional.ofNullable(vars.get(jarOverrideVariable(module))).filter(s -> !s.isBlank()).map(Path::of);
    }

    /** {@code CVP_BENCH_JAR_CPU} for bench-cpu. */
    public static String jarOverrideVariable(String module) {
        return "CVP_BENCH_JAR_" + module.replaceFirst("^bench-", "").toUpperCase(Locale.ROOT);
    }

    public Path defaultJar(String module) {
        return root.resolve(module).resolve("target").resolve("benchmarks.jar");
    }

    public Path jar(String module) {
        return jarOverride(module).orElse(defaultJar(module)).toAbsolutePath().normalize();
    }

    public boolean noTaskset() {
        return "1".equals(vars.get("CVP_NO_TASKSET"));
    }

    public long minFreeMb() {
        try {
            return Long.parseLong(vars.getOrDefault("CVP_MIN_FREE_MB", "100").trim());
        } catch (NumberFormatException e) {
            return 100;
        }
    }

    public Path registryDir() {
        return Path.of(vars.getOrDefault("CVP_RUN_REGISTRY", System.getProperty("java.io.tmpdir") + "/cvp-bench-runs"));
    }

    /** A program found on PATH, if any. */
    public Optional<Path> onPath(String program) {
        if (program.contains("/")) {
            Path p = Path.of(program);
            return java.nio.file.Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        String path = vars.getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path p = Path.of(dir, program);
            if (java.nio.file.Files.isExecutable(p) && !java.nio.file.Files.isDirectory(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
