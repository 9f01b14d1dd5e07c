package dev.cvp.report.analysis;

import dev.cvp.bundle.Invocation;
import dev.cvp.bundle.ModuleNames;
import dev.cvp.report.metrics.Ratio;
import dev.cvp.report.stats.HierarchicalBootstrap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How the machine's speed drifted between the cells a speedup compares, by the runner's speed probe:
 * a fixed computation timed once a second on the pinned CPUs ({@code probeMicros} in run.json's
 * load records). A module's drift at k cores is the mean probe time of its base cell over that of
 * its k-core cell, so 1.05 means the machine computed 5% faster while the k-core cell ran, which
 * raises every speedup of the module by about as much. No slow spell shows a drift of a few
 * percent, and the sequential control only one beyond its band: on the development machine
 * bench-process's probe medians were 1,181 us at 1 core and 1,233 us at 2, 40 s later, and its
 * sequential fib ran 0.95x [0.93-0.97] from 1 to 2 cores, while every spell stayed below 1.25x.
 *
 * <p>Its 95% interval comes from the report's hierarchical bootstrap, with blocks of
 * {@value #BLOCK} consecutive probes (a few seconds: a slow spell lasts 2-10 s) in place of forks,
 * so that probes a spell made alike are not counted as independent. It explains; it corrects
 * nothing.
 */
public final class Drift {

    /** Consecutive probes (of every pinned CPU, in the order they ended) resampled as one block. */
    static final int BLOCK = 5;

    /** Half of a ratio's last printed decimal: a drift within it reads 1.00x. */
    static final double ROUNDING = 0.005;

    /** A drift beyond 1 ± 5% (half the sequential control's band) is stated at the top of the report. */
    public static final double LARGE = 0.05;

    /**
     * One module's drift from its base cell to its k-core cell.
     *
     * @param ratio the base side's mean probe time over the k-core side's (above 1: faster at k cores)
     * @param replacement for a result measured again ({@code Invocation.replaces}): which side, and the
     *                    round it stood in for and the rows it measured ({@code selection}); null for
     *                    the cells' own rounds, pooled
     */
    public record Between(String module, int base, int cores, Ratio ratio, Replacement replacement) {

        /**
         * Whether the interval lies wholly beyond 1 ± 0.5%: the machine's speed measurably differed
         * between the cells, by more than a ratio's second decimal rounds away.
         */
        public boolean measurable() {
            return beyond(ROUNDING);
        }

        /** Whether the interval lies wholly beyond 1 ± {@code share}. */
        public boolean beyond(double share) {
            return ratio.hasInterval() && (ratio.low() > 1 + share || ratio.high() < 1 - share);
        }
    }

    /**
     * A replacement invocation held against the other side's round it stood in for.
     *
     * @param cores     the side it measured (the base core count or k)
     * @param round     its own round number
     * @param replaced  the round it stood in for
     * @param selection the JMH selection it measured again (benchmark regex and {@code -p} options)
     */
    public record Replacement(int cores, int round, int replaced, String selection) {
    }

    private final List<Between> between;

    private Drift(List<Between> between) {
        this.between = List.copyOf(between);
    }

    /**
     * From run.json's invocations; those without the probe's times (older bundles, no probe) are left
     * out. Per module and core count above the base: the cells' own rounds pooled on each side, then
     * each replacement against the other side's round it stood in for (a result measured again in a
     * later round has its speedup taken against that round, and may have run at another speed).
     */
    public static Drift of(List<Invocation> invocations) {
        Map<String, List<Invocation>> byModule = new TreeMap<>();
        for (Invocation i : invocations) {
            if (i.module() != null && i.load() != null && i.load().probeMicros() != null && i.ok()) {
                byModule.computeIfAbsent(ModuleNames.canonical(i.module()).orElse(i.module()), m -> new ArrayList<>())
                        .add(i);
            }
        }
        HierarchicalBootstrap bootstrap = new HierarchicalBootstrap();
        List<Between> out = new ArrayList<>();
        byModule.forEach((module, list) -> {
            int base = list.stream().mapToInt(Invocation::cores).min().orElseThrow();
            list.stream().mapToInt(Invocation::cores).filter(k -> k != base).distinct().sorted().forEach(k -> {
                List<double[]> own = blocks(list, base, null);
                List<double[]> ownK = blocks(list, k, null);
                if (!own.isEmpty() && !ownK.isEmpty()) {
                    out.add(new Between(module, base, k, ratio(bootstrap, own, ownK), null));
                }
                for (Invocation r : list) {
                    if (r.replaces() == null || (r.cores() != base && r.cores() != k)) {
                        continue;
                    }
                    int other = r.cores() == base ? k : base;
                    List<double[]> against = blocks(list, other, r.replaces());
                    if (against.isEmpty()) {
                        continue;
                    }
                    List<double[]> mine = blocks(r.load().probeMicros());
                    Ratio ratio = r.cores() == base ? ratio(bootstrap, mine, against) : ratio(bootstrap, against, mine);
                    out.add(new Between(module, base, k, ratio,
                            new Replacement(r.cores(), r.round(), r.replaces(), r.selection())));
                }
            });
        });
        return new Drift(out);
    }

    /** The probes, in blocks, of the module's own (not replacing) invocations at {@code cores}; of {@code round} alone when given. */
    private static List<double[]> blocks(List<Invocation> module, int cores, Integer round) {
        List<double[]> out = new ArrayList<>();
        module.stream().filter(i -> i.cores() == cores && i.replaces() == null && (round == null || i.round() == round))
                .forEach(i -> out.addAll(blocks(i.load().probeMicros())));
        return out;
    }

    private static Ratio ratio(HierarchicalBootstrap bootstrap, List<double[]> base, List<double[]> k) {
        dev.cvp.report.stats.Interval i = bootstrap.ratio(base, k);
        return new Ratio(i.estimate(), i);
    }

    /** One invocation's probes in blocks of {@value #BLOCK}; a short last block joins the one before. */
    public static List<double[]> blocks(List<Double> micros) {
        List<double[]> out = new ArrayList<>();
        int n = micros.size();
        int whole = Math.max(1, n / BLOCK);
        for (int b = 0; b < whole; b++) {
            int from = b * BLOCK;
            int to = b == whole - 1 ? n : from + BLOCK;
            out.add(micros.subList(from, to).stream().mapToDouble(Double::doubleValue).toArray());
        }
        return out;
    }

    /** Every module's drift from its base cell to each other core count, its cells' own rounds pooled. */
    public List<Between> between() {
        return between.stream().filter(b -> b.replacement() == null).toList();
    }

    /** Each replacement held against the other side's round it stood in for. */
    public List<Between> replacements() {
        return between.stream().filter(b -> b.replacement() != null).toList();
    }

    /** The module's drift to {@code cores}, its cells' own rounds pooled, when both were probed. */
    public Optional<Between> of(String module, int cores) {
        return between().stream().filter(b -> b.module().equals(module) && b.cores() == cores).findFirst();
    }

    /** The measurable drift farthest from 1 (by ratio, either way) of the cells' own rounds, if any. */
    public Optional<Between> largestMeasurable() {
        return between().stream().filter(Between::measurable)
                .max(Comparator.comparingDouble(b -> Math.abs(Math.log(b.ratio().value()))));
    }

    /**
     * The drifts, pooled or of a replacement, whose interval lies wholly beyond 1 ± {@value #LARGE}
     * (half the sequential control's band): each moves the speedups it touches by more than the
     * control would let pass unnoticed on one side.
     */
    public List<Between> large() {
        return between.stream().filter(b -> b.beyond(LARGE)).toList();
    }
}
