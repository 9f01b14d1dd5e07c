package dev.cvp.io.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the latency server runs: off the benchmark's CPUs where the machine has others, recorded either way. */
class ServerPlacementTest {

    @Test
    void theServerGetsTheOnlineCpusTheBenchmarkMayNotUse() {
        ServerPlacement placement = ServerPlacement.choose("0", "0-1");
        assertFalse(placement.shared());
        assertEquals(List.of(0), placement.benchmarkCpus());
        assertEquals(List.of(1), placement.serverCpus());
        assertEquals(List.of("-c", "1"), placement.commandPrefix().subList(1, 3));
        assertTrue(placement.commandPrefix().get(0).endsWith("taskset"), placement.commandPrefix().toString());
        assertEquals("# bench-io latency server: CPUs 1, apart from the benchmark's CPUs 0", placement.describe());
        assertEquals(List.of(1, 4, 5, 6, 7), ServerPlacement.choose("0,2-3", "0-7").serverCpus());
    }

    @Test
    void withNoSpareCpuTheServerSharesAndSaysSo() {
        ServerPlacement placement = ServerPlacement.choose("0-1", "0-1");
        assertTrue(placement.shared());
        assertEquals(List.of(0, 1), placement.serverCpus());
        assertEquals(List.of(), placement.commandPrefix(), "no taskset: the child inherits the pinning");
        assertTrue(placement.describe().startsWith("# bench-io latency server: shares the benchmark's CPUs 0-1 (no spare"),
                placement.describe());
    }

    @Test
    void cpuListsReadAndWriteTheKernelsFormat() {
        assertEquals(List.of(0, 1, 2, 3, 6), ServerPlacement.parseList("0-3,6\n"));
        assertEquals(List.of(), ServerPlacement.parseList(""));
        assertEquals("0-3,6,8-9", ServerPlacement.formatList(List.of(9, 8, 6, 3, 2, 1, 0)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ServerPlacement.parseList("0-x"));
        assertEquals("not a CPU list (e.g. 0-3,6): '0-x'", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ServerPlacement.parseList("3-1"));
    }

    @Test
    void theChildRunsOnlyOnTheServerCpus() throws Exception {
        String online = Files.readString(Path.of("/sys/devices/system/cpu/online")).strip();
        ServerPlacement apart = ServerPlacement.choose("0", online);
        assumeTrue(!apart.shared() && ServerPlacement.tasksetInstalled(), "needs 2 CPUs and taskset");
        try (ServerProcess server = ServerProcess.start(1, apart)) {
            assertEquals(apart, server.placement());
            assertEquals(apart.serverCpus(), ServerPlacement.parseList(allowedCpus(server.pid())));
        }
    }

    @Test
    void whereTasksetRefusesTheCpusTheServerSharesAndRecordsWhy() throws Exception {
        ServerPlacement impossible = new ServerPlacement(List.of(0), List.of(4095), "");
        assumeTrue(ServerPlacement.tasksetInstalled(), "needs taskset");
        try (ServerProcess server = ServerProcess.start(1, impossible)) {
            assertTrue(server.placement().shared());
            assertTrue(server.placement().reason().contains("-c 4095 failed: latency server process exited"),
                    server.placement().reason());
            assertTrue(server.address().getAddress().isLoopbackAddress());
        }
    }

    private static String allowedCpus(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                .filter(line -> line.startsWith("Cpus_allowed_list:"))
                .map(line -> line.substring("Cpus_allowed_list:".length()).strip())
                .findFirst().orElseThrow();
    }
}
