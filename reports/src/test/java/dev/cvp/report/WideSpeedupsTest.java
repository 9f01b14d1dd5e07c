package dev.cvp.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.report.analysis.WideSpeedups;
import dev.cvp.report.load.BundleLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rows the runner spends extra rounds on: those whose parallel speedup interval is wider than
 * the target, widest first, each with the JMH benchmark and parameters that measure it again,
 * whether its strategy is a parameter or a method.
 */
class WideSpeedupsTest {

    @TempDir
    Path tmp;

    /** One fork of six iterations around {@code mean}, spread by ±{@code spread} (relative). */
    private static double[] fork(double mean, double spread) {
        double[] steps = {-1, 1, -0.5, 0.5, 0, 0.2};
        double[] out = new double[steps.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = mean * (1 + spread * steps[i]);
        }
        return out;
    }

    private static JmhJson.Result fib(String strategy, int cores, double mean, double spread) {
        return JmhJson.result().param("kernel", "fib").strategy(strategy).param("tasks", "8")
                .forks(fork(mean, spread)).cpus(cores);
    }

    /** A class whose methods are the strategies (no strategy param), as bench-process's StartCost. */
    private static JmhJson.Result start(String method, int cores, double mean, double spread) {
        return JmhJson.result().benchmark("dev.cvp.process.StartCostBenchmark." + method)
                .forks(fork(mean, spread)).cpus(cores);
    }

    private Path bundle() throws Exception {
        return BundleFixture.in(tmp.resolve("b")).formatVersion(2).machine("1, 2")
                .results(1, "bench-cpu", fib("sequential", 1, 100, 0.01), fib("fork-join", 1, 100, 0.40),
                        fib("platform-pool", 1, 100, 0.15))
                .results(2, "bench-cpu", fib("sequential", 2, 100, 0.01), fib("fork-join", 2, 50, 0.01),
                        fib("platform-pool", 2, 50, 0.01))
                .results(1, "bench-process", start("thread", 1, 1, 0.30), start("process", 1, 500, 0.01))
                .results(2, "bench-process", start("thread", 2, 1, 0.01), start("process", 2, 500, 0.01))
                .dir();
    }

    @Test
    void onlyRowsWiderThanTheTargetWidestFirstWithTheirSelection() throws Exception {
        List<WideSpeedups.Row> wide = WideSpeedups.of(BundleLoader.load(bundle()), 0.05);
        assertEquals(List.of("bench-cpu fork-join", "bench-process thread", "bench-cpu platform-pool"),
                wide.stream().map(r -> r.module() + " " + r.label().substring(r.label().lastIndexOf(' ') + 1))
                        .toList(), "40%, 30% and 15% spreads at one core; the 1% rows are narrow: " + wide);
        for (int i = 1; i < wide.size(); i++) {
            assertTrue(wide.get(i - 1).widest() >= wide.get(i).widest(), "widest first: " + wide);
        }
        WideSpeedups.Row forkJoin = wide.get(0);
        assertEquals("dev.cvp.cpu.KernelBenchmark.run", forkJoin.benchmark());
        assertEquals(Map.of("kernel", "fib", "strategy", "fork-join", "tasks", "8"), forkJoin.params(),
                "the strategy is a parameter: it goes with the others");
        assertEquals(1, forkJoin.forks());
        assertTrue(forkJoin.widest() > 0.05, forkJoin.toString());
        WideSpeedups.Row thread = wide.get(1);
        assertEquals("dev.cvp.process.StartCostBenchmark.thread", thread.benchmark(),
                "the strategy is the method: the benchmark names it");
        assertEquals(Map.of(), thread.params());
    }

    @Test
    void aLooseTargetLeavesNothing() throws Exception {
        assertEquals(List.of(), WideSpeedups.of(BundleLoader.load(bundle()), 0.99));
    }

