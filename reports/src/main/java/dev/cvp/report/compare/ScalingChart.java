package dev.cvp.report.compare;

import dev.cvp.report.metrics.Ratio;
import dev.cvp.report.metrics.Scaling;
import dev.cvp.report.model.Workload;
import dev.cvp.report.model.WorkloadKey;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Speedup vs cores of one strategy, one line per machine, each point with its 95% interval as an
 * error bar, beside the ideal (linear) line. Each machine is normalised to its own smallest core
 * count (1 where measured). The y axis is scaled to the lines, not the intervals: an interval
 * wider than that runs off the top edge. Drawn with JFreeChart; text is escaped by JFreeSVG.
 * (The report's own {@code write.chart.LineChart} can take this over once its renderer draws
 * intervals.)
 */
final class ScalingChart {

    private ScalingChart() {
    }

    /** The chart, or empty when fewer than two machines have a speedup to draw. */
    static Optional<JFreeChart> create(WorkloadKey key, String strategy, List<Entrant> entrants, List<Workload> ws) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        int maxCores = 1;
        double maxSpeedup = 1;
        int lines = 0;
        for (int i = 0; i < ws.size(); i++) {
            Workload w = ws.get(i);
            if (w == null || w.row(strategy).isEmpty()) {
                continue;
            }
            YIntervalSeries line = new YIntervalSeries(entrants.get(i).name() + " (" + (i + 1) + ")", true, false);
            for (int k : w.coreCounts()) {
                Optional<Ratio> r = Scaling.speedup(w, strategy, k);
                if (r.isPresent()) {
                    Ratio x = r.get();
                    double low = Double.isFinite(x.low()) ? x.low() : x.value();
                    double high = Double.isFinite(x.high()) ? x.high() : x.value();
                    line.add(k, x.value(), low, high);
                    maxCores = Math.max(maxCores, k);
                    maxSpeedup = Math.max(maxSpeedup, x.value());
                }
            }
            if (line.getItemCount() > 0) {
                data.addSeries(line);
                lines++;
            }
        }
        if (lines < 2) {
            return Optional.empty();
        }
        YIntervalSeries ideal = new YIntervalSeries("ideal (linear)");
        for (int k = 1; k <= maxCores; k++) {
            ideal.add(k, k, k, k);
        }
        data.addSeries(ideal);
        JFreeChart chart = ChartFactory.createXYLineChart(key.label() + ": " + strategy, "cores",
                "speedup vs the machine's own 1 core", data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        ((NumberAxis) plot.getDomainAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        // the lines decide the scale: an interval wider than the chart runs off its top edge
        plot.getRangeAxis().setRange(0, Math.max(maxCores, maxSpeedup) * 1.3);
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawXError(false);
        r.setDefaultLinesVisible(true);
        r.setDefaultShapesVisible(true);
        int idealIndex = data.getSeriesCount() - 1;
        r.setSeriesPaint(idealIndex, Color.GRAY);
        r.setSeriesShapesVisible(idealIndex, false);
        r.setSeriesStroke(idealIndex, new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
                new float[] {6f, 4f}, 0f));
        plot.setRenderer(r);
        chart.setBackgroundPaint(Color.WHITE);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        return Optional.of(chart);
    }
}
