package dev.cvp.report.write;

import dev.cvp.report.metrics.Ratio;
import dev.cvp.report.metrics.Scaling;
import dev.cvp.report.model.Workload;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Parallel speedup vs cores for every strategy of a workload, beside the ideal line. */
public final class SpeedupChart {

    /** At most this many strategies per chart. */
    static final int MAX_SERIES = 10;

    private SpeedupChart() {
    }

    /** True for a job split into tasks (it has a sequential baseline) measured at two or more core counts. */
    public static boolean applies(Workload w) {
        return w.coreCounts().size() >= 2 && w.hasSequential();
    }

    /**
     * The strategies drawn: all of them up to {@link #MAX_SERIES}; beyond that sequential and the
     * ones with the highest speedup at the most cores (a legend of 40 lines reads as noise).
     */
    static List<String> shown(Workload w) {
        List<String> all = w.strategies();
        if (all.size() <= MAX_SERIES) {
            return all;
        }
        int top = w.coreCounts().get(w.coreCounts().size() - 1);
        List<String> out = new ArrayList<>();
        if (all.contains(Workload.SEQUENTIAL)) {
            out.add(Workload.SEQUENTIAL);
        }
        all.stream().filter(s -> !s.equals(Workload.SEQUENTIAL))
                .sorted(Comparator.comparingDouble((String s) -> Scaling.speedup(w, s, top).map(Ratio::value).orElse(0.0))
                        .reversed())
                .limit(MAX_SERIES - out.size()).forEach(out::add);
        return out;
    }

    public static JFreeChart create(Workload w) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries ideal = new XYSeries("ideal (linear)");
        for (int k : w.coreCounts()) {
            ideal.add(k, Scaling.idealSpeedup(w, k));
        }
        data.addSeries(ideal);
        List<String> shown = shown(w);
        for (String s : shown) {
            XYSeries series = new XYSeries(s);
            for (int k : w.coreCounts()) {
                Scaling.speedup(w, s, k).ifPresent(r -> series.add(k, r.value()));
            }
            if (!series.isEmpty()) {
                data.addSeries(series);
            }
        }
        String title = w.key().label() + (shown.size() < w.strategies().size()
                ? " (" + shown.size() + " of " + w.strategies().size() + " strategies: the best-scaling)" : "");
        JFreeChart chart = ChartFactory.createXYLineChart(title, "cores",
                "parallel speedup vs " + Scaling.baseCores(w) + " core(s)", data, PlotOrientation.VERTICAL,
                true, false, false);
        XYPlot plot = chart.getXYPlot();
        NumberAxis x = (NumberAxis) plot.getDomainAxis();
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        ChartStyle.apply(chart);
        return chart;
    }
}
