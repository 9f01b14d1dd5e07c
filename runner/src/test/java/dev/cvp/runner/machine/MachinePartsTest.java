package dev.cvp.runner.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MachinePartsTest {

    @TempDir
    Path root;

    private void file(String path, String text) throws Exception {
        Path p = root.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @Test
    void cpuListsExpandAndCompress() {
        assertEquals(List.of(0, 1, 2, 3, 8), Cpus.expand("0-3,8"));
        assertEquals("0-2,5,7-8", Cpus.compress(List.of(0, 1, 2, 5, 7, 8)));
        assertEquals("", Cpus.compress(List.of()));
    }

    @Test
    void cgroupV2TakesTheTightestQuotaOnThePath() throws Exception {
        file("proc/self/cgroup", "0::/user.slice/job\n");
        file("sys/fs/cgroup/cgroup.controllers", "cpu\n");
        file("sys/fs/cgroup/user.slice/cpu.max", "150000 100000\n");
        file("sys/fs/cgroup/user.slice/job/cpu.max", "max 100000\n");
        CgroupQuota q = CgroupQuota.read(root).orElseThrow();
        assertEquals(Optional.of(1.5), q.cpus());
        assertEquals("1.50 CPUs (cgroup v2 quota 150000 period 100000 at /user.slice)", q.text());
    }

    @Test
    void cgroupV1WithoutQuotaSaysSo() throws Exception {
        file("proc/self/cgroup", "4:cpu,cpuacct:/docker/abc\n1:memory:/x\n");
        file("sys/fs/cgroup/cpu,cpuacct/docker/abc/cpu.cfs_quota_us", "-1\n");
        file("sys/fs/cgroup/cpu,cpuacct/docker/abc/cpu.cfs_period_us", "100000\n");
        CgroupQuota q = CgroupQuota.read(root).orElseThrow();
        assertTrue(q.cpus().isEmpty());
        assertEquals("none (cgroup v1, no CPU quota set)", q.text());
        assertTrue(CgroupQuota.read(root.resolve("elsewhere")).isEmpty());
    }

    @Test
    void pythonVersionsAreComparedByMajorAndMinor() {
        assertTrue(PythonProbe.atLeastMinimum("3.11.7"));
        assertTrue(PythonProbe.atLeastMinimum("3.13.0t"));
        assertTrue(PythonProbe.atLeastMinimum("4.0"));
        assertFalse(PythonProbe.atLeastMinimum("3.7.9"));
        assertFalse(PythonProbe.atLeastMinimum("2.7.18"));
        assertFalse(PythonProbe.atLeastMinimum("garbage"));
    }
}
