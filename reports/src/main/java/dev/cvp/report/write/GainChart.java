package dev.cvp.report.write;

import dev.cvp.report.analysis.TaskFamilies;
import dev.cvp.report.metrics.Scaling;
import dev.cvp.report.model.Workload;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Concurrency gain vs tasks in flight for a family of workloads, at one core count, on log
 * axes: overlapping waits make the gain grow with the tasks until something saturates. The
 * "ideal" line is gain = tasks (every task's wait fully overlapped).
 */
public final class GainChart {

    private GainChart() {
    }

    /** True when at least one strategy has a gain at two or more task counts. */
    public static boolean applies(List<Workload> family, int cores) {
        return strategies(family).stream().anyMatch(s -> family.stream()
                .filter(w -> Scaling.gain(w, s, cores).isPresent()).count() >= 2);
    }

    public static JFreeChart create(List<Workload> family, int cores) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries ideal = new XYSeries("ideal (gain = tasks)");
        family.forEach(w -> ideal.add(TaskFamilies.tasks(w), TaskFamilies.tasks(w)));
        data.addSeries(ideal);
        for (String s : strategies(family)) {
            XYSeries series = new XYSeries(s);
            for (Workload w : family) {
                Scaling.gain(w, s, cores).filter(r -> r.value() > 0)
                        .ifPresent(r -> series.add(TaskFamilies.tasks(w), r.value()));
            }
            if (series.getItemCount() >= 1) {
                data.addSeries(series);
            }
        }
        Workload first = family.get(0);
        String title = first.key().without("tasks").label() + " at " + cores + (cores == 1 ? " core" : " cores");
        JFreeChart chart = ChartFactory.createXYLineChart(title, "tasks in flight (log)",
                "concurrency gain vs sequential (log)", data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        LogAxis x = new LogAxis("tasks in flight (log)");
        x.setBase(10);
        x.setSmallestValue(0.5);
        LogAxis y = new LogAxis("concurrency gain vs sequential (log)");
        y.setBase(10);
        y.setSmallestValue(0.01);
        for (LogAxis axis : new LogAxis[] {x, y}) {
            axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            axis.setNumberFormatOverride(new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        }
        plot.setDomainAxis(x);
        plot.setRangeAxis(y);
        ChartStyle.apply(chart);
        return chart;
    }

    private static Set<String> strategies(List<Workload> family) {
        Set<String> out = new LinkedHashSet<>();
        family.forEach(w -> w.strategies().stream().filter(s -> !s.equals(Workload.SEQUENTIAL)).forEach(out::add));
        return out;
    }
}
