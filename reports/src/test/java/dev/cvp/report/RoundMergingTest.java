package dev.cvp.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.bundle.Problem;
import dev.cvp.report.load.BundleLoader;
import dev.cvp.report.metrics.CellStats;
import dev.cvp.report.metrics.Ratio;
import dev.cvp.report.metrics.Resampling;
import dev.cvp.report.metrics.Scaling;
import dev.cvp.report.model.Bundle;
import dev.cvp.report.model.Estimate;
import dev.cvp.report.model.Workload;
import dev.cvp.report.stats.Interval;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cell measured in several rounds (cores-k/bench-cpu.json, bench-cpu.r2.json, ...) is one cell
 * with the forks of every round; only a true duplicate is a problem.
 */
class RoundMergingTest {

    @TempDir
    Path tmp;

    private static final double[][] ROUND_1 = {{10.0, 10.2, 9.9}, {10.3, 10.1, 10.4}};
    private static final double[][] ROUND_2 = {{10.2, 10.0, 10.1}, {9.9, 10.3, 10.2}};

    private static JmhJson.Result fib(String strategy, int cores, double[][] forks) {
        return JmhJson.result().param("kernel", "fib").strategy(strategy).param("tasks", "8").forks(forks).cpus(cores);
    }

    private static double[][] halved(double[][] forks) {
        return Arrays.stream(forks).map(f -> Arrays.stream(f).map(v -> v / 2).toArray()).toArray(double[][]::new);
    }

    /** Two rounds at 1 and 2 cores: each file holds its round's two forks. */
    private BundleFixture twoRounds() throws Exception {
        BundleFixture f = BundleFixture.in(tmp.resolve("b")).formatVersion(2).machine("1, 2")
                .results(1, "bench-cpu", fib("sequential", 1, ROUND_1), fib("fork-join", 1, ROUND_1))
                .results(2, "bench-cpu", fib("sequential", 2, ROUND_1), fib("fork-join", 2, halved(ROUND_1)));
        f.write("cores-2/bench-cpu.r2.json", JmhJson.render(List.of(fib("sequential", 2, ROUND_2),
                fib("fork-join", 2, halved(ROUND_2)))));
        return f.write("cores-1/bench-cpu.r2.json", JmhJson.render(List.of(fib("sequential", 1, ROUND_2),
                fib("fork-join", 1, ROUND_2))));
    }

    @Test
    void twoRoundsAreOneCellWithTheForksOfBoth() throws Exception {
        Bundle b = BundleLoader.load(twoRounds().dir());
        assertEquals(List.of(), b.problems(), "rounds are no duplicates");
        assertEquals(1, b.workloads().size());
        assertEquals(4, b.measurements().size(), "one measurement per strategy and core count");
        Workload w = b.workloads().get(0);
        Estimate e = w.cell("fork-join", 1).orElseThrow().estimate();
        assertEquals(4, e.forkCount(), "2 forks per round x 2 rounds");
        assertEquals(12, e.sampleCount());
        assertEquals(Arrays.stream(e.samples()).average().orElseThrow(), e.score(), 1e-12,
                "the score of every iteration of both rounds");
        assertEquals(List.of(10.0, 10.2, 9.9), Arrays.stream(e.forks().get(0)).boxed().toList(), "round 1's forks first");
        assertEquals(List.of(9.9, 10.3, 10.2), Arrays.stream(e.forks().get(3)).boxed().toList(), "then round 2's");

        Interval pooled = CellStats.score(w, "fork-join", 1).orElseThrow();
        Interval first = Resampling.mean(Estimate.oneFork(0, "ms/op").plus(new Estimate(
                Arrays.stream(ROUND_1).flatMapToDouble(Arrays::stream).average().orElseThrow(), "ms/op",
                List.of(ROUND_1))));
        assertTrue(pooled.sufficient() && first.sufficient());
        assertTrue(pooled.halfWidth() <= first.halfWidth(),
                "twice the forks: an interval no wider than one round's (" + pooled + " vs " + first + ")");
        assertTrue(Double.isFinite(w.cell("fork-join", 2).orElseThrow().score()));
    }

    /** Round r's one fork around {@code ms}, slowed by {@code drift} (the machine's speed in that round). */
    private static double[][] round(double ms, double drift) {
        return new double[][] {{ms * drift * 0.995, ms * drift, ms * drift * 1.005, ms * drift * 1.002}};
    }

