package dev.cvp.report.write;

import dev.cvp.report.metrics.Ratio;
import dev.cvp.report.metrics.Scaling;
import dev.cvp.report.model.Workload;
import dev.cvp.report.write.chart.LineChart;
import java.util.ArrayList;
import java.util.List;

/** The lines the report's charts are made of, from ratios and their intervals. */
public final class ChartLines {

    private ChartLines() {
    }

    /** A point at x for a ratio, with its 95% interval (the value alone where it has none). */
    public static LineChart.Point point(double x, Ratio r) {
        return r.hasInterval() ? new LineChart.Point(x, r.value(), r.low(), r.high())
                : LineChart.Point.exact(x, r.value());
    }

    /** The ideal (k / base cores), then every strategy's parallel speedup vs cores with its intervals. */
    public static List<LineChart.Series> speedups(Workload w) {
        List<LineChart.Series> series = new ArrayList<>();
        series.add(new LineChart.Series("ideal", true, w.coreCounts().stream()
                .map(k -> LineChart.Point.exact(k, Scaling.idealSpeedup(w, k))).toList()));
        for (String s : w.strategies()) {
            List<LineChart.Point> points = new ArrayList<>();
            for (int k : w.coreCounts()) {
                Scaling.speedup(w, s, k).ifPresent(r -> points.add(point(k, r)));
            }
            if (!points.isEmpty()) {
                series.add(new LineChart.Series(s, false, points));
            }
        }
        return series;
    }
}