    /** fib with cooperative (one thread) at 95 ms on 1 core and 52 on 2, in {@code rounds} forks a side. */
    private Path contradiction(String name, int rounds) throws Exception {
        double[][] slow = new double[rounds][];
        double[][] fast = new double[rounds][];
        double[][] seq = new double[rounds][];
        for (int r = 0; r < rounds; r++) {
            slow[r] = fork(95, 0.01);
            fast[r] = fork(52, 0.01);
            seq[r] = fork(52, 0.01);
        }
        return BundleFixture.in(tmp.resolve(name)).formatVersion(2).machine("1, 2")
                .results(1, "bench-cpu", fib("sequential", 1, 52, 0.01).forks(seq), fib("cooperative", 1, 95, 0.01)
                        .forks(slow))
                .results(2, "bench-cpu", fib("sequential", 2, 52, 0.01).forks(seq), fib("cooperative", 2, 52, 0.01)
                        .forks(fast))
                .declarations(dev.cvp.report.model.TestDeclarations.declare("bench-cpu", "dev.cvp.cpu.KernelBenchmark.run")
                        .role("sequential", dev.cvp.bundle.declare.Role.BASELINE, dev.cvp.bundle.declare.Worker.THREAD)
                        .role("cooperative", dev.cvp.bundle.declare.Role.SINGLE_THREAD,
                                dev.cvp.bundle.declare.Worker.EVENT_LOOP).build())
                .dir();
    }

    @Test
    void oneThreadFasterOnMoreCoresGetsMoreRoundsHoweverNarrowUntilThreeTell() throws Exception {
        List<WideSpeedups.Row> once = WideSpeedups.contradictions(BundleLoader.load(contradiction("once", 1)));
        assertEquals(List.of("cooperative"), once.stream().map(r -> r.label().substring(r.label().lastIndexOf(' ') + 1))
                .toList(), "1.83x for one thread, narrow: one JVM may have compiled it badly on 1 core");
        assertTrue(once.get(0).widest() < 0.025, "narrow, so the target alone would leave it: " + once);
        assertEquals(List.of(), WideSpeedups.contradictions(BundleLoader.load(contradiction("thrice", 3))),
                "three rounds a side have told");
        assertEquals(List.of(), WideSpeedups.contradictions(BundleLoader.load(bundle())),
                "no declared roles: nothing is a contradiction");
    }

    /**
     * fib measured in {@code rounds} forks a side, narrow (±1%): sequential 100 ms on 1 core and
     * {@code seq2} on 2, the declared kernel {@code platform-pool} 100 and {@code pool2}, and
     * {@code fork-join} 100 and {@code join2}.
     */
    private Path controls(String name, int rounds, double seq2, double pool2, double join2) throws Exception {
        return BundleFixture.in(tmp.resolve(name)).formatVersion(2).machine("1, 2")
                .results(1, "bench-cpu", fib("sequential", 1, 100, 0.01).forks(forks(rounds, 100)),
                        fib("platform-pool", 1, 100, 0.01).forks(forks(rounds, 100)),
                        fib("fork-join", 1, 100, 0.01).forks(forks(rounds, 100)))
                .results(2, "bench-cpu", fib("sequential", 2, seq2, 0.01).forks(forks(rounds, seq2)),
                        fib("platform-pool", 2, pool2, 0.01).forks(forks(rounds, pool2)),
                        fib("fork-join", 2, join2, 0.01).forks(forks(rounds, join2)))
                .declarations(dev.cvp.report.model.TestDeclarations.declare("bench-cpu", "dev.cvp.cpu.KernelBenchmark.run")
                        .lesson(dev.cvp.bundle.declare.Lesson.PARALLELISM)
                        .example(dev.cvp.bundle.declare.Example.CPU_BOUND, "kernel", "fib", "strategy", "platform-pool")
                        .role("sequential", dev.cvp.bundle.declare.Role.BASELINE, dev.cvp.bundle.declare.Worker.THREAD)
                        .role("platform-pool", dev.cvp.bundle.declare.Role.PARALLEL,
                                dev.cvp.bundle.declare.Worker.THREAD)
                        .role("fork-join", dev.cvp.bundle.declare.Role.PARALLEL,
                                dev.cvp.bundle.declare.Worker.THREAD).build())
                .dir();
    }

