package dev.cvp.report.analysis;

import dev.cvp.report.metrics.LittlesLaw;
import dev.cvp.report.metrics.Ratio;
import dev.cvp.report.metrics.Scaling;
import dev.cvp.report.model.Cell;
import dev.cvp.report.model.Workload;
import dev.cvp.report.model.WorkloadKey;
import dev.cvp.report.write.Formats;
import java.util.List;
import java.util.Optional;

/**
 * Findings for I/O workloads (docs/modules/bench-io.md): the best strategy at the fewest cores
 * against sequential and against Little's law, what more cores add, the CPU per task and the
 * knee where waiting stops being the limit. Text is unescaped.
 */
public final class IoFindings {

    /** At or above this fraction of its ideal a strategy is wait-bound, below it CPU-bound. */
    public static final double WAIT_BOUND = 0.5;
    /** At or above this parallel speedup, more cores help: the work is CPU-bound past the knee. */
    static final double CORES_HELP = 1.3;

    private IoFindings() {
    }

    /** "SleepBenchmark latencyMs=10": the workload without its task count. */
    public static String family(WorkloadKey key) {
        WorkloadKey f = key.without("tasks");
        return f.shortBenchmark() + (f.paramsText().isEmpty() ? "" : " " + f.paramsText());
    }

    /** The strategy with the lowest time at k cores, sequential excluded. */
    public static Optional<String> best(Workload w, int k) {
        String best = null;
        double gain = 0;
        for (String s : w.strategies()) {
            Optional<Ratio> g = Scaling.gain(w, s, k);
            if (!s.equals(Workload.SEQUENTIAL) && g.isPresent() && g.get().value() > gain) {
                gain = g.get().value();
                best = s;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * "SleepBenchmark latencyMs=10, 10000 tasks, 1 core: event-loop 7700× faster than sequential
     * (extrapolated), 76% of ideal; a second core: 1.02×. Concurrency, not parallelism, is what helps."
     */
    public static String of(Workload w) {
        List<Integer> cores = w.coreCounts();
        int base = cores.get(0);
        int top = cores.get(cores.size() - 1);
        String head = family(w.key()) + ", " + TaskFamilies.tasks(w) + " tasks, " + Formats.cores(base) + ": ";
        Optional<String> best = best(w, base);
        if (best.isEmpty()) {
            return head + "no strategy to compare with sequential";
        }
        String s = best.get();
        Ratio gain = Scaling.gain(w, s, base).orElseThrow();
        boolean extrapolated = w.cell(Workload.SEQUENTIAL, base).map(Cell::extrapolated).orElse(false)
                || w.cell(s, base).map(Cell::extrapolated).orElse(false);
        StringBuilder b = new StringBuilder(head);
        if (gain.noMeasurableDifference()) {
            b.append("no measurable difference between ").append(s).append(" and sequential (")
                    .append(Formats.times(gain)).append(')');
        } else {
            b.append(s).append(' ').append(extrapolated ? Formats.times(gain.value()) : Formats.times(gain))
                    .append(gain.value() >= 1 ? " faster than sequential" : " the speed of sequential")
                    .append(extrapolated ? " (extrapolated: no interval)" : "");
        }
        LittlesLaw.fractionOfIdeal(w, s, base).ifPresent(f -> b.append(", ").append(Formats.percent(f)).append(" of ideal"));
        Optional<Ratio> more = top > base ? Scaling.speedup(w, s, top) : Optional.empty();
        if (more.isPresent()) {
            Ratio m = more.get();
            boolean flat = m.value() < CORES_HELP || m.noMeasurableDifference();
            b.append("; ").append(top == 2 && base == 1 ? "a second core" : Formats.cores(top)).append(": ")
                    .append(m.noMeasurableDifference() ? "no measurable speedup (" + Formats.times(m) + ")"
                            : Formats.times(m)).append(". ")
                    .append(flat ? "Concurrency, not parallelism, is what helps."
                            : "Past the knee the work is CPU-bound: a second core helps too.");
        } else {
            b.append('.');
        }
        return b.toString();
    }

    /**
     * The knee of one strategy at the fewest cores, from the largest measured task count T:
     * CPU per task c = (time - ideal) / T, knee = L / c tasks in flight.
     */
    public static Optional<String> knee(List<Workload> family, String strategy, int base) {
        for (int i = family.size() - 1; i >= 0; i--) {
            Workload w = family.get(i);
            Optional<Cell> c = w.cell(strategy, base).filter(x -> !x.extrapolated());
            Optional<Double> ms = c.flatMap(x -> LittlesLaw.measuredMs(w, x));
            Optional<Double> ideal = LittlesLaw.idealMs(w, strategy, base);
            Optional<Double> latency = LittlesLaw.latencyMs(w, base);
            if (ms.isEmpty() || ideal.isEmpty() || latency.isEmpty()) {
                continue;
            }
            long tasks = TaskFamilies.tasks(w);
            double cpuMs = (ms.get() - ideal.get()) / tasks;
            if (cpuMs <= 0) {
                return Optional.of(strategy + ", " + Formats.cores(base) + ": no measurable CPU per task at " + tasks
                        + " tasks; waiting sets the time");
            }
            int top = w.coreCounts().get(w.coreCounts().size() - 1);
            String cores = top > base ? Scaling.speedup(w, strategy, top)
                    .map(r -> "; at " + Formats.cores(top) + ": " + Formats.times(r)).orElse("") : "";
            return Optional.of(strategy + ", " + Formats.cores(base) + ": about " + Formats.sig(cpuMs * 1000)
                    + " \u00b5s of CPU per task (at " + tasks + " tasks), so beyond ~" + Formats.sig(latency.get() / cpuMs)
                    + " tasks in flight the core, not the " + Formats.sig(latency.get()) + " ms wait, sets the time"
                    + cores);
        }
        return Optional.empty();
    }
}
