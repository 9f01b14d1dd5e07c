package dev.cvp.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportCommandTest {

    @TempDir
    Path tmp;

    @Test
    void completeBundleExitsZeroAndWritesReportCsvAndCharts() throws IOException {
        Path dir = BundleFixture.cpuBundle(tmp.resolve("run")).dir();
        Cli.Run r = Cli.run(dir.toString());
        assertEquals(0, r.exit(), r.all());
        assertTrue(Files.isRegularFile(dir.resolve("report.md")));
        assertTrue(Files.isRegularFile(dir.resolve("results.csv")));
        try (Stream<Path> charts = Files.list(dir.resolve("charts"))) {
            assertEquals(1, charts.filter(p -> p.toString().endsWith(".svg")).count());
        }
        String md = Files.readString(dir.resolve("report.md"));
        assertTrue(md.contains("platform-pool 1.97\u00d7 \\[1.92\u20132.01\\] on 2 cores (98% efficient): parallelism helps"), md);
        assertTrue(md.contains("gil 1.01\u00d7"), md);
        assertFalse(md.contains("a global lock"), "undeclared: no meaning guessed from the name 'gil'");
        assertTrue(Files.readString(dir.resolve("details.md")).contains("](charts/"), "chart embedded with a relative link");
        assertTrue(r.out().contains("report.md"));
        assertTrue(r.err().isEmpty(), r.err());
    }

    @Test
    void writesNothingOutsideTheBundleAndLeavesNoTempFiles() throws IOException {
        Path dir = BundleFixture.cpuBundle(tmp.resolve("run")).dir();
        Set<String> before = tree(tmp);
        assertEquals(0, Cli.run(dir.toString()).exit());
        Set<String> added = tree(tmp);
        added.removeAll(before);
        assertEquals(Set.of("run/report.md", "run/report.html", "run/details.md", "run/details.html", "run/results.csv",
                        "run/metrics.csv", "run/charts"),
                added.stream().filter(p -> !p.startsWith("run/charts/")).collect(Collectors.toSet()));
        assertTrue(added.stream().allMatch(p -> p.startsWith("run/")), added.toString());
        assertTrue(added.stream().noneMatch(p -> p.endsWith(".tmp")), added.toString());
        assertEquals(0, Cli.run(dir.toString()).exit(), "a second run overwrites its own outputs");
    }

    @Test
    void truncatedJsonIsNamedWithItsPositionTheRestIsReportedExitThree() throws IOException {
        BundleFixture f = BundleFixture.cpuBundle(tmp.resolve("run"));
        Path file = f.dir().resolve("cores-2/bench-cpu.json");
        String full = Files.readString(file);
        Files.writeString(file, full.substring(0, full.length() * 2 / 3));
        Cli.Run r = Cli.run(f.dir().toString());
        assertEquals(3, r.exit(), r.all());
        assertTrue(r.err().contains("cores-2/bench-cpu.json: malformed JSON at line "), r.err());
        assertTrue(r.err().contains("column"), r.err());
        String md = Files.readString(f.dir().resolve("report.md"));
        assertTrue(md.contains("Missing and unreadable"));
        assertTrue(md.contains("cores-2/bench-cpu.json"));
        String csv = Files.readString(f.dir().resolve("results.csv"));
        assertTrue(csv.contains(",sequential,1,"), "1-core results still reported");
        assertTrue(csv.contains(",sequential,2,"), "results before the damage are kept");
        assertNoStackTrace(r);
    }

    @Test
    void failedCellsFromRunJsonAreListedAndExitThree() throws IOException {
        BundleFixture f = BundleFixture.in(tmp.resolve("run")).machine("1, 2")
                .cell("bench-cpu", 1, "ok", 0).cell("bench-cpu", 2, "failed", 1)
                .results(1, "bench-cpu", JmhJson.kernel("fib", "sequential", 1, 100, 1));
        Cli.Run r = Cli.run(f.dir().toString());
        assertEquals(3, r.exit(), r.all());
        String md = Files.readString(f.dir().resolve("report.md"));
        assertTrue(md.contains("cell bench-cpu at 2 core(s) failed (exit 1); see cores-2/bench-cpu.log"), md);
        assertTrue(r.err().contains("failed (exit 1)"), r.err());
    }

    @Test
    void okCellWithoutItsJsonFileIsNamed() throws IOException {
        BundleFixture f = BundleFixture.in(tmp.resolve("run")).machine("1")
                .cell("bench-cpu", 1, "ok", 0);
        Cli.Run r = Cli.run(f.dir().toString());
        assertEquals(3, r.exit(), r.all());
        assertTrue(r.err().contains("cores-1/bench-cpu.json: missing, though run.json says"), r.err());
    }

    @Test
    void aFolderThatIsNotABundleExitsTwoWithOneLine() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("not-a-bundle"));
        Cli.Run r = Cli.run(empty.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("not a result bundle"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        try (Stream<Path> s = Files.list(empty)) {
            assertEquals(0, s.count(), "nothing written into a non-bundle");
        }
    }

    @Test
    void missingDirectoryAndPlainFileExitTwo() throws IOException {
        assertEquals(2, Cli.run(tmp.resolve("nope").toString()).exit());
        Path file = Files.writeString(tmp.resolve("file.txt"), "x");
        Cli.Run r = Cli.run(file.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("not a directory"), r.err());
    }

    @Test
    void badArgumentsExitTwoWithoutStackTrace() throws IOException {
        Path dir = BundleFixture.cpuBundle(tmp.resolve("run")).dir();
        for (List<String> args : List.of(List.<String>of(), List.of("--no-such-option", dir.toString()),
                List.of(dir.toString(), "-o", tmp.resolve("x.md").toString()),
                List.of(dir.toString(), dir.toString()), List.of(""), List.of(dir.toString(), "-o"))) {
            Cli.Run r = Cli.run(args.toArray(String[]::new));
            assertEquals(2, r.exit(), args + " -> " + r.all());
            assertTrue(r.err().startsWith("report: "), args + " -> " + r.err());
            assertNoStackTrace(r);
        }
    }

    @Test
    void unsupportedOrMixedFormatVersionsExitTwo() throws IOException {
        BundleFixture f = BundleFixture.cpuBundle(tmp.resolve("run"));
        f.write("run.json", "{\"formatVersion\": 2, \"cells\": []}");
        Cli.Run r = Cli.run(f.dir().toString());
        assertEquals(2, r.exit(), r.all());
        assertTrue(r.err().contains("mixed format versions"), r.err());
        f.write("run.json", "{\"formatVersion\": 9, \"cells\": []}").write("machine.json", "{\"formatVersion\": 9}");
        r = Cli.run(f.dir().toString());
        assertEquals(2, r.exit(), r.all());
        assertTrue(r.err().contains("formatVersion 9 is not supported"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void versionTwoBundlesAreRead() throws IOException {
        Path dir = BundleFixture.cpuBundle(tmp.resolve("run")).dir();
        for (String name : List.of("machine.json", "run.json")) {
            Path f = dir.resolve(name);
            Files.writeString(f, Files.readString(f).replace("\"formatVersion\": 1", "\"formatVersion\": 2"));
        }
        Cli.Run r = Cli.run(dir.toString());
        assertEquals(0, r.exit(), r.all());
        assertTrue(Files.readString(dir.resolve("details.md")).contains("| formatVersion | 2 |"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"machine.json", "run.json"})
    void aMissingMetadataFileIsNamedInOneLineAndExitsThree(String name) throws IOException {
        Path dir = BundleFixture.cpuBundle(tmp.resolve("run")).dir();
        Files.delete(dir.resolve(name));
        Cli.Run r = Cli.run(dir.toString());
        assertEquals(3, r.exit(), r.all());
        List<String> named = r.err().lines().filter(l -> l.contains(name)).toList();
        assertEquals(1, named.size(), r.err());
        assertTrue(named.get(0).contains(name + ": missing"), r.err());
        String md = Files.readString(dir.resolve("report.md"));
        assertFalse(md.contains("Complete:"), "a report without " + name + " is not complete");
        assertTrue(md.contains("**Incomplete**") && md.contains("- " + name + ": missing"), md);
        assertTrue(Files.readString(dir.resolve("results.csv")).contains(",sequential,2,"), "the results are still reported");
        assertNoStackTrace(r);
    }

    @Test
    void anUnreadableRunJsonIsNamedWithItsFieldAndExitsThree() throws IOException {
        Path dir = BundleFixture.cpuBundle(tmp.resolve("run")).dir();
        Path run = dir.resolve("run.json");
        Files.writeString(run, Files.readString(run).replaceFirst("\"ok\"", "\"exploded\""));
        Cli.Run r = Cli.run(dir.toString());
        assertEquals(3, r.exit(), r.all());
        assertTrue(r.err().contains("run.json: unreadable: ") && r.err().contains("cells[0].state"), r.err());
        assertNoStackTrace(r);
    }

    @Test
    void theCommittedVersionOneSamplesStillRenderComplete() throws IOException {
        for (String sample : List.of("sample-v1", "sample-fib-3-forks")) {
            Path copy = copyBundle(Path.of("..", "docs", sample), tmp.resolve(sample));
            Cli.Run r = Cli.run(copy.toString());
            assertEquals(0, r.exit(), sample + ": " + r.all());
            String md = Files.readString(copy.resolve("report.md"));
            assertTrue(md.contains("Complete: "), md);
            assertTrue(Files.readString(copy.resolve("details.md")).contains("| formatVersion | 1 |"), md);
        }
    }

    @Test
    void aBundleThatCannotBeWrittenExitsTwoWithOneLine() throws IOException {
        Path dir = BundleFixture.cpuBundle(tmp.resolve("run")).dir();
        Files.createDirectories(dir.resolve("report.md"));
        Cli.Run r = Cli.run(dir.toString());
        assertEquals(2, r.exit(), r.all());
        assertTrue(r.err().contains("cannot write the report: ") && r.err().contains("report.md is a directory"), r.err());
        assertNoStackTrace(r);
    }

    @Test
    void debugPrintsTheStackTrace() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Cli.Run r = Cli.run("--debug", empty.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("\tat "), "stack trace with --debug");
    }

    @Test
    void helpExitsZero() {
        Cli.Run r = Cli.run("--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("RUN_DIR"));
    }

    static void assertNoStackTrace(Cli.Run r) {
        assertFalse(r.all().contains("\tat "), r.all());
        assertFalse(r.all().contains("Exception"), r.all());
    }

    /** The bundle's inputs (machine.json, run.json, cores-k/), not the report it holds. */
    private static Path copyBundle(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                String rel = from.relativize(p).toString();
                if (rel.equals("machine.json") || rel.equals("run.json") || rel.startsWith("cores-")) {
                    Path target = to.resolve(rel);
                    Files.createDirectories(Files.isDirectory(p) ? target : target.getParent());
                    if (Files.isRegularFile(p)) {
                        Files.copy(p, target);
                    }
                }
            }
        }
        return to;
    }

    private static Set<String> tree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> !p.equals(root)).map(p -> root.relativize(p).toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
