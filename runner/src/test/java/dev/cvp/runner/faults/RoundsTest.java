package dev.cvp.runner.faults;

import static dev.cvp.runner.faults.Bundles.cell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.bundle.BundleLayout;
import dev.cvp.bundle.Cell;
import dev.cvp.bundle.CellState;
import dev.cvp.bundle.Invocation;
import dev.cvp.bundle.Machine;
import dev.cvp.bundle.Run;
import dev.cvp.runner.machine.Cpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A profile asking for rounds: each round of a cell is its own invocation and file, the rounds
 * alternate the order of the core counts (1, 2 | 2, 1), a cell with fewer cores than the machine
 * has moves to other CPUs in its next round, and a run stopped or failed between rounds resumes
 * with exactly the rounds that are not ok.
 */
class RoundsTest {

    @TempDir
    Path tmp;

    /** The smoke options, with {@code rounds} for every module and bench-io kept at one round. */
    private void twoRounds(Sandbox s) throws IOException {
        Path profiles = tmp.resolve("profiles");
        Files.createDirectories(profiles);
        Files.writeString(profiles.resolve("smoke.jmh"), "#! rounds=2\n#! cell-timeout=5m\n-f 1 -wi 0 -i 1 -r 100ms\n");
        Files.writeString(profiles.resolve("bench-io.smoke.jmh"), "#! rounds=1\n");
        s.set("CVP_PROFILES_DIR", profiles);
    }

    /** "bench-cpu@1.r1 bench-cpu@2.r1 ...": the invocations of run.json in their order. */
    private static String order(Run run) {
        return String.join(" ", run.invocations().stream()
                .map(i -> i.module() + "@" + i.cores() + ".r" + i.round()).toList());
    }

    @Test
    void roundsAlternateTheCoreCountsEachInItsOwnFileAndTheReportMergesThem() throws IOException {
        int two = Sandbox.top();
        try (Sandbox s = new Sandbox(tmp)) {
            twoRounds(s);
            RunnerProcess.Result r = s.run("--modules", "cpu,io", "--cores", Sandbox.coresArg(), "--profile", "smoke",
                    "--label", "rounds");
            Path b = s.bundle();
            assertTrue(Bundles.nonEmpty(b.resolve("report.md")), r.output());
            Run run = Bundles.run(b);
            assertEquals(2, run.settings().roundsOf("bench-cpu"));
            assertEquals(1, run.settings().roundsOf("bench-io"), "a module profile's directive wins");
            assertEquals(two == 2
                            ? "bench-cpu@1.r1 bench-cpu@2.r1 bench-cpu@2.r2 bench-cpu@1.r2 bench-io@1.r1 bench-io@2.r1"
                            : "bench-cpu@1.r1 bench-cpu@1.r2 bench-io@1.r1",
                    order(run), "round 1 ascending, round 2 descending, module by module");
            assertEquals(List.of(), run.invocations().stream().filter(i -> !i.ok() || i.attempt() != 1).toList());
            for (int i = 0; i < run.invocations().size(); i++) {
                Invocation inv = run.invocations().get(i);
                assertEquals(i + 1, inv.sequence());
                assertEquals(BundleLayout.resultName(inv.module(), inv.cores(), inv.round()), inv.json());
                assertEquals(BundleLayout.logName(inv.module(), inv.cores(), inv.round()), inv.log());
                assertEquals(2, Bundles.validResults(b, inv.json()), inv.json());
                if (i > 0) {
                    assertTrue(inv.startedAt().compareTo(run.invocations().get(i - 1).finishedAt()) >= 0,
                            "one after the other: " + run.invocations());
                }
            }
            assertEquals(2 * Sandbox.cores().size() + Sandbox.cores().size(), s.starts().size(), s.starts().toString());
            assertTrue(Bundles.nonEmpty(b.resolve("cores-1/bench-cpu.r2.json")));
            assertFalse(Files.exists(b.resolve("cores-1/bench-io.r2.json")), "bench-io has one round");

            Cell c = cell(b, "bench-cpu", 1);
            assertEquals(CellState.OK, c.state());
            assertEquals(4, c.results(), "both rounds' results");
            assertEquals("cores-1/bench-cpu.json", c.json(), "round 1's file, as a single-round cell names it");
            assertEquals(1, c.attempts());

            Machine m = Bundles.machine(b);
            List<Integer> cpus = Cpus.available();
            if (Boolean.TRUE.equals(m.pinningEnforced()) && cpus.size() >= 2) {
                List<String> oneCore = run.invocations().stream().filter(i -> i.is("bench-cpu", 1))
                        .map(Invocation::pinnedCpus).toList();
                assertEquals(List.of(cpus.get(0).toString(), cpus.get(1).toString()), oneCore,
                        "the 1-core cell's second round runs on the next CPU");
                assertEquals(cpus.get(0).toString(), m.cellCpus().get("1"), "machine.json: round 1's CPUs");
                assertTrue(m.pinning().contains("round"), m.pinning());
                String pinned = Cpus.compress(cpus.subList(0, two));
                assertEquals(List.of(pinned, pinned), run.invocations().stream().filter(i -> i.is("bench-cpu", two))
                        .map(Invocation::pinnedCpus).toList(), "a cell on every CPU keeps them");
            }
            assertTrue(r.output().contains("bench-cpu @ 1 core, round 2/2 ... ok in"), r.output());
            String report = Files.readString(b.resolve("report.md"));
            assertFalse(report.contains("appears twice"), "rounds are more forks of one cell, not duplicates");
        }
    }

