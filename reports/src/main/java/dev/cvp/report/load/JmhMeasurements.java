package dev.cvp.report.load;

import dev.cvp.bundle.BundleContents;
import dev.cvp.bundle.Problem;
import dev.cvp.bundle.BusySpell;
import dev.cvp.bundle.SlowSpell;
import dev.cvp.bundle.declare.Figure;
import dev.cvp.bundle.jmh.JmhResult;
import dev.cvp.bundle.jmh.JmhResultFile;
import dev.cvp.bundle.jmh.Metric;
import dev.cvp.report.model.Cell;
import dev.cvp.report.model.Estimate;
import dev.cvp.report.model.Meanings;
import dev.cvp.report.model.Measurement;
import dev.cvp.report.model.Mode;
import dev.cvp.report.model.SpellCheck;
import dev.cvp.report.model.SpellResidue;
import dev.cvp.report.model.WorkloadKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The measurements of one JMH result file. {@link JmhResultFile} reads and validates the file;
 * this class maps each valid result to the report's {@link Measurement}: the {@code strategy}
 * param (or, without one, the method name) is the strategy, the harness's {@code cpus} metric is
 * checked against the file's core count, and profiler metrics lose their leading "·". A declared
 * figure's unit replaces JMH's "#"; a workload declared as a latency takes its headline latency
 * figure as its score ({@link Meanings#scoreFigure}), and JMH's score moves to the secondary
 * metric {@link #JMH_SCORE}.
 */
public final class JmhMeasurements {

    /** The parameter that names the strategy; absent means the method name stands for it. */
    public static final String STRATEGY_PARAM = "strategy";
    /** The secondary metric CoreCountProfiler adds; a cross-check, not a workload. */
    public static final String CPUS_METRIC = "cpus";
    /** The secondary metric BusyCpusProfiler adds: the CPUs each iteration kept busy (CPU time over wall time). */
    public static final String BUSY_METRIC = "cpusBusy";
    private static final String PROFILER_PREFIX = "\u00b7";
    /** Where JMH's own score (a mean) goes when a declared latency figure is the score. */
    public static final String JMH_SCORE = "mean";

    /**
     * What one file gave: its measurements, its problems, and what the slow spells did to it
     * ({@code check} null when its results carry no iteration times).
     */
    public record Output(List<Measurement> measurements, List<Problem> problems, SpellCheck check) {
    }

    private JmhMeasurements() {
    }

    public static Output read(BundleContents.ResultFile file) {
        return read(file, List.of(), List.of(), Meanings.NONE);
    }

    /**
     * The file's measurements without the iterations that {@code spells} (the speed probe's) or
     * {@code busy} (the load monitor's), from the invocation that wrote the file, hit; see
     * {@link SlowIterations}; with {@code meanings}, the declarations that choose a score other than JMH's.
     */
    public static Output read(BundleContents.ResultFile file, List<SlowSpell> spells, List<BusySpell> busy,
                              Meanings meanings) {
        JmhResultFile.Contents contents = JmhResultFile.read(file.path(), file.name());
        List<Measurement> measurements = new ArrayList<>();
        List<Problem> problems = new ArrayList<>(contents.problems());
        SpellCheck check = null;
        for (JmhResult r : contents.results()) {
            String where = "result #" + r.index() + " (line " + r.line() + ", " + r.benchmark() + "): ";
            WorkloadKey key = key(r, file);
            JmhResult declared = withDeclaredUnits(r, key, meanings);
            Optional<String> figure = meanings.scoreFigure(key).map(Figure::metric);
            JmhResult scored = figure.map(f -> figureScored(declared, f)).orElse(declared);
            SlowIterations.Applied applied = SlowIterations.apply(scored, spells, busy);
            if (applied.check() != null) {
                check = check == null ? applied.check() : check.plus(applied.check());
            }
            Measurement m = measurement(scored, key, applied.primary(), file,
                    applied.check() == null ? SpellResidue.NONE : applied.check().residual(),
                    figure.filter(f -> scored != declared));
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

    /**
     * The declared figure that is a cell's score, if loading made it so (the cell then carries
     * JMH's score as {@link #JMH_SCORE}); empty where the score is JMH's.
     */
    public static Optional<Figure> scoredBy(Meanings meanings, WorkloadKey key, Cell cell) {
        return meanings.scoreFigure(key).filter(f -> cell.secondary().containsKey(JMH_SCORE)
                && cell.secondary().containsKey(f.metric()));
    }

    /** The workload a result belongs to: its benchmark, or without a strategy param (the method is the strategy) its class. */
    private static WorkloadKey key(JmhResult r, BundleContents.ResultFile file) {
        Map<String, String> params = new LinkedHashMap<>(r.params());
        boolean named = params.remove(STRATEGY_PARAM) != null;
        Mode mode = Mode.fromJmh(r.mode()).orElseThrow(() -> new IllegalStateException("unvalidated mode " + r.mode()));
        return new WorkloadKey(file.module(), named ? r.benchmark() : r.className(), mode, params);
    }

    /**
     * The result with each secondary metric in the unit a declared figure gives it: a counter's
     * "#" replaced, and its score, which JMH sums over the iterations, the mean of its iterations'
     * values (a time per operation does not add up across iterations).
     */
    private static JmhResult withDeclaredUnits(JmhResult r, WorkloadKey key, Meanings meanings) {
        Map<String, Metric> secondary = new LinkedHashMap<>();
        for (Map.Entry<String, Metric> e : r.secondaryMetrics().entrySet()) {
            String unit = meanings.unit(key, e.getKey());
            Metric m = e.getValue();
            secondary.put(e.getKey(), unit.isEmpty() || m.samples().length == 0 ? m : meanOfIterations(m, unit));
        }
        return r.withMetrics(r.primaryMetric(), secondary);
    }

    /**
     * The result with the figure as its primary metric, scored as the mean of its iterations'
     * values (as every other score is), and JMH's primary as {@link #JMH_SCORE}; unchanged when
     * the result lacks the figure's raw data.
     */
    private static JmhResult figureScored(JmhResult r, String figure) {
        Metric f = r.secondaryMetrics().get(figure);
        if (f == null || f.samples().length == 0) {
            return r;
        }
        Map<String, Metric> secondary = new LinkedHashMap<>(r.secondaryMetrics());
        secondary.put(JMH_SCORE, r.primaryMetric());
        return r.withMetrics(meanOfIterations(f, f.scoreUnit()), secondary);
    }

    /** The metric scored as the mean of its iterations' values, in {@code unit}; it must have some. */
    private static Metric meanOfIterations(Metric m, String unit) {
        return new Metric(java.util.Arrays.stream(m.samples()).average().orElseThrow(), Double.NaN, unit, m.forks());
    }

    /**
     * @param key    the result's workload ({@link #key})
     * @param figure the secondary metric that {@code primary} was made from, which then shows the
     *               same iterations (without those a spell hit); empty when the score is JMH's
     */
    private static Measurement measurement(JmhResult r, WorkloadKey key, Metric primary,
                                           BundleContents.ResultFile file, SpellResidue residue,
                                           Optional<String> figure) {
        String strategy = r.params().get(STRATEGY_PARAM);
        String method = r.methodName();
        if (strategy == null) {
            // no strategy param: the method is the strategy and the class is the workload
            strategy = r.methodName();
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
        figure.ifPresent(f -> secondary.put(f, estimate(primary)));
        return new Measurement(key, strategy, file.cores(), estimate(primary), secondary, file.name(),
                observedCpus, r.threads(), r.jmhVersion(), r.jvm(), method, residue);
    }

    private static Estimate estimate(Metric m) {
        return new Estimate(m.score(), m.scoreUnit(), m.forks());
    }
}
