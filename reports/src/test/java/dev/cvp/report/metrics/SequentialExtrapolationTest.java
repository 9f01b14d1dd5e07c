package dev.cvp.report.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.report.model.Cell;
import dev.cvp.bundle.declare.Lesson;
import dev.cvp.bundle.declare.ParamMeaning;
import dev.cvp.report.model.Estimate;
import dev.cvp.report.model.Meanings;
import dev.cvp.report.model.Mode;
import dev.cvp.report.model.TestDeclarations;
import dev.cvp.report.model.Workload;
import dev.cvp.report.model.WorkloadKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SequentialExtrapolationTest {

    /** The sleep benchmark declares that its baseline runs one task per operation. */
    private static final Meanings DECLARED = TestDeclarations.meanings(TestDeclarations
            .declare("bench-io", "dev.cvp.io.SleepBenchmark.run").lesson(Lesson.CONCURRENCY).perTaskBaseline()
            .param("tasks", ParamMeaning.TASKS).param("latencyMs", ParamMeaning.LATENCY_MS).build());

    private static Workload sleep(Mode mode, int tasks) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("latencyMs", "10");
        p.put("tasks", Integer.toString(tasks));
        return new Workload(new WorkloadKey("bench-io", "dev.cvp.io.SleepBenchmark.run", mode, p),
                mode.higherIsBetter() ? "ops/s" : "ms/op");
    }

    private static void put(Workload w, String s, int k, double score) {
        w.put(new Cell(s, k, Estimate.oneFork(score, w.unit(), score), Map.of(), null));
    }

    @Test
    void derivesFromTheLargestSmallerMeasuredTasks() {
        Workload t10 = sleep(Mode.AVERAGE_TIME, 10);
        Workload t100 = sleep(Mode.AVERAGE_TIME, 100);
        Workload t10000 = sleep(Mode.AVERAGE_TIME, 10000);
        put(t10, "sequential", 1, 101);
        put(t100, "sequential", 1, 1010);
        put(t10000, "virtual", 1, 12);
        put(t10000, "virtual", 2, 12);
        SequentialExtrapolation.apply(List.of(t10, t100, t10000), DECLARED);
        Cell c = t10000.cell("sequential", 1).orElseThrow();
        assertTrue(c.extrapolated());
        assertEquals(101000, c.score(), 1e-9, "1010 ms / 100 tasks x 10000 tasks");
        assertTrue(c.extrapolatedFrom().contains("tasks=100"), c.extrapolatedFrom());
        assertTrue(t10000.cell("sequential", 2).isEmpty(), "no measured source at 2 cores");
        assertEquals(101000 / 12.0, Scaling.gain(t10000, "virtual", 1).orElseThrow().value(), 1e-6);
        assertEquals(1, c.estimate().forkCount(), "the source's raw iterations are kept, scaled");
        assertEquals(101000, c.estimate().samples()[0], 1e-9);
    }

    @Test
    void nothingIsDerivedWithoutADeclaredPerTaskBaseline() {
        Workload t10 = sleep(Mode.AVERAGE_TIME, 10);
        Workload t1000 = sleep(Mode.AVERAGE_TIME, 1000);
        put(t10, "sequential", 1, 101);
        put(t1000, "virtual", 1, 12);
        SequentialExtrapolation.apply(List.of(t10, t1000), Meanings.NONE);
        assertTrue(t1000.cell("sequential", 1).isEmpty(), "a param called tasks means nothing undeclared");
    }

    @Test
    void throughputShrinksWithTasks() {
        Workload t100 = sleep(Mode.THROUGHPUT, 100);
        Workload t1000 = sleep(Mode.THROUGHPUT, 1000);
        put(t100, "sequential", 1, 1.0);
        put(t1000, "virtual", 1, 80);
        SequentialExtrapolation.apply(List.of(t100, t1000), DECLARED);
        assertEquals(0.1, t1000.cell("sequential", 1).orElseThrow().score(), 1e-12);
    }

    @Test
    void measuredSequentialIsNeverReplacedAndOtherParamsMustMatch() {
        Workload a = sleep(Mode.AVERAGE_TIME, 10);
        put(a, "sequential", 1, 100);
        Workload b = sleep(Mode.AVERAGE_TIME, 100);
        put(b, "sequential", 1, 999);
        Workload other = new Workload(sleep(Mode.AVERAGE_TIME, 1000).key().withParam("latencyMs", "1"), "ms/op");
        put(other, "virtual", 1, 5);
        SequentialExtrapolation.apply(List.of(a, b, other), DECLARED);
        assertFalse(b.cell("sequential", 1).orElseThrow().extrapolated());
        assertTrue(other.cell("sequential", 1).isEmpty(), "latencyMs differs: not the same family");
    }
}
