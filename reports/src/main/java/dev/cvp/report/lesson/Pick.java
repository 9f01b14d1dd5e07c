package dev.cvp.report.lesson;

import dev.cvp.bundle.declare.Declaration;
import dev.cvp.bundle.declare.Example;
import dev.cvp.bundle.declare.ParamMeaning;
import dev.cvp.bundle.declare.Role;
import dev.cvp.report.model.Meanings;
import dev.cvp.report.model.Workload;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Chooses workloads and strategies by what they declare, never by their names. */
final class Pick {

    /** The {@code exampleParams} key that names the headline strategy of an example. */
    static final String STRATEGY = "strategy";

    private Pick() {
    }

    /** The workload that is the declared canonical example of this at-a-glance row, if measured. */
    static Optional<Workload> example(LessonContext c, Example e) {
        Meanings m = c.meanings();
        return c.workloads().stream().filter(w -> m.of(w).map(d -> d.examples().contains(e)).orElse(false))
                .filter(w -> matches(w, m.of(w).get())).findFirst();
    }

    private static boolean matches(Workload w, Declaration d) {
        for (Map.Entry<String, String> p : d.exampleParams().entrySet()) {
            if (!p.getKey().equals(STRATEGY) && !p.getValue().equals(w.key().param(p.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The example's headline strategy: the one its declaration names, else the first strategy
     * with one of these roles (in the workload's order).
     */
    static Optional<String> headline(LessonContext c, Workload w, Role... roles) {
        Optional<String> named = c.meanings().of(w).map(d -> d.exampleParams().get(STRATEGY))
                .filter(s -> w.strategies().contains(s));
        return named.or(() -> withRole(c, w, roles).stream().findFirst());
    }

    /** The workload's strategies declared with one of these roles, in the workload's order. */
    static List<String> withRole(LessonContext c, Workload w, Role... roles) {
        Set<Role> wanted = Set.copyOf(Arrays.asList(roles));
        return w.strategies().stream()
                .filter(s -> c.meanings().role(w, s).map(r -> wanted.contains(r.role())).orElse(false)).toList();
    }

    /** The declared task count of a workload; 1 when it declares none. */
    static long tasks(LessonContext c, Workload w) {
        return c.meanings().number(w, ParamMeaning.TASKS).orElse(1);
    }

    /** Of one benchmark's workloads that declare a task count, the one with the most tasks. */
    static Comparator<Workload> byTasks(LessonContext c) {
        return Comparator.comparingLong(w -> tasks(c, w));
    }

    /** "Fibonacci", "10,000 × Sleep" style title: the declared title with the task count where one is declared. */
    static String title(LessonContext c, Workload w) {
        String t = c.meanings().title(w);
        var tasks = c.meanings().number(w, ParamMeaning.TASKS);
        return tasks.isPresent() ? t + ", " + String.format(java.util.Locale.ROOT, "%,d", tasks.getAsLong())
                + " tasks" : t;
    }

    /** The declared role + how it is built, for a table's "how it runs" column; "" when undeclared. */
    static String how(LessonContext c, Workload w, String strategy) {
        return c.meanings().role(w, strategy).map(r -> r.note().isEmpty() ? r.role().id() : r.note()).orElse("");
    }
}
