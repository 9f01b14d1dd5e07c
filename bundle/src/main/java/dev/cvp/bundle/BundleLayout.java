package dev.cvp.bundle;

import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files of a bundle folder (DESIGN.md, "Result bundle"):
 * <pre>
 * machine.json, run.json, benchmarks.json
 * cores-&lt;k&gt;/&lt;module&gt;.json      JMH's own JSON of a cell's first round (the only one with one round)
 * cores-&lt;k&gt;/&lt;module&gt;.log       JMH's console output for it
 * cores-&lt;k&gt;/&lt;module&gt;.r&lt;N&gt;.json  the same for round N &gt;= 2 (a cell measured in several rounds)
 * cores-&lt;k&gt;/&lt;module&gt;.r&lt;N&gt;.log
 * attempts/                 earlier attempts' and interrupted cells' output, never overwritten
 * .lock/                    held by the runner writing the bundle
 * </pre>
 * A result file's module is its name up to the first dot, its round the N of {@code .r<N>.} (1 without).
 * Round 1 keeps the name of a single-round cell, so version-1 readers find what they always found.
 */
public record BundleLayout(Path dir) {

    public static final String MACHINE = "machine.json";
    public static final String RUN = "run.json";
    public static final String BENCHMARKS = "benchmarks.json";
    public static final String ATTEMPTS = "attempts";
    public static final String LOCK = ".lock";

    private static final Pattern CORES_DIR = Pattern.compile("cores-(\\d{1,6})");
    private static final Pattern ROUND = Pattern.compile("[^.]+\\.r(\\d{1,4})\\..*");

    public Path machineFile() {
        return dir.resolve(MACHINE);
    }

    public Path runFile() {
        return dir.resolve(RUN);
    }

    public Path benchmarksFile() {
        return dir.resolve(BENCHMARKS);
    }

    public Path coresDir(int cores) {
        return dir.resolve(coresDirName(cores));
    }

    /** {@code cores-<k>/<module>.json}, relative to the bundle: round 1's result file. */
    public static String resultName(String module, int cores) {
        return resultName(module, cores, 1);
    }

    /** {@code cores-<k>/<module>.log}, relative to the bundle: round 1's log. */
    public static String logName(String module, int cores) {
        return logName(module, cores, 1);
    }

    /** Round {@code round}'s result file: {@code cores-<k>/<module>.json} for round 1, else {@code <module>.r<N>.json}. */
    public static String resultName(String module, int cores, int round) {
        return coresDirName(cores) + "/" + roundStem(module, round) + ".json";
    }

    /** Round {@code round}'s log: {@code cores-<k>/<module>.log} for round 1, else {@code <module>.r<N>.log}. */
    public static String logName(String module, int cores, int round) {
        return coresDirName(cores) + "/" + roundStem(module, round) + ".log";
    }

    /** {@code <module>} for round 1, {@code <module>.r<N>} for a later round: the name without its extension. */
    public static String roundStem(String module, int round) {
        if (round < 1) {
            throw new IllegalArgumentException("round " + round + ": rounds count from 1");
        }
        return round == 1 ? module : module + ".r" + round;
    }

    public Path resolve(String relative) {
        return dir.resolve(relative);
    }

    public String relative(Path file) {
        return dir.relativize(file).toString();
    }

    public Path attemptsDir() {
        return dir.resolve(ATTEMPTS);
    }

    public Path lockDir() {
        return dir.resolve(LOCK);
    }

    public static String coresDirName(int cores) {
        return "cores-" + cores;
    }

    /** k for a folder named {@code cores-<k>} with k >= 1. */
    public static OptionalInt coresOf(String folderName) {
        Matcher m = CORES_DIR.matcher(folderName);
        if (!m.matches()) {
            return OptionalInt.empty();
        }
        int k = Integer.parseInt(m.group(1));
        return k >= 1 ? OptionalInt.of(k) : OptionalInt.empty();
    }

    /** The module a result or log file belongs to: its name up to the first dot. */
    public static String moduleOf(String fileName) {
        int dot = fileName.indexOf('.');
        return dot <= 0 ? fileName : fileName.substring(0, dot);
    }

    /** The round a result or log file holds: N for {@code <module>.r<N>.json}, 1 for any other name. */
    public static int roundOf(String fileName) {
        Matcher m = ROUND.matcher(fileName);
        int n = m.matches() ? Integer.parseInt(m.group(1)) : 1;
        return Math.max(n, 1);
    }
}
