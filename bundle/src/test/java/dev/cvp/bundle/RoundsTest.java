package dev.cvp.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cell measured in several rounds: its files' names, its state from its rounds, run.json's record of them. */
class RoundsTest {

    @TempDir
    Path dir;

    @Test
    void roundOneKeepsTheSingleRoundNamesLaterRoundsAreNumbered() {
        assertEquals("cores-1/bench-cpu.json", BundleLayout.resultName("bench-cpu", 1));
        assertEquals("cores-1/bench-cpu.json", BundleLayout.resultName("bench-cpu", 1, 1));
        assertEquals("cores-2/bench-cpu.r2.json", BundleLayout.resultName("bench-cpu", 2, 2));
        assertEquals("cores-2/bench-io.r12.log", BundleLayout.logName("bench-io", 2, 12));
        assertThrows(IllegalArgumentException.class, () -> BundleLayout.resultName("bench-cpu", 1, 0));
        assertEquals("bench-cpu", BundleLayout.moduleOf("bench-cpu.r2.json"), "the module: up to the first dot");
        assertEquals("bench-cpu", BundleLayout.moduleOf("bench-cpu.json"));
        assertEquals(2, BundleLayout.roundOf("bench-cpu.r2.json"));
        assertEquals(12, BundleLayout.roundOf("bench-io.r12.log"));
        assertEquals(1, BundleLayout.roundOf("bench-cpu.json"));
        assertEquals(1, BundleLayout.roundOf("mine.json"), "plain JMH JSON: one round");
        assertEquals(1, BundleLayout.roundOf("bench-cpu.rx.json"));
    }

    @Test
    void eachRoundWritesAndShelvesUnderItsOwnName() throws Exception {
        BundleWriter w = BundleWriter.open(dir);
        BundleWriter.CellFiles f = w.cellFiles("bench-cpu", 1, 2);
        assertEquals(dir.resolve("cores-1/bench-cpu.r2.json"), f.json());
        assertEquals("cores-1-bench-cpu.r2", f.shelfStem());
        Files.writeString(f.tmpLog(), "log\n");
        w.placeLog(f);
        w.shelvePrevious("bench-cpu", 1, 2, 1);
        Files.writeString(w.cellFiles("bench-cpu", 1, 1).tmpLog(), "killed\n");
        assertEquals(List.of("attempts/cores-1-bench-cpu.interrupted.log"), w.shelveLeftovers());
        Files.writeString(f.tmpLog(), "killed\n");
        assertEquals(List.of("attempts/cores-1-bench-cpu.r2.interrupted.log"), w.shelveLeftovers());
        assertTrue(Files.isRegularFile(dir.resolve("attempts/cores-1-bench-cpu.r2.attempt-1.log")));
        assertFalse(Files.exists(f.log()));
    }

    private static Cell.Outcome outcome(CellState state, int round, double seconds, Integer results, String reason) {
        return new Cell.Outcome(state, state == CellState.OK ? 0 : 1, seconds, "2026-12-01T00:00:0" + round + "Z",
                results, Integer.toString(round - 1), null, BundleLayout.logName("bench-cpu", 1, round),
                results == null ? null : BundleLayout.resultName("bench-cpu", 1, round), reason,
                reason == null ? null : "tail");
    }

    /** run.json after round {@code round} of bench-cpu at 1 core (of 2 rounds) ended as {@code o}. */
    private static Run ended(Run run, int round, Cell.Outcome o) {
        Run recorded = run.withInvocation(Invocation.of(run.nextSequence(), "bench-cpu", 1, round,
                run.nextAttempt("bench-cpu", 1, round), "2026-12-01T00:00:00Z", o, null));
        return recorded.withCell("bench-cpu", 1, c -> c.roundEnded(o, round, 2, recorded.latestRounds("bench-cpu", 1)));
    }

