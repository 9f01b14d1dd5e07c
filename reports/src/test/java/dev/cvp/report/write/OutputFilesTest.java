package dev.cvp.report.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFilesTest {

    @TempDir
    Path tmp;

    @Test
    void writesAtomicallyAndLeavesNoTempFile() throws IOException {
        Path root = Files.createDirectories(tmp.resolve("b"));
        OutputFiles out = new OutputFiles(root);
        out.write("report.md", "one");
        out.write("report.md", "two");
        assertEquals("two", Files.readString(root.resolve("report.md")));
        try (Stream<Path> s = Files.list(root)) {
            assertEquals(1, s.count());
        }
    }

    @Test
    void aReportIsReadableByEveryoneWhoCanReadTheBundle() throws IOException {
        Path root = Files.createDirectories(tmp.resolve("b"));
        Path written = new OutputFiles(root).write("report.md", "x");
        if (written.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(written)));
        }
    }

    @Test
    void aChartsLinkLeadingOutOfTheBundleIsRefused() throws IOException {
        Path root = Files.createDirectories(tmp.resolve("b"));
        Path outside = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.createSymbolicLink(root.resolve("charts"), outside);
        OutputFiles out = new OutputFiles(root);
        IOException e = assertThrows(IOException.class, () -> out.directory("charts"));
        assertTrue(e.getMessage().contains("leads outside"), e.getMessage());
        assertThrows(IOException.class, () -> out.write("charts/x.svg", "x"));
        assertThrows(IOException.class, () -> out.write("../x.md", "x"));
        try (Stream<Path> s = Files.list(outside)) {
            assertEquals(0, s.count(), "nothing written outside");
        }
        assertTrue(Files.notExists(tmp.resolve("x.md")));
    }

    @Test
    void aReportLinkIsReplacedNotFollowed() throws IOException {
        Path root = Files.createDirectories(tmp.resolve("b"));
        Path victim = Files.writeString(tmp.resolve("victim.txt"), "keep me");
        Files.createSymbolicLink(root.resolve("report.md"), victim);
        new OutputFiles(root).write("report.md", "report");
        assertEquals("keep me", Files.readString(victim));
        assertEquals("report", Files.readString(root.resolve("report.md")));
    }
}
