package dev.cvp.report.write.chart;

import java.util.List;

/**
 * What one chart shows, independent of how it is drawn: lines of points, each point with its 95%
 * interval, and reference lines (the ideal) drawn apart from measured ones. The report's lesson
 * sections build these; {@link LineChartSvg} draws them.
 *
 * @param title  the chart's title
 * @param xLabel the x axis title, units included
 * @param yLabel the y axis title, units included
 * @param logX   a logarithmic x axis (for data spanning decades, e.g. tasks 10..10,000)
 * @param logY   a logarithmic y axis
 * @param series the lines, in legend order
 */
public record LineChart(String title, String xLabel, String yLabel, boolean logX, boolean logY,
                        List<Series> series) {

    public LineChart {
        series = List.copyOf(series);
    }

    /**
     * One line.
     *
     * @param name      the legend entry
     * @param reference true for a line that is not measured (the ideal), drawn dashed and grey
     * @param points    by x
     */
    public record Series(String name, boolean reference, List<Point> points) {

        public Series {
            points = List.copyOf(points);
        }
    }

    /** One point: y with its 95% interval [low, high] (low = high = y where there is none). */
    public record Point(double x, double y, double low, double high) {

        public static Point exact(double x, double y) {
            return new Point(x, y, y, y);
        }
    }
}
