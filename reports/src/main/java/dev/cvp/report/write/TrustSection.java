package dev.cvp.report.write;

import static dev.cvp.report.write.MarkdownText.escape;

import dev.cvp.report.analysis.Disturbance;
import dev.cvp.report.model.SpellCheck;
import dev.cvp.report.analysis.Findings;
import dev.cvp.report.analysis.SequentialControl;
import dev.cvp.report.analysis.KernelControl;
import dev.cvp.report.analysis.StrayForks;
import dev.cvp.report.analysis.Trust;
import dev.cvp.report.metrics.Scaling;
import dev.cvp.report.model.Workload;
import dev.cvp.report.stats.Band;
import dev.cvp.report.stats.MeasurementFloor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * The top of report.md: the plain statement a disturbed run opens with (the load record, a
 * failed control), then what the report's intervals are and what the run's own evidence says
 * about them: the load record, the sequential control, the measurement floor, steady state
 * and superlinear speedups.
 */
public final class TrustSection {

    /** A stray JVM's busy CPUs differ from its cell's when apart by this many CPUs... */
    private static final double BUSY_DIFFERENCE = 0.2;
    /** ...and by this share of the cell's. */
    private static final double BUSY_SHARE = 0.15;

    /** At most this many cells are named in one line; the rest are counted. */
    static final int NAMED = 6;

    /** A paragraph of the opening starts with its headline in bold. */
    private static final Pattern HEADLINE = Pattern.compile("(?m)^\\*\\*([^*]+)\\*\\*");

    private TrustSection() {
    }

    /** The statements a disturbed run opens with; empty when nothing says it was disturbed. */
    public static String opening(Trust t, List<Workload> workloads) {
        StringBuilder b = new StringBuilder();
        Disturbance d = t.disturbance();
        if (d.any()) {
            List<String> causes = new ArrayList<>();
            cause(d, Disturbance.Hit::otherActivity, h -> Formats.sig(h.otherPercentMax()) + "%",
                    "other processes used up to", " of the pinned CPUs for a second or more", Disturbance.Hit::otherPercentMax)
                    .ifPresent(causes::add);
            cause(d, Disturbance.Hit::steal, h -> Formats.sig(h.stealPercent()) + "%",
                    "the hypervisor reported up to", " steal time", Disturbance.Hit::stealPercent).ifPresent(causes::add);
            cause(d, Disturbance.Hit::slowCpu, h -> Formats.times(h.cpuSlowdown()), "a pinned CPU computed up to",
                    " slower than at the run's full speed for about 5 seconds (a fixed computation timed on each"
                    + " CPU once a second; time the hypervisor took without reporting it as steal, or a busy sibling"
                    + " hyperthread)", Disturbance.Hit::cpuSlowdown).ifPresent(causes::add);
            b.append("**This run was disturbed by other activity on the machine**: ").append(String.join("; ", causes))
                    .append(". It touches ").append(touched(t, workloads))
                    .append(". Rows measured in those cells (for a slow CPU, or other processes timed second by"
                            + " second, the rows whose measured iterations they overlapped) or comparing against them"
                            + " carry `disturbed` in results.csv and their findings say so; rerun on a quiet machine"
                            + " before quoting them.\n\n");
        }
        SteadinessText.opening(t.steadiness()).ifPresent(b::append);
        DriftText.opening(t.drift()).ifPresent(b::append);
        if (!t.strays().isEmpty()) {
            List<String> named = t.strays().stream().map(x -> escape(x.workload().key().module() + " "
                    + Findings.label(x.workload()) + " " + x.strategy()) + " at " + Formats.cores(x.cores()) + ", "
                    + x.place() + ": its mean " + Formats.times(x.factor()) + " its cell's median" + busy(x)).toList();
            b.append("**A JVM ran far from the others of its cell**: ").append(limit(named))
                    .append(". Separate JVMs of the same code do differ (each compiles it anew), so it stays in the"
                            + " figures; the intervals it enters are wider for it, and a control it enters may not be"
                            + " confirmed. Rerun before quoting those rows.\n\n");
        }
        t.kernelControl().filter(KernelControl::failed).ifPresent(k -> b.append("**The clean-kernel control failed**: ")
                .append(kernelClaim(k)).append(", ").append(kernelFailure(k)).append("\n\n"));
        List<SequentialControl.Check> failed = t.failedControls();
        if (!failed.isEmpty()) {
            Band band = SequentialControl.band();
            List<String> named = new ArrayList<>();
            boolean probed = false;
            for (SequentialControl.Check c : failed) {
                String drift = DriftText.suffix(t.drift(), c.workload().key().module(), c.cores());
                probed |= !drift.isEmpty();
                named.add(escape(c.workload().key().module() + " " + Findings.label(c.workload())) + ": sequential "
                        + Formats.times(c.speedup()) + " from " + Scaling.baseCores(c.workload()) + " to "
                        + Formats.cores(c.cores()) + drift);
            }
            b.append("**The sequential control failed**, evidence that the machine disturbed the run: ")
                    .append(limit(named)).append(". Sequential code cannot use more cores, so its speedup must stay within ")
                    .append(Formats.sig(band.low())).append("\u2013").append(Formats.sig(band.high()))
                    .append("; something else changed between the cells (other activity, steal time, drift).")
                    .append(probed ? " The speed probe's figure is how much faster the machine itself computed in the second cell"
                            + " (see Drift under How far to trust)." : "")
                    .append(" Those workloads' speedups at those core counts are suspect (flag `control-failed`).\n\n");
        }
        return b.toString();
    }

