package dev.cvp.report.write.chart;

import java.awt.Rectangle;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/** Draws a {@link LineChart} as an SVG document. (First cut: lines only; intervals and log axes to come.) */
public final class LineChartSvg {

    static final int WIDTH = 720;
    static final int HEIGHT = 420;

    private LineChartSvg() {
    }

    public static String svg(LineChart spec) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (LineChart.Series s : spec.series()) {
            XYSeries xy = new XYSeries(s.name(), false, true);
            for (LineChart.Point p : s.points()) {
                xy.add(p.x(), p.y());
            }
            data.addSeries(xy);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(spec.title(), spec.xLabel(), spec.yLabel(), data,
                PlotOrientation.VERTICAL, true, false, false);
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        return g.getSVGDocument();
    }
}
