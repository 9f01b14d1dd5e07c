package dev.cvp.report.compare;

import dev.cvp.report.metrics.Ratio;
import dev.cvp.report.metrics.Scaling;
import dev.cvp.report.model.Workload;
import dev.cvp.report.model.WorkloadKey;
import dev.cvp.report.write.ChartLines;
import dev.cvp.report.write.chart.LineChart;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Speedup vs cores of one strategy, one line per machine, each point with its 95% interval,
 * beside the ideal (linear) line. Each machine is normalised to its own smallest core count (1
 * where measured). Drawn by the report's one chart renderer.
 */
final class ScalingChart {

    private ScalingChart() {
    }

    /** The chart, or empty when fewer than two machines have a speedup to draw. */
    static Optional<LineChart> create(WorkloadKey key, String strategy, List<Entrant> entrants, List<Workload> ws) {
        List<LineChart.Series> series = new ArrayList<>();
        int maxCores = 1;
        for (int i = 0; i < ws.size(); i++) {
            Workload w = ws.get(i);
            if (w == null || w.row(strategy).isEmpty()) {
                continue;
            }
            List<LineChart.Point> points = new ArrayList<>();
            for (int k : w.coreCounts()) {
                Optional<Ratio> r = Scaling.speedup(w, strategy, k);
                if (r.isPresent()) {
                    points.add(ChartLines.point(k, r.get()));
                    maxCores = Math.max(maxCores, k);
                }
            }
            if (!points.isEmpty()) {
                series.add(new LineChart.Series(entrants.get(i).name() + " (" + (i + 1) + ")", false, points));
            }
        }
        if (series.size() < 2) {
            return Optional.empty();
        }
        List<LineChart.Point> ideal = new ArrayList<>();
        for (int k = 1; k <= maxCores; k++) {
            ideal.add(LineChart.Point.exact(k, k));
        }
        series.add(0, new LineChart.Series("ideal (linear)", true, ideal));
        return Optional.of(new LineChart(key.label() + ": " + strategy, "cores",
                "speedup vs the machine's own 1 core (\u00d7)", false, false, series));
    }
}
