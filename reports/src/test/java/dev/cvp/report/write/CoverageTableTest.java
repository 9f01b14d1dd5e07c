package dev.cvp.report.write;

import static dev.cvp.report.model.TestWorkloads.put;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.report.model.Mode;
import dev.cvp.report.model.TestWorkloads;
import dev.cvp.report.model.Workload;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoverageTableTest {

    private static Workload io(String cls, String... strategies) {
        Workload w = TestWorkloads.workload("bench-io", "dev.cvp.io." + cls, Mode.AVERAGE_TIME, Map.of("tasks", "10"));
        for (String s : strategies) {
            put(w, s, 1, 10, 0.1);
        }
        return w;
    }

    @Test
    void aStrategyLeftOutOfOneBenchmarkIsShownAsNotRun() {
        String t = CoverageTable.render(List.of(io("SleepBenchmark", "sequential", "virtual", "async"),
                io("FileBenchmark", "sequential", "virtual")));
        assertTrue(t.contains("| SleepBenchmark | \u2713 | \u2713 | \u2713 |"), t);
        assertTrue(t.contains("| FileBenchmark | \u2713 | \u2713 | \u2014 |"), t);
    }

    @Test
    void aStrategyNotRunForAnotherReasonIsADash() {
        String t = CoverageTable.render(List.of(io("SleepBenchmark", "sequential", "platform-pool-8"),
                io("HttpBenchmark", "sequential")));
        assertTrue(t.contains("| HttpBenchmark | \u2713 | \u2014 |"), t);
    }

    @Test
    void nothingWhenEveryBenchmarkRanEveryStrategy() {
        assertEquals("", CoverageTable.render(List.of(io("A", "sequential"), io("B", "sequential"))));
    }
}
