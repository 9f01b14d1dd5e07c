package dev.cvp.support.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.openjdk.jmh.results.RunResult;

/**
 * The pipeline benchmarks' stage counters (bench-io's and bench-python's {@code PipelineBenchmark.Stages}),
 * as JMH reported them: operations counted, and every stage's task time present.
 */
public final class StageFigures {

    /** The counters a pipeline benchmark reports. */
    public static final List<String> STAGES = List.of("fetchMs", "formatMs", "writeMs");

    private StageFigures() {
    }

    /**
     * Fails unless {@code result} counted its operations and reports a positive task time for
     * every stage, with at least {@code latencyMs} of fetching per task: the server answers no
     * sooner, so the fetch stage holds the wait. The tasks per operation are the {@code tasks}
     * parameter, or one for a benchmark without it (the per-task baseline).
     */
    public static void assertReported(RunResult result, double latencyMs) {
        String which = result.getParams().id();
        double operations = SmokeRun.secondary(result, "operations");
        assertTrue(operations >= 1, which + ": operations " + operations);
        for (String stage : STAGES) {
            assertTrue(SmokeRun.secondary(result, stage) > 0, which + ": no task time in " + stage);
        }
        String tasks = result.getParams().getParam("tasks");
        int perOperation = tasks == null ? 1 : Integer.parseInt(tasks);
        double fetchPerOperation = SmokeRun.secondary(result, "fetchMs") / operations;
        assertTrue(fetchPerOperation >= latencyMs * perOperation, which + ": " + fetchPerOperation
                + " ms of fetching per operation, less than " + perOperation + " waits of " + latencyMs + " ms");
    }
}
