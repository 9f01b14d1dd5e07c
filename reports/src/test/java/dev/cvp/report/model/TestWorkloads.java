package dev.cvp.report.model;

import java.util.Map;

/** Builds workloads cell by cell for unit tests of the metrics, findings and writers. */
public final class TestWorkloads {

    private TestWorkloads() {
    }

    public static Workload workload(String module, String benchmark, Mode mode, Map<String, String> params) {
        return new Workload(new WorkloadKey(module, benchmark, mode, params), mode.higherIsBetter() ? "ops/s" : "ms/op");
    }

    /** A cpu kernel workload in avgt (ms/op) or thrpt (ops/s). */
    public static Workload kernel(Mode mode, Map<String, String> params) {
        return workload("bench-cpu", "dev.cvp.cpu.KernelBenchmark.run", mode, params);
    }

    /**
     * Adds a measured cell: one fork of three iterations, score - spread, score, score + spread,
     * so its mean is the score; with a spread of 0 or NaN, the score as its only iteration (no interval).
     */
    public static void put(Workload w, String strategy, int cores, double score, double spread) {
        double[] iterations = Double.isFinite(spread) && spread > 0
                ? new double[] {score - spread, score, score + spread} : new double[] {score};
        w.put(new Cell(strategy, cores, Estimate.oneFork(score, w.unit(), iterations), Map.of(), null));
    }
}
