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
 * @param rounds             (v2) how many rounds each module's cells are measured in (1 where absent):
 *                           each round is one JMH invocation per core count, and the rounds alternate
 *                           the order of the core counts (1, 2 | 2, 1 | 1, 2 ...)
 */
public record Settings(String profile, List<String> modules, List<Integer> cores, int tasks,
                       List<String> extraJmhArgs, Map<String, List<String>> jmhArgs,
                       Map<String, String> jvmArgsAppend, Map<String, Long> cellTimeoutSeconds,
                       Map<String, String> jars, List<String> pythons, Map<String, Integer> rounds) {

    public Settings {
        modules = modules == null ? List.of() : List.copyOf(modules);
        cores = cores == null ? List.of() : List.copyOf(cores);
        extraJmhArgs = extraJmhArgs == null ? List.of() : List.copyOf(extraJmhArgs);
        jmhArgs = ordered(jmhArgs);
        jvmArgsAppend = ordered(jvmArgsAppend);
        cellTimeoutSeconds = ordered(cellTimeoutSeconds);
        jars = ordered(jars);
        pythons = pythons == null ? List.of() : List.copyOf(pythons);
        rounds = ordered(rounds);
    }

    /** How many rounds {@code module}'s cells are measured in: 1 unless the profile asked for more. */
    public int roundsOf(String module) {
        Integer r = rounds.get(module);
        return r == null || r < 1 ? 1 : r;
    }

    private static <V> Map<String, V> ordered(Map<String, V> m) {
        return m == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }
}
