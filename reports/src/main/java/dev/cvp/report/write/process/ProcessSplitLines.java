package dev.cvp.report.write.process;

import static dev.cvp.report.write.MarkdownText.escape;
import static dev.cvp.report.write.process.ProcessCells.top;

import dev.cvp.report.metrics.Ratio;
import dev.cvp.report.metrics.Scaling;
import dev.cvp.report.model.Workload;
import dev.cvp.report.write.Formats;
import java.util.List;
import java.util.Optional;

/**
 * CPU work across processes: process-pool beside platform-pool, the target the module notes state, and whether a JVM
 * per task pays.
 */
public final class ProcessSplitLines {

    private ProcessSplitLines() {
    }

    static final double POOL_TARGET = 1.7;

    public static String render(List<Workload> workloads) {
        StringBuilder b = new StringBuilder();
        for (Workload w : workloads) {
            if (!w.key().shortBenchmark().equals("ProcessSplitBenchmark")) {
                continue;
            }
            int k = top(w);
            String kernel = w.key().param("kernel");
            Optional<Ratio> pool = Scaling.speedup(w, "process-pool", k);
            Optional<Ratio> threads = Scaling.speedup(w, "platform-pool", k);
            if (pool.isPresent() && k > Scaling.baseCores(w)) {
                b.append("- ").append(escape(kernel)).append(": process-pool ").append(Formats.times(pool.get().value()))
                        .append(" on ").append(Formats.cores(k)).append(threads.map(r -> " beside platform-pool's "
                                + Formats.times(r.value())).orElse(""));
                if ("fib".equals(kernel) && k == 2) {
                    b.append(" (target \u2265 ").append(POOL_TARGET).append(": ")
                            .append(pool.get().value() >= POOL_TARGET ? "reached" : "not reached").append(')');
                }
                b.append('\n');
            }
            Scaling.gain(w, "process-per-task", k).ifPresent(g -> b.append("- ").append(escape(kernel))
                    .append(": process-per-task ").append(Formats.times(g)).append(" vs sequential on ")
                    .append(Formats.cores(k)).append(g.noMeasurableDifference()
                            ? ": no measurable difference: a JVM start per task costs about what it saves"
                            : g.value() < 1 ? ": a JVM start per task costs more than the task"
                            : ": the tasks are large enough to pay for a JVM start each").append('\n'));
        }
        return b.isEmpty() ? "" : "CPU work across processes (" + "speedups at the largest core count):\n\n" + b + "\n";
    }
}
