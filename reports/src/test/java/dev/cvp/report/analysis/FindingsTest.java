package dev.cvp.report.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.bundle.declare.Lesson;
import dev.cvp.report.model.Mode;
import dev.cvp.report.model.TestDeclarations;
import dev.cvp.report.model.Workload;
import dev.cvp.report.model.TestWorkloads;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FindingsTest {

    private static Workload w(String kernel) {
        return TestWorkloads.kernel(Mode.AVERAGE_TIME, Map.of("kernel", kernel));
    }

    private static void put(Workload w, String s, int k, double score) {
        TestWorkloads.put(w, s, k, score, 0.5);
    }

    /** A strategy's scores at 1 and 2 cores. */
    private static void row(Workload w, String s, double oneCore, double twoCores) {
        put(w, s, 1, oneCore);
        put(w, s, 2, twoCores);
    }

    @Test
    void cpuBoundKernelWithAGlobalLock() {
        Workload w = w("fib");
        row(w, "sequential", 100, 100);
        row(w, "platform-pool", 100, 50.8);
        row(w, "gil", 100, 99);
        assertEquals("KernelBenchmark.run kernel=fib: platform-pool 1.97\u00d7 [1.93\u20132.01] on 2 cores (98% efficient): "
                + "parallelism helps; gil 1.01\u00d7 [1.00\u20131.02], no measurable speedup: it does not use the extra cores",
                Findings.of(w));
    }

    @Test
    void ioBoundWorkloadSaysConcurrencyNotParallelism() {
        Workload w = w("sleep");
        row(w, "sequential", 1000, 1000);
        row(w, "virtual", 10, 9.8);
        String f = Findings.of(w);
        assertTrue(f.contains("no measurable speedup on 2 cores (the best, virtual 1.02\u00d7 ["), f);
        assertTrue(f.contains("more cores do not measurably help"), f);
        assertTrue(f.matches(".*at 1 core virtual is 100\u00d7 \\[[0-9.]+\u2013[0-9.]+] faster than sequential, 2 cores add"
                + " no measurable speedup \\(1.02\u00d7 \\[[0-9.]+\u2013[0-9.]+]\\): concurrency, not parallelism, is what"
                + " helps.*"), f);
    }

    @Test
    void bandwidthBoundScalesPartly() {
        Workload w = w("triad");
        put(w, "sequential", 1, 100);
        row(w, "fork-join", 100, 75);
        assertTrue(Findings.of(w).matches(".*fork-join 1.33\u00d7 \\[1.3[0-9]\u20131.3[0-9]] on 2 cores \\(67% efficient\\):"
                + " parallelism helps partly.*"), Findings.of(w));
    }

    @Test
    void oneCoreCountSaysSo() {
        Workload w = w("fib");
        put(w, "sequential", 1, 100);
        put(w, "virtual", 1, 100);
        assertTrue(Findings.of(w).endsWith("one core count measured, so no parallel speedup"), Findings.of(w));
    }

    @Test
    void aMeasurableSpeedupIsTheBestAheadOfAHigherOneWhoseIntervalIncludesOne() {
        Workload w = w("sleep");
        row(w, "sequential", 1000, 1000);
        TestWorkloads.put(w, "virtual", 1, 10, 0.05);
        TestWorkloads.put(w, "virtual", 2, 9.5, 0.05);
        TestWorkloads.put(w, "threading", 1, 20, 6);
        TestWorkloads.put(w, "threading", 2, 17, 6);
        String f = Findings.of(w);
        assertTrue(f.contains(": virtual 1.05\u00d7 [") && f.contains("] on 2 cores ("), "virtual is measurable: " + f);
        assertTrue(!f.contains("no measurable speedup on 2 cores"), "threading's 1.18x includes 1: " + f);
    }

    @Test
    void aSequentialBaselineThatSpeedsUpIsExplainedByWhatItWaitsOnOrByTheControl() {
        Workload w = w("file");
        TestWorkloads.put(w, "sequential", 1, 0.32, 0.005);
        TestWorkloads.put(w, "sequential", 2, 0.2, 0.005);
        String waiting = Findings.of(w, TestDeclarations.meanings(TestDeclarations.declare("bench-cpu",
                "dev.cvp.cpu.KernelBenchmark.run").lesson(Lesson.CONCURRENCY).build()));
        assertTrue(waiting.contains("sequential 1.60\u00d7 [") && waiting.endsWith("on 2 cores: it runs one task at a time,"
                + " so the second core served what it waits on (the kernel's I/O, a local server, the JVM's own work),"
                + " not the task"), waiting);
        assertTrue(Findings.of(w).endsWith("so sequential code cannot use more cores; see the sequential control"),
                "undeclared work computes: " + Findings.of(w));
    }
}
