package dev.cvp.report.analysis;

import dev.cvp.report.metrics.Ratio;
import dev.cvp.report.metrics.Resampling;
import dev.cvp.report.metrics.Scaling;
import dev.cvp.report.model.Cell;
import dev.cvp.report.model.Meanings;
import dev.cvp.report.model.Workload;
import dev.cvp.report.write.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One plain sentence per workload, computed from its cells: which strategy scaled best with
 * cores and how close to ideal, which stayed flat (and why, from its name), and what
 * concurrency alone bought at the smallest core count. Every ratio is quoted with its 95%
 * interval, and where the interval includes 1 the sentence says "no measurable" instead of
 * naming a winner. Text is unescaped.
 */
public final class Findings {

    /** At or above this fraction of the ideal speedup, parallelism "helps". */
    static final double SCALES = 0.8;
    /** At or below this speedup, more cores "do not help". */
    static final double FLAT = 1.15;
    /** At or above this gain over sequential, concurrency "helps". */
    static final double CONCURRENT = 1.5;

    private Findings() {
    }

    /** "KernelBenchmark.run kernel=fib tasks=8": the workload as findings name it (unescaped). */
    public static String label(Workload w) {
        return w.key().shortBenchmark() + (w.key().paramsText().isEmpty() ? "" : " " + w.key().paramsText());
    }

    /** The finding of an undeclared workload: speedups, gains and rankings, as for any job. */
    public static String of(Workload w) {
        return of(w, Meanings.NONE);
    }

    /**
     * A workload whose declared metric is not a job's time or throughput (a cost, a latency, a
     * count) gets no speedup or "best" wording: its figures are compared in report.md's lessons.
     */
    public static String of(Workload w, Meanings meanings) {
        String label = label(w);
        if (!meanings.scales(w)) {
            return label + ": " + meanings.of(w).get().metric().id() + " figures, not a job's time; compared in"
                    + " report.md";
        }
        List<Integer> cores = w.coreCounts();
        if (cores.isEmpty()) {
            return label + ": no results";
        }
        if (!w.hasSequential()) {
            return label + ": " + ranking(w, cores.get(cores.size() - 1));
        }
        int base = cores.get(0);
        int top = cores.get(cores.size() - 1);
        List<String> parts = new ArrayList<>();
        Optional<Pick> bestGain = best(w, s -> Scaling.gain(w, s, base), true);
        if (top > base) {
            // a strategy measurably faster on more cores is the best, ahead of a higher figure whose interval includes 1
            Optional<Pick> best = best(w, s -> Scaling.speedup(w, s, top).filter(r -> r.above(1)), true)
                    .or(() -> best(w, s -> Scaling.speedup(w, s, top), true));
            if (best.isPresent()) {
                Pick b = best.get();
                double ideal = Scaling.idealSpeedup(w, top);
                if (b.strategy.equals(Workload.SEQUENTIAL) && b.ratio.above(1)) {
                    parts.add(b.strategy + " " + Formats.times(b.ratio) + " on " + top + " cores: it runs one task at a"
                            + " time, so " + (SequentialControl.computes(w, meanings)
                            ? "sequential code cannot use more cores; see the sequential control"
                            : "the second core served what it waits on (the kernel's I/O, a local server, the JVM's"
                            + " own work), not the task"));
                } else if (b.ratio.noMeasurableDifference()) {
                    parts.add("no measurable speedup on " + top + " cores (the best, " + b.strategy + " "
                            + Formats.times(b.ratio) + ", includes 1): more cores do not measurably help");
                } else {
                    parts.add(b.strategy + " " + Formats.times(b.ratio) + " on " + top + " cores ("
                            + Formats.percent(b.ratio.value() / ideal) + " efficient): " + verdict(b.ratio.value(), ideal));
                }
                if (b.ratio.value() >= 1.5 && !b.ratio.noMeasurableDifference()) {
                    for (String s : w.strategies()) {
                        Optional<Ratio> r = Scaling.speedup(w, s, top);
                        if (!s.equals(Workload.SEQUENTIAL) && !s.equals(b.strategy) && r.isPresent()
                                && r.get().value() <= FLAT) {
                            parts.add(s + " " + Formats.times(r.get())
                                    + (r.get().noMeasurableDifference() ? ", no measurable speedup" : "")
                                    + ": it does not use the extra cores");
                        }
                    }
                }
                if (bestGain.isPresent() && bestGain.get().ratio.value() >= CONCURRENT) {
                    parts.add(gainAtBase(w, bestGain.get(), base, top));
                }
            }
        } else if (bestGain.isPresent()) {
            Pick g = bestGain.get();
            String what = g.ratio.noMeasurableDifference() ? ": no measurable difference"
                    : g.ratio.value() >= CONCURRENT ? ": concurrency helps" : "";
            parts.add(g.strategy + " " + Formats.times(g.ratio) + " vs sequential at " + base + " core"
                    + (base == 1 ? "" : "s") + what + "; one core count measured, so no parallel speedup");
        }
        if (parts.isEmpty()) {
            return label + ": too few cells for a finding (no sequential baseline and one core count)";
        }
        return label + ": " + String.join("; ", parts);
    }

