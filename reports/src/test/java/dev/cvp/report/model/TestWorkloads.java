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

    /** Adds a measured cell with the given score and error, and the score as its only sample. */
    public static void put(Workload w, String strategy, int cores, double score, double error) {
        w.put(new Cell(strategy, cores, new Estimate(score, error, w.unit(), new double[] {score}), Map.of(), null));
    }
}
