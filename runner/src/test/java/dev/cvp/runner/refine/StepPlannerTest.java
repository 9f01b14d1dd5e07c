package dev.cvp.runner.refine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.report.analysis.WideSpeedups;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One step of extra rounds: how many rounds a row gets, their order, how rows share invocations,
 * and what the budget lets in.
 */
class StepPlannerTest {

    private static final List<Integer> CORES = List.of(1, 2);

    private static WideSpeedups.Row fib(String strategy, double widest, int forks) {
        return new WideSpeedups.Row("bench-cpu", "dev.cvp.cpu.FibBenchmark.run",
                Map.of("strategy", strategy), "FibBenchmark.run (avgt) " + strategy, widest, forks, 0, 0);
    }

    private static WideSpeedups.Row start(String method, double widest) {
        return new WideSpeedups.Row("bench-process", "dev.cvp.process.StartCostBenchmark." + method, Map.of(),
                "StartCostBenchmark (avgt) " + method, widest, 1, 0, 0);
    }

    /** "bench-cpu@2.r2" per invocation. */
    private static List<String> order(List<ExtraRound> step) {
        return step.stream().map(x -> x.module() + "@" + x.cores() + ".r" + x.round()).toList();
    }

    @Test
    void aRowOfOneRoundGetsTwoMoreAlternatingTheCoreCounts() {
        List<ExtraRound> step = StepPlanner.step(List.of(fib("gil", 0.3, 1)), CORES, Map.of("bench-cpu", 2),
                (m, k) -> 3.0, 1000);
        assertEquals(List.of("bench-cpu@2.r2", "bench-cpu@1.r2", "bench-cpu@1.r3", "bench-cpu@2.r3"), order(step),
                "2 more rounds, so the interval has 3 round means a side; even rounds descending");
        ExtraRound x = step.get(0);
        assertEquals(List.of("^dev\\.cvp\\.cpu\\.FibBenchmark\\.run$"), x.regexes());
        assertEquals(Map.of("strategy", List.of("gil")), x.params());
        assertEquals("^dev\\.cvp\\.cpu\\.FibBenchmark\\.run$ -p strategy=gil", x.selection());
        assertEquals("FibBenchmark.run: gil", x.shown());
        assertEquals(StepPlanner.INVOCATION_SECONDS + 3.0, x.expectSeconds(), 1e-9);
    }

    @Test
    void rowsTheTimeLeftCannotNarrowToTheTargetAreBeyondReach() {
        // 8 s a round (two invocations of 1 s plus 3 s of row each); target ±2.5%
        WideSpeedups.Row nearly = fib("fork-join", 0.03, 8);      // needs ceil(8 x 1.44) = 12 rounds: 4 more, 32 s
        WideSpeedups.Row stray = fib("cooperative", 0.18, 9);     // needs 467 rounds, more than a profile may plan
        WideSpeedups.Row costly = fib("virtual", 0.05, 4);        // needs 16 rounds: 12 more, 96 s
        WideSpeedups.Row young = fib("gil", 0.40, 1);             // from one round: its width says nothing yet
        StepPlanner.Reach reach = StepPlanner.reachable(List.of(stray, nearly, costly, young), 0.025, CORES,
                (m, k) -> 3.0, 60);
        assertEquals(List.of(nearly, young), reach.reachable(), "in the order given");
        assertEquals(List.of(stray, costly), reach.beyond());
        assertEquals(List.of(stray), StepPlanner.reachable(List.of(stray, costly), 0.025, CORES, (m, k) -> 3.0, 100)
                .beyond(), "with 100 s left, 96 s of rounds are within reach");
    }

    @Test
    void aRowOfThreeRoundsGetsOneMoreFromTheNextFreeRound() {
        List<ExtraRound> step = StepPlanner.step(List.of(fib("gil", 0.3, 3)), CORES, Map.of("bench-cpu", 4),
                (m, k) -> 3.0, 1000);
        assertEquals(List.of("bench-cpu@2.r4", "bench-cpu@1.r4"), order(step));
    }

    @Test
    void rowsOfOneBenchmarkShareInvocationsAndMethodStrategiesShareARegex() {
        List<ExtraRound> step = StepPlanner.step(List.of(fib("gil", 0.5, 1), start("thread", 0.4),
                fib("sequential", 0.3, 1), start("process", 0.2)), CORES,
                Map.of("bench-cpu", 2, "bench-process", 2), (m, k) -> 1.0, 1000);
        assertEquals(8, step.size(), "two groups x two rounds x two core counts: " + order(step));
        assertEquals(Map.of("strategy", List.of("gil", "sequential")), step.get(0).params());
        ExtraRound process = step.get(4);
        assertEquals("bench-process", process.module());
        assertEquals(List.of("^dev\\.cvp\\.process\\.StartCostBenchmark\\.(thread|process)$"), process.regexes());
        assertEquals(Map.of(), process.params());
        assertEquals("StartCostBenchmark: thread, process", process.shown());
    }

