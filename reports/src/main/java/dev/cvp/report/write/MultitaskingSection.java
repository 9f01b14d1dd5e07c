package dev.cvp.report.write;

import static dev.cvp.report.write.MarkdownText.escape;

import dev.cvp.report.load.TimeUnits;
import dev.cvp.report.metrics.CellStats;
import dev.cvp.report.model.Cell;
import dev.cvp.report.model.Estimate;
import dev.cvp.report.model.Workload;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Preemptive vs cooperative multitasking (bench-cpu, issue 5): per core count, the ticker's
 * lateness p50/p99/max (TickerLatenessBenchmark, SampleTime percentiles) beside the CPU tasks'
 * throughput as a share of sequential (TickerThroughputBenchmark), by scheduler and
 * granularity, then a finding computed from both.
 */
public final class MultitaskingSection {

    static final String LATENESS = "TickerLatenessBenchmark";
    static final String THROUGHPUT = "TickerThroughputBenchmark";

    private MultitaskingSection() {
    }

    public static String render(List<Workload> workloads) {
        List<Workload> late = of(workloads, LATENESS);
        if (late.isEmpty()) {
            return "";
        }
        List<Workload> thr = of(workloads, THROUGHPUT);
        Set<Integer> cores = new TreeSet<>();
        late.forEach(w -> cores.addAll(w.coreCounts()));
        Set<String> strategies = new TreeSet<>();
        late.forEach(w -> strategies.addAll(w.strategies()));
        thr.forEach(w -> strategies.addAll(w.strategies()));
        StringBuilder b = new StringBuilder("#### Preemptive vs cooperative multitasking\n\n");
        b.append("The ticker wants to run every 1 ms while CPU tasks keep the scheduler busy; lateness is how long"
                + " it waited. Throughput is the CPU tasks' speed as a share of sequential at the same granularity"
                + " (work units between yields).\n\n");
        for (int k : cores) {
            MarkdownTable t = new MarkdownTable(List.of("strategy", "granularity (\u00b5s)", "lateness p50",
                    "lateness p99", "lateness max", "throughput (ms/op)", "throughput kept"));
            for (String s : strategies) {
                for (Workload w : joined(late, thr)) {
                    Optional<Cell> l = find(late, w, s, k);
                    Optional<Cell> c = find(thr, w, s, k);
                    if (l.isEmpty() && c.isEmpty()) {
                        continue;
                    }
                    Workload tw = match(thr, w);
                    t.row(List.of(escape(s), escape(w.key().param("granularity")),
                            l.map(x -> lateness(x, "p0.50")).orElse("n/a"), l.map(x -> lateness(x, "p0.99")).orElse("n/a"),
                            l.map(x -> lateness(x, "p1.00")).orElse("n/a"),
                            c.map(x -> Formats.score(x.score(), CellStats.score(tw, s, k).orElse(null)) + " "
                                    + escape(tw.unit()))
                                    .orElse("\u2014"),
                            throughput(thr, w, s, k).map(Formats::percent).orElse("n/a")));
                }
            }
            b.append(Formats.cores(k)).append(":\n\n").append(t.render()).append('\n');
        }
        int k = cores.iterator().next();
        b.append("Finding (").append(Formats.cores(k)).append("): ").append(escape(finding(late, thr, strategies, k)))
                .append("\n\n");
        b.append("For asyncio-style code this means: a coroutine that computes or blocks for 10 ms without an `await`"
                + " is a 10 ms slice; every other task on the loop, the latency-sensitive one included, waits that long."
                + " One blocking call stalls the whole loop.\n\n");
        return b.toString();
    }

    /** One workload per granularity (params), from either benchmark, in granularity order. */
    private static List<Workload> joined(List<Workload> late, List<Workload> thr) {
        List<Workload> out = new ArrayList<>(late);
        for (Workload w : thr) {
            if (late.stream().noneMatch(l -> l.key().params().equals(w.key().params()))) {
                out.add(w);
            }
        }
        out.sort(Comparator.comparingLong(MultitaskingSection::granularity));
        return out;
    }

    private static Workload match(List<Workload> in, Workload like) {
        return in.stream().filter(w -> w.key().params().equals(like.key().params())).findFirst().orElse(like);
    }

