package dev.cvp.bundle;

import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files of a bundle folder (DESIGN.md, "Result bundle"):
 * <pre>
 * machine.json, run.json, benchmarks.json
 * cores-&lt;k&gt;/&lt;module&gt;.json   JMH's own JSON, one file per invocation
 * cores-&lt;k&gt;/&lt;module&gt;.log    JMH's console output for it
 * attempts/                 earlier attempts' and interrupted cells' output, never overwritten
 * .lock/                    held by the runner writing the bundle
 * </pre>
 * A result file's module is its name up to the first dot.
 */
public record BundleLayout(Path dir) {

    public static final String MACHINE = "machine.json";
    public static final String RUN = "run.json";
    public static final String BENCHMARKS = "benchmarks.json";
    public static final String ATTEMPTS = "attempts";
    public static final String LOCK = ".lock";

    private static final Pattern CORES_DIR = Pattern.compile("cores-(\\d{1,6})");

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

    /** {@code cores-<k>/<module>.json}, relative to the bundle. */
    public static String resultName(String module, int cores) {
        return coresDirName(cores) + "/" + module + ".json";
    }

    /** {@code cores-<k>/<module>.log}, relative to the bundle. */
    public static String logName(String module, int cores) {
        return coresDirName(cores) + "/" + module + ".log";
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
}
