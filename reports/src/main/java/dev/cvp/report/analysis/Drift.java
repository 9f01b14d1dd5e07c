package dev.cvp.report.analysis;

import dev.cvp.bundle.Invocation;
import dev.cvp.bundle.ModuleNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How the machine's speed drifted between the cells a speedup compares, by the runner's speed probe:
 * a fixed computation timed once a second on the pinned CPUs ({@code probeMicros} in run.json's
 * load records, the median over an invocation). A cell's figure is the median over its invocations;
 * a module's drift at k cores is its base cell's figure over its k-core cell's, so 1.05 means the
 * machine computed 5% faster while the k-core cell ran, which raises every speedup of the module by
 * about as much. No slow spell shows a drift of a few percent, and the sequential control only one
 * beyond its band: on the development machine bench-process's probe medians were 1,181 us at 1 core
 * and 1,233 us at 2, 40 s later, and its sequential fib ran 0.95x [0.93-0.97] from 1 to 2 cores, while
 * every spell stayed below 1.25x. This explains; it corrects nothing.
 */
public final class Drift {

    /** A drift within this share of 1 (2%) is below what the probe's medians tell apart. */
    public static final double NOTICEABLE = 0.02;

    /**
     * One module's drift from its base cell to its k-core cell.
     *
     * @param ratio the base cell's probe median over the k-core cell's (above 1: faster at k cores)
     */
    public record Between(String module, int base, int cores, double ratio) {

        /** Whether the drift is beyond {@link #NOTICEABLE}. */
        public boolean noticeable() {
            return Math.abs(ratio - 1) > NOTICEABLE;
        }
    }

    public static final Drift NONE = new Drift(List.of());

    private final List<Between> between;

    private Drift(List<Between> between) {
        this.between = List.copyOf(between);
    }

    /** From run.json's invocations; those without a probe figure (older bundles, no probe) are left out. */
    public static Drift of(List<Invocation> invocations) {
        Map<String, TreeMap<Integer, List<Double>>> probes = new TreeMap<>();
        for (Invocation i : invocations) {
            if (i.module() == null || i.load() == null || i.load().probeMicros() == null || !i.ok()) {
                continue;
            }
            String module = ModuleNames.canonical(i.module()).orElse(i.module());
            probes.computeIfAbsent(module, m -> new TreeMap<>()).computeIfAbsent(i.cores(), k -> new ArrayList<>())
                    .add(i.load().probeMicros());
        }
        List<Between> out = new ArrayList<>();
        probes.forEach((module, cells) -> {
            int base = cells.firstKey();
            double baseMedian = median(cells.get(base));
            cells.tailMap(base, false).forEach((k, list) -> out.add(new Between(module, base, k,
                    baseMedian / median(list))));
        });
        return new Drift(out);
    }

    /** Every module's drift from its base cell to each other core count, by module then cores. */
    public List<Between> between() {
        return between;
    }

    /** The module's drift to {@code cores}, when both cells were probed. */
    public Optional<Between> of(String module, int cores) {
        return between.stream().filter(b -> b.module().equals(module) && b.cores() == cores).findFirst();
    }

    /** The drift farthest from 1 (by ratio, either way). */
    public Optional<Between> largest() {
        return between.stream().max(Comparator.comparingDouble(b -> Math.abs(Math.log(b.ratio()))));
    }

    private static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