    private static Optional<Cell> find(List<Workload> in, Workload like, String s, int k) {
        return in.stream().filter(w -> w.key().params().equals(like.key().params())).findFirst()
                .flatMap(w -> w.cell(s, k));
    }

    /** µs below 1000, ms above. */
    private static String lateness(Cell c, String p) {
        return percentileMs(c, p).map(ms -> ms < 1 ? Formats.sig(ms * 1000) + " \u00b5s" : Formats.sig(ms) + " ms")
                .orElse("n/a");
    }

    private static List<Workload> of(List<Workload> workloads, String cls) {
        return workloads.stream().filter(w -> w.key().shortBenchmark().equals(cls))
                .sorted(Comparator.comparingLong(MultitaskingSection::granularity)).toList();
    }

    static long granularity(Workload w) {
        try {
            return Long.parseLong(w.key().param("granularity").trim());
        } catch (RuntimeException e) {
            return Long.MAX_VALUE;
        }
    }

    /** A lateness percentile in ms (from the SampleTime secondary metric, in the workload's unit). */
    private static Optional<Double> percentileMs(Cell c, String p) {
        Estimate e = c.secondary().get(p);
        if (e == null) {
            return Optional.empty();
        }
        return TimeUnits.factor(e.unit(), "ms/op").map(f -> e.score() * f);
    }

    /** sequential / strategy time at the same granularity, tasks and core count. */
    private static Optional<Double> throughput(List<Workload> thr, Workload lateness, String s, int k) {
        for (Workload w : thr) {
            if (w.key().params().equals(lateness.key().params())) {
                Optional<Cell> seq = w.cell(Workload.SEQUENTIAL, k);
                Optional<Cell> c = w.cell(s, k);
                if (seq.isPresent() && c.isPresent()) {
                    return Optional.of(seq.get().score() / c.get().score());
                }
            }
        }
        return Optional.empty();
    }

    static String finding(List<Workload> late, List<Workload> thr, Set<String> strategies, int k) {
        List<String> parts = new ArrayList<>();
        for (String s : strategies) {
            List<Workload> measured = late.stream().filter(w -> w.cell(s, k).isPresent()).toList();
            if (measured.isEmpty()) {
                continue;
            }
            if (s.equals("preemptive")) {
                double[] p99 = measured.stream().mapToDouble(w -> percentileMs(w.cell(s, k).get(), "p0.99").orElse(0.0))
                        .sorted().toArray();
                double median = p99.length % 2 == 1 ? p99[p99.length / 2] : (p99[p99.length / 2 - 1] + p99[p99.length / 2]) / 2;
                parts.add("preemptive: p99 " + Formats.sig(median) + " ms at every granularity (median of "
                        + p99.length + "; the OS scheduler decides when the ticker runs), no code changes");
                continue;
            }
            Workload fine = measured.get(0);
            Workload coarse = measured.get(measured.size() - 1);
            parts.add(s + ", granularity " + coarse.key().param("granularity") + ": " + describe(thr, coarse, s, k)
                    + "; granularity " + fine.key().param("granularity") + ": " + describe(thr, fine, s, k)
                    + rises(measured, s, k));
        }
        return String.join("; ", parts) + ".";
    }

    private static String describe(List<Workload> thr, Workload w, String s, int k) {
        return "p99 lateness " + lateness(w.cell(s, k).get(), "p0.99")
                + throughput(thr, w, s, k).map(t -> " and " + Formats.percent(t) + " throughput").orElse("");
    }

    /** Whether p99 rises with granularity: the consecutive pairs where it went up. */
    private static String rises(List<Workload> measured, String s, int k) {
        if (measured.size() < 2) {
            return "";
        }
        int up = 0;
        for (int i = 1; i < measured.size(); i++) {
            double a = percentileMs(measured.get(i - 1).cell(s, k).get(), "p0.99").orElse(Double.NaN);
            double b = percentileMs(measured.get(i).cell(s, k).get(), "p0.99").orElse(Double.NaN);
            if (b > a) {
                up++;
            }
        }
        int steps = measured.size() - 1;
        return " (p99 rises with granularity: " + (up == steps ? "yes" : "no") + ", " + up + " of " + steps + " steps)";
    }
}
