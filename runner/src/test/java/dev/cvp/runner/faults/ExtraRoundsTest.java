package dev.cvp.runner.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cvp.bundle.BundleLayout;
import dev.cvp.bundle.Cell;
import dev.cvp.bundle.Invocation;
import dev.cvp.bundle.Run;
import dev.cvp.report.load.BundleLoader;
import dev.cvp.report.model.Bundle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A profile with a time budget: after the planned round, the rows whose speedup intervals are
 * wider than the target get extra rounds through real JMH (tiny.jar), each its own invocation and
 * file, selecting only those rows, alternating the core counts; run.json names what each measured
 * and the report pools them with the planned round. A target of 0% makes every row wide, so the
 * budget decides how far it goes.
 */
class ExtraRoundsTest {

    private static final String TINY = "^dev\\.cvp\\.runner\\.faults\\.tiny\\.TinyBenchmark\\.sum$";

    @TempDir
    Path tmp;

    /** run.json holds the planned round at each core count and no extra one. */
    private static void assertPlannedRoundsAlone(Sandbox s) throws Exception {
        assertEquals(List.of("1.r1", "2.r1"), Bundles.run(s.bundle()).invocations().stream()
                .map(i -> i.cores() + ".r" + i.round()).toList(), "the planned rounds alone");
    }

    /** Runs tiny.jar as bench-cpu at cores 1,2 under a smoke profile of {@code profile}, without spells. */
    private static RunnerProcess.Result runTiny(Sandbox s, String profile, String label, String... more)
            throws Exception {
        Files.writeString(s.smokeProfileOnly().resolve("smoke.jmh"), profile);
        s.set("CVP_BENCH_JAR_CPU", TestJars.tinyJmhJar());
        // without spells, no slow CPU or busy neighbour of this machine's makes the runner replace results first
        s.set("CVP_NO_SPELLS", "1");
        List<String> args = new java.util.ArrayList<>(List.of("--modules", "cpu", "--cores", "1,2", "--profile", "smoke",
                "--label", label));
        args.addAll(List.of(more));
        return s.run(args.toArray(String[]::new));
    }

    @Test
    void wideRowsGetMoreRoundsWithinTheBudgetAndTheReportPoolsThem() throws Exception {
        assumeTrue(Sandbox.cores().size() >= 2, "speedups need two core counts");
        try (Sandbox s = new Sandbox(tmp)) {
            RunnerProcess.Result r = runTiny(s, "#! budget=30s\n#! target=0%\n#! cell-timeout=2m\n"
                    + "-f 1 -wi 0 -i 3 -r 100ms -foe false\n", "extra");
            assertEquals(0, r.exitCode(), r.output());
            assertTrue(r.output().contains("1 row(s) have a parallel speedup wider than \u00b10% (widest"), r.output());
            assertTrue(r.output().contains("(TinyBenchmark: sum) ... ok in "), r.output());

            Path b = s.bundle();
            Run run = Bundles.run(b);
            List<Invocation> all = run.invocations();
            assertEquals(List.of("1.r1", "2.r1"), all.subList(0, 2).stream().map(i -> i.cores() + ".r" + i.round()).toList());
            all.subList(0, 2).forEach(i -> assertNull(i.selection(), "a planned round runs the whole selection"));
            List<Invocation> extra = all.subList(2, all.size());
            // a slow spell on this machine may have hit the planned round: then its result is measured again first
            List<Invocation> added = extra.stream().filter(i -> i.replaces() == null).toList();
            extra.stream().filter(i -> i.replaces() != null).forEach(i -> assertTrue(i.replaces() < i.round(), i.toString()));
            assertTrue(added.size() >= 4, "the first step of added rounds fits in 30 s: " + all);
            int first = added.get(0).round();
            int next = first + 1;
            // an even round runs the core counts descending, an odd one ascending
            List<String> expected = first % 2 == 0 ? List.of("2.r" + first, "1.r" + first, "1.r" + next, "2.r" + next)
                    : List.of("1.r" + first, "2.r" + first, "2.r" + next, "1.r" + next);
            assertEquals(expected, added.subList(0, 4).stream().map(i -> i.cores() + ".r" + i.round()).toList(),
                    "two more rounds, the core counts alternating: " + all);
            for (Invocation i : extra) {
                assertTrue(i.ok(), i.toString());
                assertEquals(TINY, i.selection());
                assertEquals(BundleLayout.resultName("bench-cpu", i.cores(), i.round()), i.json());
                assertEquals(1, Bundles.validResults(b, i.json()), i.json());
            }
            assertEquals(List.of("ok", "ok"), run.cells().stream().map(Cell::state).map(x -> x.name().toLowerCase())
                    .toList(), "extra rounds leave the cells' state alone");

            Bundle loaded = BundleLoader.load(b);
            assertEquals(List.of(), loaded.problems());
            int forks = loaded.workloads().get(0).cell("sum", 1).orElseThrow().estimate().forkCount();
            assertEquals(1 + added.stream().filter(i -> i.cores() == 1).count(), forks,
                    "the report pools the planned round and every added one (a replacement takes a round's place)");
            assertTrue(Bundles.nonEmpty(b.resolve("report.md")));
        }
    }

