package dev.cvp.bundle.jmh;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One entry of a JMH result file, validated.
 *
 * @param benchmark        the fully qualified method, e.g. {@code dev.cvp.cpu.KernelBenchmark.run}
 * @param mode             thrpt, avgt, sample or ss, as JMH writes it
 * @param params           the {@code @Param} values, in file order, as text
 * @param secondaryMetrics by name as JMH writes it (a profiler's metrics start with "·")
 * @param threads          JMH's benchmark threads (1 when absent)
 * @param jvm              "vmName vmVersion" as JMH recorded it ("" when absent)
 * @param index            1-based position in the file, for messages
 * @param line             the line the entry starts on, for messages
 */
public record JmhResult(String benchmark, String mode, Map<String, String> params, Metric primaryMetric,
                        Map<String, Metric> secondaryMetrics, int threads, String jmhVersion, String jvm,
                        int index, int line) {

    public JmhResult {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        secondaryMetrics = Collections.unmodifiableMap(new LinkedHashMap<>(secondaryMetrics));
    }

    /** The same result with other metrics (a score chosen by the report, units declared by the benchmark). */
    public JmhResult withMetrics(Metric primary, Map<String, Metric> secondary) {
        return new JmhResult(benchmark, mode, params, primary, secondary, threads, jmhVersion, jvm, index, line);
    }

    /** The class part of {@link #benchmark}. */
    public String className() {
        int dot = benchmark.lastIndexOf('.');
        return dot <= 0 ? benchmark : benchmark.substring(0, dot);
    }

    /** The method part of {@link #benchmark}. */
    public String methodName() {
        int dot = benchmark.lastIndexOf('.');
        return dot < 0 ? benchmark : benchmark.substring(dot + 1);
    }
}
