package dev.cvp.runner.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.bundle.BusySpell;
import dev.cvp.bundle.Load;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The disturbance record from a fake /proc whose counters the test moves by known amounts. */
class LoadMonitorTest {

    @TempDir
    Path proc;

    /** cpu0 and cpu1 lines: user nice system idle iowait irq softirq steal. */
    private void stat(long user0, long idle0, long steal0, long user1, long idle1) throws Exception {
        Files.writeString(proc.resolve("stat"), "cpu  0 0 0 0 0 0 0 0\n"
                + "cpu0 " + user0 + " 0 0 " + idle0 + " 0 0 0 " + steal0 + " 0 0\n"
                + "cpu1 " + user1 + " 0 0 " + idle1 + " 0 0 0 0 0 0\nintr 1\n");
        Files.writeString(proc.resolve("loadavg"), "1.50 1.00 0.50 2/100 42\n");
    }

    /** A process in group {@code pgid} with the given utime (stime, cutime, cstime 0). */
    private void process(long pid, long pgid, long utime) throws Exception {
        Path dir = proc.resolve(Long.toString(pid));
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("stat"), pid + " (java (x)) S 1 " + pgid + " " + pgid + " 0 -1 0 0 0 0 0 " + utime
                + " 0 0 0 20 0 1 0");
    }

    @Test
    void otherActivityOnThePinnedCpuIsBusyMinusTheCellsOwnTime() throws Exception {
        stat(1000, 1000, 0, 0, 5000);
        process(77, 77, 500);
        process(78, 77, 100);
        process(90, 90, 4000);
        LoadMonitor m = new LoadMonitor(proc, List.of(0), 77);
        m.sample(0);
        // 100 ticks pass on cpu0: 80 busy (60 of them the cell's), 10 idle, 10 stolen
        stat(1080, 1010, 10, 50, 5050);
        process(77, 77, 540);
        process(78, 77, 120);
        process(90, 90, 4100);
        m.sample(1_000_000_000L);
        Load load = m.finish().orElseThrow();
        assertEquals("0", load.cpus());
        assertEquals(2, load.samples());
        assertEquals(60.0, load.cellPercent());
        assertEquals(20.0, load.otherPercent());
        assertEquals(10.0, load.stealPercent());
        assertEquals(1.5, load.loadAverage());
    }

    @Test
    void aQuietRunShowsNoOtherActivityAndOneSampleIsNoRecord() throws Exception {
        stat(0, 0, 0, 0, 0);
        process(77, 77, 0);
        LoadMonitor m = new LoadMonitor(proc, List.of(0, 1), 77);
        m.sample(0);
        assertTrue(m.finish().isEmpty());
        stat(100, 0, 0, 100, 0);
        process(77, 77, 200);
        m.sample(1_000_000_000L);
        Load load = m.finish().orElseThrow();
        assertEquals(100.0, load.cellPercent());
        assertEquals(0.0, load.otherPercent());
    }

    @Test
    void secondsInWhichOtherProcessesWereBusyMergeIntoSpellsOnTheEpochClock() throws Exception {
        long offset = 1_700_000_000_000L;
        process(77, 77, 0);
        LoadMonitor m = new LoadMonitor(proc, List.of(0), 77, offset);
        // other processes' busy ticks per second on cpu0 (100 ticks a second): 0, 50, 40, 2, 20
        long[] busyPerSecond = {0, 50, 40, 2, 20};
        long busy = 0;
        long idle = 0;
        stat(busy, idle, 0, 0, 0);
        m.sample(0);
        for (int s = 0; s < busyPerSecond.length; s++) {
            busy += busyPerSecond[s];
            idle += 100 - busyPerSecond[s];
            stat(busy, idle, 0, 0, 0);
            m.sample((s + 1) * 1_000_000_000L);
        }
        Load load = m.finish().orElseThrow();
        assertEquals(List.of(new BusySpell(offset + 1000, offset + 3000, 50.0), new BusySpell(offset + 4000, offset + 5000, 20.0)),
                load.busySpells(), "seconds 2-3 at 50% and 40% are one spell; second 4 at 2% ends it; second 5 starts another");
        assertTrue(load.busyRecorded());
    }

    @Test
    void aQuietRunRecordsThatNoSpellWasBusy() throws Exception {
        stat(0, 0, 0, 0, 0);
        process(77, 77, 0);
        LoadMonitor m = new LoadMonitor(proc, List.of(0), 77);
        m.sample(0);
        stat(100, 0, 0, 0, 0);
        process(77, 77, 98);
        m.sample(1_000_000_000L);
        Load load = m.finish().orElseThrow();
        assertEquals(List.of(), load.busySpells(), "2% of other activity is not a busy second");
        assertTrue(load.busyRecorded(), "recorded as none, not missing");
    }

    @Test
    void interruptTimeIsNoOtherProgramsWork() throws Exception {
        Files.writeString(proc.resolve("loadavg"), "0.50 0.50 0.50 1/100 42\n");
        process(77, 77, 0);
        Files.writeString(proc.resolve("stat"), "cpu0 0 0 0 0 0 0 0 0 0 0\n");
        LoadMonitor m = new LoadMonitor(proc, List.of(0), 77);
        m.sample(0);
        // 100 ticks: the cell's 70, softirq 20 (its loopback traffic), idle 10
        Files.writeString(proc.resolve("stat"), "cpu0 70 0 0 10 0 0 20 0 0 0\n");
        process(77, 77, 70);
        m.sample(1_000_000_000L);
        Load load = m.finish().orElseThrow();
        assertEquals(70.0, load.cellPercent());
        assertEquals(0.0, load.otherPercent(), "softirq is charged to no process, and is mostly the cell's own I/O");
        assertEquals(List.of(), load.busySpells());
    }
}
