package dev.cvp.report.write;

import static dev.cvp.report.model.TestWorkloads.put;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.bundle.declare.MetricKind;
import dev.cvp.report.analysis.Trust;
import dev.cvp.report.model.Cell;
import dev.cvp.report.model.Estimate;
import dev.cvp.report.model.Meanings;
import dev.cvp.report.model.Mode;
import dev.cvp.report.model.Workload;
import dev.cvp.report.model.TestDeclarations;
import dev.cvp.report.model.TestWorkloads;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    static Workload workload(Mode mode, String unit, Map<String, String> params) {
        return new Workload(TestWorkloads.kernel(mode, params).key(), unit);
    }

    @Test
    void headerIsTheDesignColumnsInOrderThenTheAppendedOnes() {
        String header = CsvWriter.render(List.of()).lines().findFirst().orElseThrow();
        assertEquals("module,benchmark,workload,strategy,cores,mode,score,error,unit,"
                + "concurrency_gain,parallel_speedup,efficiency,"
                + "score_low,score_high,forks,iterations,gain_low,gain_high,speedup_low,speedup_high,"
                + "efficiency_low,efficiency_high,flags,statistic", header);
    }

    @Test
    void averageTimeRowsCarryGainSpeedupEfficiencyAndTheirIntervals() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("kernel", "fib");
        params.put("tasks", "8");
        Workload w = workload(Mode.AVERAGE_TIME, "ms/op", params);
        put(w, "sequential", 1, 100, 1);
        put(w, "sequential", 2, 100, 1);
        put(w, "platform-pool", 1, 100, 1);
        put(w, "platform-pool", 2, 50, Double.NaN);
        List<String> lines = CsvWriter.render(List.of(w)).lines().toList();
        assertEquals(5, lines.size());
        String[] seq = lines.get(1).split(",", -1);
        assertEquals(24, seq.length, lines.get(1));
        assertEquals("bench-cpu,dev.cvp.cpu.KernelBenchmark.run,kernel=fib tasks=8,sequential,1,avgt,100",
                String.join(",", List.of(seq).subList(0, 7)));
        double low = Double.parseDouble(seq[12]);
        double high = Double.parseDouble(seq[13]);
        assertTrue(low < 100 && high > 100, lines.get(1));
        assertEquals((high - low) / 2, Double.parseDouble(seq[7]), 1e-3, "error is the 95% half-width");
        assertEquals("ms/op,1,1,1", String.join(",", List.of(seq).subList(8, 12)));
        assertEquals("1,3", seq[14] + "," + seq[15], "one fork of three iterations");
        assertEquals("1,1,1,1,1,1,,mean", String.join(",", List.of(seq).subList(16, 24)), "exact ratios, no flags, JMH's mean");
        assertTrue(lines.get(4).startsWith(
                "bench-cpu,dev.cvp.cpu.KernelBenchmark.run,kernel=fib tasks=8,platform-pool,2,avgt,50,,ms/op,2,2,1,,,1,1,"),
                "one iteration: no interval, empty error: " + lines.get(4));
        assertTrue(lines.get(4).endsWith(",,,,,,,mean"), "no interval on either ratio: " + lines.get(4));
    }

    @Test
    void throughputInvertsTheRatios() {
        Workload w = workload(Mode.THROUGHPUT, "ops/s", Map.of());
        put(w, "sequential", 1, 10, 0.1);
        put(w, "sequential", 2, 10, 0.1);
        put(w, "virtual", 1, 40, 0.1);
        put(w, "virtual", 2, 60, 0.1);
        String last = CsvWriter.render(List.of(w)).lines().reduce((a, b) -> b).orElseThrow();
        String[] f = last.split(",", -1);
        assertEquals("virtual,2,thrpt,60", String.join(",", List.of(f).subList(3, 7)));
        assertEquals("ops/s,6,1.5,0.75", String.join(",", List.of(f).subList(8, 12)));
        assertTrue(Double.parseDouble(f[18]) < 1.5 && Double.parseDouble(f[19]) > 1.5, "speedup interval: " + last);
        assertTrue(Double.parseDouble(f[16]) > 1, "gain 6x, clearly above 1: " + last);
    }

    @Test
    void fieldsWithCommasQuotesAndNewlinesAreQuoted() {
        Workload w = workload(Mode.AVERAGE_TIME, "ms/op", Map.of("label", "a,b \"c\"\nd"));
        put(w, "x,y", 1, 1, 0);
        String row = CsvWriter.render(List.of(w)).split("\n", 2)[1];
        assertTrue(row.startsWith("bench-cpu,dev.cvp.cpu.KernelBenchmark.run,\"label=a,b \"\"c\"\"\nd\",\"x,y\",1,"), row);
    }

    @Test
    void extrapolatedSequentialIsMarkedInTheErrorColumn() {
        Workload w = workload(Mode.AVERAGE_TIME, "ms/op", Map.of("tasks", "1000"));
        w.put(new Cell("sequential", 1, Estimate.derived(10000, "ms/op"), Map.of(), "from tasks=100"));
        put(w, "virtual", 1, 12, 0.5);
        List<String> lines = CsvWriter.render(List.of(w)).lines().toList();
        assertTrue(lines.get(1).contains(",sequential,1,avgt,10000,extrapolated,ms/op,1,,,,,,"), lines.get(1));
        assertTrue(lines.get(2).contains(",virtual,1,avgt,12,"), lines.get(2));
        assertTrue(lines.get(2).contains(",ms/op,833.333,1,1,"), lines.get(2));
        String[] f = lines.get(2).split(",", -1);
        assertEquals("", f[16] + f[17], "a gain against an extrapolated figure has no interval");
    }
}
