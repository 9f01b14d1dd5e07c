package dev.cvp.report.lesson;

import static dev.cvp.report.write.MarkdownText.escape;

import dev.cvp.bundle.declare.Example;
import dev.cvp.bundle.declare.ParamMeaning;
import dev.cvp.bundle.declare.Role;
import dev.cvp.report.model.Workload;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Chooses workloads and strategies by what they declare, never by their names. */
final class Pick {

    private Pick() {
    }

    /** The workload that is the declared canonical example of this at-a-glance row, if measured. */
    static Optional<Workload> example(LessonContext c, Example e) {
        return c.meanings().example(c.workloads(), e);
    }

    /** The example's headline strategy, see {@link dev.cvp.report.model.Meanings#headline}. */
    static Optional<String> headline(LessonContext c, Workload w, Role... roles) {
        return c.meanings().headline(w, roles);
    }

    /** The workload's strategies declared with one of these roles, in the workload's order. */
    static List<String> withRole(LessonContext c, Workload w, Role... roles) {
        return c.meanings().withRole(w, roles);
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

    /**
     * "What ran": one bullet per declaration of these workloads, in their order, with its title,
     * (runtime, where the section mixes runtimes) and summary; then a blank line.
     */
    static String whatRan(LessonContext c, java.util.Collection<Workload> workloads, boolean withRuntime) {
        StringBuilder b = new StringBuilder();
        workloads.stream().map(w -> c.meanings().of(w).get()).distinct().forEach(d -> b.append("- **")
                .append(escape(d.title())).append("**").append(withRuntime ? " (" + escape(d.runtime()) + ")" : "")
                .append(": ").append(escape(d.summary())).append('\n'));
        return b.append('\n').toString();
    }

    /**
     * Per declaration, the workload with the most tasks among those {@code keep} accepts: one row
     * per benchmark, at its largest declared task count.
     */
    static List<Workload> largestPerDeclaration(LessonContext c, List<Workload> workloads,
                                                java.util.function.Predicate<Workload> keep) {
        java.util.Map<dev.cvp.bundle.declare.Declaration, Workload> best = new java.util.LinkedHashMap<>();
        for (Workload w : workloads) {
            if (keep.test(w)) {
                best.merge(c.meanings().of(w).get(), w, (old, now) -> tasks(c, now) > tasks(c, old) ? now : old);
            }
        }
        return List.copyOf(best.values());
    }

    /** The declared role + how it is built, for a table's "how it runs" column; "" when undeclared. */
    static String how(LessonContext c, Workload w, String strategy) {
        return c.meanings().role(w, strategy).map(r -> r.note().isEmpty() ? r.role().id() : r.note()).orElse("");
    }
}
