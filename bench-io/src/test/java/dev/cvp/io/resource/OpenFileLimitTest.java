package dev.cvp.io.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OpenFileLimitTest {

    @Test
    void aLimitThatFitsIsNoProblem() {
        assertEquals(Optional.empty(), OpenFileLimit.problem(10_000, 100, 65_536, "http"));
    }

    @Test
    void aLowLimitNamesTheLimitTheNeedAndHowToRaiseIt() {
        String message = OpenFileLimit.problem(10_000, 100, 4_096, "http with 10000 tasks (virtual)").orElseThrow();
        assertTrue(message.contains("http with 10000 tasks (virtual)"), message);
        assertTrue(message.contains("limit of this process is 4096"), message);
        assertTrue(message.contains("needs about " + (10_000 + 100 + OpenFileLimit.HEADROOM)), message);
        assertTrue(message.contains("ulimit -n 65536"), message);
        assertTrue(message.contains("ulimit -Hn"), message);
        assertEquals(1, message.lines().count(), "one line");
    }

    @Test
    void theSuggestionGrowsWithTheNeed() {
        String message = OpenFileLimit.problem(100_000, 0, 4_096, "x").orElseThrow();
        assertTrue(message.contains("ulimit -n 131072"), message);
    }

    @Test
    void requireFailsForMoreFilesThanThisProcessMayOpen() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> OpenFileLimit.require(Long.MAX_VALUE / 4, "a test with too many tasks"));
        assertTrue(e.getMessage().contains("a test with too many tasks"), e.getMessage());
    }

    @Test
    void requirePassesForAFewFiles() {
        OpenFileLimit.require(10, "a test with ten tasks");
    }

    @Test
    void scratchDirectoryIsRemovedWithItsContents() throws Exception {
        Path root;
        try (ScratchDirectory directory = ScratchDirectory.create("cvp-io-test-")) {
            root = directory.root();
            Files.createDirectories(root.resolve("a/b"));
            Files.writeString(directory.fileFor("f-", 1), "x");
            Files.writeString(root.resolve("a/b/c"), "y");
            assertEquals(2, directory.count());
        }
        assertTrue(Files.notExists(root));
    }
}