    @Test
    void threeRoundsInAlternationArePairedSoADriftCommonToARoundCancels() throws Exception {
        double[] drift = {1.0, 1.06, 0.95};
        BundleFixture f = BundleFixture.in(tmp.resolve("paired")).formatVersion(2).machine("1, 2")
                .results(1, "bench-cpu", fib("fork-join", 1, round(100, drift[0])))
                .results(2, "bench-cpu", fib("fork-join", 2, round(50, drift[0])));
        for (int r = 2; r <= 3; r++) {
            for (int k = 1; k <= 2; k++) {
                f.write("cores-" + k + "/bench-cpu.r" + r + ".json", JmhJson.render(List.of(fib("fork-join", k,
                        round(100.0 / k, drift[r - 1])))));
            }
        }
        Workload w = BundleLoader.load(f.dir()).workloads().get(0);
        Estimate one = w.cell("fork-join", 1).orElseThrow().estimate();
        assertEquals(List.of(1, 2, 3), one.rounds(), "each fork labelled with its round");
        Ratio paired = Scaling.speedup(w, "fork-join", 2).orElseThrow();
        Ratio unpaired = Resampling.improvement(w.mode(), one, w.cell("fork-join", 2).orElseThrow().estimate());
        assertEquals(Interval.Method.PAIRED_ROUNDS, paired.interval().method());
        assertEquals(unpaired.value(), paired.value(), 1e-12, "the same ratio of the pooled scores");
        assertTrue(paired.interval().contains(2.0) && paired.high() - paired.low() < (unpaired.high() - unpaired.low()) / 3,
                "the 6% drift between rounds hit both core counts alike: " + paired + " against " + unpaired);
    }

    @Test
    void aRoundThatReplacedAnotherStandsForItInThePairing() throws Exception {
        BundleFixture f = BundleFixture.in(tmp.resolve("replaced")).formatVersion(2).machine("1, 2")
                .results(1, "bench-cpu", fib("fork-join", 1, round(100, 1)))
                .results(2, "bench-cpu", fib("fork-join", 2, round(50, 1)))
                .invocation("bench-cpu", 1, 1, 0).invocation("bench-cpu", 2, 1, 0);
        for (int r = 2; r <= 3; r++) {
            for (int k = 1; k <= 2; k++) {
                f.write("cores-" + k + "/bench-cpu.r" + r + ".json", JmhJson.render(List.of(fib("fork-join", k,
                        round(100.0 / k, 1 + r / 100.0)))));
            }
        }
        f.write("cores-1/bench-cpu.r4.json", JmhJson.render(List.of(fib("fork-join", 1, round(100, 1.045)))));
        f.replacement("bench-cpu", 1, 4, 2);
        Workload w = BundleLoader.load(f.dir()).workloads().get(0);
        assertEquals(List.of(1, 2, 3), w.cell("fork-join", 1).orElseThrow().estimate().rounds().stream().sorted()
                .toList(), "round 4 took round 2's place");
        assertEquals(Interval.Method.PAIRED_ROUNDS, Scaling.speedup(w, "fork-join", 2).orElseThrow().interval().method());
    }

    @Test
    void fewerThanThreeRoundsOrRoundsThatDoNotMatchAreNotPaired() throws Exception {
        Workload w = BundleLoader.load(twoRounds().dir()).workloads().get(0);
        assertEquals(Interval.Method.FORKS_THEN_ITERATIONS,
                Scaling.speedup(w, "fork-join", 2).orElseThrow().interval().method(), "two rounds: unpaired");
    }

    @Test
    void aCopiedFileOrTheSameResultTwiceInOneFileIsStillADuplicate() throws Exception {
        BundleFixture f = twoRounds();
        Files.copy(f.dir().resolve("cores-1/bench-cpu.json"), f.dir().resolve("cores-1/bench-cpu.copy.json"));
        f.write("cores-2/bench-cpu.r2.json", JmhJson.render(List.of(fib("sequential", 2, ROUND_2),
                fib("sequential", 2, halved(ROUND_2)), fib("fork-join", 2, halved(ROUND_2)))));
        Bundle b = BundleLoader.load(f.dir());
        List<String> problems = b.problems().stream().map(Problem::toString).toList();
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("cores-1/bench-cpu.copy.json")
                && p.contains("appears twice (with exactly the data of cores-1/bench-cpu.json")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("cores-2/bench-cpu.r2.json")
                && p.contains("sequential at 2 core(s) appears twice (twice in cores-2/bench-cpu.r2.json)")),
                problems.toString());
        Workload w = b.workloads().get(0);
        assertEquals(4, w.cell("sequential", 1).orElseThrow().estimate().forkCount(), "the copy added nothing");
        assertEquals(4, w.cell("sequential", 2).orElseThrow().estimate().forkCount(), "the first result was kept");
    }
}