    /**
     * The bold headline of each paragraph {@link #opening} writes ("This run was disturbed by other
     * activity on the machine", "The machine's speed was unsteady through this run"), in its order;
     * empty when the report opens with none.
     */
    public static List<String> headlines(Trust t, List<Workload> workloads) {
        return HEADLINE.matcher(opening(t, workloads)).results().map(m -> m.group(1)).toList();
    }

    /**
     * What the CPUs a stray JVM kept busy say (CPU time over wall time, {@code StrayForks.Stray#busy}):
     * " (it kept 1.55 CPUs busy where its cell's JVMs kept 1.98: it left part of its CPUs idle)", or
     * that it kept as many busy as the others (the same work ran slower on them), or more (threads
     * that spun, or a JIT still compiling); empty where the bundle did not record it.
     */
    static String busy(StrayForks.Stray x) {
        if (x.busy().isEmpty() || x.cellBusy().isEmpty()) {
            return "";
        }
        double own = x.busy().getAsDouble();
        double cell = x.cellBusy().getAsDouble();
        String figures = String.format(java.util.Locale.ROOT, "%.2f CPUs busy where its cell's JVMs kept %.2f", own, cell);
        if (cell - own >= BUSY_DIFFERENCE && own < cell * (1 - BUSY_SHARE)) {
            return " (it kept " + figures + ": it left part of its CPUs idle)";
        }
        if (own - cell >= BUSY_DIFFERENCE && own > cell * (1 + BUSY_SHARE)) {
            return " (it kept " + figures + ": something in it used CPU time the others did not)";
        }
        return " (it kept " + figures + ": as many, so the same work ran slower on them)";
    }

