package dev.cvp.report.write;

import dev.cvp.report.metrics.Ratio;
import dev.cvp.report.metrics.Scaling;
import dev.cvp.report.model.Cell;
import dev.cvp.report.model.Workload;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * results.csv: one row per workload, strategy and core count, in the columns DESIGN.md fixes.
 * {@code workload} holds the params other than strategy as {@code name=value} separated by
 * spaces. A sequential figure that was derived rather than measured has {@code extrapolated}
 * in its {@code error} column (it has no measured error); NaN errors are empty.
 */
public final class CsvWriter {

    public static final List<String> COLUMNS = List.of("module", "benchmark", "workload", "strategy", "cores",
            "mode", "score", "error", "unit", "concurrency_gain", "parallel_speedup", "efficiency");

    /** What the error column holds for a derived (not measured) figure. */
    public static final String EXTRAPOLATED = "extrapolated";

    private CsvWriter() {
    }

    public static String render(List<Workload> workloads) {
        StringBuilder out = new StringBuilder(128 + workloads.size() * 256);
        out.append(CsvText.line(COLUMNS));
        for (Workload w : workloads) {
            for (String s : w.strategies()) {
                for (Map.Entry<Integer, Cell> e : w.row(s).entrySet()) {
                    int k = e.getKey();
                    Cell c = e.getValue();
                    out.append(CsvText.line(List.of(
                            w.key().module(),
                            w.key().benchmark(),
                            w.key().paramsText(),
                            s,
                            Integer.toString(k),
                            w.mode().jmhName(),
                            Formats.csv(c.score()),
                            c.extrapolated() ? EXTRAPOLATED : Formats.csv(c.estimate().error()),
                            w.unit(),
                            value(Scaling.gain(w, s, k)),
                            value(Scaling.speedup(w, s, k)),
                            value(Scaling.efficiency(w, s, k)))));
                }
            }
        }
        return out.toString();
    }

    private static String value(Optional<Ratio> r) {
        return r.map(x -> Formats.csv(x.value())).orElse("");
    }
}
