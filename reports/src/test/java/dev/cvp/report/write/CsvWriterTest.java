package dev.cvp.report.write;

import static dev.cvp.report.model.TestWorkloads.put;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.report.model.Cell;
import dev.cvp.report.model.Estimate;
import dev.cvp.report.model.Mode;
import dev.cvp.report.model.Workload;
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
    void headerIsExactlyTheDesignColumnsInOrder() {
        String header = CsvWriter.render(List.of()).lines().findFirst().orElseThrow();
        assertEquals("module,benchmark,workload,strategy,cores,mode,score,error,unit,"
                + "concurrency_gain,parallel_speedup,efficiency", header);
    }

    @Test
    void averageTimeRowsCarryGainSpeedupAndEfficiency() {
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
        assertEquals("bench-cpu,dev.cvp.cpu.KernelBenchmark.run,kernel=fib tasks=8,sequential,1,avgt,100,1,ms/op,1,1,1",
                lines.get(1));
        assertEquals("bench-cpu,dev.cvp.cpu.KernelBenchmark.run,kernel=fib tasks=8,platform-pool,2,avgt,50,,ms/op,2,2,1",
                lines.get(4), "NaN error is an empty field");
    }

    @Test
    void throughputInvertsTheRatios() {
        Workload w = workload(Mode.THROUGHPUT, "ops/s", Map.of());
        put(w, "sequential", 1, 10, 0.1);
        put(w, "sequential", 2, 10, 0.1);
        put(w, "virtual", 1, 40, 0.1);
        put(w, "virtual", 2, 60, 0.1);
        String last = CsvWriter.render(List.of(w)).lines().reduce((a, b) -> b).orElseThrow();
        assertEquals("bench-cpu,dev.cvp.cpu.KernelBenchmark.run,,virtual,2,thrpt,60,0.1,ops/s,6,1.5,0.75", last);
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
        w.put(new Cell("sequential", 1, Estimate.derived(10000, 50, "ms/op"), Map.of(), "from tasks=100"));
        put(w, "virtual", 1, 12, 0.5);
        List<String> lines = CsvWriter.render(List.of(w)).lines().toList();
        assertTrue(lines.get(1).contains(",sequential,1,avgt,10000,extrapolated,ms/op,"), lines.get(1));
        assertTrue(lines.get(2).contains(",virtual,1,avgt,12,0.5,ms/op,833.333,1,1"), lines.get(2));
    }
}