    @Test
    void theBudgetTakesTheWidestThatFitAndPassesOverOnesThatDoNot() {
        // bench-cpu rows cost 10 s per round and core count, bench-process rows 1 s
        List<WideSpeedups.Row> rows = List.of(fib("gil", 0.5, 1), start("thread", 0.4));
        double cpuRow = 2 * 2 * (StepPlanner.INVOCATION_SECONDS + 10);
        double processRow = 2 * 2 * (StepPlanner.INVOCATION_SECONDS + 1);
        List<ExtraRound> both = StepPlanner.step(rows, CORES, Map.of("bench-cpu", 2, "bench-process", 2),
                (m, k) -> m.equals("bench-cpu") ? 10.0 : 1.0, cpuRow + processRow);
        assertEquals(8, both.size());
        List<ExtraRound> cheap = StepPlanner.step(rows, CORES, Map.of("bench-cpu", 2, "bench-process", 2),
                (m, k) -> m.equals("bench-cpu") ? 10.0 : 1.0, cpuRow - 1);
        assertTrue(cheap.stream().allMatch(x -> x.module().equals("bench-process")),
                "the widest does not fit, the next one does: " + order(cheap));
        assertEquals(List.of(), StepPlanner.step(rows, CORES, Map.of(), (m, k) -> 10.0, processRow - 1));
    }

    @Test
    void aResultASpellHitIsMeasuredAgainAtItsCoreCountInPlaceOfItsRound() {
        WideSpeedups.Row seq = new WideSpeedups.Row("bench-cpu", "dev.cvp.cpu.FibBenchmark.run",
                Map.of("strategy", "sequential", "tasks", "8"), "FibBenchmark.run tasks=8 (avgt) sequential", 1.9, 1, 1, 1);
        WideSpeedups.Row pool = new WideSpeedups.Row("bench-cpu", "dev.cvp.cpu.FibBenchmark.run",
                Map.of("strategy", "platform-pool", "tasks", "8"), "... platform-pool", 1.9, 1, 1, 1);
        WideSpeedups.Row two = new WideSpeedups.Row("bench-cpu", "dev.cvp.cpu.FibBenchmark.run",
                Map.of("strategy", "gil", "tasks", "8"), "... gil", 1.9, 1, 2, 1);
        List<ExtraRound> step = StepPlanner.replacements(List.of(seq, pool, two), Map.of("bench-cpu", 2), (m, k) -> 3.0,
                1000);
        assertEquals(List.of("bench-cpu@1.r2", "bench-cpu@2.r3"), order(step), "one invocation per core count");
        assertEquals(1, step.get(0).replaces());
        assertEquals(List.of("sequential", "platform-pool"), step.get(0).params().get("strategy"));
        assertEquals(List.of("8"), step.get(0).params().get("tasks"));
        assertEquals(List.of("gil"), step.get(1).params().get("strategy"));
        assertEquals(List.of("bench-cpu@1.r2"), order(StepPlanner.replacements(List.of(seq, pool, two),
                Map.of("bench-cpu", 2), (m, k) -> 3.0, StepPlanner.INVOCATION_SECONDS + 6)), "what fits");
    }

    @Test
    void noRowGetsMoreRoundsThanAProfileMayPlan() {
        assertEquals(List.of(), StepPlanner.step(List.of(fib("gil", 0.5, StepPlanner.MAX_ROUNDS)), CORES,
                Map.of("bench-cpu", 21), (m, k) -> 1.0, 1000));
        assertTrue(StepPlanner.capped(fib("gil", 0.5, StepPlanner.MAX_ROUNDS)), "the refiner then says why it stopped");
        assertFalse(StepPlanner.capped(fib("gil", 0.5, StepPlanner.MAX_ROUNDS - 1)), "one more round fits");
        assertFalse(StepPlanner.capped(fib("gil", 0.5, 1)), "two more rounds make three");
    }

    @Test
    void namesAreQuotedForTheRegex() {
        assertEquals("a\\.b\\$C\\.run", StepPlanner.quote("a.b$C.run"));
    }
}
