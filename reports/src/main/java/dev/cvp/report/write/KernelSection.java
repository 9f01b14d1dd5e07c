package dev.cvp.report.write;

import static dev.cvp.report.write.MarkdownText.escape;

import dev.cvp.report.metrics.Ratio;
import dev.cvp.report.metrics.Scaling;
import dev.cvp.report.model.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * bench-cpu's kernels side by side (docs/modules/bench-cpu.md): fib's speedups against the
 * targets that page states, triad's best speedup against fib's (memory bandwidth), primes' efficiency
 * against fib's (the tail of uneven tasks). All at the largest core count.
 */
public final class KernelSection {

    static final double SCALING_TARGET = 1.85;
    static final double FLAT_TARGET = 1.15;
    /** Triad "saturates" when its best speedup is below this share of fib's. */
    static final double SATURATES = 0.8;

    private KernelSection() {
    }

    public static String render(List<Workload> workloads) {
        Optional<Workload> fib = kernel(workloads, "fib");
        if (fib.isEmpty() || fib.get().coreCounts().size() < 2) {
            return "";
        }
        Workload f = fib.get();
        int k = top(f);
        List<String> lines = new ArrayList<>();
        lines.add(fibLine(f, k));
        kernel(workloads, "triad").ifPresent(t -> best(t, top(t)).ifPresent(tb -> best(f, k).ifPresent(fb -> {
            String verdict = tb.value() < SATURATES * fb.value()
                    ? "memory bandwidth, not cores, limits it"
                    : "it scaled like fib on this machine (one core cannot saturate its memory bus)";
            lines.add("triad: best " + Formats.times(tb.value()) + " on " + Formats.cores(top(t)) + " against fib's "
                    + Formats.times(fb.value()) + ": " + verdict);
        })));
        kernel(workloads, "primes").ifPresent(p -> {
            List<String> parts = new ArrayList<>();
            double gap = 0;
            for (String s : List.of("fork-join", "platform-pool")) {
                Optional<Ratio> pe = Scaling.efficiency(p, s, k);
                Optional<Ratio> fe = Scaling.efficiency(f, s, k);
                if (pe.isPresent() && fe.isPresent()) {
                    parts.add(s + " " + Formats.percent(pe.get().value()) + " (fib " + Formats.percent(fe.get().value()) + ")");
                    gap = Math.max(gap, fe.get().value() - pe.get().value());
                }
            }
            if (!parts.isEmpty()) {
                lines.add("primes efficiency on " + Formats.cores(k) + ": " + String.join(", ", parts) + ": "
                        + (gap > 0.05 ? "uneven tasks leave a tail" : "the uneven tasks left no visible tail here"));
            }
        });
        StringBuilder b = new StringBuilder("#### Parallelism across kernels\n\n");
        lines.forEach(l -> b.append("- ").append(escape(l)).append('\n'));
        return b.append('\n').toString();
    }

    private static String fibLine(Workload f, int k) {
        boolean targets = k == 2 && Scaling.baseCores(f) == 1;
        StringBuilder b = new StringBuilder("fib on " + Formats.cores(k) + ": ");
        b.append(group(f, k, List.of("platform-pool", "fork-join"), targets ? s -> s >= SCALING_TARGET : null,
                "\u2265 " + SCALING_TARGET));
        b.append("; ").append(group(f, k, List.of("gil", "cooperative"), targets ? s -> s <= FLAT_TARGET : null,
                "\u2264 " + FLAT_TARGET));
        b.append("; ").append(group(f, k, List.of("sequential"), targets ? s -> s >= 0.9 && s <= 1.1 : null,
                "0.9\u20131.1"));
        return b.toString();
    }

    private interface Target {
        boolean met(double speedup);
    }

    private static String group(Workload f, int k, List<String> strategies, Target target, String what) {
        List<String> parts = new ArrayList<>();
        boolean all = true;
        for (String s : strategies) {
            Optional<Ratio> r = Scaling.speedup(f, s, k);
            parts.add(s + " " + r.map(x -> Formats.times(x.value())).orElse("n/a"));
            all &= r.isPresent() && target != null && target.met(r.get().value());
        }
        return String.join(", ", parts) + (target == null ? "" : " (target " + what + ": " + (all ? "reached" : "not reached") + ")");
    }

    private static Optional<Ratio> best(Workload w, int k) {
        return w.strategies().stream().filter(s -> !s.equals(Workload.SEQUENTIAL))
                .map(s -> Scaling.speedup(w, s, k)).flatMap(Optional::stream)
                .max((a, b) -> Double.compare(a.value(), b.value()));
    }

    private static int top(Workload w) {
        return w.coreCounts().get(w.coreCounts().size() - 1);
    }

    /** FibBenchmark is kernel "fib"; the first such workload (by tasks) of the module. */
    static Optional<Workload> kernel(List<Workload> workloads, String name) {
        return workloads.stream().filter(w -> w.hasSequential()
                && w.key().shortBenchmark().toLowerCase(Locale.ROOT).equals(name + "benchmark")).findFirst();
    }
}
