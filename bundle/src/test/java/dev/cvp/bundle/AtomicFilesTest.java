package dev.cvp.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void createNeverOverwritesAndKeepsTheOldContent() throws Exception {
        Path f = dir.resolve("machine.json");
        AtomicFiles.createJson(f, Map.of("a", 1));
        String before = Files.readString(f);
        assertThrows(FileAlreadyExistsException.class, () -> AtomicFiles.createJson(f, Map.of("a", 2)));
        assertEquals(before, Files.readString(f));
    }

    @Test
    void writeReplacesAndLeavesNoTemporaryFile() throws Exception {
        Path f = dir.resolve("run.json");
        AtomicFiles.writeJson(f, List.of(1));
        AtomicFiles.writeJson(f, List.of(2));
        assertEquals(List.of(2), BundleJson.MAPPER.readValue(f.toFile(), List.class));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(f), files.toList());
        }
    }

    @Test
    void temporaryNamesAreRecognised() {
        Path tmp = AtomicFiles.temporaryFor(dir.resolve("bench-cpu.json"));
        assertTrue(AtomicFiles.isTemporary(tmp), tmp.toString());
        assertTrue(!AtomicFiles.isTemporary(dir.resolve("bench-cpu.json")));
    }
}
