package dev.cvp.report.compare;

import dev.cvp.bundle.declare.Declaration;
import dev.cvp.bundle.declare.Declarations;
import dev.cvp.report.model.Bundle;
import dev.cvp.report.model.WorkloadKey;
import java.util.List;
import java.util.Optional;

/**
 * One machine in a comparison: its bundle, the name its column carries (the bundle's label), the
 * benchmarks' declarations (benchmarks.json; none in version-1 bundles and plain JMH JSON) and
 * the JMH options its run was given after {@code --}.
 */
public record Entrant(String name, Bundle bundle, Declarations declarations, List<String> extraJmhArgs) {

    public Entrant {
        extraJmhArgs = List.copyOf(extraJmhArgs);
    }

    /**
     * The declaration of a workload: its JMH benchmark name, or, for a workload that names only
     * the class (its methods are the strategies), the first declared method of that class.
     */
    public Optional<Declaration> declaration(WorkloadKey key) {
        Optional<Declaration> exact = declarations.of(key.benchmark())
                .filter(d -> d.module().equals(key.module()));
        if (exact.isPresent()) {
            return exact;
        }
        String prefix = key.benchmark() + ".";
        return declarations.benchmarks().stream()
                .filter(d -> d.module().equals(key.module()) && d.benchmark().startsWith(prefix))
                .findFirst();
    }

    /** The largest core count this machine measured at; 0 without measurements. */
    public int fullCores() {
        List<Integer> cores = bundle.coreCounts();
        return cores.isEmpty() ? 0 : cores.get(cores.size() - 1);
    }
}
