package dev.cvp.report.load;

import dev.cvp.bundle.BusySpell;
import dev.cvp.bundle.SlowSpell;
import dev.cvp.bundle.jmh.JmhResult;
import dev.cvp.bundle.jmh.Metric;
import dev.cvp.report.analysis.Disturbance;
import dev.cvp.report.model.Estimate;
import dev.cvp.report.model.SpellCheck;
import dev.cvp.report.model.SpellResidue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Sets aside the iterations a slow spell or another program hit. The runner's speed probe records
 * when a pinned CPU computed slower than the run's full speed (run.json's {@code load.slowSpells}),
 * its load monitor when other processes used the pinned CPUs ({@code load.busySpells}), and every
 * fork records when each iteration ran (the {@code iterationStart} and {@code iterationEnd}
 * secondary metrics of {@code dev.cvp.support.IterationTimesProfiler}, on the same clock). An
 * iteration that overlapped a spell more than {@link Disturbance#SLOWDOWN}× slow, or a second in
 * which other processes used more than {@link Disturbance#OTHER_PERCENT}% of the pinned CPUs,
 * measured the machine's bad moment, not the strategy, so it leaves the figures, as long as its
 * fork keeps at least {@value SpellCheck#MIN_KEPT} iterations and the score is the mean of its
 * iterations (then the mean of the rest is exactly what JMH would have reported for them).
 * Otherwise every iteration stays and the spell counts against the cell
 * ({@link SpellCheck#residual()}), as before.
 *
 * <p>The choice depends only on the probe and {@code /proc}, which never see a score,
 * so it cannot favour a result; the report says how many iterations it set aside.
 */
final class SlowIterations {

    private static final String PREFIX = "\u00b7";
    private static final String START = "iterationStart";
    private static final String END = "iterationEnd";

    private SlowIterations() {
    }

    /** Whether a secondary metric is one of the iteration times (not a figure of the workload). */
    static boolean isTime(String name) {
        String n = name.startsWith(PREFIX) ? name.substring(PREFIX.length()) : name;
        return n.equals(START) || n.equals(END);
    }

    /**
     * The primary metric without the iterations a spell (slow or busy) hit, and what was done.
     *
     * @return null for the check when the result has no iteration times (nothing can be set aside)
     */
    static Applied apply(JmhResult r, List<SlowSpell> spells, List<BusySpell> busy) {
        Metric primary = r.primaryMetric();
        List<double[]> starts = times(r.secondaryMetrics(), START);
        List<double[]> ends = times(r.secondaryMetrics(), END);
        if (!aligned(primary.forks(), starts) || !aligned(primary.forks(), ends)) {
            return new Applied(primary, null);
        }
        List<SlowSpell> slow = spells.stream().filter(s -> s.slowdown() > Disturbance.SLOWDOWN).toList();
        List<BusySpell> busier = busy.stream().filter(s -> s.otherPercent() > Disturbance.OTHER_PERCENT).toList();
        boolean mean = new Estimate(primary.score(), primary.scoreUnit(), primary.forks()).meanOfIterations();
        List<double[]> kept = new ArrayList<>();
        int aside = 0;
        SpellResidue residual = SpellResidue.NONE;
        for (int f = 0; f < primary.forks().size(); f++) {
            double[] values = primary.forks().get(f);
            SpellResidue[] hit = new SpellResidue[values.length];
            int hits = 0;
            SpellResidue forkWorst = SpellResidue.NONE;
            for (int i = 0; i < values.length; i++) {
                hit[i] = worst(starts.get(f)[i], ends.get(f)[i], slow, busier);
                hits += hit[i].any() ? 1 : 0;
                forkWorst = forkWorst.max(hit[i]);
            }
            if (hits > 0 && mean && values.length - hits >= SpellCheck.MIN_KEPT) {
                double[] rest = new double[values.length - hits];
                for (int i = 0, j = 0; i < values.length; i++) {
                    if (!hit[i].any()) {
                        rest[j++] = values[i];
                    }
                }
                kept.add(rest);
                aside += hits;
            } else {
                kept.add(values);
                residual = residual.max(forkWorst);
            }
        }
        if (aside == 0) {
            return new Applied(primary, new SpellCheck(0, 0, residual, 0));
        }
        double score = kept.stream().flatMapToDouble(Arrays::stream).average().orElse(Double.NaN);
        return new Applied(new Metric(score, Double.NaN, primary.scoreUnit(), kept), new SpellCheck(aside, 1, residual, 0));
    }

    /** The worst spells above the report's limits that overlapped the iteration from {@code start} to {@code end}. */
    private static SpellResidue worst(double start, double end, List<SlowSpell> slow, List<BusySpell> busy) {
        double slowdown = 0;
        double other = 0;
        for (SlowSpell s : slow) {
            if (s.overlaps(start, end)) {
                slowdown = Math.max(slowdown, s.slowdown());
            }
        }
        for (BusySpell s : busy) {
            if (s.overlaps(start, end)) {
                other = Math.max(other, s.otherPercent());
            }
        }
        return new SpellResidue(slowdown, other);
    }

    /** The primary metric to use, and the check (null when the result carries no iteration times). */
    record Applied(Metric primary, SpellCheck check) {
    }

    private static List<double[]> times(Map<String, Metric> secondary, String name) {
        Metric m = secondary.get(PREFIX + name);
        if (m == null) {
            m = secondary.get(name);
        }
        return m == null ? List.of() : m.forks();
    }

    private static boolean aligned(List<double[]> values, List<double[]> times) {
        if (values.isEmpty() || values.size() != times.size()) {
            return false;
        }
        for (int f = 0; f < values.size(); f++) {
            if (values.get(f).length != times.get(f).length) {
                return false;
            }
        }
        return true;
    }
}
