package dev.cvp.report.analysis;

import dev.cvp.report.metrics.Ratio;
import dev.cvp.report.metrics.Scaling;
import dev.cvp.report.model.Workload;
import java.util.List;
import java.util.Optional;

/**
 * Classifies from two figures: the concurrency gain at the smallest core count (G) and the
 * parallel speedup at the largest (S, ideal n = k_max / k_min).
 * <ul>
 *   <li>I/O-bound: G >= 2 and S <= 1.3 (overlap helps, cores do not);</li>
 *   <li>CPU-bound: G <= 1.5 and S >= 0.75 n;</li>
 *   <li>memory-bandwidth-bound: G <= 1.5 and 1.15 < S < 0.75 n (scales, then saturates);</li>
 *   <li>serialized: G <= 1.5 and S <= 1.15 (nothing helps);</li>
 * </ul>
 * anything else is unclassified, and so is a workload without a sequential baseline (start costs,
 * latencies: not a job split into tasks). A workload is classified by its best strategies (highest G,
 * highest S); one strategy by its own G and S, which is how a global lock shows up inside a
 * CPU-bound workload. A class that claims a figure helps (I/O-bound: the gain; CPU- and
 * memory-bandwidth-bound: the speedup) needs that figure's 95% interval to exclude 1: where it
 * includes 1 there is no measurable difference, and the workload stays unclassified.
 */
public final class Classifier {

    static final double IO_GAIN = 2.0;
    static final double NO_GAIN = 1.5;
    static final double IO_MAX_SPEEDUP = 1.3;
    static final double FLAT = 1.15;
    static final double SCALES = 0.75;

    /** The class with the two figures it was decided from (NaN where not measured). */
    public record Signature(WorkloadClass kind, double gain, String gainStrategy, int gainCores,
                            double speedup, String speedupStrategy, int speedupCores) {
    }

    private Classifier() {
    }

    public static Signature workload(Workload w) {
        List<Integer> cores = w.coreCounts();
        if (cores.isEmpty() || TaskFamilies.tasks(w) == 1 || !w.hasSequential()) {
            // one task per operation: nothing to overlap and nothing to split; no sequential: no baseline
            return new Signature(WorkloadClass.UNCLASSIFIED, Double.NaN, null, 0, Double.NaN, null, 0);
        }
        int base = cores.get(0);
        int top = cores.get(cores.size() - 1);
        String gs = null;
        double g = Double.NaN;
        Ratio gr = null;
        String ss = null;
        double s = Double.NaN;
        Ratio sr = null;
        for (String strategy : w.strategies()) {
            if (strategy.equals(Workload.SEQUENTIAL)) {
                continue;
            }
            Optional<Ratio> gain = Scaling.gain(w, strategy, base);
            if (gain.isPresent() && (gs == null || gain.get().value() > g)) {
                g = gain.get().value();
                gr = gain.get();
                gs = strategy;
            }
            Optional<Ratio> sp = top > base ? Scaling.speedup(w, strategy, top) : Optional.empty();
            if (sp.isPresent() && (ss == null || sp.get().value() > s)) {
                s = sp.get().value();
                sr = sp.get();
                ss = strategy;
            }
        }
        if (gs != null && g >= IO_GAIN && top > base) {
            // an I/O workload is judged by what more cores do for its best overlapping strategy
            Optional<Ratio> gsSpeed = Scaling.speedup(w, gs, top);
            if (gsSpeed.isPresent()) {
                s = gsSpeed.get().value();
                sr = gsSpeed.get();
                ss = gs;
            }
        }
        WorkloadClass kind = measurable(classify(g, s, Scaling.idealSpeedup(w, top)), gr, sr);
        return new Signature(kind, g, gs, base, s, ss, top);
    }

    /** One strategy's own signature within its workload. */
    public static Signature strategy(Workload w, String strategy) {
        List<Integer> cores = w.coreCounts();
        int base = cores.get(0);
        int top = cores.get(cores.size() - 1);
        Ratio gr = Scaling.gain(w, strategy, base).orElse(null);
        Ratio sr = top > base ? Scaling.speedup(w, strategy, top).orElse(null) : null;
        double g = gr == null ? Double.NaN : gr.value();
        double s = sr == null ? Double.NaN : sr.value();
        WorkloadClass kind = measurable(classify(g, s, Scaling.idealSpeedup(w, top)), gr, sr);
        return new Signature(kind, g, strategy, base, s, strategy, top);
    }

    /** The class, unless the figure it rests on shows no measurable difference (its interval includes 1). */
    static WorkloadClass measurable(WorkloadClass kind, Ratio gain, Ratio speedup) {
        Ratio decisive = switch (kind) {
            case IO_BOUND -> gain;
            case CPU_BOUND, MEMORY_BANDWIDTH_BOUND -> speedup;
            default -> null;
        };
        return decisive != null && decisive.noMeasurableDifference() ? WorkloadClass.UNCLASSIFIED : kind;
    }

    static WorkloadClass classify(double gain, double speedup, double ideal) {
        if (Double.isNaN(gain) && Double.isNaN(speedup)) {
            return WorkloadClass.UNCLASSIFIED;
        }
        if (gain >= IO_GAIN && (Double.isNaN(speedup) || speedup <= IO_MAX_SPEEDUP)) {
            return WorkloadClass.IO_BOUND;
        }
        if (Double.isNaN(speedup) || (!Double.isNaN(gain) && gain > NO_GAIN)) {
            return WorkloadClass.UNCLASSIFIED;
        }
        if (speedup >= SCALES * ideal) {
            return WorkloadClass.CPU_BOUND;
        }
        if (speedup > FLAT) {
            return WorkloadClass.MEMORY_BANDWIDTH_BOUND;
        }
        return WorkloadClass.SERIALIZED;
    }
}
