package dev.cvp.report.lesson;

import dev.cvp.bundle.declare.Figure;
import dev.cvp.bundle.declare.MetricKind;
import dev.cvp.report.load.TimeUnits;
import dev.cvp.report.metrics.Resampling;
import dev.cvp.report.model.Estimate;
import dev.cvp.report.model.Workload;
import dev.cvp.report.stats.Interval;
import java.util.List;
import java.util.Optional;

/**
 * A declared figure (a secondary result: a percentile, memory, a count, a stage time) of one
 * cell, with the 95% interval of its mean over the forks' iterations when it has raw data.
 */
record Secondary(double value, double low, double high, String unit) {

    /** A declared figure of the cell: divided by its {@code per} result iteration by iteration when it has one. */
    static Optional<Secondary> of(Workload w, String strategy, int cores, Figure f, String unit) {
        if (f.per().isEmpty()) {
            return of(w, strategy, cores, f.metric(), unit);
        }
        Optional<Estimate> num = w.cell(strategy, cores).map(c -> c.secondary().get(f.metric()));
        Optional<Estimate> den = w.cell(strategy, cores).map(c -> c.secondary().get(f.per()));
        if (num.isEmpty() || den.isEmpty() || num.get().forkCount() != den.get().forkCount()) {
            return Optional.empty();
        }
        List<double[]> a = num.get().forks();
        List<double[]> b = den.get().forks();
        List<double[]> ratios = new java.util.ArrayList<>();
        double top = 0;
        double bottom = 0;
        for (int i = 0; i < a.size(); i++) {
            int n = Math.min(a.get(i).length, b.get(i).length);
            double[] r = new double[n];
            int used = 0;
            for (int j = 0; j < n; j++) {
                if (b.get(i)[j] > 0) {
                    r[used++] = a.get(i)[j] / b.get(i)[j];
                    top += a.get(i)[j];
                    bottom += b.get(i)[j];
                }
            }
            ratios.add(java.util.Arrays.copyOf(r, used));
        }
        if (bottom <= 0) {
            return Optional.empty();
        }
        Estimate per = new Estimate(top / bottom, num.get().unit() + "/" + f.per(), ratios);
        return of(per, null);
    }

    /** The cell's secondary result {@code metric}, converted to {@code unit} when it is a time unit and differs. */
    static Optional<Secondary> of(Workload w, String strategy, int cores, String metric, String unit) {
        Optional<Estimate> e = w.cell(strategy, cores).map(c -> c.secondary().get(metric));
        return e.isEmpty() ? Optional.empty() : of(e.get(), unit);
    }

    private static Optional<Secondary> of(Estimate est, String unit) {
        double f = unit == null || unit.equals(est.unit()) ? 1.0
                : TimeUnits.factor(est.unit(), unit).orElse(Double.NaN);
        if (Double.isNaN(f)) {
            return Optional.empty();
        }
        // the mean of the iterations' values: JMH's own score of a counter is their sum
        double value = est.sampleCount() > 0 ? java.util.Arrays.stream(est.samples()).average().orElse(est.score())
                : est.score();
        Interval i = est.sampleCount() >= 2 ? Resampling.mean(new Estimate(value, est.unit(), est.forks())) : null;
        boolean has = i != null && i.sufficient();
        return Optional.of(new Secondary(value * f, has ? i.lower() * f : Double.NaN,
                has ? i.upper() * f : Double.NaN, unit == null ? est.unit() : unit));
    }

    /** The workload's declared figures of one kind, in declaration order. */
    static List<Figure> declared(LessonContext c, Workload w, MetricKind kind) {
        return c.meanings().of(w).map(d -> d.figures().stream().filter(f -> f.kind() == kind).toList())
                .orElse(List.of());
    }

    boolean hasInterval() {
        return Double.isFinite(low) && Double.isFinite(high);
    }

    /** Records it in metrics.csv and returns "12.3 [11.9–12.8]" (or "12.3" without an interval) using {@code format}. */
    String record(LessonContext c, Workload w, String strategy, int cores, String metric, String source,
                  java.util.function.DoubleFunction<String> format) {
        c.figures().add(w, strategy, cores, metric, value, low, high, unit, source);
        boolean degenerate = low == high; // every iteration gave the same count: nothing to bracket
        return format.apply(value) + (hasInterval() && !degenerate ? " [" + format.apply(low) + "\u2013"
                + format.apply(high) + "]" : "");
    }
}
