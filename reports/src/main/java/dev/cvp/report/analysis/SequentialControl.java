package dev.cvp.report.analysis;

import dev.cvp.report.metrics.Ratio;
import dev.cvp.report.metrics.Scaling;
import dev.cvp.report.model.Workload;
import dev.cvp.report.stats.Band;
import dev.cvp.report.stats.Controls;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The run's own control: {@code sequential} code (DESIGN.md's baseline, which every workload
 * has) cannot use a second core, so its parallel speedup must stay within
 * {@link Controls#DEFAULT_SEQUENTIAL_TOLERANCE ±10%} of 1. When its whole 95% interval lies
 * outside that band, something other than the code changed between the two cells (other
 * activity, steal time, drift): evidence that the run was disturbed, whatever the load record
 * says. An interval that reaches out of the band without lying wholly outside it cannot
 * confirm the control.
 *
 * <p>The second control, a clean parallel kernel that must speed up about k-fold, needs the
 * benchmarks' declarations (benchmarks.json) to know which kernel that is; it is not guessed
 * from class names.
 */
public final class SequentialControl {

    private static final Controls CONTROLS = new Controls();

    /** One workload's sequential speedup at one core count against its band. */
    public record Check(Workload workload, int cores, Ratio speedup, Band.Fit fit) {

        public boolean failed() {
            return fit == Band.Fit.OUTSIDE;
        }
    }

    private SequentialControl() {
    }

    /** The band sequential's speedup must stay in. */
    public static Band band() {
        return CONTROLS.sequentialBand();
    }

    /** Every workload's sequential speedup at each core count above its base that has an interval. */
    public static List<Check> checks(List<Workload> workloads) {
        List<Check> out = new ArrayList<>();
        for (Workload w : workloads) {
            int base = Scaling.baseCores(w);
            for (int k : w.coreCounts()) {
                if (k == base) {
                    continue;
                }
                Optional<Ratio> r = Scaling.speedup(w, Workload.SEQUENTIAL, k);
                if (r.isPresent() && r.get().hasInterval()) {
                    out.add(new Check(w, k, r.get(), CONTROLS.sequential(r.get().interval())));
                }
            }
        }
        return out;
    }
}
