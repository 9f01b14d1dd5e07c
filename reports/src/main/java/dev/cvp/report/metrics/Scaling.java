package dev.cvp.report.metrics;

import dev.cvp.report.model.Cell;
import dev.cvp.report.model.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The three figures of DESIGN.md for one cell of a workload:
 * <ul>
 *   <li>concurrency gain = score(sequential) / score(strategy) at the same core count,</li>
 *   <li>parallel speedup = score(strategy, base cores) / score(strategy, k cores),</li>
 *   <li>efficiency = speedup / (k / base cores),</li>
 * </ul>
 * inverted for throughput so that above 1 is always better. The base is 1 core when measured,
 * otherwise the workload's smallest core count. Each ratio carries its own 95% interval,
 * resampled from the two cells' raw data ({@link Resampling}); against an extrapolated figure
 * there is none.
 */
public final class Scaling {

    private Scaling() {
    }

    /** Concurrency gain with its interval; kept on the workload once computed. */
    public static Optional<Ratio> gain(Workload w, String strategy, int cores) {
        return w.derived("gain|" + strategy + "|" + cores, () -> computeGain(w, strategy, cores));
    }

    private static Optional<Ratio> computeGain(Workload w, String strategy, int cores) {
        if (strategy.equals(Workload.SEQUENTIAL)) {
            return w.cell(strategy, cores).map(c -> Ratio.ONE);
        }
        Optional<Cell> seq = w.cell(Workload.SEQUENTIAL, cores);
        Optional<Cell> cell = w.cell(strategy, cores);
        if (seq.isEmpty() || cell.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Resampling.improvement(Resampling.of(w), w.mode(), seq.get().estimate(),
                cell.get().estimate()));
    }

    /** The core count speedups are relative to: the workload's smallest. */
    public static int baseCores(Workload w) {
        List<Integer> cores = w.coreCounts();
        return cores.isEmpty() ? 1 : cores.get(0);
    }

    /** Parallel speedup with its interval, from measured figures only; kept on the workload once computed. */
    public static Optional<Ratio> speedup(Workload w, String strategy, int cores) {
        return w.derived("speedup|" + strategy + "|" + cores, () -> computeSpeedup(w, strategy, cores));
    }

    private static Optional<Ratio> computeSpeedup(Workload w, String strategy, int cores) {
        int base = baseCores(w);
        Optional<Cell> first = w.cell(strategy, base);
        Optional<Cell> cell = w.cell(strategy, cores);
        if (first.isEmpty() || cell.isEmpty() || first.get().extrapolated() || cell.get().extrapolated()) {
            return Optional.empty(); // parallel speedups use measured figures only
        }
        if (cores == base) {
            return Optional.of(Ratio.ONE);
        }
        return Optional.of(Resampling.improvement(Resampling.of(w), w.mode(), first.get().estimate(),
                cell.get().estimate()));
    }

    public static Optional<Ratio> efficiency(Workload w, String strategy, int cores) {
        double ideal = idealSpeedup(w, cores);
        return speedup(w, strategy, cores).map(s -> s.dividedBy(ideal));
    }

    /** Every measured speedup of one strategy beyond the base core count, for the model fits. */
    public static List<ScalingPoint> points(Workload w, String strategy) {
        List<ScalingPoint> out = new ArrayList<>();
        int base = baseCores(w);
        for (int k : w.coreCounts()) {
            if (k > base) {
                speedup(w, strategy, k).ifPresent(r -> out.add(new ScalingPoint((double) k / base, r)));
            }
        }
        return out;
    }

    /** The ideal speedup at k cores relative to the base: k / base. */
    public static double idealSpeedup(Workload w, int cores) {
        return (double) cores / baseCores(w);
    }
}
