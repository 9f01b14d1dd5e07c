package dev.cvp.report.lesson;

import dev.cvp.report.model.Workload;
import dev.cvp.report.write.CsvText;
import dev.cvp.report.write.Formats;
import java.util.ArrayList;
import java.util.List;

/**
 * metrics.csv (DESIGN.md v2): every figure the report prints that is not a score or a ratio of
 * scores (those are in results.csv), one row per value, in long form. Sections add a row for each
 * such figure as they print it, so the two files can never disagree.
 */
public final class Figures {

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("module", "benchmark", "workload", "strategy", "cores",
            "metric", "value", "low", "high", "unit", "source");

    /** One value; low/high NaN where there is no interval. */
    public record Row(String module, String benchmark, String workload, String strategy, int cores, String metric,
                      double value, double low, double high, String unit, String source) {
    }

    private final List<Row> rows = new ArrayList<>();

    /** Adds a figure of a workload's cell and returns the value, for printing. */
    public double add(Workload w, String strategy, int cores, String metric, double value, double low, double high,
                      String unit, String source) {
        Row r = new Row(w.key().module(), w.key().benchmark(), w.key().paramsText(), strategy, cores, metric, value,
                low, high, unit, source);
        if (!rows.contains(r)) {
            rows.add(r);
        }
        return value;
    }

    public double add(Workload w, String strategy, int cores, String metric, double value, String unit,
                      String source) {
        return add(w, strategy, cores, metric, value, Double.NaN, Double.NaN, unit, source);
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    /** The CSV text, quoted as results.csv is. */
    public String csv() {
        StringBuilder b = new StringBuilder(CsvText.line(COLUMNS));
        for (Row r : rows) {
            b.append(CsvText.line(List.of(r.module(), r.benchmark(), r.workload(), r.strategy(),
                    Integer.toString(r.cores()), r.metric(), Formats.csv(r.value()), Formats.csv(r.low()),
                    Formats.csv(r.high()), r.unit(), r.source())));
        }
        return b.toString();
    }
}