    @Test
    void plannedRoundsThatOverranTheirEstimateTakeTheirOverrunOutOfTheBudget() throws Exception {
        assumeTrue(Sandbox.cores().size() >= 2, "speedups need two core counts");
        try (Sandbox s = new Sandbox(tmp)) {
            // an estimate of 1s a round: each planned round measures for 1.5s alone, so two overrun it by 1s or more
            RunnerProcess.Result r = runTiny(s, "#! budget=1s\n#! target=0%\n#! expect=1s\n#! cell-timeout=2m\n"
                    + "-f 1 -wi 0 -i 3 -r 500ms -foe false\n", "late");
            assertEquals(0, r.exitCode(), r.output());
            assertTrue(r.output().contains("; no extra rounds: the planned rounds took "), r.output());
            assertTrue(r.output().contains(" beyond their estimate, all of the profile's 1s"), r.output());
            assertPlannedRoundsAlone(s);
        }
    }

    @Test
    void aRunPastItsDeadlineGetsNoExtraRounds() throws Exception {
        assumeTrue(Sandbox.cores().size() >= 2, "speedups need two core counts");
        try (Sandbox s = new Sandbox(tmp)) {
            // each planned round measures for 1.5s alone: the run has taken more than its 2s before the extra rounds
            RunnerProcess.Result r = runTiny(s, "#! budget=1m\n#! deadline=2s\n#! target=0%\n#! expect=1s\n#! cell-timeout=2m\n"
                    + "-f 1 -wi 0 -i 3 -r 500ms -foe false\n", "deadline");
            assertEquals(0, r.exitCode(), r.output());
            assertTrue(r.output().contains("then up to 1m of extra rounds, ending within 2s of the start"), r.output());
            assertTrue(r.output().contains("; no extra rounds: the run has taken "), r.output());
            assertTrue(r.output().contains(", all of the 2s the profile gives it"), r.output());
            assertPlannedRoundsAlone(s);
        }
    }

    @Test
    void aBudgetOnTheCommandLineReplacesTheProfilesBudgetAndDeadline() throws Exception {
        assumeTrue(Sandbox.cores().size() >= 2, "speedups need two core counts");
        try (Sandbox s = new Sandbox(tmp)) {
            // the profile's deadline has passed before the extra rounds, as above; --budget 20s gives them 20s
            RunnerProcess.Result r = runTiny(s, "#! budget=1m\n#! deadline=2s\n#! target=0%\n#! expect=1s\n#! cell-timeout=2m\n"
                    + "-f 1 -wi 0 -i 3 -r 100ms -foe false\n", "given", "--budget", "20s");
            assertEquals(0, r.exitCode(), r.output());
            assertTrue(r.output().contains("then up to 20s of extra rounds"), r.output());
            assertTrue(r.output().contains("of extra rounds (--budget): "), r.output());
            List<Invocation> extra = Bundles.run(s.bundle()).invocations().stream().filter(Invocation::extra).toList();
            assertTrue(extra.size() >= 2 && extra.stream().allMatch(i -> i.round() >= 2), "extra rounds ran: " + extra);
        }
    }

    @Test
    void aBudgetOfZeroMeansNoExtraRounds() throws Exception {
        assumeTrue(Sandbox.cores().size() >= 2, "speedups need two core counts");
        try (Sandbox s = new Sandbox(tmp)) {
            RunnerProcess.Result r = runTiny(s, "#! budget=1m\n#! target=0%\n#! cell-timeout=2m\n"
                    + "-f 1 -wi 0 -i 3 -r 100ms -foe false\n", "none", "--budget", "0");
            assertEquals(0, r.exitCode(), r.output());
            assertTrue(!r.output().contains("refine:"), r.output());
            assertPlannedRoundsAlone(s);
        }
    }
}
