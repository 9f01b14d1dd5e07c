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
public record Entrant(String name, Bundle bundle) {

    /** The JMH options this machine's run was given after {@code --}. */
    public List<String> extraJmhArgs() {
        return bundle.extraJmhArgs();
    }

    /** The declaration of a workload, as the single report reads it ({@link dev.cvp.report.model.Meanings}). */
    public Optional<Declaration> declaration(WorkloadKey key) {
        return bundle.meanings().of(key).filter(d -> d.module().equals(key.module()));
    }

    public Declarations declarations() {
        return bundle.declarations();
    }

    /** The largest core count this machine measured at; 0 without measurements. */
    public int fullCores() {
        List<Integer> cores = bundle.coreCounts();
        return cores.isEmpty() ? 0 : cores.get(cores.size() - 1);
    }
}
