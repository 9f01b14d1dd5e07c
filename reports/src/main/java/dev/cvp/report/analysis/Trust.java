package dev.cvp.report.analysis;

import dev.cvp.bundle.Invocation;
import dev.cvp.report.metrics.CellStats;
import dev.cvp.report.metrics.Ratio;
import dev.cvp.report.metrics.Resampling;
import dev.cvp.report.metrics.Scaling;
import dev.cvp.report.model.Cell;
import dev.cvp.report.model.Meanings;
import dev.cvp.report.model.SpellCheck;
import dev.cvp.report.model.Workload;
import dev.cvp.report.model.WorkloadKey;
import dev.cvp.report.stats.Band;
import dev.cvp.report.stats.Interval;
import dev.cvp.report.stats.IntervalReading;
import dev.cvp.report.stats.MeasurementFloor;
import dev.cvp.report.stats.Trend;
import dev.cvp.report.write.Formats;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How far one run's numbers can be trusted (DESIGN.md, "Trust"), computed once per bundle:
 * the load record (was anything else running), the sequential control, each cell's steady
 * state, speedups above the core count, the run's measurement floor and how much data each
 * cell had. Also the flags each row of the report carries.
 */
public final class Trust {

    /** What a row of results.csv (and a table cell) is flagged with. */
    public enum Flag {
        /** Its cell, or the base cell its speedup divides by, ran while the machine was busy (load record). */
        DISTURBED("disturbed"),
        /** Its workload's sequential speedup at this core count lies outside 1 ± 10%: the comparison is suspect. */
        CONTROL_FAILED("control-failed"),
        /** Its iterations show a material trend: warm-up never finished, or something drifted. */
        NOT_SETTLED("not-settled"),
        /** Its speedup's whole interval lies above the core count (k / base). */
        SUPERLINEAR("superlinear");

        private final String label;

