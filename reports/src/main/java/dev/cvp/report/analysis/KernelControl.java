package dev.cvp.report.analysis;

import dev.cvp.bundle.declare.Example;
import dev.cvp.bundle.declare.Role;
import dev.cvp.report.metrics.Ratio;
import dev.cvp.report.metrics.Scaling;
import dev.cvp.report.model.Meanings;
import dev.cvp.report.model.Workload;
import dev.cvp.report.stats.Band;
import dev.cvp.report.stats.Controls;
import java.util.List;
import java.util.Optional;

/**
 * The second control (DESIGN.md, "Trust"): a clean, perfectly parallel kernel must speed up about
 * k-fold on k cores. The kernel is the declared CPU-bound example with its headline parallel
 * strategy; it fails when its whole 95% interval lies outside [k (1 - 15%), k (1 + 5%)]: below,
 * the k-core side was slowed; above, the 1-core side was.
 */
public record KernelControl(Workload workload, String strategy, int cores, Ratio speedup, Band band, Band.Fit fit) {

    /** The check at the most cores, when the bundle declares a CPU-bound example measured at 1 core and more. */
    public static Optional<KernelControl> of(List<Workload> workloads, Meanings meanings) {
        Optional<Workload> w = meanings.example(workloads, Example.CPU_BOUND);
        if (w.isEmpty() || w.get().coreCounts().size() < 2 || Scaling.baseCores(w.get()) != 1) {
            return Optional.empty();
        }
        Optional<String> s = meanings.headline(w.get(), Role.PARALLEL);
        List<Integer> cores = w.get().coreCounts();
        int k = cores.get(cores.size() - 1);
        Optional<Ratio> r = s.flatMap(x -> Scaling.speedup(w.get(), x, k)).filter(Ratio::hasInterval);
        if (r.isEmpty()) {
            return Optional.empty();
        }
        Band band = new Band(k * (1 - Controls.DEFAULT_KERNEL_SHORTFALL), k * (1 + Controls.DEFAULT_KERNEL_EXCESS));
        return Optional.of(new KernelControl(w.get(), s.get(), k, r.get(), band, band.fit(r.get().interval())));
    }

    public boolean failed() {
        return fit == Band.Fit.OUTSIDE;
    }

    public boolean held() {
        return fit == Band.Fit.INSIDE;
    }

    /** Above the band: faster than k cores can give, so the 1-core side was slowed. */
    public boolean tooFast() {
        return speedup.value() > band.high();
    }
}