    @ParameterizedTest
    @CsvSource({"KILL, 137", "TERM, 143"})
    void stoppedBetweenRoundsResumeRunsEachMissingRoundOnce(String signal, int exitCode) throws IOException {
        int two = Sandbox.top();
        try (Sandbox s = new Sandbox(tmp)) {
            twoRounds(s);
            s.set("CVP_FAKE_PLAN", "cpu@" + two + ".r2=gate,*=ok");
            RunnerProcess runner = s.start("--modules", "cpu", "--cores", Sandbox.coresArg(), "--profile", "smoke",
                    "--no-report");
            Processes.waitUntil("round 2 at " + two + " cores runs", () -> s.starts("bench-cpu", two, 2) >= 1);
            RunnerProcess.Result stopped;
            if (signal.equals("KILL")) {
                stopped = runner.killHard();
            } else {
                Processes.signal(runner.pid(), signal);
                stopped = runner.await();
            }
            assertEquals(exitCode, stopped.exitCode(), stopped.output());
            Path b = s.bundle();
            assertEquals(Bundles.all("pending", List.of("bench-cpu"), Sandbox.cores()), Bundles.states(b),
                    "no cell has all its rounds");
            assertEquals(Sandbox.cores().size(), Bundles.run(b).invocations().stream().filter(Invocation::ok).count(),
                    "round 1 of each core count is recorded ok");

            s.set("CVP_FAKE_PLAN", "*=ok");
            RunnerProcess.Result r = s.run("--resume", b.toString(), "--no-report");
            assertEquals(0, r.exitCode(), r.output());
            assertEquals(Bundles.all("ok", List.of("bench-cpu"), Sandbox.cores()), Bundles.states(b));
            for (int k : Sandbox.cores()) {
                assertEquals(1, s.starts("bench-cpu", k, 1), "round 1 at " + k + " was not run again: " + s.starts());
                assertEquals(k == two ? 2 : 1, s.starts("bench-cpu", k, 2),
                        "round 2 at " + k + " ran once after the stop: " + s.starts());
                assertEquals(2, Bundles.validResults(b, BundleLayout.resultName("bench-cpu", k, 2)));
                assertEquals(4, cell(b, "bench-cpu", k).results());
            }
            Run run = Bundles.run(b);
            String after = order(run);
            assertTrue(after.endsWith(two == 2 ? "bench-cpu@2.r2 bench-cpu@1.r2" : "bench-cpu@1.r2"),
                    "the resume keeps the alternating order: " + after);
            assertEquals(Sandbox.cores().size(), run.resumes().get(0).cells(), "the resume counts cells, not rounds");
            assertTrue(Bundles.attempts(b).contains("cores-" + two + "-bench-cpu.r2.interrupted.log"),
                    "the stopped round's log is kept aside: " + Bundles.attempts(b));
            assertEquals(List.of(), Bundles.temporaries(b), "no temporary files left");
            assertEquals(List.of(), Processes.describe(Processes.mentioning(b + "/cores-")), "no JVM left");
        }
    }

    @Test
    void aFailedRoundFailsTheCellAndTheResumeRerunsThatRoundOnly() throws IOException {
        try (Sandbox s = new Sandbox(tmp)) {
            twoRounds(s);
            s.set("CVP_FAKE_PLAN", "cpu@1.r2=fail,*=ok");
            RunnerProcess.Result r = s.run("--modules", "cpu", "--cores", "1", "--profile", "smoke", "--no-report");
            assertEquals(1, r.exitCode(), r.output());
            Path b = s.bundle();
            Cell failed = cell(b, "bench-cpu", 1);
            assertEquals(CellState.FAILED, failed.state());
            assertTrue(failed.reason().startsWith("round 2 of 2: "), failed.reason());
            assertEquals("cores-1/bench-cpu.r2.log", failed.log(), "the failed round's log");
            assertEquals(2, failed.results(), "round 1's results are kept");
            assertTrue(r.output().contains("1 failed"), r.output());

            s.set("CVP_FAKE_PLAN", "*=ok");
            r = s.run("--resume", b.toString(), "--no-report");
            assertEquals(0, r.exitCode(), r.output());
            Cell ok = cell(b, "bench-cpu", 1);
            assertEquals(CellState.OK, ok.state());
            assertEquals(2, ok.attempts());
            assertEquals(4, ok.results());
            assertEquals(1, s.starts("bench-cpu", 1, 1), "the ok round was not rerun: " + s.starts());
            assertEquals(2, s.starts("bench-cpu", 1, 2), s.starts().toString());
            assertTrue(Bundles.attempts(b).contains("cores-1-bench-cpu.r2.attempt-1.log"),
                    "the failed round's log is kept: " + Bundles.attempts(b));
            Invocation last = Bundles.run(b).invocations().get(2);
            assertEquals(List.of(2, 2, CellState.OK), List.of(last.round(), last.attempt(), last.state()));
        }
    }
}