    @Test
    void aCellIsOkWhenEveryRoundIsOkAndFailedWhileAnyRoundsLatestFailed() throws Exception {
        Run run = BundleReaderTest.run("r1").withCell("bench-cpu", 1, c -> c.started("2026-12-01T00:00:00Z", null));

        run = ended(run, 1, outcome(CellState.OK, 1, 1.5, 2, null));
        Cell c = run.cell("bench-cpu", 1).orElseThrow();
        assertEquals(CellState.PENDING, c.state(), "one of two rounds done");
        assertTrue(c.reason().startsWith("1 of 2 rounds done"), c.reason());

        run = ended(run, 2, outcome(CellState.FAILED, 2, 2.0, null, "JMH exited with code 1"));
        c = run.cell("bench-cpu", 1).orElseThrow();
        assertEquals(CellState.FAILED, c.state());
        assertEquals("round 2 of 2: JMH exited with code 1", c.reason());
        assertEquals("cores-1/bench-cpu.r2.log", c.log(), "the failed round's log");
        assertEquals("tail", c.logTail());
        assertEquals(2, c.results(), "round 1's results count");
        assertEquals(3.5, c.seconds(), "both rounds' time");
        assertFalse(run.roundOk("bench-cpu", 1, 2));
        assertTrue(run.roundOk("bench-cpu", 1, 1));

        run = run.withCell("bench-cpu", 1, x -> x.started("2026-12-01T00:01:00Z", null));
        assertEquals(2, run.nextAttempt("bench-cpu", 1, 2), "the rerun is round 2's second attempt");
        assertEquals(2, run.nextAttempt("bench-cpu", 1, 1), "round 1 had one attempt");
        run = ended(run, 2, outcome(CellState.OK, 2, 1.0, 2, null));
        c = run.cell("bench-cpu", 1).orElseThrow();
        assertEquals(CellState.OK, c.state(), "the latest attempt of each round is ok");
        assertNull(c.reason());
        assertEquals(4, c.results());
        assertEquals(2.5, c.seconds(), "the latest attempts' time");
        assertEquals("cores-1/bench-cpu.json", c.json(), "round 1's file names the cell");
        assertEquals("0", c.pinnedCpus(), "round 1's CPUs; each round's are in its invocation");
        assertEquals(List.of("0", "1", "1"), run.invocations().stream().map(Invocation::pinnedCpus).toList());
        assertEquals(List.of(1, 2, 2), run.invocations().stream().map(Invocation::round).toList());
        assertEquals(List.of(1, 1, 2), run.invocations().stream().map(Invocation::attempt).toList());

        AtomicFiles.writeJson(dir.resolve(BundleLayout.RUN), run);
        assertEquals(run, BundleReader.readRun(dir), "run.json reads back what was written");
    }

    @Test
    void oneRoundOrAnInterruptionIsRecordedAsBefore() {
        Cell c = Cell.pending("bench-cpu", 1).started("2026-12-01T00:00:00Z", null);
        Cell.Outcome failed = outcome(CellState.FAILED, 1, 1.0, null, "boom");
        assertEquals(c.finished(failed), c.roundEnded(failed, 1, 1, Map.of()));
        Cell.Outcome stopped = outcome(CellState.PENDING, 2, 1.0, null, "interrupted by SIGTERM after 1.0s");
        assertEquals(c.finished(stopped), c.roundEnded(stopped, 2, 2, Map.of()));
    }

    @Test
    void settingsWithoutRoundsMeanOneRound() throws Exception {
        Settings s = BundleReaderTest.run("r1").settings();
        assertEquals(1, s.roundsOf("bench-cpu"));
        Settings two = new Settings(s.profile(), s.modules(), s.cores(), s.tasks(), s.extraJmhArgs(), s.jmhArgs(),
                s.jvmArgsAppend(), s.cellTimeoutSeconds(), s.jars(), s.pythons(), Map.of("bench-cpu", 2));
        assertEquals(2, two.roundsOf("bench-cpu"));
        assertEquals(1, two.roundsOf("bench-io"));
    }
}
