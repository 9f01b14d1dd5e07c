package dev.cvp.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds result bundles in a temp folder, laid out as scripts/bench.sh writes them. run.json is
 * rewritten with every cell added; {@link #results} adds an ok cell for its module and core
 * count unless one was declared. Delete run.json or machine.json to test their absence.
 */
final class BundleFixture {

    private final Path dir;
    private final List<String> cells = new ArrayList<>();
    private final List<String> invocations = new ArrayList<>();
    private final Set<String> declared = new HashSet<>();
    private String label = "testbox";
    private int formatVersion = 1;

    private BundleFixture(Path dir) {
        this.dir = dir;
    }

    static BundleFixture in(Path dir) throws IOException {
        Files.createDirectories(dir);
        return new BundleFixture(dir);
    }

    Path dir() {
        return dir;
    }

    BundleFixture label(String l) {
        label = l;
        return this;
    }

    /** The format version machine.json and run.json declare (1 unless set; call before {@link #machine}). */
    BundleFixture formatVersion(int v) {
        formatVersion = v;
        return this;
    }

    /**
     * Adds a format-2 invocation to run.json (execution order is the order of the calls) with the
     * load the runner recorded while it ran, and rewrites run.json.
     *
     * @param otherPercentMax other processes' share of the pinned CPUs in the worst ~5 s window
     * @param stealPercent    steal time over the invocation
     */
    BundleFixture invocation(String module, int cores, double otherPercentMax, double stealPercent) throws IOException {
        return invocation(module, cores, otherPercentMax, stealPercent, null);
    }

    /** The same, with the speed probe's figure ({@code cpuSlowdown}, null for none). */
    BundleFixture invocation(String module, int cores, double otherPercentMax, double stealPercent, Double cpuSlowdown)
            throws IOException {
        return invocation(module, cores, otherPercentMax, stealPercent, cpuSlowdown, new long[0][]);
    }

    /**
     * The same, with the speed probe's spells: each {from, to, slowdown x 100} (ms since the epoch,
     * the clock of the iterations' times).
     */
    BundleFixture invocation(String module, int cores, double otherPercentMax, double stealPercent, Double cpuSlowdown,
                             long[]... spells) throws IOException {
        String spellJson = spells.length == 0 ? "" : ", \"slowSpells\": [" + java.util.Arrays.stream(spells)
                .map(x -> "{\"from\": " + x[0] + ", \"to\": " + x[1] + ", \"slowdown\": " + x[2] / 100.0 + "}")
                .collect(java.util.stream.Collectors.joining(", ")) + "]";
        return invocation(module, cores, otherPercentMax, stealPercent, cpuSlowdown, spellJson);
    }

    /**
     * An invocation on a full-speed CPU with the load monitor's busy spells: each {from, to,
     * otherPercent} (ms since the epoch, the clock of the iterations' times); none recorded as none.
     */
    BundleFixture busyInvocation(String module, int cores, double otherPercentMax, long[]... busy) throws IOException {
        return invocation(module, cores, otherPercentMax, 0, 1.0, ", \"busySpells\": [" + java.util.Arrays.stream(busy)
                .map(x -> "{\"from\": " + x[0] + ", \"to\": " + x[1] + ", \"otherPercent\": " + x[2] + "}")
                .collect(java.util.stream.Collectors.joining(", ")) + "]");
    }

    /**
     * A quiet invocation on a full-speed CPU whose speed probe took {@code probeMicros} for its fixed
     * computation, probe by probe ({@code probeMicros} in run.json).
     */
    BundleFixture probedInvocation(String module, int cores, double... probeMicros) throws IOException {
        return invocation(module, cores, 1, 0, 1.0, ", \"probeMicros\": " + java.util.Arrays.toString(probeMicros));
    }

    private BundleFixture invocation(String module, int cores, double otherPercentMax, double stealPercent,
                                     Double cpuSlowdown, String spellJson) throws IOException {
        int sequence = invocations.size() + 1;
        invocations.add("    {\"sequence\": " + sequence + ", \"module\": " + JmhJson.str(module) + ", \"cores\": " + cores
                + ", \"round\": 1, \"attempt\": 1, \"startedAt\": \"2026-11-24T01:3" + sequence + ":00Z\","
                + " \"finishedAt\": \"2026-11-24T01:3" + sequence + ":50Z\", \"seconds\": 50.0, \"state\": \"ok\","
                + " \"exitCode\": 0, \"results\": 4, \"json\": \"cores-" + cores + "/" + module + ".json\","
                + " \"log\": \"cores-" + cores + "/" + module + ".log\", \"load\": {\"cpus\": \"0-" + (cores - 1)
                + "\", \"seconds\": 50.0, \"samples\": 50, \"cellPercent\": 95.0, \"otherPercent\": "
                + otherPercentMax / 3 + ", \"otherPercentMax\": " + otherPercentMax + ", \"stealPercent\": "
                + stealPercent + ", \"loadAverage\": 1.2" + (cpuSlowdown == null ? "" : ", \"cpuSlowdown\": " + cpuSlowdown)
                + spellJson + "}}");
        return run();
    }

    /**
     * An extra round (run.json's {@code selection}) at {@code round} that measured again the rows of
     * round {@code replaces} written in {@code cores-<k>/<module>.r<round>.json}, on a full-speed CPU.
     */
    BundleFixture replacement(String module, int cores, int round, int replaces) throws IOException {
        return replacement(module, cores, round, replaces, "^x$", "");
    }

    /**
     * The same, measuring {@code selection} again, whose speed probe took {@code probeMicros} for its
     * fixed computation, probe by probe.
     */
    BundleFixture probedReplacement(String module, int cores, int round, int replaces, String selection,
                                    double... probeMicros) throws IOException {
        return replacement(module, cores, round, replaces, selection,
                ", \"probeMicros\": " + java.util.Arrays.toString(probeMicros));
    }

    private BundleFixture replacement(String module, int cores, int round, int replaces, String selection,
                                      String probeJson) throws IOException {
        int sequence = invocations.size() + 1;
        String stem = "cores-" + cores + "/" + module + ".r" + round;
        invocations.add("    {\"sequence\": " + sequence + ", \"module\": " + JmhJson.str(module) + ", \"cores\": " + cores
                + ", \"round\": " + round + ", \"attempt\": 1, \"startedAt\": \"2026-11-24T01:4" + sequence + ":00Z\","
                + " \"finishedAt\": \"2026-11-24T01:4" + sequence + ":05Z\", \"seconds\": 5.0, \"state\": \"ok\","
                + " \"exitCode\": 0, \"results\": 1, \"json\": \"" + stem + ".json\", \"log\": \"" + stem + ".log\","
                + " \"load\": {\"cpus\": \"0\", \"seconds\": 5.0, \"samples\": 5, \"cellPercent\": 95.0,"
                + " \"otherPercent\": 1, \"otherPercentMax\": 2, \"stealPercent\": 0, \"cpuSlowdown\": 1.0"
                + probeJson + "}, \"selection\": " + JmhJson.str(selection) + ", \"replaces\": " + replaces + "}");
        return run();
    }

    /** machine.json with every field DESIGN.md names. */
    BundleFixture machine(String cores) throws IOException {
        String json = "{\n"
                + "  \"formatVersion\": " + formatVersion + ",\n"
                + "  \"label\": " + JmhJson.str(label) + ",\n"
                + "  \"cpuModel\": \"AMD EPYC 7B13\",\n"
                + "  \"logicalCpus\": 2,\n"
                + "  \"osName\": \"Linux\",\n"
                + "  \"osVersion\": \"6.1.0\",\n"
                + "  \"arch\": \"amd64\",\n"
                + "  \"jvmVendor\": \"Eclipse Adoptium\",\n"
                + "  \"jvmVersion\": \"25.0.3\",\n"
                + "  \"jmhVersion\": \"1.37\",\n"
                + "  \"startedAt\": \"2026-11-24T01:30:00Z\",\n"
                + "  \"gitCommit\": null,\n"
                + "  \"profile\": \"quick\",\n"
                + "  \"cores\": [" + cores + "],\n"
                + "  \"modules\": [\"bench-cpu\"]\n"
                + "}\n";
        return write("machine.json", json);
    }

    /** Adds a cell to run.json and rewrites it. */
    BundleFixture cell(String module, int cores, String state, int exit) throws IOException {
        declared.add(module + "@" + cores);
        cells.add("    {\"module\": " + JmhJson.str(module) + ", \"cores\": " + cores + ", \"state\": "
                + JmhJson.str(state) + ", \"exitCode\": " + exit + ", \"seconds\": 12.5}");
        return run();
    }

    private BundleFixture run() throws IOException {
        String inv = invocations.isEmpty() ? "" : ",\n  \"invocations\": [\n" + String.join(",\n", invocations) + "\n  ]";
        return write("run.json", "{\n  \"formatVersion\": " + formatVersion + ",\n  \"cells\": [\n"
                + String.join(",\n", cells) + "\n  ]" + inv + "\n}\n");
    }

    /** benchmarks.json with these declarations. */
    BundleFixture declarations(dev.cvp.bundle.declare.Declaration... ds) throws IOException {
        return write("benchmarks.json", new String(new dev.cvp.bundle.declare.Declarations(
                dev.cvp.bundle.FormatVersion.CURRENT, List.of(ds)).toJson(), StandardCharsets.UTF_8));
    }

    /** Writes {@code cores-<k>/<module>.json}; adds an ok cell for it unless one was declared. */
    BundleFixture results(int cores, String module, JmhJson.Result... results) throws IOException {
        write("cores-" + cores + "/" + module + ".json", JmhJson.render(List.of(results)));
        return declared.contains(module + "@" + cores) ? this : cell(module, cores, "ok", 0);
    }

    BundleFixture write(String relative, String text) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return this;
    }

    /**
     * A complete bundle: bench-cpu at 1 and 2 cores, fib with four strategies that behave as
     * the real ones do (pools scale, gil and cooperative do not).
     */
    static BundleFixture cpuBundle(Path dir) throws IOException {
        return in(dir).machine("1, 2")
                .results(1, "bench-cpu",
                        JmhJson.kernel("fib", "sequential", 1, 100.0, 1.0),
                        JmhJson.kernel("fib", "platform-pool", 1, 101.0, 1.2),
                        JmhJson.kernel("fib", "gil", 1, 102.0, 1.0),
                        JmhJson.kernel("fib", "cooperative", 1, 103.0, 1.1))
                .results(2, "bench-cpu",
                        JmhJson.kernel("fib", "sequential", 2, 100.0, 1.0),
                        JmhJson.kernel("fib", "platform-pool", 2, 51.3, 0.8),
                        JmhJson.kernel("fib", "gil", 2, 101.0, 1.0),
                        JmhJson.kernel("fib", "cooperative", 2, 103.5, 1.3));
    }
}
