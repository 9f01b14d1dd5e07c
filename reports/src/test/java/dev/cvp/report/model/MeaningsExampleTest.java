package dev.cvp.report.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.bundle.declare.Declaration;
import dev.cvp.bundle.declare.Example;
import dev.cvp.bundle.declare.Lesson;
import dev.cvp.bundle.declare.ParamMeaning;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which measured workload stands for a declared example when the run measured other task counts. */
class MeaningsExampleTest {

    private static final String SLEEP = "dev.cvp.io.SleepBenchmark.overlapped";

    private static final Declaration DECLARED = TestDeclarations.declare("bench-io", SLEEP).lesson(Lesson.CONCURRENCY)
            .example(Example.IO_BOUND, "tasks", "10000", "latencyMs", "10", "strategy", "virtual")
            .param("tasks", ParamMeaning.TASKS).param("latencyMs", ParamMeaning.LATENCY_MS).build();

    private static Workload sleep(String tasks, String latency) {
        return TestWorkloads.workload("bench-io", SLEEP, Mode.AVERAGE_TIME, Map.of("tasks", tasks, "latencyMs", latency));
    }

    @Test
    void theDeclaredTaskCountWinsWhenMeasured() {
        List<Workload> ws = List.of(sleep("1000", "10"), sleep("10000", "10"), sleep("100", "10"));
        Workload w = TestDeclarations.meanings(DECLARED).example(ws, Example.IO_BOUND).orElseThrow();
        assertEquals("10000", w.key().param("tasks"));
    }

    @Test
    void otherwiseTheLargestMeasuredTaskCountStandsIn() {
        List<Workload> ws = List.of(sleep("100", "10"), sleep("1000", "10"), sleep("1000000", "20"));
        Workload w = TestDeclarations.meanings(DECLARED).example(ws, Example.IO_BOUND).orElseThrow();
        assertEquals("1000", w.key().param("tasks"), "the largest count whose other declared params match");
    }

    @Test
    void aWorkloadThatDiffersInAnotherDeclaredParamNeverStandsIn() {
        List<Workload> ws = List.of(sleep("10000", "20"));
        assertTrue(TestDeclarations.meanings(DECLARED).example(ws, Example.IO_BOUND).isEmpty());
    }
}
