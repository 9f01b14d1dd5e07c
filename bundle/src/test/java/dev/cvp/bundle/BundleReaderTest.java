package dev.cvp.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleReaderTest {

    @TempDir
    Path dir;

    static Machine machine(String runId) {
        return new Machine(FormatVersion.CURRENT, runId, "test", "2026-12-01T00:00:00Z", "smoke", List.of("bench-cpu"),
                List.of(1, 2), 8, "host", "CPU", 2, 2, 1, "0-1", "none", null, 1024L, "vendor", "vm", "25",
                "/jdk", "Linux", "6", "amd64", "Debian", null, null, true, "taskset", Map.of("1", "0", "2", "0-1"),
                "1.37", List.of());
    }

    static Run run(String runId) {
        Settings s = new Settings("smoke", List.of("bench-cpu"), List.of(1, 2), 8, List.of(),
                Map.of("bench-cpu", List.of("-f", "1")), Map.of("bench-cpu", ""), Map.of("bench-cpu", 60L),
                Map.of("bench-cpu", "bench-cpu/target/benchmarks.jar"), List.of(), Map.of());
        return Run.plan(runId, s);
    }

    private void write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    @Test
    void writtenMachineAndRunReadBackEqual() throws Exception {
        Machine m = machine("r1");
        Run r = run("r1").withCell("bench-cpu", 2, c -> c.started("2026-12-01T00:00:01Z", null));
        AtomicFiles.createJson(dir.resolve(BundleLayout.MACHINE), m);
        AtomicFiles.writeJson(dir.resolve(BundleLayout.RUN), r);
        BundleContents b = BundleReader.read(dir);
        assertEquals(m, b.machine().orElseThrow());
        assertEquals(r, b.run().orElseThrow());
        assertEquals(List.of(), b.problems());
        assertEquals(1, b.run().orElseThrow().cell("bench-cpu", 2).orElseThrow().attempts());
    }

    @Test
    void readsTheCommittedVersionOneSample() throws Exception {
        Path sample = Path.of("..", "docs", "sample-v1");
        BundleContents b = BundleReader.read(sample);
        assertEquals(List.of(), b.problems());
        assertEquals(1, b.machine().orElseThrow().formatVersion());
        assertEquals(6, b.run().orElseThrow().cells().size());
        assertTrue(b.run().orElseThrow().cells().stream().allMatch(Cell::ok));
        assertEquals(6, b.resultFiles().size());
        assertEquals("bench-cpu", b.resultFiles().get(0).module());
    }

    @Test
    void aMissingMachineJsonIsNamed() throws Exception {
        AtomicFiles.writeJson(dir.resolve(BundleLayout.RUN), run("r1"));
        BundleContents b = BundleReader.read(dir);
        assertTrue(b.machine().isEmpty());
        assertEquals(1, b.problems().size());
        assertEquals("machine.json", b.problems().get(0).file());
        assertTrue(b.problems().get(0).message().startsWith("missing"), b.problems().get(0).message());
    }

    @Test
    void plainJmhJsonStillReadsWithBothMetadataFilesNamedMissing() throws Exception {
        write("cores-1/mine.json", "[]");
        BundleContents b = BundleReader.read(dir);
        assertEquals(1, b.resultFiles().size());
        assertEquals(List.of("machine.json", "run.json"), b.problems().stream().map(Problem::file).toList());
    }

    @Test
    void anUnknownCellStateNamesTheField() throws Exception {
        AtomicFiles.createJson(dir.resolve(BundleLayout.MACHINE), machine("r1"));
        String text = BundleJson.MAPPER.writeValueAsString(run("r1")).replaceFirst("\"pending\"", "\"exploded\"");
        write(BundleLayout.RUN, text);
        BundleContents b = BundleReader.read(dir);
        assertTrue(b.run().isEmpty());
        String message = b.problems().get(0).toString();
        assertTrue(message.contains("cells[0].state") && message.contains("exploded"), message);
    }

    @Test
    void aCellWithoutModuleOrCoresIsNamedAndLeftOutOfTheRun() throws Exception {
        AtomicFiles.createJson(dir.resolve(BundleLayout.MACHINE), machine("r1"));
        write(BundleLayout.RUN, "{\"formatVersion\": 2, \"cells\": [{\"cores\": 1, \"state\": \"ok\"},"
                + " {\"module\": \"bench-cpu\", \"cores\": 0, \"state\": \"ok\"},"
                + " {\"module\": \"bench-cpu\", \"cores\": 2, \"state\": \"ok\"}]}");
        BundleContents b = BundleReader.read(dir);
        assertEquals(List.of(2), b.run().orElseThrow().cells().stream().map(Cell::cores).toList());
        assertEquals(2, b.problems().size(), b.problems().toString());
        assertTrue(b.problems().get(0).toString().startsWith("run.json: field cells[0].module"), b.problems().toString());
        assertTrue(b.problems().get(1).toString().contains("cells[1].cores"), b.problems().toString());
        assertThrows(BadBundleException.class, () -> BundleReader.readRun(dir));
    }

    @Test
    void aRunJsonWithoutCellsIsAProblem() throws Exception {
        AtomicFiles.createJson(dir.resolve(BundleLayout.MACHINE), machine("r1"));
        write(BundleLayout.RUN, "{\"formatVersion\": 2}");
        BundleContents b = BundleReader.read(dir);
        assertTrue(b.run().isEmpty());
        assertEquals("run.json: field cells: expected a list, got nothing (field absent)", b.problems().get(0).toString());
    }

    @Test
    void malformedMachineJsonIsAProblemWithItsPosition() throws Exception {
        write(BundleLayout.MACHINE, "{\"formatVersion\": 2, \"label\": ");
        AtomicFiles.writeJson(dir.resolve(BundleLayout.RUN), run("r1"));
        BundleContents b = BundleReader.read(dir);
        String message = b.problems().get(0).toString();
        assertTrue(message.startsWith("machine.json: malformed JSON at line 1"), message);
        assertTrue(message.contains("truncated"), message);
    }

    @Test
    void mixedOrUnknownVersionsAreRefused() throws Exception {
        write(BundleLayout.MACHINE, "{\"formatVersion\": 1}");
        write(BundleLayout.RUN, "{\"formatVersion\": 2, \"cells\": []}");
        BadBundleException mixed = assertThrows(BadBundleException.class, () -> BundleReader.read(dir));
        assertTrue(mixed.getMessage().contains("mixed format versions"), mixed.getMessage());
        write(BundleLayout.RUN, "{\"formatVersion\": 9, \"cells\": []}");
        Files.delete(dir.resolve(BundleLayout.MACHINE));
        BadBundleException unknown = assertThrows(BadBundleException.class, () -> BundleReader.read(dir));
        assertTrue(unknown.getMessage().contains("formatVersion 9 is not supported"), unknown.getMessage());
    }

    @Test
    void aFolderWithNothingOfABundleIsRefused() throws Exception {
        write("notes.txt", "hello");
        BadBundleException e = assertThrows(BadBundleException.class, () -> BundleReader.read(dir));
        assertTrue(e.getMessage().contains("not a result bundle"), e.getMessage());
        assertThrows(BadBundleException.class, () -> BundleReader.read(dir.resolve("absent")));
    }

    @Test
    void strayFoldersAndTemporaryFilesAreNotResults() throws Exception {
        AtomicFiles.createJson(dir.resolve(BundleLayout.MACHINE), machine("r1"));
        AtomicFiles.writeJson(dir.resolve(BundleLayout.RUN), run("r1"));
        write("cores-0/x.json", "[]");
        write("cores-1/.bench-cpu.json.tmp-77", "[");
        write("cores-1/bench-cpu.json", "[]");
        BundleContents b = BundleReader.read(dir);
        assertEquals(List.of("cores-1/bench-cpu.json"), b.resultFiles().stream().map(BundleContents.ResultFile::name).toList());
        assertEquals("cores-0", b.problems().get(0).file());
    }

    @Test
    void identityDifferencesNameTheFieldsThatChanged() {
        Machine a = machine("r1");
        Machine b = new Machine(a.formatVersion(), a.runId(), a.label(), a.startedAt(), a.profile(), a.modules(),
                a.cores(), a.tasks(), "other-host", a.cpuModel(), a.logicalCpus(), a.physicalCores(), a.threadsPerCore(),
                a.availableCpus(), a.cgroupCpuQuota(), a.cpuGovernor(), a.memoryTotalMiB(), a.jvmVendor(), a.jvmName(),
                a.jvmVersion(), a.javaHome(), a.osName(), a.osVersion(), a.arch(), a.osDescription(), "abc",
                a.gitDirty(), a.pinningEnforced(), a.pinning(), a.cellCpus(), a.jmhVersion(), a.interpreters());
        assertEquals(List.of("hostName: was host, now other-host", "gitCommit: was null, now abc"),
                a.identityDifferences(b));
        assertFalse(a.identityDifferences(a).iterator().hasNext());
    }
}
