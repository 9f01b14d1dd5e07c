package dev.cvp.report.model;

import dev.cvp.bundle.declare.Declaration;
import dev.cvp.bundle.declare.Declarations;
import dev.cvp.bundle.declare.Example;
import dev.cvp.bundle.declare.Figure;
import dev.cvp.bundle.declare.MetricKind;
import dev.cvp.bundle.declare.Lesson;
import dev.cvp.bundle.declare.ParamMeaning;
import dev.cvp.bundle.declare.Role;
import dev.cvp.bundle.declare.StrategyRole;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What the bundle's benchmarks.json says a workload and its strategies mean. The report reads
 * meaning only through here; a workload without a declaration (plain JMH JSON, version-1
 * bundles) has none and is rendered generically.
 */
public record Meanings(Declarations declarations) {

    public static final Meanings NONE = new Meanings(Declarations.NONE);

    /**
     * The declaration of a workload: its benchmark's, or, for a workload that merged a class's
     * methods (whose names are then the strategies), the class's (every method of a class shares it).
     */
    public Optional<Declaration> of(WorkloadKey key) {
        Optional<Declaration> exact = declarations.of(key.benchmark());
        if (exact.isPresent()) {
            return exact;
        }
        String prefix = key.benchmark() + ".";
        return declarations.benchmarks().stream().filter(d -> d.benchmark().startsWith(prefix)
                && d.benchmark().indexOf('.', prefix.length()) < 0).findFirst();
    }

    public Optional<Declaration> of(Workload w) {
        return of(w.key());
    }

    /**
     * Whether the workload's metric has a parallel speedup to show (time or throughput; not, say,
     * a latency or a memory figure); true for an undeclared workload.
     */
    public boolean scales(Workload w) {
        return of(w).map(d -> d.metric().scales()).orElse(true);
    }

    /**
     * The workload's headline figure of one kind: the last it declares (a benchmark lists its
     * figures from the detail to the headline).
     */
    public Optional<Figure> headline(WorkloadKey key, MetricKind kind) {
        List<Figure> figures = of(key).map(d -> d.figures().stream().filter(f -> f.kind() == kind).toList())
                .orElse(List.of());
        return figures.isEmpty() ? Optional.empty() : Optional.of(figures.get(figures.size() - 1));
    }

    /**
     * The figure that is the score of a workload declared as a latency: its headline latency
     * figure (a percentile such as JMH sample mode's {@code p0.50}, or a counter the benchmark
     * fills, such as {@code p50Us}). A mean of lateness is set by its rare late events (a tick in a
     * hundred that waits 4 ms for the OS moves a 3 us mean tenfold), and the design's vocabulary
     * makes such a workload's metric a latency percentile. Empty for every other workload, and for
     * a figure divided by another: the score stays JMH's.
     */
    public Optional<Figure> scoreFigure(WorkloadKey key) {
        if (of(key).map(d -> d.metric() != MetricKind.LATENCY).orElse(true)) {
            return Optional.empty();
        }
        return headline(key, MetricKind.LATENCY).filter(f -> f.per().isEmpty());
    }

    /** The unit a declared figure names for a secondary result ("" when none does: JMH's stands). */
    public String unit(WorkloadKey key, String metric) {
        return of(key).stream().flatMap(d -> d.figures().stream()).filter(f -> f.metric().equals(metric))
                .map(Figure::unit).filter(u -> !u.isEmpty()).findFirst().orElse("");
    }

    public boolean declared(Workload w) {
        return of(w).isPresent();
    }

    public Optional<StrategyRole> role(Workload w, String strategy) {
        return of(w).map(d -> d.strategies().get(strategy));
    }

    /** True when the strategy is declared with this role. */
    public boolean is(Workload w, String strategy, Role role) {
        return role(w, strategy).map(r -> r.role() == role).orElse(false);
    }

    /** The workload's value of the parameter declared with this meaning, as a number. */
    public OptionalLong number(Workload w, ParamMeaning meaning) {
        return number(w.key(), meaning);
    }

    public OptionalLong number(WorkloadKey key, ParamMeaning meaning) {
        Optional<String> name = of(key).flatMap(d -> d.param(meaning));
        if (name.isEmpty() || key.param(name.get()) == null) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(key.param(name.get()).trim()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** The {@code exampleParams} key that names an example's headline strategy. */
    public static final String EXAMPLE_STRATEGY = "strategy";

    /**
     * The workload that is the declared canonical example of an at-a-glance row, if measured: the
     * one with the declared parameters, else, when the run measured other task counts only (a
     * quick profile runs 1,000 sleeps where the declaration names 10,000), the one with the most
     * tasks that matches every other declared parameter.
     */
    public Optional<Workload> example(List<Workload> workloads, Example e) {
        List<Workload> declared = workloads.stream().filter(w -> of(w).map(d -> d.examples().contains(e))
                .orElse(false)).toList();
        Optional<Workload> exact = declared.stream().filter(w -> matches(w, of(w).orElseThrow(), false)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        return declared.stream().filter(w -> matches(w, of(w).orElseThrow(), true))
                .max(Comparator.comparingLong(w -> number(w, ParamMeaning.TASKS).orElse(0)));
    }

    private static boolean matches(Workload w, Declaration d, boolean anyTaskCount) {
        Optional<String> tasks = anyTaskCount ? d.param(ParamMeaning.TASKS) : Optional.empty();
        return d.exampleParams().entrySet().stream().allMatch(p -> p.getKey().equals(EXAMPLE_STRATEGY)
                || tasks.map(p.getKey()::equals).orElse(false) || p.getValue().equals(w.key().param(p.getKey())));
    }

    /**
     * An example's headline strategy: the one its declaration names, else the first strategy with
     * one of these roles (in the workload's order).
     */
    public Optional<String> headline(Workload w, Role... roles) {
        Optional<String> named = of(w).map(d -> d.exampleParams().get(EXAMPLE_STRATEGY))
                .filter(s -> w.strategies().contains(s));
        return named.or(() -> withRole(w, roles).stream().findFirst());
    }

    /** The workload's strategies declared with one of these roles, in the workload's order. */
    public List<String> withRole(Workload w, Role... roles) {
        List<Role> wanted = List.of(roles);
        return w.strategies().stream().filter(s -> role(w, s).map(r -> wanted.contains(r.role())).orElse(false))
                .toList();
    }

    /** The workloads that serve a lesson, in the order given. */
    public List<Workload> serving(List<Workload> workloads, Lesson lesson) {
        return workloads.stream().filter(w -> of(w).map(d -> d.lesson() == lesson).orElse(false)).toList();
    }

    /** A workload's title for people: the declared one, else the benchmark's short name. Not escaped. */
    public String title(Workload w) {
        return of(w).map(Declaration::title).orElse(w.key().shortBenchmark());
    }

    /** "CPython" or "Java" as declared; "" when undeclared. */
    public String runtime(Workload w) {
        return of(w).map(Declaration::runtime).orElse("");
    }
}
