package dev.cvp.support.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmokeRunTest {

    @Test
    void readsTheCommonThenTheModuleProfileAsBenchShDoes(@TempDir Path profiles) throws Exception {
        Files.writeString(profiles.resolve("smoke.jmh"), """
                # a comment line
                #! cell-timeout=15m
                -f 1 -wi 0   # trailing comment
                """);
        Files.writeString(profiles.resolve("bench-x.smoke.jmh"), "\\.(a|b)$ -p tasks={tasks}\n");
        assertEquals(List.of("-f", "1", "-wi", "0", "\\.(a|b)$", "-p", "tasks=8"),
                SmokeRun.profileArguments(profiles, "bench-x"));
        assertEquals(List.of("-f", "1", "-wi", "0"), SmokeRun.profileArguments(profiles, "bench-without-one"));
    }

    @Test
    void narrowingDropsTheProfilesOwnPatternsAndKeepsItsOptions() {
        assertEquals(List.of("-f", "1", "-foe", "false", "-p", "tasks=10"),
                SmokeRun.withoutPatterns(List.of("-f", "1", "-foe", "false", "\\.(a|b)$", "-p", "tasks=10")));
    }

    @Test
    void findsTheRealProfilesAboveTheModule() {
        Path profiles = SmokeRun.profilesFolder();
        assertTrue(Files.isRegularFile(profiles.resolve("smoke.jmh")), profiles.toString());
    }
}
