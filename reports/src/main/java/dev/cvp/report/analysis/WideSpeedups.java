package dev.cvp.report.analysis;

import dev.cvp.report.load.JmhMeasurements;
import dev.cvp.report.metrics.Ratio;
import dev.cvp.report.metrics.Scaling;
import dev.cvp.report.metrics.ScalingPoint;
import dev.cvp.report.model.Bundle;
import dev.cvp.report.model.Cell;
import dev.cvp.report.model.Measurement;
import dev.cvp.report.model.Meanings;
import dev.cvp.report.model.Workload;
import dev.cvp.report.stats.Band;
import dev.cvp.bundle.BundleLayout;
import dev.cvp.bundle.declare.Example;
import dev.cvp.bundle.declare.Role;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rows of a bundle whose parallel speedups are still too uncertain, widest first, each with
 * the JMH selection that measures it again: what the runner spends a profile's time budget on
 * (more rounds of exactly those rows, see {@code dev.cvp.runner.refine}). The speedups are those
 * the report's measurement floor is made of (workloads whose metric scales, every core count
 * above the base); a row's width is its widest speedup's relative half-width
 * ({@link dev.cvp.report.stats.Interval#relativeHalfWidth()}), infinite when a side had too few
 * iterations for an interval.
 */
public final class WideSpeedups {

    /** Rounds after which a contradicting row has had its chance to show it was one JVM's doing. */
    public static final int ROUNDS_TO_TELL = 3;

    private WideSpeedups() {
    }

    /**
     * One row (a strategy of a workload) to measure again.
     *
     * @param module    the Maven module whose jar runs it
     * @param benchmark the JMH benchmark (class.method), for the regex that selects it
     * @param params    every JMH parameter of the row with its value, {@code strategy} included where
     *                  the strategy is a parameter (where it is the method, the benchmark names it)
     * @param label     the workload's label and the strategy, for progress lines (not escaped)
     * @param widest    the relative half-width of its widest speedup interval (0.12 for ±12%)
     * @param forks     the fewest forks (rounds) any of its measured cells has
     * @param cores     for a result a slow spell touched: its core count (0 for a wide row: every one)
     * @param round     for such a result: the round it came from (0 for a wide row)
     */
    public record Row(String module, String benchmark, Map<String, String> params, String label, double widest,
                      int forks, int cores, int round) {

        public Row {
            params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
        }
    }

    /** The rows with a speedup interval wider than ±{@code target} (0.10 for ±10%), widest first. */
    public static List<Row> of(Bundle bundle, double target) {
        List<Row> out = new ArrayList<>();
        for (Workload w : scaling(bundle)) {
            for (String s : w.strategies()) {
                List<ScalingPoint> speedups = Scaling.points(w, s);
                double widest = speedups.stream().mapToDouble(p -> width(p.speedup())).max().orElse(0);
                if (speedups.isEmpty() || widest <= target) {
                    continue;
                }
                source(bundle.measurements(), w, s).ifPresent(m -> out.add(row(m, w, s, widest)));
            }
        }
        out.sort(Comparator.comparingDouble(Row::widest).reversed());
        return out;
    }

    /**
     * The rows whose speedup contradicts what their code can do, measured in fewer than
     * {@value #ROUNDS_TO_TELL} rounds, whatever their width:
     * <ol>
     *   <li>a control that did not hold: the clean kernel ({@link KernelControl}) or a computing
     *       workload's {@code sequential} ({@link SequentialControl}) whose interval reaches out of
     *       its band; the whole report's trust rests on them;</li>
     *   <li>a speedup above the core count (the report's {@code superlinear} flag), or a lock or one
     *       thread ({@code Role.SERIALIZED}, {@code Role.SINGLE_THREAD}) faster on more cores beyond
     *       the sequential control's band, in the bundle's order.</li>
     * </ol>
     * A narrow interval from one JVM does not settle any of them: that JVM may have compiled the code
     * badly on one side (fib under {@code cooperative} ran 1.85x slow on 1 core, in every iteration
     * of one fork of a quiet run; fib {@code platform-pool} measured 2.08x [2.02-2.15] in one round a
     * side on a drifting host), and only more JVMs tell. Each row's width is its widest speedup's.
     */
    public static List<Row> contradictions(Bundle bundle) {
        Meanings meanings = bundle.meanings();
        List<Workload> scaling = scaling(bundle);
        Map<String, Row> out = new LinkedHashMap<>();
        KernelControl.of(bundle.workloads(), meanings).filter(k -> !k.held())
                .ifPresent(k -> add(out, bundle, k.workload(), k.strategy()));
        SequentialControl.checks(scaling, meanings).stream().filter(c -> c.fit() != Band.Fit.INSIDE)
                .forEach(c -> add(out, bundle, c.workload(), Workload.SEQUENTIAL));
        for (Workload w : scaling) {
            for (String s : w.strategies()) {
                boolean oneAtATime = meanings.is(w, s, Role.SERIALIZED) || meanings.is(w, s, Role.SINGLE_THREAD);
                boolean impossible = w.coreCounts().stream().filter(k -> k != Scaling.baseCores(w))
                        .anyMatch(k -> Scaling.speedup(w, s, k)
                        .filter(r -> r.above(Scaling.idealSpeedup(w, k))
                                || oneAtATime && SequentialControl.beyondBand(r)).isPresent());
                if (impossible) {
                    add(out, bundle, w, s);
                }
            }
        }
        return List.copyOf(out.values());
    }

    /**
     * The rows the report's controls judge, measured in fewer than {@value #ROUNDS_TO_TELL} rounds,
     * whatever their width or fit: the clean kernel ({@link KernelControl}) and every computing
     * workload's {@code sequential} ({@link SequentialControl}). The trust section says whether the
     * run can be believed from them, and one JVM's iterations cannot say it: a one-round interval
     * shows how that JVM's iterations differ, not how JVMs do (fib {@code platform-pool}, one round
     * a side, quiet machine: 1.84x [1.80-1.88] in one run and 1.90x [1.86-1.94] in the next, minutes
     * apart; at 2 cores its JVMs differ by 3 to 4%, their iterations by under 1%).
     */
    public static List<Row> controls(Bundle bundle) {
        Meanings meanings = bundle.meanings();
        Map<String, Row> out = new LinkedHashMap<>();
        KernelControl.of(bundle.workloads(), meanings).ifPresent(k -> add(out, bundle, k.workload(), k.strategy()));
        SequentialControl.checks(scaling(bundle), meanings)
                .forEach(c -> add(out, bundle, c.workload(), Workload.SEQUENTIAL));
        return List.copyOf(out.values());
    }

    /**
     * Every row with a parallel speedup measured in fewer than {@value #ROUNDS_TO_TELL} rounds, however
     * narrow, narrowest last: a one-round interval shows how one JVM's iterations differ, not how JVMs
     * do, so it cannot say the row is narrow enough (fib {@code fork-join}, one round a side, quiet
     * machine: 1.97x [1.95-2.00]; its JVMs at 2 cores differ by about 3%, two modes 5% apart, so
     * rounds of it move its speedup by about 0.08). The runner gives them their rounds after the
     * rows known to be wide.
     */
    public static List<Row> fewRounds(Bundle bundle) {
        Map<String, Row> out = new LinkedHashMap<>();
        for (Workload w : scaling(bundle)) {
            for (String s : w.strategies()) {
                if (!Scaling.points(w, s).isEmpty()) {
                    add(out, bundle, w, s);
                }
            }
        }
        List<Row> rows = new ArrayList<>(out.values());
        rows.sort(Comparator.comparingDouble(Row::widest).reversed());
        return rows;
    }

    /** Adds a workload's strategy as a row, once, while it has fewer than {@value #ROUNDS_TO_TELL} rounds. */
    private static void add(Map<String, Row> out, Bundle bundle, Workload w, String strategy) {
        List<Ratio> speedups = Scaling.points(w, strategy).stream().map(ScalingPoint::speedup)
                .filter(Ratio::hasInterval).toList();
        double widest = speedups.stream().mapToDouble(r -> r.interval().relativeHalfWidth()).max().orElse(0);
        source(bundle.measurements(), w, strategy).map(m -> row(m, w, strategy, widest))
                .filter(r -> r.forks() < ROUNDS_TO_TELL)
                .ifPresent(r -> out.putIfAbsent(r.module() + "|" + r.label(), r));
    }

    /** A speedup's relative half-width; infinite where a side had too few iterations for an interval. */
    private static double width(Ratio r) {
        double w = r.hasInterval() ? r.interval().relativeHalfWidth() : Double.NaN;
        return Double.isNaN(w) ? Double.POSITIVE_INFINITY : w;
    }

    /** The workloads with speedups to judge: a metric that scales, measured at two core counts or more. */
    private static List<Workload> scaling(Bundle bundle) {
        Meanings meanings = bundle.meanings();
        return bundle.workloads().stream().filter(w -> meanings.scales(w) && w.coreCounts().size() >= 2).toList();
    }

    private static Row row(Measurement m, Workload w, String strategy, double widest) {
        Map<String, String> params = new LinkedHashMap<>(m.workload().params());
        String benchmark = m.workload().benchmark();
        if (m.method() != null) {
            params.put(JmhMeasurements.STRATEGY_PARAM, strategy);
        } else {
            benchmark = benchmark + "." + strategy;
        }
        int forks = w.row(strategy).values().stream().filter(c -> !c.extrapolated()).map(Cell::estimate)
                .mapToInt(e -> e.forkCount()).min().orElse(0);
        return new Row(m.workload().module(), benchmark, params, w.key().label() + " " + strategy, widest, forks, 0, 0);
    }

    /**
     * The results whose figures a slow spell or a busy second still touches (a fork it hit too much to set aside),
     * each with the core count and round to measure again: those of the declared at-a-glance
     * examples first (the report's headline), then those of workloads with a parallel speedup, then
     * the others, each in the bundle's order.
     */
    public static List<Row> spellHits(Bundle bundle) {
        Meanings meanings = bundle.meanings();
        java.util.Set<Workload> examples = java.util.Arrays.stream(Example.values())
                .map(e -> meanings.example(bundle.workloads(), e)).flatMap(Optional::stream)
                .collect(java.util.stream.Collectors.toSet());
        List<Row> headline = new ArrayList<>();
        List<Row> first = new ArrayList<>();
        List<Row> then = new ArrayList<>();
        for (Measurement m : bundle.spellHits()) {
            Optional<Workload> w = bundle.workloads().stream().filter(x -> x.key().module().equals(m.workload().module())
                    && x.cell(m.strategy(), m.cores()).isPresent() && source(List.of(m), x, m.strategy()).isPresent())
                    .findFirst();
            if (w.isEmpty()) {
                continue;
            }
            Row all = row(m, w.get(), m.strategy(), m.residue().slowdown());
            Path file = Path.of(m.source()).getFileName();
            Row hit = new Row(all.module(), all.benchmark(), all.params(), all.label(), m.residue().slowdown(),
                    all.forks(), m.cores(), file == null ? 1 : BundleLayout.roundOf(file.toString()));
            (examples.contains(w.get()) ? headline : meanings.scales(w.get()) ? first : then).add(hit);
        }
        headline.addAll(first);
        headline.addAll(then);
        return headline;
    }

    /**
     * The measurement a row came from, before a class's methods were merged into one workload: the
     * same module, mode, parameters and strategy, and the workload's benchmark or one of its methods.
     */
    private static Optional<Measurement> source(List<Measurement> measurements, Workload w, String strategy) {
        String benchmark = w.key().benchmark();
        return measurements.stream()
                .filter(m -> m.strategy().equals(strategy) && m.workload().module().equals(w.key().module())
                        && m.workload().mode() == w.mode() && m.workload().params().equals(w.key().params()))
                .filter(m -> m.workload().benchmark().equals(benchmark)
                        || m.method() != null && m.workload().benchmark().equals(benchmark + "." + m.method()))
                .findFirst();
    }
}
