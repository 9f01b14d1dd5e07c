package dev.cvp.report.load;

import dev.cvp.bundle.SlowSpell;
import dev.cvp.bundle.jmh.JmhResult;
import dev.cvp.bundle.jmh.Metric;
import dev.cvp.report.analysis.Disturbance;
import dev.cvp.report.model.Estimate;
import dev.cvp.report.model.SpellCheck;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Sets aside the iterations a slow spell hit. The runner's speed probe records when a pinned CPU
 * computed slower than the run's full speed (run.json's {@code load.slowSpells}), and every fork
 * records when each iteration ran (the {@code iterationStart} and {@code iterationEnd} secondary
 * metrics of {@code dev.cvp.support.IterationTimesProfiler}, on the same clock). An iteration that
 * overlapped a spell more than {@link Disturbance#SLOWDOWN}× slow measured the CPU's bad moment,
 * not the strategy, so it leaves the figures, as long as its fork keeps at least
 * {@value SpellCheck#MIN_KEPT} iterations and the score is the mean of its iterations (then the mean of the
 * rest is exactly what JMH would have reported for them). Otherwise every iteration stays and the
 * spell counts against the cell ({@link SpellCheck#residual()}), as before.
 *
 * <p>The choice depends only on the probe, which runs on its own thread and never sees a score,
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
     * The primary metric without the iterations a spell hit, and what was done.
     *
     * @return null for the check when the result has no iteration times (nothing can be set aside)
     */
    static Applied apply(JmhResult r, List<SlowSpell> spells) {
        Metric primary = r.primaryMetric();
        List<double[]> starts = times(r.secondaryMetrics(), START);
        List<double[]> ends = times(r.secondaryMetrics(), END);
        if (!aligned(primary.forks(), starts) || !aligned(primary.forks(), ends)) {
            return new Applied(primary, null);
        }
        List<SlowSpell> slow = spells.stream().filter(s -> s.slowdown() > Disturbance.SLOWDOWN).toList();
        boolean mean = new Estimate(primary.score(), primary.scoreUnit(), primary.forks()).meanOfIterations();
        List<double[]> kept = new ArrayList<>();
        int aside = 0;
        double residual = 0;
        for (int f = 0; f < primary.forks().size(); f++) {
            double[] values = primary.forks().get(f);
            double[] hit = new double[values.length];
            int hits = 0;
            for (int i = 0; i < values.length; i++) {
                for (SlowSpell s : slow) {
                    if (s.overlaps(starts.get(f)[i], ends.get(f)[i])) {
                        hit[i] = Math.max(hit[i], s.slowdown());
                    }
                }
                hits += hit[i] > 0 ? 1 : 0;
            }
            if (hits > 0 && mean && values.length - hits >= SpellCheck.MIN_KEPT) {
                double[] rest = new double[values.length - hits];
                for (int i = 0, j = 0; i < values.length; i++) {
                    if (hit[i] == 0) {
                        rest[j++] = values[i];
                    }
                }
                kept.add(rest);
                aside += hits;
            } else {
                kept.add(values);
                residual = Math.max(residual, Arrays.stream(hit).max().orElse(0));
            }
        }
        if (aside == 0) {
            return new Applied(primary, new SpellCheck(0, 0, residual, 0));
        }
        double score = kept.stream().flatMapToDouble(Arrays::stream).average().orElse(Double.NaN);
        return new Applied(new Metric(score, Double.NaN, primary.scoreUnit(), kept), new SpellCheck(aside, 1, residual, 0));
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