        Flag(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A cell whose iterations never settled. */
    public record Unsettled(Workload workload, String strategy, int cores, Trend trend) {
    }

    /** A speedup above the core count, beyond its interval. */
    public record Superlinear(Workload workload, String strategy, int cores, Ratio speedup) {
    }

    private final Disturbance disturbance;
    private final Drift drift;
    private final Optional<Steadiness> steadiness;
    private final List<SequentialControl.Check> controls;
    private final Set<String> failedControls = new HashSet<>();
    private final MeasurementFloor floor;
    private final Map<String, Integer> sampleSizes;
    private final int measuredCells;
    private final int tooFewIterations;
    private final List<Unsettled> unsettled;
    private final List<Superlinear> superlinear;

    private final Optional<KernelControl> kernelControl;
    private final Meanings meanings;
    private final List<StrayForks.Stray> strays;

    private Trust(List<Workload> workloads, Disturbance disturbance, Drift drift, Optional<Steadiness> steadiness,
                  Meanings meanings) {
        this.disturbance = disturbance;
        this.drift = drift;
        this.steadiness = steadiness;
        this.meanings = meanings;
        this.kernelControl = KernelControl.of(workloads, meanings);
        this.controls = SequentialControl.checks(workloads, meanings);
        controls.stream().filter(SequentialControl.Check::failed)
                .forEach(c -> failedControls.add(key(c.workload().key(), c.cores())));
        List<Interval> speedups = new ArrayList<>();
        Map<String, Integer> sizes = new TreeMap<>();
        List<Unsettled> notSettled = new ArrayList<>();
        List<Superlinear> above = new ArrayList<>();
        int measured = 0;
        int tooFew = 0;
        for (Workload w : workloads) {
            int base = Scaling.baseCores(w);
            boolean scales = meanings.scales(w);
            for (String s : w.strategies()) {
                for (Map.Entry<Integer, Cell> e : w.row(s).entrySet()) {
                    int k = e.getKey();
                    if (e.getValue().extrapolated()) {
                        continue;
                    }
                    measured++;
                    sizes.merge(size(e.getValue()), 1, Integer::sum);
                    Optional<Trend> t = CellStats.trend(w, s, k);
                    if (t.isPresent() && t.get().verdict() == Trend.Verdict.NOT_SETTLED) {
                        notSettled.add(new Unsettled(w, s, k, t.get()));
                    } else if (t.isEmpty() || t.get().verdict() == Trend.Verdict.TOO_FEW_ITERATIONS) {
                        tooFew++;
                    }
                    Optional<Ratio> sp = k == base || !scales ? Optional.empty() : Scaling.speedup(w, s, k);
                    if (sp.isPresent() && sp.get().hasInterval()) {
                        speedups.add(sp.get().interval());
                    }
                    if (sp.isPresent() && sp.get().above(Scaling.idealSpeedup(w, k))) {
                        above.add(new Superlinear(w, s, k, sp.get()));
                    }
                }
            }
        }
        this.floor = IntervalReading.floor(speedups);
        this.sampleSizes = sizes;
        this.measuredCells = measured;
        this.tooFewIterations = tooFew;
        this.unsettled = List.copyOf(notSettled);
        this.superlinear = List.copyOf(above);
        this.strays = StrayForks.of(workloads);
    }

    /**
     * Computes every interval and trend the report will print, on every core (the bootstrap
     * dominates the report's time on large bundles; huge ones get fewer resamples, see
     * {@link Resampling}), then what they say about the run.
     */
    public static Trust of(List<Workload> workloads, List<Invocation> invocations) {
        return of(workloads, invocations, Meanings.NONE);
    }

    /** With the benchmarks' declarations, which name the clean parallel kernel of the second control. */
    public static Trust of(List<Workload> workloads, List<Invocation> invocations, Meanings meanings) {
        return of(workloads, invocations, meanings, Map.of());
    }

    /** With what the slow spells did to each invocation's results ({@link Disturbance#of(List, Map)}). */
    public static Trust of(List<Workload> workloads, List<Invocation> invocations, Meanings meanings,
                           Map<String, SpellCheck> spellChecks) {
        record Row(Workload w, String s) {
        }
        List<Row> rows = new ArrayList<>();
        workloads.forEach(w -> w.strategies().forEach(s -> rows.add(new Row(w, s))));
        if (workloads.stream().mapToInt(Workload::cellCount).sum() > Resampling.LARGE_BUNDLE_CELLS) {
            workloads.forEach(Resampling::useFewerResamples);
        }
        rows.parallelStream().forEach(r -> {
            for (int k : r.w().row(r.s()).keySet()) {
                CellStats.score(r.w(), r.s(), k);
                CellStats.trend(r.w(), r.s(), k);
                Scaling.gain(r.w(), r.s(), k);
                Scaling.speedup(r.w(), r.s(), k);
            }
        });
        return new Trust(workloads, Disturbance.of(invocations, spellChecks), Drift.of(invocations),
                Steadiness.of(invocations), meanings);
    }

    /** "1 × 3" for one fork of three iterations; "3 forks, 28 iterations" when forks differ in length. */
    private static String size(Cell c) {
        List<double[]> forks = c.estimate().forks();
        if (forks.isEmpty()) {
            return "no raw data";
        }
        int first = forks.get(0).length;
        boolean even = forks.stream().allMatch(f -> f.length == first);
        return even ? forks.size() + " \u00d7 " + first
                : forks.size() + " forks, " + c.estimate().sampleCount() + " iterations";
    }

    private static String key(WorkloadKey w, int cores) {
        return w + "@" + cores;
    }

    /** The clean-kernel control, when the bundle declares its CPU-bound example. */
    public Optional<KernelControl> kernelControl() {
        return kernelControl;
    }

    public Disturbance disturbance() {
        return disturbance;
    }

    /** How the machine's speed drifted between the cells of each module, by the speed probe. */
    public Drift drift() {
        return drift;
    }

    /** How steadily the machine computed through the run, by the speed probe; empty where not probed. */
    public Optional<Steadiness> steadiness() {
        return steadiness;
    }

    /** JVMs that ran far from the others of their cell ({@link StrayForks}). */
    public List<StrayForks.Stray> strays() {
        return strays;
    }

    public List<SequentialControl.Check> controls() {
        return controls;
    }

    public List<SequentialControl.Check> failedControls() {
        return controls.stream().filter(SequentialControl.Check::failed).toList();
    }

    /** Controls whose interval reaches out of the band without lying wholly outside it. */
    public List<SequentialControl.Check> unconfirmedControls() {
        return controls.stream().filter(c -> c.fit() == Band.Fit.STRADDLES).toList();
    }

    public MeasurementFloor floor() {
        return floor;
    }

    /** How many measured cells had each shape of data ("1 × 3": one fork of three iterations). */
    public Map<String, Integer> sampleSizes() {
        return sampleSizes;
    }

    public int measuredCells() {
        return measuredCells;
    }

    /** Measured cells with too few iterations per fork for the trend test to tell anything. */
    public int tooFewIterations() {
        return tooFewIterations;
    }

    public List<Unsettled> unsettled() {
        return unsettled;
    }

    public List<Superlinear> superlinear() {
        return superlinear;
    }

    /** Whether the workload has speedups to judge (a job's time or throughput; true when undeclared). */
    public boolean scales(Workload w) {
        return meanings.scales(w);
    }

    /** Whether anything says this run was disturbed: the load record or a failed control. */
    public boolean disturbed() {
        return disturbance.any() || controlsFailed();
    }

    /** Whether a control failed: a sequential computation that changed speed, or the clean kernel out of its band. */
    public boolean controlsFailed() {
        return !failedControls.isEmpty() || kernelControl.map(KernelControl::failed).orElse(false);
    }

    /** The flags of one row: a strategy of a workload at one core count. */
    public Set<Flag> flags(Workload w, String strategy, int cores) {
        Set<Flag> out = EnumSet.noneOf(Flag.class);
        int base = Scaling.baseCores(w);
        if (measuredDisturbed(w, strategy, cores) || (cores != base && measuredDisturbed(w, strategy, base))) {
            out.add(Flag.DISTURBED);
        }
        if (cores != base && failedControls.contains(key(w.key(), cores))) {
            out.add(Flag.CONTROL_FAILED);
        }
        if (CellStats.trend(w, strategy, cores).map(t -> t.verdict() == Trend.Verdict.NOT_SETTLED).orElse(false)) {
            out.add(Flag.NOT_SETTLED);
        }
        if (cores != base && Scaling.speedup(w, strategy, cores).map(r -> r.above(Scaling.idealSpeedup(w, cores)))
                .orElse(false)) {
            out.add(Flag.SUPERLINEAR);
        }
        return out;
    }

    /**
     * Whether the row itself was measured while something disturbed it: its whole cell, or a slow
     * spell over its own iterations ({@link #flags} adds the rows whose speedup divides by such a row).
     */
    public boolean measuredDisturbed(Workload w, String strategy, int cores) {
        return disturbance.disturbed(w.key().module(), cores) || Disturbance.slowRow(w.cell(strategy, cores));
    }

    /** The flags as results.csv writes them: labels separated by ';', empty when none. */
    public String flagText(Workload w, String strategy, int cores) {
        return flags(w, strategy, cores).stream().map(Flag::label).collect(Collectors.joining(";"));
    }

    /**
     * What a workload's finding must add because of the run's state (unescaped), or empty:
     * its speedups touch a disturbed cell, or its sequential control failed.
     */
    public Optional<String> findingNote(Workload w) {
        List<String> notes = new ArrayList<>();
        int base = Scaling.baseCores(w);
        List<Integer> touched = w.coreCounts().stream().filter(k -> k != base && (hit(w, k) || hit(w, base))).toList();
        if (!touched.isEmpty()) {
            notes.add("disturbed: other activity on the machine during " + cells(w, base, touched)
                    + " (see the top), so its parallel speedups to " + joinCores(touched) + " may be off");
        }
        for (SequentialControl.Check c : failedControls()) {
            if (c.workload() == w) {
                notes.add("its sequential control changed " + Formats.times(c.speedup())
                        + " from " + base + " to " + c.cores() + " cores, which sequential code cannot do: its speedups"
                        + " at " + c.cores() + " cores are suspect");
            }
        }
        return notes.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", notes));
    }

    /** "its 1-core cell", "its 1-core and 2-core cells". */
    private String cells(Workload w, int base, List<Integer> touched) {
        List<String> hit = new ArrayList<>();
        if (hit(w, base)) {
            hit.add(base + "-core");
        }
        touched.stream().filter(k -> hit(w, k)).forEach(k -> hit.add(k + "-core"));
        return "its " + String.join(" and ", hit) + " cell" + (hit.size() == 1 ? "" : "s");
    }

    /** Whether the workload's cells at {@code k} cores were disturbed: the whole cell, or a row of it. */
    private boolean hit(Workload w, int k) {
        return disturbance.disturbed(w.key().module(), k)
                || w.strategies().stream().anyMatch(s -> Disturbance.slowRow(w.cell(s, k)));
    }

    private static String joinCores(List<Integer> cores) {
        String list = cores.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return list + (cores.size() == 1 && cores.get(0) == 1 ? " core" : " cores");
    }

    /** "bench-cpu at 1 core". */
    public static String cell(String module, int cores) {
        return module + " at " + cores + (cores == 1 ? " core" : " cores");
    }
}
