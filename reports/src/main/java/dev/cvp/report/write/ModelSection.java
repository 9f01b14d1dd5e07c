package dev.cvp.report.write;

import static dev.cvp.report.write.MarkdownText.escape;

import dev.cvp.report.metrics.AmdahlFit;
import dev.cvp.report.metrics.KarpFlatt;
import dev.cvp.report.metrics.ScalingPoint;
import dev.cvp.report.metrics.Scaling;
import dev.cvp.report.metrics.UslFit;
import dev.cvp.report.model.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Scaling models for one workload, per strategy: the Karp-Flatt serial fraction at each core
 * count, an Amdahl fit (serial fraction with its interval), and a Universal Scalability Law fit
 * where at least three core counts were measured. Predictions beyond the measured core counts
 * are labelled as extrapolations.
 */
public final class ModelSection {

    private ModelSection() {
    }

    public static String render(Workload w) {
        List<Integer> cores = w.coreCounts();
        int base = Scaling.baseCores(w);
        List<Integer> beyond = cores.stream().filter(k -> k > base).toList();
        if (beyond.isEmpty() || !w.hasSequential()) {
            return "";
        }
        int top = cores.get(cores.size() - 1);
        int far = top * 2;
        List<String> header = new ArrayList<>(List.of("strategy"));
        beyond.forEach(k -> header.add("serial fraction e at " + k + " cores"));
        header.add("Amdahl serial fraction s");
        header.add("Amdahl ceiling 1/s");
        header.add("USL contention \u03b1, coherency \u03b2");
        header.add("speedup at " + far + " cores (extrapolated)");
        MarkdownTable t = new MarkdownTable(header);
        boolean usl = cores.size() >= UslFit.MIN_CORE_COUNTS;
        for (String s : w.strategies()) {
            List<ScalingPoint> points = Scaling.points(w, s);
            if (points.isEmpty() || s.equals(Workload.SEQUENTIAL)) {
                continue;
            }
            List<String> row = new ArrayList<>(List.of(escape(s)));
            for (int k : beyond) {
                Optional<ScalingPoint> p = points.stream().filter(x -> x.n() == (double) k / base).findFirst();
                row.add(p.map(x -> ranged(KarpFlatt.serialFraction(x))).orElse("\u2014"));
            }
            Optional<AmdahlFit.Result> amdahl = AmdahlFit.fit(points);
            row.add(amdahl.map(a -> Formats.sig(a.serialFraction())
                    + (a.hasInterval() ? " [" + Formats.sig(a.low()) + "\u2013" + Formats.sig(a.high()) + "]" : "")
                    + " (" + a.interval() + ")").orElse("n/a"));
            // a negative serial fraction is superlinear scaling (caches, or work that shares the
            // pinned cores with its own server): Amdahl's law has no ceiling or forecast for it
            boolean superlinear = amdahl.map(a -> a.serialFraction() < 0).orElse(false);
            row.add(amdahl.map(a -> superlinear ? "none: superlinear, Amdahl does not apply"
                    : Double.isInfinite(a.ceiling()) ? "unbounded" : Formats.times(a.ceiling())).orElse("n/a"));
            Optional<UslFit.Result> fit = usl ? UslFit.fit(points) : Optional.empty();
            row.add(!usl ? "needs \u2265 " + UslFit.MIN_CORE_COUNTS + " core counts"
                    : fit.map(f -> Formats.sig(f.contention()) + ", " + Formats.sig(f.coherency())
                    + (Double.isFinite(f.peak()) && f.peak() >= 1 ? "; peak at " + Formats.sig(f.peak() * base)
                    + " cores" + (f.peak() * base > top ? " (extrapolated)" : "") : ""))
                    .orElse("fit did not converge"));
            double n = (double) far / base;
            row.add(fit.map(f -> "USL " + Formats.times(f.predict(n)))
                    .or(() -> amdahl.map(a -> superlinear ? "n/a (superlinear)" : "Amdahl " + Formats.times(a.predict(n))))
                    .orElse("n/a"));
            t.row(row);
        }
        if (t.isEmpty()) {
            return "";
        }
        return "Scaling models (e = (1/S \u2212 1/n)/(1 \u2212 1/n), Karp\u2013Flatt, with the 95% interval its"
                + " speedup's interval maps to; constant e means a fixed serial part, growing e means overhead that"
                + " grows with cores):\n\n" + t.render() + "\n";
    }

    /** "0.03 [0.01–0.05]": e with the interval mapped from the speedup's. */
    private static String ranged(KarpFlatt.Result e) {
        boolean ranged = Double.isFinite(e.low()) && Double.isFinite(e.high());
        return Formats.sig(e.value()) + (ranged ? " [" + Formats.sig(e.low()) + "\u2013" + Formats.sig(e.high()) + "]" : "");
    }
}