    /** "at 1 core virtual is 100× faster than sequential, 2 cores add 1.02×: ...", worded by significance. */
    private static String gainAtBase(Workload w, Pick g, int base, int top) {
        String at = "at " + base + " core" + (base == 1 ? "" : "s") + " ";
        if (g.ratio.noMeasurableDifference()) {
            return at + "no measurable difference between " + g.strategy + " and sequential ("
                    + Formats.times(g.ratio) + ")";
        }
        Optional<Ratio> gs = Scaling.speedup(w, g.strategy, top);
        String more = gs.map(r -> ", " + top + " cores add " + (r.noMeasurableDifference()
                ? "no measurable speedup (" + Formats.times(r) + ")" : Formats.times(r))).orElse("");
        boolean coresFlat = gs.isPresent() && (gs.get().value() <= 1.3 || gs.get().noMeasurableDifference());
        return at + g.strategy + " is " + Formats.times(g.ratio) + " faster than sequential" + more
                + (coresFlat ? ": concurrency, not parallelism, is what helps" : "");
    }

    /** For workloads with no sequential baseline: the best and worst strategy at k cores. */
    static String ranking(Workload w, int k) {
        String best = null;
        String worst = null;
        for (String s : w.strategies()) {
            Optional<Cell> c = w.cell(s, k);
            if (c.isEmpty()) {
                continue;
            }
            if (best == null || better(w, c.get(), w.cell(best, k).get())) {
                best = s;
            }
            if (worst == null || better(w, w.cell(worst, k).get(), c.get())) {
                worst = s;
            }
        }
        if (best == null) {
            return "no results at " + Formats.cores(k);
        }
        Cell b = w.cell(best, k).get();
        String text = "no sequential baseline; at " + Formats.cores(k) + " ";
        if (best.equals(worst)) {
            return text + best + " is best (" + Formats.sig(b.score()) + " " + w.unit() + ")";
        }
        Ratio r = Resampling.improvement(w.mode(), w.cell(worst, k).get().estimate(), b.estimate());
        if (r.noMeasurableDifference()) {
            return text + "no measurable difference between the fastest, " + best + " (" + Formats.sig(b.score())
                    + " " + w.unit() + "), and the slowest, " + worst + " (" + Formats.times(r) + ")";
        }
        return text + best + " is best (" + Formats.sig(b.score()) + " " + w.unit() + "), " + Formats.times(r)
                + " better than " + worst;
    }

    private static boolean better(Workload w, Cell a, Cell b) {
        return w.mode().higherIsBetter() ? a.score() > b.score() : a.score() < b.score();
    }

    static String verdict(double speedup, double ideal) {
        if (speedup >= SCALES * ideal) {
            return "parallelism helps";
        }
        if (speedup <= FLAT) {
            return "more cores do not help";
        }
        return "parallelism helps partly (memory bandwidth, imbalance or overhead limit it)";
    }

    private record Pick(String strategy, Ratio ratio) {
    }

    private interface Figure {
        Optional<Ratio> of(String strategy);
    }

    /** The non-sequential strategy (sequential when it is the only one) with the highest (or lowest) figure. */
    private static Optional<Pick> best(Workload w, Figure f, boolean highest) {
        Pick pick = null;
        boolean onlySequential = w.strategies().equals(List.of(Workload.SEQUENTIAL));
        for (String s : w.strategies()) {
            if (s.equals(Workload.SEQUENTIAL) && !onlySequential) {
                continue;
            }
            Optional<Ratio> r = f.of(s);
            if (r.isPresent() && (pick == null || (highest ? r.get().value() > pick.ratio.value()
                    : r.get().value() < pick.ratio.value()))) {
                pick = new Pick(s, r.get());
            }
        }
        return Optional.ofNullable(pick);
    }
}
