package dev.cvp.support.declare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.bundle.declare.Declaration;
import dev.cvp.bundle.declare.Example;
import dev.cvp.bundle.declare.Lesson;
import dev.cvp.bundle.declare.MetricKind;
import dev.cvp.bundle.declare.ParamMeaning;
import dev.cvp.bundle.declare.StrategyRole;
import dev.cvp.bundle.declare.Worker;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Declarer}: what a class declares, what it inherits, and what it replaces. */
class DeclarerTest {

    @Role(strategy = "sequential", does = dev.cvp.bundle.declare.Role.BASELINE, runsOn = Worker.CALLER, note = "one")
    @Role(strategy = "pool", does = dev.cvp.bundle.declare.Role.PARALLEL, runsOn = Worker.THREAD)
    @ParamRole(name = "tasks", means = ParamMeaning.TASKS)
    @Figure(metric = "hits", kind = MetricKind.COUNT, label = "hits")
    abstract static class Base {
    }

    @Declared(title = "Inherits", lesson = Lesson.PARALLELISM, metric = MetricKind.JOB_TIME, family = "fib",
            examples = Example.CPU_BOUND, exampleParams = {"tasks=8", "n=a=b"}, summary = "Inherits everything.")
    static class Inherits extends Base {
    }

    @Declared(title = "Replaces", lesson = Lesson.CONCURRENCY, metric = MetricKind.LATENCY, runtime = "CPython",
            summary = "Replaces the roles.")
    @Role(strategy = "asyncio", does = dev.cvp.bundle.declare.Role.OVERLAPS_WAITS, runsOn = Worker.EVENT_LOOP)
    static class Replaces extends Base {
    }

    /** One role only: the annotation is not wrapped in its container. */
    @Declared(title = "One", lesson = Lesson.PROCESSES, metric = MetricKind.COUNT, summary = "One role.")
    @Role(strategy = "jvmProcess", does = dev.cvp.bundle.declare.Role.WORKER, runsOn = Worker.PROCESS)
    @ParamRole(name = "kernel", means = ParamMeaning.WORKLOAD)
    static class One extends Base {
    }

    @Declared(title = "Bad", lesson = Lesson.PIPELINE, metric = MetricKind.JOB_TIME, exampleParams = "tasks",
            summary = "Bad example parameters.")
    static class BadExample {
    }

    static class Undeclared extends Base {
    }

    private static Declaration declare(Class<?> type) {
        return Declarer.declare("bench-x", type.getName() + ".run", type).orElseThrow();
    }

    @Test
    void aSubclassWithoutItsOwnListsInheritsTheBaseClassLists() {
        Declaration d = declare(Inherits.class);
        assertEquals(Map.of("sequential", new StrategyRole(dev.cvp.bundle.declare.Role.BASELINE, Worker.CALLER, "one"),
                "pool", new StrategyRole(dev.cvp.bundle.declare.Role.PARALLEL, Worker.THREAD, "")), d.strategies());
        assertEquals(List.of("sequential", "pool"), List.copyOf(d.strategies().keySet()), "declaration order");
        assertEquals(Map.of("tasks", ParamMeaning.TASKS), d.params());
        assertEquals(List.of(new dev.cvp.bundle.declare.Figure("hits", MetricKind.COUNT, "hits", "", "")), d.figures());
        assertEquals("Java", d.runtime());
        assertEquals("fib", d.family());
        assertEquals(List.of(Example.CPU_BOUND), d.examples());
        assertEquals(Map.of("tasks", "8", "n", "a=b"), d.exampleParams(), "split at the first '='");
        assertEquals("bench-x", d.module());
        assertEquals(Inherits.class.getName() + ".run", d.benchmark());
    }

    @Test
    void aSubclassesOwnRolesReplaceTheBaseClassRolesAndKeepTheOtherLists() {
        Declaration d = declare(Replaces.class);
        assertEquals(Map.of("asyncio", new StrategyRole(dev.cvp.bundle.declare.Role.OVERLAPS_WAITS, Worker.EVENT_LOOP,
                "")), d.strategies());
        assertEquals(Map.of("tasks", ParamMeaning.TASKS), d.params());
        assertEquals(1, d.figures().size());
        assertEquals("CPython", d.runtime());
        assertEquals("", d.family());
    }

    @Test
    void aSingleRepeatableAnnotationCountsAsTheClassOwnList() {
        Declaration d = declare(One.class);
        assertEquals(List.of("jvmProcess"), List.copyOf(d.strategies().keySet()));
        assertEquals(Map.of("kernel", ParamMeaning.WORKLOAD), d.params());
        assertEquals(1, d.figures().size(), "no @Figure of its own: the base's");
    }

    @Test
    void anExampleParameterWithoutValueIsRefusedNamingTheClassAndTheEntry() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> declare(BadExample.class));
        assertTrue(e.getMessage().contains(BadExample.class.getName()) && e.getMessage().contains("'tasks'")
                && e.getMessage().contains("name=value"), e.getMessage());
    }

    @Test
    void aClassWithoutDeclaredIsLeftOut() {
        assertTrue(Declarer.declare("bench-x", "x.run", Undeclared.class).isEmpty());
    }
}