    /**
     * "the parallel speedups of bench-cpu between 1 and 2 cores (12 rows in 4 workloads); the
     * concurrency gains of bench-io at 1 core (2 rows in 1 workload)".
     */
    private static String touched(Trust t, List<Workload> workloads) {
        Map<String, TreeSet<String>> pairs = new LinkedHashMap<>();
        Map<String, Integer> rows = new LinkedHashMap<>();
        Map<String, Integer> inWorkloads = new LinkedHashMap<>();
        Map<String, TreeSet<Integer>> gainCores = new LinkedHashMap<>();
        Map<String, Integer> gainRows = new LinkedHashMap<>();
        Map<String, Integer> gainWorkloads = new LinkedHashMap<>();
        int figures = 0;
        int figureWorkloads = 0;
        for (Workload w : workloads) {
            int base = Scaling.baseCores(w);
            String module = w.key().module();
            boolean any = false;
            boolean anyGain = false;
            int before = figures;
            for (int k : w.coreCounts()) {
                boolean baseline = t.measuredDisturbed(w, Workload.SEQUENTIAL, k);
                for (String s : w.strategies()) {
                    boolean disturbed = t.flags(w, s, k).contains(Trust.Flag.DISTURBED);
                    if (t.scales(w) && !s.equals(Workload.SEQUENTIAL) && (t.measuredDisturbed(w, s, k) || baseline)
                            && Scaling.gain(w, s, k).isPresent()) {
                        gainCores.computeIfAbsent(module, m -> new TreeSet<>()).add(k);
                        gainRows.merge(module, 1, Integer::sum);
                        anyGain = true;
                    }
                    if (!disturbed) {
                        continue;
                    }
                    if (!t.scales(w)) {
                        figures += w.cell(s, k).isPresent() ? 1 : 0;
                    } else if (k != base && Scaling.speedup(w, s, k).isPresent()) {
                        pairs.computeIfAbsent(module, m -> new TreeSet<>()).add(base + " and " + k);
                        rows.merge(module, 1, Integer::sum);
                        any = true;
                    }
                }
            }
            if (any) {
                inWorkloads.merge(module, 1, Integer::sum);
            }
            if (anyGain) {
                gainWorkloads.merge(module, 1, Integer::sum);
            }
            figureWorkloads += figures > before ? 1 : 0;
        }
        List<String> parts = new ArrayList<>();
        pairs.forEach((m, p) -> parts.add("the parallel speedups of " + escape(m) + " between "
                + String.join(", ", p) + " cores " + rowsIn(rows.get(m), inWorkloads.get(m))));
        gainCores.forEach((m, k) -> parts.add("the concurrency gains of " + escape(m) + " at "
                + k.stream().map(String::valueOf).collect(Collectors.joining(", "))
                + (k.size() == 1 && k.first() == 1 ? " core " : " cores ") + rowsIn(gainRows.get(m), gainWorkloads.get(m))));
        if (figures > 0) {
            parts.add(figures + (figures == 1 ? " figure" : " figures") + " without a speedup (latencies, costs or"
                    + " counts; " + figureWorkloads + " workload" + (figureWorkloads == 1 ? "" : "s") + ")");
        }
        if (parts.isEmpty()) {
            return "no parallel speedup in this report (no other core count of those modules was measured)";
        }
        return String.join("; ", parts);
    }

    /** "(1 row in 1 workload)", "(12 rows in 4 workloads)". */
    private static String rowsIn(int rows, int workloads) {
        return "(" + rows + (rows == 1 ? " row in " : " rows in ") + workloads + " workload" + (workloads == 1 ? "" : "s")
                + ")";
    }

    /** "## How far to trust these numbers". */
    public static String render(Trust t) {
        StringBuilder b = new StringBuilder("## How far to trust these numbers\n\n");
        b.append("- **Intervals**: 95% intervals from a hierarchical bootstrap over forks/rounds then iterations"
                + " (Kalibera and Jones), computed from JMH's raw data; n = forks \u00d7 iterations per cell: ")
                .append(sizes(t)).append(". Speedups and gains are resampled from both sides' own iterations, and"
                        + " where both sides were measured in the same three or more rounds (alternating core"
                        + " counts), round by round, so that what slowed both sides of a round cancels; a ratio"
                        + " whose interval includes 1 shows no measurable difference. JMH's own 99.9% half-widths stay"
                        + " in the JMH JSON (cores-&lt;k&gt;/\\*.json); this report does not show them.");
        if (t.sampleSizes().keySet().stream().anyMatch(s -> s.startsWith("1 "))) {
            b.append(" With one fork an interval sees only that JVM's iterations, not how much separate JVMs differ,"
                    + " and may be too narrow.");
        }
        b.append("\n- **Other activity**: ").append(load(t.disturbance())).append('\n');
        DriftText.bullet(t.drift()).ifPresent(d -> b.append("- **Drift**: ").append(d).append('\n'));
        b.append("- **Control**: ").append(control(t)).append('\n');
        b.append("- **Measurement floor**: ").append(floor(t.floor())).append('\n');
        b.append("- **Steady state**: ").append(steady(t)).append('\n');
        if (!t.superlinear().isEmpty()) {
            List<String> named = t.superlinear().stream().map(s -> escape(s.workload().key().module() + " "
                    + Findings.label(s.workload()) + " " + s.strategy()) + " " + Formats.times(s.speedup()) + " on "
                    + Formats.cores(s.cores())).toList();
            b.append("- **Superlinear** (flag `superlinear`): ").append(limit(named))
                    .append(". More than k\u00d7 on k cores is more than the cores can give: usually the 1-core side was"
                            + " slowed (something shared its one core, such as a client and its server, or warm-up had"
                            + " not finished), sometimes data that fit in the caches only once split.\n");
        }
        return b.append('\n').toString();
    }

