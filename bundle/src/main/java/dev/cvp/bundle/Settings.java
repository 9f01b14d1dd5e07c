package dev.cvp.bundle;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run was asked to do, stored in run.json so that {@code --resume} continues with exactly
 * these settings. Maps are keyed by module.
 *
 * @param tasks              the {@code {tasks}} value of the profiles (4 x the largest core count, at least 8)
 * @param extraJmhArgs       the options given after {@code --}
 * @param jmhArgs            the JMH options each module's cells run with, profiles and extras resolved
 * @param jvmArgsAppend      the merged {@code -jvmArgsAppend} value of each module
 * @param cellTimeoutSeconds the time limit of each module's cells
 * @param jars               the benchmarks jar of each module, relative to the checkout where it lies inside
 * @param pythons            (v2) the interpreters bench-python runs with
 */
public record Settings(String profile, List<String> modules, List<Integer> cores, int tasks,
                       List<String> extraJmhArgs, Map<String, List<String>> jmhArgs,
                       Map<String, String> jvmArgsAppend, Map<String, Long> cellTimeoutSeconds,
                       Map<String, String> jars, List<String> pythons) {

    public Settings {
        modules = modules == null ? List.of() : List.copyOf(modules);
        cores = cores == null ? List.of() : List.copyOf(cores);
        extraJmhArgs = extraJmhArgs == null ? List.of() : List.copyOf(extraJmhArgs);
        jmhArgs = ordered(jmhArgs);
        jvmArgsAppend = ordered(jvmArgsAppend);
        cellTimeoutSeconds = ordered(cellTimeoutSeconds);
        jars = ordered(jars);
        pythons = pythons == null ? List.of() : List.copyOf(pythons);
    }

    private static <V> Map<String, V> ordered(Map<String, V> m) {
        return m == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }
}
