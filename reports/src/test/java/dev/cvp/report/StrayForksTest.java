package dev.cvp.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.report.analysis.StrayForks;
import dev.cvp.report.load.BundleLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JVM far from the others of its cell (fib sequential at 2 cores in one JVM of three at twice the
 * others' time) is named at the top of the report, with the CPUs it kept busy where the bundle has
 * them; the same spread without such a JVM, or one in a cell of two forks, is not.
 */
class StrayForksTest {

    @TempDir
    Path tmp;

    private static double[] fork(double mean) {
        return new double[] {mean * 0.99, mean * 1.01, mean, mean * 0.995, mean * 1.005, mean};
    }

    private static JmhJson.Result fib(String strategy, int cores, double... forkMeans) {
        double[][] forks = new double[forkMeans.length][];
        for (int i = 0; i < forks.length; i++) {
            forks[i] = fork(forkMeans[i]);
        }
        return JmhJson.result().param("kernel", "fib").strategy(strategy).param("tasks", "8").forks(forks).cpus(cores);
    }

    /** fib sequential in the given fork means at 1 and 2 cores, platform-pool steady at 56 and 29 ms. */
    private Path bundle(String name, double[] oneCore, double[] twoCores) throws Exception {
        return BundleFixture.in(tmp.resolve(name)).formatVersion(2).machine("1, 2")
                .results(1, "bench-cpu", fib("sequential", 1, oneCore), fib("platform-pool", 1, 56, 57, 55))
                .results(2, "bench-cpu", fib("sequential", 2, twoCores), fib("platform-pool", 2, 29, 30, 28))
                .dir();
    }

    @Test
    void aJvmTwiceAsSlowAsItsCellsOthersIsNamedAtTheTop() throws Exception {
        Path dir = bundle("stray", new double[] {56, 55, 57}, new double[] {56.5, 55, 111});
        List<StrayForks.Stray> strays = StrayForks.of(BundleLoader.load(dir).workloads());
        assertEquals(1, strays.size(), strays.toString());
        StrayForks.Stray s = strays.get(0);
        assertEquals("sequential", s.strategy());
        assertEquals(2, s.cores());
        assertEquals("fork 3 of 3", s.place(), "three forks of one round: named by their place");
        assertEquals(111 / 56.5, s.factor(), 1e-6, "over the median of all three, not of the other two (83.75)");

        Cli.Run r = Cli.run(dir.toString());
        assertEquals(0, r.exit(), r.all());
        String md = Files.readString(dir.resolve("report.md"));
        int top = md.indexOf("**A JVM ran far from the others of its cell**: bench-cpu ");
        assertTrue(top > 0 && top < md.indexOf("## "), "before the first section: " + md);
        assertTrue(md.contains("sequential at 2 cores, fork 3 of 3: its mean 1.96\u00d7 its cell's median."), md);
    }

    /** fib platform-pool with the CPUs each fork kept busy (BusyCpusProfiler's cpusBusy, per iteration). */
    private static JmhJson.Result busyPool(int cores, double[] forkMeans, double[] forkBusy) {
        double[][] busy = new double[forkBusy.length][];
        for (int i = 0; i < busy.length; i++) {
            busy[i] = fork(forkBusy[i]);
        }
        return fib("platform-pool", cores, forkMeans).secondaryForks("\u00b7cpusBusy", "CPUs", busy);
    }

    @Test
    void theCpusAStrayKeptBusySayWhetherItLeftCoresIdleOrRanSlowOnThem() throws Exception {
        Path dir = BundleFixture.in(tmp.resolve("busy")).formatVersion(2).machine("1, 2")
                .results(1, "bench-cpu", fib("sequential", 1, 56, 55, 57),
                        busyPool(1, new double[] {56, 100, 55}, new double[] {1.0, 0.99, 1.0}))
                .results(2, "bench-cpu", fib("sequential", 2, 56, 55, 57),
                        busyPool(2, new double[] {29, 45, 28}, new double[] {1.98, 1.52, 1.99}))
                .dir();
        List<StrayForks.Stray> strays = StrayForks.of(BundleLoader.load(dir).workloads());
        assertEquals(2, strays.size(), strays.toString());
        StrayForks.Stray two = strays.stream().filter(x -> x.cores() == 2).findFirst().orElseThrow();
        assertEquals(1.52, two.busy().orElseThrow(), 1e-9, "its iterations' mean");
        assertEquals(1.98, two.cellBusy().orElseThrow(), 1e-9, "the median of the three forks' means");

        Cli.Run r = Cli.run(dir.toString());
        assertEquals(0, r.exit(), r.all());
        String md = Files.readString(dir.resolve("report.md"));
        assertTrue(md.contains("platform-pool at 2 cores, fork 2 of 3: its mean 1.55\u00d7 its cell's median (it kept 1.52"
                + " CPUs busy where its cell's JVMs kept 1.98: it left part of its CPUs idle)"), md);
        assertTrue(md.contains("platform-pool at 1 core, fork 2 of 3: its mean 1.79\u00d7 its cell's median (it kept 0.99"
                + " CPUs busy where its cell's JVMs kept 1.00: as many, so the same work ran slower on them)"), md);
        String details = Files.readString(dir.resolve("details.md"));
        assertTrue(details.contains("`cpusBusy`: the CPUs the JVM kept busy, its CPU time over wall time"), details);
    }

    @Test
    void jvmsWithinAQuarterOfTheirCellsMedianOrTwoForksAreNotNamed() throws Exception {
        Path spread = bundle("spread", new double[] {50, 56, 65}, new double[] {47, 56, 68});
        assertEquals(List.of(), StrayForks.of(BundleLoader.load(spread).workloads()),
                "68 is 1.21x the median of 47, 56 and 68; 47 is 0.84x");
        Path two = bundle("two", new double[] {56, 55}, new double[] {56, 111});
        assertEquals(List.of(), StrayForks.of(BundleLoader.load(two).workloads()), "two forks cannot tell which one strayed");
        Cli.Run r = Cli.run(spread.toString());
        assertEquals(0, r.exit(), r.all());
        assertFalse(Files.readString(spread.resolve("report.md")).contains("A JVM ran far"));
    }
}
