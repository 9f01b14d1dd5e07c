package dev.cvp.report.metrics;

import dev.cvp.report.model.Cell;
import dev.cvp.report.model.Workload;
import dev.cvp.report.stats.Interval;
import dev.cvp.report.stats.SteadyStateCheck;
import dev.cvp.report.stats.Trend;
import java.util.Optional;

/**
 * What one measured cell's own iterations say: its score's 95% interval, and whether its
 * iterations settled (no trend across them). Kept on the workload once computed. A derived
 * (extrapolated) cell has neither.
 */
public final class CellStats {

    private static final SteadyStateCheck STEADY = new SteadyStateCheck();

    private CellStats() {
    }

    /** The score's interval; empty without a measured cell; not sufficient with fewer than 2 iterations. */
    public static Optional<Interval> score(Workload w, String strategy, int cores) {
        return w.derived("score|" + strategy + "|" + cores, () -> measured(w, strategy, cores)
                .map(c -> Resampling.mean(Resampling.of(w), c.estimate())));
    }

    /** The trend of a measured cell's iterations (Mann-Kendall per fork, see {@link SteadyStateCheck}). */
    public static Optional<Trend> trend(Workload w, String strategy, int cores) {
        return w.derived("trend|" + strategy + "|" + cores, () -> measured(w, strategy, cores)
                .map(c -> STEADY.check(c.estimate().forks())));
    }

    private static Optional<Cell> measured(Workload w, String strategy, int cores) {
        return w.cell(strategy, cores).filter(c -> !c.extrapolated());
    }
}
