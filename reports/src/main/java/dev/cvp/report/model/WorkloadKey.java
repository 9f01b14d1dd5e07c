package dev.cvp.report.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Identifies a workload: the module it came from, the benchmark (class + method), the JMH mode
 * and every {@code @Param} except {@code strategy}, in the order JMH wrote them.
 */
public record WorkloadKey(String module, String benchmark, Mode mode, Map<String, String> params) {

    public WorkloadKey {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /**
     * "KernelBenchmark.run" from "dev.cvp.cpu.KernelBenchmark.run"; "StartCostBenchmark" from
     * "dev.cvp.process.StartCostBenchmark" (a class whose methods are the strategies).
     */
    public String shortBenchmark() {
        return shortName(benchmark);
    }

    /** {@link #shortBenchmark} of any benchmark name (class.method, or a class whose methods are the strategies). */
    public static String shortName(String benchmark) {
        String[] parts = benchmark.split("\\.");
        int n = parts.length;
        if (n >= 2 && !parts[n - 1].isEmpty() && Character.isUpperCase(parts[n - 1].charAt(0))) {
            return parts[n - 1];
        }
        if (n >= 2) {
            return parts[n - 2] + "." + parts[n - 1];
        }
        return benchmark;
    }

    /** The CSV {@code workload} column: the params as {@code name=value}, space-separated. */
    public String paramsText() {
        StringJoiner j = new StringJoiner(" ");
        params.forEach((k, v) -> j.add(k + "=" + v));
        return j.toString();
    }

    /** A param value, or null. */
    public String param(String name) {
        return params.get(name);
    }

    /** A human label: "KernelBenchmark.run kernel=fib tasks=8 (avgt)". Not escaped. */
    public String label() {
        String p = paramsText();
        return shortBenchmark() + (p.isEmpty() ? "" : " " + p) + " (" + mode.jmhName() + ")";
    }

    /** The same workload with one param changed (or added). */
    public WorkloadKey withParam(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(params);
        copy.put(name, value);
        return new WorkloadKey(module, benchmark, mode, copy);
    }

    /** The same workload without one param: the family of a scan over that param. */
    public WorkloadKey without(String name) {
        Map<String, String> copy = new LinkedHashMap<>(params);
        copy.remove(name);
        return new WorkloadKey(module, benchmark, mode, copy);
    }
}
