package dev.cvp.report.analysis;

import dev.cvp.bundle.declare.Lesson;
import dev.cvp.report.metrics.Ratio;
import dev.cvp.report.metrics.Scaling;
import dev.cvp.report.model.Meanings;
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
 * <p>Only computing work is a control: the workloads whose declared lesson is
 * {@link Lesson#PARALLELISM} or {@link Lesson#PROCESSES} (the same computations split over
 * threads or processes), and undeclared ones, which cannot be told apart. A waiting
 * {@code sequential} (a timer, a socket, an fsync) does get faster with a second core where the
 * kernel's and the JVM's own work it waits on (I/O completions, a local server, the JIT) no
 * longer shares its one core: bench-io's file write, 4 KiB and an fsync, took 0.32 ms on 1 core
 * and 0.18 ms on 2 in a quiet run, every run, which said nothing about the machine.
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

    /** Whether the workload is computing work (see the class comment), whose sequential is a control. */
    public static boolean computes(Workload w, Meanings meanings) {
        return meanings.of(w).map(d -> d.lesson() == Lesson.PARALLELISM || d.lesson() == Lesson.PROCESSES)
                .orElse(true);
    }

    /** The band sequential's speedup must stay in. */
    public static Band band() {
        return CONTROLS.sequentialBand();
    }

    /**
     * True when a ratio's whole interval lies above the band: more than sequential code itself moves
     * between core counts, so more than a lock, one thread or computing work overlapped can explain.
     */
    public static boolean beyondBand(Ratio r) {
        return r.hasInterval() && r.low() > band().high();
    }

    /**
     * Every computing workload's sequential speedup at each core count above its base that has an
     * interval (see the class comment for which workloads compute).
     */
    public static List<Check> checks(List<Workload> workloads, Meanings meanings) {
        List<Check> out = new ArrayList<>();
        for (Workload w : workloads) {
            if (!computes(w, meanings)) {
                continue;
            }
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