    private static String sizes(Trust t) {
        if (t.sampleSizes().isEmpty()) {
            return "no measured cells";
        }
        return t.sampleSizes().entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> e.getKey() + " in " + e.getValue() + " cell" + (e.getValue() == 1 ? "" : "s"))
                .collect(Collectors.joining(", "));
    }

    /**
     * One cause of disturbance, said once: "{lead} {worst}{tail}: cell (figure), cell (figure)",
     * over the cells it hit; empty when it hit none.
     */
    private static Optional<String> cause(Disturbance d, Predicate<Disturbance.Hit> hit,
                                          Function<Disturbance.Hit, String> figure, String lead, String tail,
                                          ToDoubleFunction<Disturbance.Hit> value) {
        List<Disturbance.Hit> hits = d.hits().stream().filter(hit).toList();
        if (hits.isEmpty()) {
            return Optional.empty();
        }
        Disturbance.Hit worst = hits.stream().max(Comparator.comparingDouble(value)).orElseThrow();
        return Optional.of(lead + " " + figure.apply(worst) + tail + ": " + hits.stream()
                .map(h -> escape(Trust.cell(h.module(), h.cores())) + " (" + figure.apply(h) + ")")
                .collect(Collectors.joining(", ")));
    }

    private static String load(Disturbance d) {
        if (!d.recorded()) {
            return "no disturbance record: run.json holds no load samples (a version-1 bundle, plain JMH JSON, or a"
                    + " machine without /proc), so whether anything else ran during the cells is unknown.";
        }
        String other = Formats.sig(Disturbance.OTHER_PERCENT) + "% of the pinned CPUs";
        String steal = Formats.sig(Disturbance.STEAL_PERCENT) + "%";
        String probe = d.probed() == 0 ? "" : ", nor a pinned CPU computing more than " + Formats.times(Disturbance.SLOWDOWN)
                + " slower than at full speed in any 5 seconds (a fixed computation timed on each CPU once a second)";
        String unsampled = d.unsampled().isEmpty() ? ""
                : " " + d.unsampled().size() + " invocation(s) have no load record, so their cells are unchecked: "
                + limit(d.unsampled().stream().distinct().map(MarkdownText::escape).toList()) + ".";
        String after = unsampled + spells(d.setAside());
        if (!d.any()) {
            boolean cleaned = d.setAside().setAside() > 0 || d.setAside().replaced() > 0;
            return "no other activity above " + other + " (nor steal above " + steal + probe + ") "
                    + (cleaned ? "is left in the figures of any " : "was recorded during any ")
                    + (d.unsampled().isEmpty() ? "cell" : "sampled invocation") + " (" + d.sampled()
                    + " invocation(s) sampled)." + after;
        }
        return d.hits().size() + " cell(s) ran while other activity used more than " + other + " for a second or more, or"
                + " steal exceeded " + steal + (d.probed() == 0 ? "" : ", or a pinned CPU computed more than "
                + Formats.times(Disturbance.SLOWDOWN) + " slower than at full speed") + " (see the top)." + after;
    }

    /** What was done about the slow spells: results measured again, iterations set aside ("" when nothing). */
    private static String spells(SpellCheck aside) {
        String out = "";
        if (aside.replaced() > 0) {
            out += " " + aside.replaced() + " result(s) measured while " + spell() + " were measured again in an"
                    + " extra round and replaced.";
        }
        if (aside.setAside() > 0) {
            out += " " + aside.setAside() + " iteration(s) in " + aside.rows() + " result(s) ran while " + spell()
                    + " (the speed probe's and /proc's spells, matched to each iteration's start and end) and were set"
                    + " aside; each fork kept at"
                    + " least " + SpellCheck.MIN_KEPT + " iterations, so those figures and their intervals rest on the rest.";
        }
        return out;
    }

    /** "a pinned CPU computed more than 1.25× slower than at full speed, or other processes used more than 10% of it". */
    private static String spell() {
        return "a pinned CPU computed more than " + Formats.times(Disturbance.SLOWDOWN) + " slower than at full speed,"
                + " or other processes used more than " + Formats.sig(Disturbance.OTHER_PERCENT) + "% of the pinned CPUs";
    }

    private static String control(Trust t) {
        Band band = SequentialControl.band();
        String rule = "`sequential` computation must not speed up with cores (speedup within " + Formats.sig(band.low())
                + "\u2013" + Formats.sig(band.high()) + "; waiting work is no control, as a second core serves the kernel's"
                + " and the JVM's work it waits on)";
        int all = t.controls().size();
        if (all == 0) {
            return rule + ": no sequential speedup of computing work with an interval to check (one core count, too few"
                    + " iterations, or only waiting work).";
        }
        int failed = t.failedControls().size();
        List<SequentialControl.Check> unconfirmed = t.unconfirmedControls();
        String text = rule + ": held in " + (all - failed - unconfirmed.size()) + " of " + all + " comparison(s)";
        if (failed > 0) {
            text += ", failed in " + failed + " (see the top)";
        }
        if (!unconfirmed.isEmpty()) {
            text += ", could not be confirmed in " + unconfirmed.size() + " (the interval reaches out of that range: "
                    + limit(unconfirmed.stream().map(c -> escape(c.workload().key().module() + " "
                    + Findings.label(c.workload())) + " " + Formats.times(c.speedup())).toList()) + ")";
        }
        return text + ". " + kernel(t);
    }

    /** The second control: the declared clean kernel must speed up about k-fold. */
    static String kernel(Trust t) {
        if (t.kernelControl().isEmpty()) {
            return "The second control, a clean parallel kernel that must speed up about k-fold, needs a declared"
                    + " CPU-bound example measured at 1 core and more, which this bundle does not have.";
        }
        KernelControl k = t.kernelControl().get();
        if (k.held()) {
            return kernelClaim(k) + ", held.";
        }
        if (k.failed()) {
            return kernelClaim(k) + ", **failed**: " + kernelFailure(k);
        }
        return kernelClaim(k) + ", could not be confirmed (its interval reaches out of that range).";
    }

    /** "The clean parallel kernel (FibBenchmark `platform-pool`) must reach 1.7–2.1× on 2 cores: 2.57× [...]". */
    private static String kernelClaim(KernelControl k) {
        return "The clean parallel kernel (" + escape(k.workload().key().shortBenchmark()) + " `"
                + escape(k.strategy()) + "`) must reach " + Formats.sig(k.band().low()) + "\u2013"
                + Formats.sig(k.band().high()) + "\u00d7 on " + Formats.cores(k.cores()) + ": "
                + Formats.times(k.speedup());
    }

    /** Why a failed kernel control means what it means. */
    private static String kernelFailure(KernelControl k) {
        return (k.tooFast() ? "faster than the cores can give, so the 1-core side was slowed (a busy or slower CPU"
                + " under it)" : "short of what the cores give, so the k-core side was slowed (other activity, steal"
                + " time)") + "; every speedup of this run is suspect.";
    }

    static String floor(MeasurementFloor f) {
        if (f.comparisons() == 0) {
            return "no parallel speedup with an interval (one core count, or too few iterations), so none stated.";
        }
        return "differences smaller than about " + Formats.smallPercent(f.typical()) + " cannot be told apart in this"
                + " run (the median half-width of its " + f.comparisons() + " speedup intervals, relative to the speedup;"
                + " the narrowest: " + Formats.smallPercent(f.best()) + ").";
    }

    private static String steady(Trust t) {
        List<String> parts = new ArrayList<>();
        if (t.unsettled().isEmpty()) {
            parts.add("no measured cell shows a trend across its iterations");
        } else {
            List<String> named = t.unsettled().stream().map(u -> escape(u.workload().key().module() + " "
                    + Findings.label(u.workload()) + " " + u.strategy()) + " at " + Formats.cores(u.cores())
                    + " (drift " + Formats.percent(u.trend().drift()) + ")").toList();
            parts.add(t.unsettled().size() + " cell(s) never settled (flag `not-settled`; their mean is not a"
                    + " steady-state score): " + limit(named));
        }
        if (t.tooFewIterations() > 0) {
            parts.add(t.tooFewIterations() + " of " + t.measuredCells() + " measured cells have too few iterations per"
                    + " fork for the trend test to tell (it needs 6 in one fork, 4 in each of 2, or 3 in each of 3), so"
                    + " their steady state is unchecked");
        }
        return String.join("; ", parts) + ".";
    }

    private static String limit(List<String> items) {
        if (items.size() <= NAMED) {
            return String.join("; ", items);
        }
        return String.join("; ", items.subList(0, NAMED)) + "; and " + (items.size() - NAMED) + " more";
    }
}
