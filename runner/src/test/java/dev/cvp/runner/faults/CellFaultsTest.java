package dev.cvp.runner.faults;

import static dev.cvp.runner.faults.Bundles.cell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.bundle.Cell;
import dev.cvp.bundle.CellState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crashing, dying, hanging and failing cells become failed cells with their exit code, a reason
 * and the log tail, and the rest of the matrix still runs.
 */
class CellFaultsTest {

    @TempDir
    Path tmp;

    @Test
    void faultsFailCellsNotTheMatrix() {
        int two = Sandbox.top();
        try (Sandbox s = new Sandbox(tmp)) {
            s.set("CVP_FAKE_PLAN", "cpu@1=crash,io@1=die,process@1=partial,process@" + two + "=garbage,*=ok");
            RunnerProcess.Result r = s.run("--modules", "cpu,io,process", "--cores", Sandbox.coresArg(), "--profile",
                    "smoke", "--no-report");
            assertEquals(1, r.exitCode(), r.output());
            Path b = s.bundle();
            if (two == 2) {
                assertEquals("bench-cpu@1=failed bench-cpu@2=ok bench-io@1=failed bench-io@2=ok"
                        + " bench-process@1=failed bench-process@2=failed", Bundles.states(b));
                assertEquals(6, s.starts().size(), "every cell was started once: " + s.starts());
            }

            Cell crashed = cell(b, "bench-cpu", 1);
            assertEquals(134, crashed.exitCode(), "a crashed fork: its exit code");
            assertTrue(crashed.reason().matches("1 of 2 benchmarks failed.*forked JVM exited with code 134.*"),
                    crashed.reason());
            assertEquals(1, Bundles.validResults(b, "cores-1/bench-cpu.json"), "the other benchmark's result kept");
            assertEquals(1, crashed.results());
            assertTrue(crashed.logTail().contains("forked VM failed"), crashed.logTail());
            assertEquals(CellState.OK, cell(b, "bench-cpu", two).state(), "the cell after a crash still ran");

            Cell died = cell(b, "bench-io", 1);
            assertEquals(134, died.exitCode(), "a dead JMH runner JVM: its exit code");
            assertTrue(died.reason().startsWith("JMH exited with code 134"), died.reason());
            assertFalse(Files.exists(b.resolve("cores-1/bench-io.json")), "no result file");
            assertEquals(List.of(), Processes.describe(Processes.mentioning(b.toString())),
                    "the dead runner JVM's fork was stopped");

            Cell partial = cell(b, "bench-process", 1);
            assertTrue(partial.reason().contains("ArithmeticException: injected failure"), partial.reason());
            assertEquals(0, partial.exitCode(), "JMH's own exit code kept");

            Cell garbage = cell(b, "bench-process", two);
            assertTrue(garbage.reason().matches("no usable results: .*invalid JSON.*"), garbage.reason());
            assertNull(garbage.json());
            assertFalse(Files.exists(b.resolve("cores-" + two + "/bench-process.json")), "not kept as results");
            assertTrue(Bundles.attempts(b).contains("cores-" + two + "-bench-process.invalid.json"),
                    "the invalid file is shelved under attempts/: " + Bundles.attempts(b));
            assertTrue(Bundles.nonEmpty(b.resolve("cores-" + two + "/bench-process.log")), "logs kept for failed cells");
            assertEquals(List.of(), Bundles.temporaries(b), "no temporary files left");
            assertTrue(r.output().contains("FAILED in"), r.output());
        }
    }

    /** The time limit comes from a module profile here, so that only the hanging cell has a short one. */
    @Test
    void aHungCellIsStoppedAtItsTimeLimitAndTheMatrixGoesOn() throws IOException {
        try (Sandbox s = new Sandbox(tmp)) {
            Files.writeString(s.smokeProfileOnly().resolve("bench-cpu.smoke.jmh"), "#! cell-timeout=3s\n");
            s.set("CVP_FAKE_PLAN", "cpu@1=hang,*=ok");
            RunnerProcess.Result r = s.run("--modules", "cpu,io", "--cores", "1", "--profile", "smoke", "--no-report");
            assertEquals(1, r.exitCode(), r.output());
            Path b = s.bundle();
            Cell hung = cell(b, "bench-cpu", 1);
            assertEquals(CellState.FAILED, hung.state());
            assertTrue(hung.reason().startsWith("timed out after 3s"), hung.reason());
            assertTrue(List.of(143, 137).contains(hung.exitCode()), "stopped by a signal: " + hung.exitCode());
            assertEquals(List.of(), Processes.describe(Processes.mentioning(b.toString())),
                    "no JMH stand-in or fork of the hung cell left");
            assertEquals(CellState.OK, cell(b, "bench-io", 1).state(), "the next cell ran");
            assertTrue(r.output().contains("timed out after 3s"), r.output());
        }
    }

    @Test
    void everyBenchmarkFailingAndAMissingJar() {
        try (Sandbox s = new Sandbox(tmp)) {
            s.set("CVP_FAKE_PLAN", "*=fail").set("CVP_BENCH_JAR_IO", tmp.resolve("missing.jar"));
            RunnerProcess.Result r = s.run("--modules", "cpu,io", "--cores", "1", "--profile", "smoke", "--no-report");
            assertEquals(1, r.exitCode(), r.output());
            Path b = s.bundle();
            Cell failed = cell(b, "bench-cpu", 1);
            assertEquals(CellState.FAILED, failed.state());
            assertTrue(failed.reason().matches("2 of 2 benchmarks failed; first:.*injected benchmark failure.*"),
                    failed.reason());
            assertFalse(Files.exists(b.resolve("cores-1/bench-cpu.json")), "an empty result set is not kept");
            Cell skipped = cell(b, "bench-io", 1);
            assertEquals(CellState.SKIPPED, skipped.state());
            assertTrue(skipped.reason().matches(".*missing\\.jar.*does not exist.*"), skipped.reason());
            assertEquals(0, s.starts("bench-io", 1), "a skipped cell does not start");
            assertTrue(r.output().contains(Sandbox.LAUNCHER + " --resume " + b), "the resume command: " + r.output());
        }
    }
}
