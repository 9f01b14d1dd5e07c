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

    /**
     * One module's drift from its base cell to its k-core cell.
     *
     * @param ratio the base cell's mean probe time over the k-core cell's (above 1: faster at k cores)
     */
    public record Between(String module, int base, int cores, Ratio ratio) {

        /**
         * Whether the interval lies wholly beyond 1 ± 0.5%: the machine's speed measurably differed
         * between the cells, by more than a ratio's second decimal rounds away.
         */
        public boolean measurable() {
            return ratio.hasInterval() && (ratio.low() > 1 + ROUNDING || ratio.high() < 1 - ROUNDING);
        }
    }

    public static final Drift NONE = new Drift(List.of());

    private final List<Between> between;

    private Drift(List<Between> between) {
        this.between = List.copyOf(between);
    }

    /** From run.json's invocations; those without the probe's times (older bundles, no probe) are left out. */
    public static Drift of(List<Invocation> invocations) {
        Map<String, TreeMap<Integer, List<double[]>>> blocks = new TreeMap<>();
        for (Invocation i : invocations) {
            if (i.module() == null || i.load() == null || i.load().probeMicros() == null || !i.ok()) {
                continue;
            }
            String module = ModuleNames.canonical(i.module()).orElse(i.module());
            blocks.computeIfAbsent(module, m -> new TreeMap<>()).computeIfAbsent(i.cores(), k -> new ArrayList<>())
                    .addAll(blocks(i.load().probeMicros()));
        }
        HierarchicalBootstrap bootstrap = new HierarchicalBootstrap();
        List<Between> out = new ArrayList<>();
        blocks.forEach((module, cells) -> {
            int base = cells.firstKey();
            cells.tailMap(base, false).forEach((k, list) -> out.add(new Between(module, base, k,
                    ratio(bootstrap, cells.get(base), list))));
        });
        return new Drift(out);
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

    /** Every module's drift from its base cell to each other core count, by module then cores. */
    public List<Between> between() {
        return between;
    }

    /** The module's drift to {@code cores}, when both cells were probed. */
    public Optional<Between> of(String module, int cores) {
        return between.stream().filter(b -> b.module().equals(module) && b.cores() == cores).findFirst();
    }

    /** The measurable drift farthest from 1 (by ratio, either way), if any. */
    public Optional<Between> largestMeasurable() {
        return between.stream().filter(Between::measurable)
                .max(Comparator.comparingDouble(b -> Math.abs(Math.log(b.ratio().value()))));
    }
}
