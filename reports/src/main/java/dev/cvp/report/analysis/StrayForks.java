package dev.cvp.report.analysis;

import dev.cvp.report.load.JmhMeasurements;
import dev.cvp.report.model.Cell;
import dev.cvp.report.model.Estimate;
import dev.cvp.report.model.Workload;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.apache.commons.math3.stat.descriptive.rank.Median;

/**
 * JVMs that ran far from the others of their cell: in a cell measured in three rounds (forks) or
 * more, a fork whose mean is at least {@value #FACTOR} times, or at most 1/{@value #FACTOR} of, the
 * median of the cell's fork means (its own among them: with three forks, the median of the other
 * two would be pulled halfway to the stray one and name a sound fork too). Separate JVMs of the
 * same code do differ (each compiles it anew), so such a fork stays in the figures, as Kalibera
 * and Jones would have it; but a reader should know that one JVM, not the strategy, widened the
 * intervals it enters. Seen on the
 * development machine: fib {@code sequential} at 2 cores ran 108 ms/op in every iteration of one
 * JVM, against 55-58 in the cell's other rounds, with no other activity recorded; its speedup
 * came out 0.77x [0.29-1.66] and the sequential control could not be confirmed.
 */
public final class StrayForks {

    /**
     * How far from its cell's median a fork must be to count: a quarter more, or 0.8 as much (the
     * report's threshold for a slow CPU too). Quiet quick runs here put a cell's JVMs within a few
     * percent of each other, and the strays seen were 1.35x (fib platform-pool at 2 cores, one of
     * eight rounds), 1.9x and 26x (CPython's 10,000 threads on one core).
     */
    public static final double FACTOR = 1.25;

    /** The fewest forks a cell needs before one of them can stand out from the others. */
    static final int MIN_FORKS = 3;

    /**
     * One fork far from the others of its cell.
     *
     * @param place        where it ran: "round 9" where each round has one fork, else "fork 3 of 5"
     * @param mean         its iterations' mean
     * @param median       the median of the cell's fork means
     * @param busy         the CPUs it kept busy (its iterations' mean {@code cpusBusy}), where recorded
     * @param cellBusy     the median of the cell's forks' CPUs busy, where recorded
     */
    public record Stray(Workload workload, String strategy, int cores, String place, double mean, double median,
                        OptionalDouble busy, OptionalDouble cellBusy) {

        /** The fork's mean over the cell's median: 1.96 for a JVM twice as slow at time per operation. */
        public double factor() {
            return mean / median;
        }
    }

    private StrayForks() {
    }

    /** Every such fork of every measured cell, in the workloads' order. */
    public static List<Stray> of(List<Workload> workloads) {
        List<Stray> out = new ArrayList<>();
        for (Workload w : workloads) {
            for (String s : w.strategies()) {
                for (Map.Entry<Integer, Cell> e : w.row(s).entrySet()) {
                    if (!e.getValue().extrapolated()) {
                        strays(w, s, e.getKey(), e.getValue(), out);
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    private static void strays(Workload w, String strategy, int cores, Cell cell, List<Stray> out) {
        Estimate e = cell.estimate();
        List<double[]> forks = e.forks().stream().filter(f -> f.length > 0).toList();
        if (forks.size() < MIN_FORKS || forks.size() != e.forks().size()) {
            return;
        }
        double[] means = means(forks);
        double median = new Median().evaluate(means);
        double[] busy = busyPerFork(cell, means.length);
        OptionalDouble cellBusy = busy == null ? OptionalDouble.empty() : OptionalDouble.of(new Median().evaluate(busy));
        for (int i = 0; i < means.length; i++) {
            double r = means[i] / median;
            if (median > 0 && means[i] > 0 && (r >= FACTOR || r <= 1 / FACTOR)) {
                boolean byRound = e.rounds().size() == means.length && e.rounds().stream().distinct().count() == means.length;
                String place = byRound ? "round " + e.rounds().get(i) : "fork " + (i + 1) + " of " + means.length;
                out.add(new Stray(w, strategy, cores, place, means[i], median,
                        busy == null ? OptionalDouble.empty() : OptionalDouble.of(busy[i]), cellBusy));
            }
        }
    }

    /**
     * Each fork's mean CPUs busy ({@link JmhMeasurements#BUSY_METRIC}), in the forks' order; null when
     * the cell did not record them for every fork (a bundle from before the metric, or rounds pooled
     * with and without it).
     */
    private static double[] busyPerFork(Cell cell, int forks) {
        Estimate busy = cell.secondary().get(JmhMeasurements.BUSY_METRIC);
        if (busy == null || busy.forks().size() != forks || busy.forks().stream().anyMatch(f -> f.length == 0)) {
            return null;
        }
        return means(busy.forks());
    }

    private static double[] means(List<double[]> forks) {
        return forks.stream().mapToDouble(f -> Arrays.stream(f).average().orElse(Double.NaN)).toArray();
    }
}
