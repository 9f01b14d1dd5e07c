package dev.cvp.runner.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.cvp.bundle.Cell;
import dev.cvp.bundle.CellState;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ctrl-C (SIGINT) or SIGTERM stops the running cell and every process it started, marks it
 * pending, prints the resume command and releases the lock; the resume then completes the run.
 */
class InterruptTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource({"INT, 130", "TERM, 143"})
    void aSignalLeavesNoProcessAndAResumableBundle(String signal, int exitCode) {
        assumeFalse(signal.equals("INT") && Processes.sigintIgnored(),
                "SIGINT is ignored here (a background job of a shell), and so in the runner too");
        try (Sandbox s = new Sandbox(tmp)) {
            s.set("CVP_FAKE_PLAN", "cpu@1=ok,*=hang");
            RunnerProcess runner = s.start("--modules", "cpu,io", "--cores", "1", "--profile", "smoke", "--no-report");
            Processes.waitUntil("the second cell runs", () -> s.starts().size() >= 2);
            Processes.signal(runner.pid(), signal);
            RunnerProcess.Result r = runner.await();
            assertEquals(exitCode, r.exitCode(), r.output());

            Path b = s.bundle();
            assertEquals(List.of(), Processes.describe(Processes.mentioning(s.results.toString())),
                    "no JMH stand-in, fork or worker left");
            assertEquals(CellState.OK, Bundles.cell(b, "bench-cpu", 1).state(), "the finished cell stays ok");
            Cell stopped = Bundles.cell(b, "bench-io", 1);
            assertEquals(CellState.PENDING, stopped.state(), "the running cell is pending again");
            assertTrue(stopped.reason().startsWith("interrupted by SIG" + signal), stopped.reason());
            assertTrue(r.output().contains("resume with: " + Sandbox.LAUNCHER + " --resume " + b), r.output());
            assertFalse(Bundles.locked(b), "lock released");
            assertEquals(List.of(), Bundles.files(s.registry), "unregistered");
            assertEquals(List.of(), Bundles.temporaries(b), "no temporary files left");
            assertTrue(Bundles.attempts(b).contains("cores-1-bench-io.interrupted.log"),
                    "the interrupted cell's log is kept aside: " + Bundles.attempts(b));

            s.set("CVP_FAKE_PLAN", "*=ok");
            r = s.run("--resume", b.toString(), "--no-report");
            assertEquals(0, r.exitCode(), r.output());
            assertEquals("bench-cpu@1=ok bench-io@1=ok", Bundles.states(b), "the resume completes the run");
            assertEquals(1, s.starts("bench-cpu", 1), "the ok cell was not rerun");
        }
    }
}
