package dev.cvp.report.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One JMH result as read from {@code cores-<k>/<module>.json}: a workload, a strategy, a core
 * count, the primary score and the secondary metrics (without the harness's {@code cpus}). A
 * cell measured in several rounds (one file per round) gives one per round, which loading pools
 * into one ({@link #plusRound}).
 *
 * @param source       the file it came from, relative to the bundle, for messages (the first
 *                     round's when pooled)
 * @param observedCpus the {@code cpus} secondary metric written by CoreCountProfiler, or -1
 * @param threads      JMH's {@code threads} (benchmark threads, not the strategy's)
 * @param jvm          "vmName vmVersion" as JMH recorded it, for comparability checks
 * @param method       the benchmark method when the strategy came from a {@code strategy} param
 *                     (the workload then names class.method), null when the method is the strategy
 * @param residue      the worst spells (a slow CPU, other processes; above the report's limits) over
 *                     iterations that stayed in its figures (see {@code load.SlowIterations})
 */
public record Measurement(WorkloadKey workload, String strategy, int cores, Estimate primary,
                          Map<String, Estimate> secondary, String source, int observedCpus,
                          int threads, String jmhVersion, String jvm, String method, SpellResidue residue) {

    public Measurement {
        secondary = Collections.unmodifiableMap(new LinkedHashMap<>(secondary));
    }

    /** The same measurement under another workload key. */
    public Measurement withWorkload(WorkloadKey key) {
        return new Measurement(key, strategy, cores, primary, secondary, source, observedCpus, threads, jmhVersion,
                jvm, method, residue);
    }

    /**
     * This measurement and {@code other}, another round's result for the same workload, strategy
     * and core count in the same unit, as one: every metric's forks pooled
     * ({@link Estimate#plus}); a secondary metric only one round has is kept as that round's.
     */
    public Measurement plusRound(Measurement other) {
        Map<String, Estimate> pooled = new LinkedHashMap<>(secondary);
        other.secondary.forEach((name, e) -> pooled.merge(name, e,
                (mine, theirs) -> mine.unit().equals(theirs.unit()) ? mine.plus(theirs) : mine));
        return new Measurement(workload, strategy, cores, primary.plus(other.primary), pooled, source, observedCpus,
                threads, jmhVersion, jvm, method, residue.max(other.residue));
    }

    /** The same measurement with its primary estimate replaced (unit conversion). */
    public Measurement withPrimary(Estimate e) {
        return new Measurement(workload, strategy, cores, e, secondary, source, observedCpus, threads, jmhVersion,
                jvm, method, residue);
    }
}
