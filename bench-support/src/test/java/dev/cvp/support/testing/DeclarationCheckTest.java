package dev.cvp.support.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.bundle.declare.Lesson;
import dev.cvp.bundle.declare.MetricKind;
import dev.cvp.bundle.declare.ParamMeaning;
import dev.cvp.bundle.declare.Role;
import dev.cvp.bundle.declare.Worker;
import dev.cvp.support.declare.Declared;
import dev.cvp.support.declare.Figure;
import dev.cvp.support.declare.ParamRole;
import dev.cvp.support.testing.DeclarationCheck.Listed;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;

/** The checker finds each kind of mistake, and nothing in a benchmark declared well. */
class DeclarationCheckTest {

    private static final String MODULE = "bench-x";

    /** A base class's public fields: JMH does not report them. */
    public static class InheritedCounters {
        public long inherited;
    }

    /** Secondary results of the fake benchmarks. */
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Counters extends InheritedCounters {
        public long hits;

        public double ratio() {
            return 0.5;
        }
    }

    @Declared(title = "Good", lesson = Lesson.CONCURRENCY, metric = MetricKind.JOB_TIME, perTaskBaseline = true,
            exampleParams = "tasks=100", summary = "Each task waits 10 ms.")
    @dev.cvp.support.declare.Role(strategy = "sequential", does = Role.BASELINE, runsOn = Worker.CALLER)
    @dev.cvp.support.declare.Role(strategy = "pool", does = Role.OVERLAPS_WAITS, runsOn = Worker.THREAD)
    @ParamRole(name = "tasks", means = ParamMeaning.TASKS)
    @Figure(metric = "hits", kind = MetricKind.COUNT, label = "hits")
    @Figure(metric = "ratio", kind = MetricKind.COUNT, label = "ratio")
    public static class Good {
        @Benchmark
        public long sequential(Counters counters) {
            return 1;
        }

        @Benchmark
        public long overlapped(Counters counters) {
            return 1;
        }
    }

    /** Everything wrong at once; the checker must name each. */
    @Declared(title = " ", lesson = Lesson.CONCURRENCY, metric = MetricKind.JOB_TIME, perTaskBaseline = true,
            exampleParams = "tasks=7", summary = "no period")
    @dev.cvp.support.declare.Role(strategy = "pool", does = Role.OVERLAPS_WAITS, runsOn = Worker.THREAD)
    @dev.cvp.support.declare.Role(strategy = "ghost", does = Role.PARALLEL, runsOn = Worker.THREAD)
    @ParamRole(name = "tasks", means = ParamMeaning.TASKS)
    @ParamRole(name = "missing", means = ParamMeaning.LATENCY_MS)
    @Figure(metric = "misses", kind = MetricKind.COUNT, label = "")
    public static class Bad {
        @Benchmark
        public long overlapped() {
            return 1;
        }
    }

    /** A latency kept in a counter: JMH writes its unit as "#", so the declaration must name it. */
    @Declared(title = "Late", lesson = Lesson.MULTITASKING, metric = MetricKind.LATENCY, summary = "One tick.")
    @dev.cvp.support.declare.Role(strategy = "late", does = Role.PREEMPTIVE, runsOn = Worker.THREAD)
    @Figure(metric = "hits", kind = MetricKind.LATENCY, label = "p50 lateness")
    public static class UnitlessLatency {
        @Benchmark
        public long late(Counters counters) {
            return 1;
        }
    }

    /** The same with its unit. */
    @Declared(title = "Late", lesson = Lesson.MULTITASKING, metric = MetricKind.LATENCY, summary = "One tick.")
    @dev.cvp.support.declare.Role(strategy = "late", does = Role.PREEMPTIVE, runsOn = Worker.THREAD)
    @Figure(metric = "hits", kind = MetricKind.LATENCY, label = "p50 lateness", unit = "us/op")
    public static class LatencyWithUnit {
        @Benchmark
        public long late(Counters counters) {
            return 1;
        }
    }

    @Test
    void aLatencyInACounterMustNameItsUnit() {
        assertEquals(List.of("UnitlessLatency: @Figure 'hits' is a latency held in a counter, whose unit JMH writes"
                        + " as '#'; name its unit (unit = \"us/op\")"),
                DeclarationCheck.problems(MODULE, List.of(new Listed(UnitlessLatency.class, "late", Map.of()))));
        assertEquals(List.of(), DeclarationCheck.problems(MODULE, List.of(new Listed(LatencyWithUnit.class, "late",
                Map.of()))));
    }

    /** No @Declared at all. */
    public static class Undeclared {
        @Benchmark
        public long run() {
            return 1;
        }
    }

    private static Listed overlapped(Class<?> type) {
        return new Listed(type, "overlapped", Map.of("strategy", List.of("pool", "other"), "tasks", List.of("1", "100"),
                "latencyMs", List.of("10")));
    }

    @Test
    void aBenchmarkDeclaredWellHasNoProblem() {
        List<String> problems = DeclarationCheck.problems(MODULE, List.of(
                new Listed(Good.class, "sequential", Map.of()),
                new Listed(Good.class, "overlapped", Map.of("strategy", List.of("pool"), "tasks", List.of("1", "100")))));
        assertEquals(List.of(), problems);
    }

    @Test
    void everyKindOfMistakeIsNamed() {
        List<String> problems = DeclarationCheck.problems(MODULE, List.of(overlapped(Bad.class)));
        List<String> expected = List.of(
                "strategy 'other' has no @Role",
                "empty title",
                "ending with a period: 'no period'",
                "@Role names strategy 'ghost'",
                "@ParamRole names 'missing'",
                "@Param 'latencyMs' has no @ParamRole",
                "exampleParams tasks=7",
                "perTaskBaseline needs a 'sequential' strategy",
                "@Figure names 'misses'",
                "@Figure 'misses' has no label");
        for (String part : expected) {
            assertTrue(problems.stream().anyMatch(p -> p.startsWith("Bad") && p.contains(part)),
                    "no problem mentions '" + part + "' in " + problems);
        }
        assertEquals(expected.size(), problems.size(), String.join("\n", problems));
    }

    @Test
    void aBenchmarkWithoutDeclarationIsNamed() {
        assertEquals(List.of("Undeclared.run: not declared (no @Declared on its class)"),
                DeclarationCheck.problems(MODULE, List.of(new Listed(Undeclared.class, "run", Map.of()))));
    }

    @Test
    void aMethodWithoutAStrategyParameterIsItsOwnStrategy() {
        List<String> problems = DeclarationCheck.problems(MODULE, List.of(new Listed(Bad.class, "overlapped",
                Map.of("tasks", List.of("7")))));
        assertTrue(problems.contains("Bad.overlapped: strategy 'overlapped' has no @Role"), problems.toString());
    }

    @Test
    void theSecondaryResultsAreTheAuxCountersOwnFieldsAndMethods() throws NoSuchMethodException {
        assertEquals(java.util.Set.of("hits", "ratio"),
                DeclarationCheck.auxCounters(Good.class.getMethod("sequential", Counters.class)));
    }
}
