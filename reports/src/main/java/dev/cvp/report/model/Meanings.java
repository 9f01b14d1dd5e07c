package dev.cvp.report.model;

import dev.cvp.bundle.declare.Declaration;
import dev.cvp.bundle.declare.Declarations;
import dev.cvp.bundle.declare.Lesson;
import dev.cvp.bundle.declare.ParamMeaning;
import dev.cvp.bundle.declare.Role;
import dev.cvp.bundle.declare.StrategyRole;
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
