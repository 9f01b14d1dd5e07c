package dev.cvp.runner.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ClassArchivesTest {

    private static Path archive(String flags) {
        Matcher m = Pattern.compile("-XX:SharedArchiveFile=(\\S+)").matcher(flags);
        assertTrue(m.find(), flags);
        return Path.of(m.group(1));
    }

    @Test
    void eachModuleGetsItsOwnArchiveInOneFolderThatCloseRemoves() throws Exception {
        Path dir;
        try (ClassArchives a = ClassArchives.create()) {
            String cpu = a.forkFlags("bench-cpu");
            assertTrue(cpu.startsWith("-XX:+AutoCreateSharedArchive "), cpu);
            assertTrue(cpu.endsWith(" -Xlog:cds=off"), "the writing JVM's warnings are kept out of the log: " + cpu);
            Path cpuArchive = archive(cpu);
            Path ioArchive = archive(a.forkFlags("bench-io"));
            assertEquals("bench-cpu.jsa", cpuArchive.getFileName().toString());
            assertEquals(cpuArchive.getParent(), ioArchive.getParent());
            assertEquals(cpuArchive, archive(a.forkFlags("bench-cpu")), "every cell of a module shares one");
            dir = cpuArchive.getParent();
            assertTrue(Files.isDirectory(dir));
            Files.write(cpuArchive, new byte[] {1, 2, 3});
        }
        assertFalse(Files.exists(dir), "close removed the folder with its archives");
    }

    @Test
    void withoutAFolderForksGetNoFlags() {
        assertEquals("", ClassArchives.none().forkFlags("bench-cpu"));
    }
}
