package dev.cvp.runner.faults;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cvp.bundle.AtomicFiles;
import dev.cvp.bundle.BundleJson;
import dev.cvp.bundle.BundleLayout;
import dev.cvp.bundle.Cell;
import dev.cvp.bundle.CellState;
import dev.cvp.bundle.Machine;
import dev.cvp.bundle.Resume;
import dev.cvp.bundle.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * SIGKILL the runner at several points, then {@code --resume}: every cell ends up ok, run exactly
 * once more if it was not ok, never again if it was; half-written output goes to attempts/ and
 * the killed cell's JVMs do not linger. {@code --resume} refuses another machine or commit unless
 * {@code --force}, which is recorded.
 */
class KillAndResumeTest {

    private static final List<String> MODULES = List.of("bench-cpu", "bench-io");

    @TempDir
    Path tmp;

    /** Where the runner is killed. */
    enum Point {
        /** run.json is written; the first cell has not started, or is starting. */
        AFTER_RUN_JSON,
        /** the first cell is ok, the second is running. */
        MID_CELL,
        /** every cell but the last is ok, the last is running. */
        LAST_CELL
    }

    @ParameterizedTest
    @EnumSource(Point.class)
    void sigkillThenResumeRunsEveryCellOnce(Point point) throws IOException {
        int cells = MODULES.size() * Sandbox.cores().size();
        try (Sandbox s = new Sandbox(tmp)) {
            // a cell waiting at the gate runs until it is killed: the kill lands inside it
            s.set("CVP_FAKE_PLAN", switch (point) {
                case AFTER_RUN_JSON -> "*=gate";
                case MID_CELL -> "cpu@1=ok,*=gate";
                case LAST_CELL -> "io@" + Sandbox.top() + "=gate,*=ok";
            });
            RunnerProcess runner = s.start("--modules", "cpu,io", "--cores", Sandbox.coresArg(), "--profile", "smoke",
                    "--label", "kill", "--no-report");
            switch (point) {
                case AFTER_RUN_JSON -> stopAfterRunJson(s, runner);
                case MID_CELL -> Processes.waitUntil("the second cell runs", () -> s.starts().size() >= 2);
                case LAST_CELL -> Processes.waitUntil("the last cell runs", () -> s.starts().size() >= cells);
            }
            assertEquals(137, runner.killHard().exitCode(), "killed by SIGKILL");

            Path b = s.bundle();
            assertEquals("kill", Bundles.machine(b).label(), "machine.json is whole");
            Run before = Bundles.run(b);
            assertEquals(cells, before.cells().size(), "run.json is whole");
            assertEquals(List.of(), Bundles.files(b).stream().filter(f -> f.toString().endsWith(".json"))
                    .filter(f -> !Bundles.nonEmpty(f)).toList(), "no half-written JSON where the report reads");
            List<Cell> okBefore = before.cells().stream().filter(Cell::ok).toList();
            Map<String, Long> startsBefore = new HashMap<>();
            for (Cell c : before.cells()) {
                startsBefore.put(c.module() + "@" + c.cores(), s.starts(c.module(), c.cores()));
            }
            byte[] machine = Files.readAllBytes(new BundleLayout(b).machineFile());

            s.set("CVP_FAKE_PLAN", "*=ok");
            RunnerProcess.Result r = s.run("--resume", b.toString(), "--no-report");
            assertEquals(0, r.exitCode(), r.output());
            Run after = Bundles.run(b);
            assertEquals(Bundles.all("ok", MODULES, Sandbox.cores()), Bundles.states(b));
            assertEquals(cells, after.cells().stream().map(c -> c.module() + "@" + c.cores()).distinct().count(),
                    "each cell listed once");
            for (Cell c : after.cells()) {
                String id = c.module() + "@" + c.cores();
                boolean wasOk = okBefore.stream().anyMatch(o -> o.is(c.module(), c.cores()));
                assertEquals(wasOk ? 1 : startsBefore.get(id) + 1, s.starts(c.module(), c.cores()),
                        id + (wasOk ? " was ok before the kill: not run again" : " ran once more") + ": " + s.starts());
                assertEquals(2, Bundles.validResults(b, c.json()), id + " has its results");
            }
            assertEquals(List.of(), Bundles.temporaries(b), "no temporary files left");
            assertEquals(List.of(), Processes.describe(Processes.mentioning(b + "/cores-")),
                    "the killed run's JVMs were stopped");
            assertEquals(1, after.resumes().size(), "the resume is recorded");
            assertArrayEquals(machine, Files.readAllBytes(new BundleLayout(b).machineFile()), "machine.json kept");
            assertFalse(Bundles.locked(b), "lock released");
            assertEquals(List.of(), Bundles.files(s.registry), "the killed runner's registration is gone");
            if (point != Point.AFTER_RUN_JSON) {
                assertTrue(Bundles.attempts(b).stream().anyMatch(n -> n.contains(".interrupted.")),
                        "the interrupted cell's output is kept aside: " + Bundles.attempts(b));
            }
        }
    }

