package dev.cvp.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds result bundles in a temp folder, laid out as scripts/bench.sh writes them. */
final class BundleFixture {

    private final Path dir;
    private final List<String> cells = new ArrayList<>();
    private String label = "testbox";

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

    /** machine.json with every field DESIGN.md names. */
    BundleFixture machine(String cores) throws IOException {
        String json = "{\n"
                + "  \"formatVersion\": 1,\n"
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

    /** Adds a run.json cell (written by {@link #run()}). */
    BundleFixture cell(String module, int cores, String state, int exit) {
        cells.add("    {\"module\": " + JmhJson.str(module) + ", \"cores\": " + cores + ", \"state\": "
                + JmhJson.str(state) + ", \"exitCode\": " + exit + ", \"seconds\": 12.5}");
        return this;
    }

    BundleFixture run() throws IOException {
        return write("run.json", "{\n  \"formatVersion\": 1,\n  \"cells\": [\n" + String.join(",\n", cells) + "\n  ]\n}\n");
    }

    BundleFixture results(int cores, String module, JmhJson.Result... results) throws IOException {
        return write("cores-" + cores + "/" + module + ".json", JmhJson.render(List.of(results)));
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
                .cell("bench-cpu", 1, "ok", 0).cell("bench-cpu", 2, "ok", 0).run()
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
