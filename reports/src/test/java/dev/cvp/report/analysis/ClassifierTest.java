package dev.cvp.report.analysis;

import static dev.cvp.report.model.TestWorkloads.put;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.report.model.Mode;
import dev.cvp.report.model.TestWorkloads;
import dev.cvp.report.model.Workload;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClassifierTest {

    static Workload cpu(String kernel, double pool2, double gil2) {
        Workload w = TestWorkloads.kernel(Mode.AVERAGE_TIME, Map.of("kernel", kernel));
        put(w, "sequential", 1, 100, 1);
        put(w, "sequential", 2, 100, 1);
        put(w, "platform-pool", 1, 100, 1);
        put(w, "platform-pool", 2, pool2, 1);
        put(w, "gil", 1, 100, 1);
        put(w, "gil", 2, gil2, 1);
        return w;
    }

    static Workload io() {
        Workload w = TestWorkloads.workload("bench-io", "dev.cvp.io.SleepBenchmark.sleep", Mode.AVERAGE_TIME,
                Map.of("tasks", "100"));
        put(w, "sequential", 1, 1000, 1);
        put(w, "sequential", 2, 1000, 1);
        put(w, "virtual", 1, 10.5, 0.1);
        put(w, "virtual", 2, 10.4, 0.1);
        return w;
    }

    @Test
    void eachSignatureHasItsClass() {
        assertEquals(WorkloadClass.CPU_BOUND, Classifier.workload(cpu("fib", 51, 99)).kind());
        assertEquals(WorkloadClass.MEMORY_BANDWIDTH_BOUND, Classifier.workload(cpu("triad", 70, 99)).kind());
        assertEquals(WorkloadClass.SERIALIZED, Classifier.workload(cpu("locked", 99, 99)).kind());
        assertEquals(WorkloadClass.IO_BOUND, Classifier.workload(io()).kind());
        assertEquals(WorkloadClass.SERIALIZED, Classifier.strategy(cpu("fib", 51, 99), "gil").kind());
    }

    @Test
    void thresholds() {
        assertEquals(WorkloadClass.IO_BOUND, Classifier.classify(2.0, 1.3, 2));
        assertEquals(WorkloadClass.UNCLASSIFIED, Classifier.classify(3, 1.9, 2), "gains from both");
        assertEquals(WorkloadClass.CPU_BOUND, Classifier.classify(1.0, 1.5, 2));
        assertEquals(WorkloadClass.MEMORY_BANDWIDTH_BOUND, Classifier.classify(1.0, 1.49, 2));
        assertEquals(WorkloadClass.SERIALIZED, Classifier.classify(1.0, 1.15, 2));
        assertEquals(WorkloadClass.IO_BOUND, Classifier.classify(50, Double.NaN, 1), "one core count: gain decides");
        assertEquals(WorkloadClass.UNCLASSIFIED, Classifier.classify(1.0, Double.NaN, 1));
    }

    @Test
    void matrixPicksTheClearestExampleOfEachKindAndTheGilAsSerialized() {
        List<Matrix.Row> rows = Matrix.rows(List.of(cpu("fib", 51, 99), cpu("triad", 70, 99), io()));
        assertEquals(List.of(WorkloadClass.IO_BOUND, WorkloadClass.CPU_BOUND, WorkloadClass.MEMORY_BANDWIDTH_BOUND,
                WorkloadClass.SERIALIZED), rows.stream().map(Matrix.Row::kind).toList());
        Matrix.Row serialized = rows.get(3);
        assertTrue(serialized.byStrategy());
        assertEquals("gil", serialized.signature().speedupStrategy());
        assertEquals("fib", serialized.workload().key().param("kernel"));
    }

    @Test
    void theTwoByTwoCoreIsAlwaysShown() {
        List<Matrix.Row> rows = Matrix.rows(List.of(io()));
        assertEquals(2, rows.size());
        assertNull(rows.get(1).workload(), "CPU-bound row present, marked not measured");
    }
}
