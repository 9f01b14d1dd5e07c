package dev.cvp.report.load;

import dev.cvp.bundle.BundleContents;
import dev.cvp.bundle.Problem;
import dev.cvp.bundle.BusySpell;
import dev.cvp.bundle.SlowSpell;
import dev.cvp.bundle.jmh.JmhResult;
import dev.cvp.bundle.jmh.JmhResultFile;
import dev.cvp.bundle.jmh.Metric;
import dev.cvp.report.model.Estimate;
import dev.cvp.report.model.Measurement;
import dev.cvp.report.model.Mode;
import dev.cvp.report.model.SpellCheck;
import dev.cvp.report.model.SpellResidue;
import dev.cvp.report.model.WorkloadKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The measurements of one JMH result file. {@link JmhResultFile} reads and validates the file;
 * this class maps each valid result to the report's {@link Measurement}: the {@code strategy}
 * param (or, without one, the method name) is the strategy, the harness's {@code cpus} metric is
 * checked against the file's core count, and profiler metrics lose their leading "·".
 */
public final class JmhMeasurements {

    /** The parameter that names the strategy; absent means the method name stands for it. */
    public static final String STRATEGY_PARAM = "strategy";
    /** The secondary metric CoreCountProfiler adds; a cross-check, not a workload. */
    public static final String CPUS_METRIC = "cpus";
    private static final String PROFILER_PREFIX = "\u00b7";

    /**
     * What one file gave: its measurements, its problems, and what the slow spells did to it
     * ({@code check} null when its results carry no iteration times).
     */
    public record Output(List<Measurement> measurements, List<Problem> problems, SpellCheck check) {
    }

    private JmhMeasurements() {
    }

    public static Output read(BundleContents.ResultFile file) {
        return read(file, List.of(), List.of());
    }

    /**
     * The file's measurements without the iterations that {@code spells} (the speed probe's) or
     * {@code busy} (the load monitor's), from the invocation that wrote the file, hit; see
     * {@link SlowIterations}.
     */
    public static Output read(BundleContents.ResultFile file, List<SlowSpell> spells, List<BusySpell> busy) {
        JmhResultFile.Contents contents = JmhResultFile.read(file.path(), file.name());
        List<Measurement> measurements = new ArrayList<>();
        List<Problem> problems = new ArrayList<>(contents.problems());
        SpellCheck check = null;
        for (JmhResult r : contents.results()) {
            String where = "result #" + r.index() + " (line " + r.line() + ", " + r.benchmark() + "): ";
            SlowIterations.Applied applied = SlowIterations.apply(r, spells, busy);
            if (applied.check() != null) {
                check = check == null ? applied.check() : check.plus(applied.check());
            }
            Measurement m = measurement(r, applied.primary(), file,
                    applied.check() == null ? SpellResidue.NONE : applied.check().residual());
            if (m.strategy().isBlank()) {
                problems.add(new Problem(file.name(), where + "field params." + STRATEGY_PARAM
                        + ": expected a non-empty name, got \"\"; left out"));
            } else if (m.observedCpus() >= 0 && m.observedCpus() != file.cores()) {
                problems.add(new Problem(file.name(), where + "ran on " + m.observedCpus() + " CPU(s) (secondary metric "
                        + CPUS_METRIC + ") but the file is under cores-" + file.cores() + "; left out"));
            } else {
                measurements.add(m);
            }
        }
        return new Output(List.copyOf(measurements), List.copyOf(problems), check);
    }

    private static Measurement measurement(JmhResult r, Metric primary, BundleContents.ResultFile file,
                                           SpellResidue residue) {
        Map<String, String> params = new LinkedHashMap<>(r.params());
        String strategy = params.remove(STRATEGY_PARAM);
        String workload = r.benchmark();
        String method = r.methodName();
        if (strategy == null) {
            // no strategy param: the method is the strategy and the class is the workload
            strategy = r.methodName();
            workload = r.className();
            method = null;
        }
        Map<String, Estimate> secondary = new LinkedHashMap<>();
        int observedCpus = -1;
        for (Map.Entry<String, Metric> e : r.secondaryMetrics().entrySet()) {
            String name = e.getKey().startsWith(PROFILER_PREFIX) ? e.getKey().substring(PROFILER_PREFIX.length()) : e.getKey();
            if (SlowIterations.isTime(name)) {
                continue; // when the iterations ran: used above, not a figure of the workload
            }
            if (name.equals(CPUS_METRIC)) {
                observedCpus = (int) Math.round(e.getValue().score());
            } else {
                secondary.put(name, estimate(e.getValue()));
            }
        }
        Mode mode = Mode.fromJmh(r.mode()).orElseThrow(() -> new IllegalStateException("unvalidated mode " + r.mode()));
        WorkloadKey key = new WorkloadKey(file.module(), workload, mode, params);
        return new Measurement(key, strategy, file.cores(), estimate(primary), secondary, file.name(),
                observedCpus, r.threads(), r.jmhVersion(), r.jvm(), method, residue);
    }

    private static Estimate estimate(Metric m) {
        return new Estimate(m.score(), m.scoreUnit(), m.forks());
    }
}
