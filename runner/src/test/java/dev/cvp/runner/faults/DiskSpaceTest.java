package dev.cvp.runner.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cvp.bundle.CellState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Too little free space stops a run before it starts; a disk that fills up during a run fails the
 * cell cleanly (its log placed, nothing half-written left), earlier cells stay intact, and
 * {@code --resume} finishes once there is room. With the disk full, run.json cannot record the
 * failure itself: the cell stays pending there, and not ok is what is checked.
 */
class DiskSpaceTest {

    @TempDir
    Path tmp;

    @Test
    void notEnoughSpaceStopsTheRunBeforeItStarts() {
        try (Sandbox s = new Sandbox(tmp)) {
            s.set("CVP_MIN_FREE_MB", "999999999");
            RunnerProcess.Result r = s.run("--modules", "cpu", "--cores", "1", "--profile", "smoke");
            assertEquals(1, r.exitCode(), r.output());
            assertTrue(r.output().contains("MB free in"), "says how much is free: " + r.output());
            assertEquals(List.of(), s.bundles(), "no bundle");
            assertEquals(0, s.starts().size());
        }
    }

    /** On a 4 MB tmpfs (root only; skipped elsewhere), one cell fills the disk. */
    @Test
    void aDiskThatFillsUpFailsTheCellCleanly() throws Exception {
        Path small = tmp.resolve("small");
        Files.createDirectories(small);
        assumeTrue(command("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", small.toString()),
                "cannot mount a small tmpfs here (needs root)");
        int two = Sandbox.top();
        try (Sandbox s = new Sandbox(tmp)) {
            Path filler = small.resolve("filler");
            s.resultsIn(small.resolve("results")).set("CVP_FAKE_FILL", filler)
                    .set("CVP_FAKE_PLAN", "cpu@" + two + "=fill,*=ok");
            RunnerProcess.Result r = s.run("--modules", "cpu,io", "--cores", Sandbox.coresArg(), "--profile", "smoke",
                    "--no-report");
            assertEquals(1, r.exitCode(), r.output());
            Path b = s.bundle();
            if (two > 1) {
                assertEquals(CellState.OK, Bundles.cell(b, "bench-cpu", 1).state(), "the earlier cell is intact");
                assertEquals(2, Bundles.validResults(b, "cores-1/bench-cpu.json"), "its results are intact");
            }
            assertNotEquals(CellState.OK, Bundles.cell(b, "bench-cpu", two).state(), "the filling cell is not ok");
            for (int k : Sandbox.cores()) {
                assertNotEquals(CellState.OK, Bundles.cell(b, "bench-io", k).state(), "no cell after it is ok");
            }
            assertTrue(r.output().contains("No space left on device"), "the full disk is reported: " + r.output());
            assertTrue(r.output().contains("MB free in"), "later cells are not started: " + r.output());
            assertTrue(Bundles.nonEmpty(b.resolve("cores-" + two + "/bench-cpu.log")), "the filling cell's log is kept");
            assertEquals(List.of(), Bundles.temporaries(b), "no temporary files left");

            Files.delete(filler);
            s.set("CVP_FAKE_PLAN", "*=ok");
            r = s.run("--resume", b.toString(), "--no-report");
            assertEquals(0, r.exitCode(), "space freed: " + r.output());
            assertEquals(Bundles.all("ok", List.of("bench-cpu", "bench-io"), Sandbox.cores()), Bundles.states(b));
            if (two > 1) {
                assertEquals(1, s.starts("bench-cpu", 1), "the first cell was not rerun");
            }
        } finally {
            command("umount", small.toString());
        }
    }

    private static boolean command(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    }
}