    /**
     * Stops the runner (SIGSTOP) the moment run.json exists. If it has started no cell yet, that is
     * where it is killed; if a cell is starting, it goes on until the cell's JVM is up, so that the
     * lock names the cell's process group when the kill comes.
     */
    private static void stopAfterRunJson(Sandbox s, RunnerProcess runner) {
        Processes.waitUntil("run.json is written", () -> s.bundles().stream()
                .anyMatch(b -> Files.exists(new BundleLayout(b).runFile())));
        Processes.signal(runner.pid(), "STOP");
        if (runner.hasChildren()) {
            Processes.signal(runner.pid(), "CONT");
            Processes.waitUntil("the first cell runs", () -> s.starts().size() >= 1);
        }
    }

    @Test
    void resumeRefusesAnotherMachineOrCommitUnlessForced() throws IOException {
        try (Sandbox s = new Sandbox(tmp)) {
            s.set("CVP_FAKE_PLAN", "cpu@1=fail,*=ok");
            s.run("--modules", "cpu", "--cores", "1", "--profile", "smoke", "--no-report");
            Path b = s.bundle();
            BundleLayout layout = new BundleLayout(b);
            assertEquals(CellState.FAILED, Bundles.cell(b, "bench-cpu", 1).state());
            rewriteMachine(b, "cpuModel", "Imaginary CPU 9000");
            byte[] machine = Files.readAllBytes(layout.machineFile());
            byte[] run = Files.readAllBytes(layout.runFile());

            s.set("CVP_FAKE_PLAN", "*=ok");
            RunnerProcess.Result r = s.run("--resume", b.toString(), "--no-report");
            assertEquals(2, r.exitCode(), "another machine: refused: " + r.output());
            assertTrue(r.output().contains("cpuModel: was Imaginary CPU 9000, now "), "says what differs: " + r.output());
            assertTrue(r.output().contains("pass --force"), r.output());
            assertArrayEquals(machine, Files.readAllBytes(layout.machineFile()), "refused: machine.json untouched");
            assertArrayEquals(run, Files.readAllBytes(layout.runFile()), "refused: run.json untouched");
            assertFalse(Bundles.locked(b), "refused: lock released");
            assertEquals(1, s.starts("bench-cpu", 1), "refused: nothing ran");

            r = s.run("--resume", b.toString(), "--force", "--no-report");
            assertEquals(0, r.exitCode(), "--force: resumed: " + r.output());
            Cell c = Bundles.cell(b, "bench-cpu", 1);
            assertEquals(CellState.OK, c.state());
            assertEquals(2, c.attempts());
            Resume forced = Bundles.run(b).resumes().get(0);
            assertTrue(forced.forced(), "--force recorded in run.json");
            assertTrue(forced.differences().stream().anyMatch(d -> d.startsWith("cpuModel: was Imaginary CPU 9000")),
                    "the difference recorded: " + forced.differences());
            assertTrue(Bundles.attempts(b).contains("cores-1-bench-cpu.attempt-1.log"),
                    "the failed attempt's log is kept, not overwritten: " + Bundles.attempts(b));

            r = s.run("--resume", b.toString(), "--no-report", "--force");
            assertEquals(0, r.exitCode(), r.output());
            assertTrue(r.output().contains("nothing to resume"), r.output());

            rewriteMachine(b, "gitCommit", "0000000");
            Run reset = Bundles.run(b).withCell("bench-cpu", 1, x -> x.finished(
                    Cell.Outcome.notRun(CellState.FAILED, "2020-01-01T00:00:00Z", "set back by the test")));
            AtomicFiles.writeJson(layout.runFile(), reset);
            r = s.run("--resume", b.toString(), "--no-report");
            assertEquals(2, r.exitCode(), "another git commit: refused: " + r.output());
            assertTrue(r.output().contains("gitCommit: was 0000000, now null"), r.output());
            assertEquals(2, s.starts("bench-cpu", 1), "refused: nothing ran: " + s.starts());
        }
    }

    /** Replaces one field of machine.json, through the bundle's types and its atomic write. */
    private static void rewriteMachine(Path bundle, String field, String value) throws IOException {
        ObjectNode tree = BundleJson.MAPPER.valueToTree(Bundles.machine(bundle));
        tree.put(field, value);
        AtomicFiles.writeJson(new BundleLayout(bundle).machineFile(), BundleJson.MAPPER.treeToValue(tree, Machine.class));
    }
}