    private static double[][] forks(int rounds, double mean) {
        double[][] out = new double[rounds][];
        for (int r = 0; r < rounds; r++) {
            out[r] = fork(mean * (1 + 0.002 * r), 0.01);
        }
        return out;
    }

    private List<String> contradicting(Path bundle) throws Exception {
        return WideSpeedups.contradictions(BundleLoader.load(bundle)).stream()
                .map(r -> r.label().substring(r.label().lastIndexOf(' ') + 1)).toList();
    }

    @Test
    void controlsThatDidNotHoldAndSpeedupsAboveTheCoresGetMoreRoundsControlsFirst() throws Exception {
        assertEquals(List.of(), contradicting(controls("held", 1, 100, 51, 52)),
                "sequential 1.00x, the kernel 1.96x, fork-join 1.92x: nothing contradicts");
        assertEquals(List.of("platform-pool"), contradicting(controls("kernel-low", 1, 100, 62.5, 52)),
                "the kernel at 1.6x, below its 1.7-2.1 band");
        assertEquals(List.of("sequential"), contradicting(controls("sequential-fast", 1, 80, 51, 52)),
                "sequential at 1.25x on 2 cores");
        assertEquals(List.of("fork-join"), contradicting(controls("superlinear", 1, 100, 51, 44)),
                "fork-join at 2.27x, narrow, on 2 cores");
        assertEquals(List.of("platform-pool", "sequential", "fork-join"),
                contradicting(controls("all", 1, 80, 46, 44)), "the kernel at 2.17x, above its band, then"
                        + " sequential, then the superlinear fork-join; the kernel is named once");
        assertEquals(List.of(), contradicting(controls("told", 3, 80, 46, 44)), "three rounds a side have told");
    }

    @Test
    void theRowsTheControlsJudgeGetThreeRoundsHeldOrNot() throws Exception {
        assertEquals(List.of("platform-pool", "sequential"), WideSpeedups.controls(BundleLoader.load(
                controls("held-once", 1, 100, 51, 52))).stream()
                .map(r -> r.label().substring(r.label().lastIndexOf(' ') + 1)).toList(),
                "both controls held, narrow, from one JVM a side: the kernel, then sequential; fork-join judges nothing");
        assertEquals(List.of(), WideSpeedups.controls(BundleLoader.load(controls("held-thrice", 3, 100, 51, 52))),
                "three rounds a side");
        assertEquals(List.of("sequential"), WideSpeedups.controls(BundleLoader.load(bundle())).stream()
                .map(r -> r.label().substring(r.label().lastIndexOf(' ') + 1)).toList(),
                "no declared kernel: sequential alone, the baseline every computing workload has");
    }

    @Test
    void everyRowFromFewerThanThreeRoundsIsNamedHoweverNarrow() throws Exception {
        List<WideSpeedups.Row> once = WideSpeedups.fewRounds(BundleLoader.load(controls("narrow-once", 1, 100, 51, 52)));
        assertEquals(List.of("fork-join", "platform-pool", "sequential"), once.stream()
                .map(r -> r.label().substring(r.label().lastIndexOf(' ') + 1)).sorted().toList(),
                "all three, narrow (\u00b11%), from one JVM a side: none can say how JVMs differ");
        assertTrue(once.stream().allMatch(r -> r.widest() < 0.025 && r.forks() == 1), once.toString());
        for (int i = 1; i < once.size(); i++) {
            assertTrue(once.get(i - 1).widest() >= once.get(i).widest(), "widest first: " + once);
        }
        assertEquals(List.of(), WideSpeedups.fewRounds(BundleLoader.load(controls("narrow-thrice", 3, 100, 51, 52))),
                "three rounds a side");
    }
}
