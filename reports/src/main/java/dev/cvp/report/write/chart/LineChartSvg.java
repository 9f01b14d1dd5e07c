package dev.cvp.report.write.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Draws a {@link LineChart} as an SVG document, written directly (no drawing library), so that:
 * every title, tick label and legend entry is an SVG {@code <text>} (searchable, selectable) with
 * its characters escaped; each point's 95% interval is an error bar (cut with an arrowhead where it
 * runs beyond the axis); measured lines differ in colour, marker, dash and fill, and are shifted a
 * few pixels apart sideways so lines that coincide stay visible; reference lines are grey and
 * dashed; the legend sits below the plot, never over the data; each marker carries its values as a
 * tooltip. The same chart always gives the same bytes; the document uses no ids, so many charts
 * can be inlined in one HTML page.
 */
public final class LineChartSvg {

    static final int WIDTH = 720;
    static final int PLOT_HEIGHT = 300;
    private static final double TITLE_SIZE = 15;
    private static final double AXIS_TITLE_SIZE = 13;
    private static final double TICK_SIZE = 12;
    private static final double LEGEND_ROW = 20;
    private static final double LEGEND_SAMPLE = 30;
    /** Sideways shift between neighbouring measured lines, in pixels (at most; less when there are many). */
    private static final double DODGE = 4;

    private LineChartSvg() {
    }

    public static String svg(LineChart spec) {
        return new Layout(spec).draw();
    }

    /** Positions computed once from the chart, then drawn in order: grid, frame, text, reference lines, data. */
    private static final class Layout {

        private final LineChart spec;
        private final Axis x;
        private final Axis y;
        private final List<String> titleLines;
        private final double left;
        private final double top;
        private final double plotWidth;
        private final double bottom;
        private final int legendColumns;
        private final double legendColumnWidth;
        private final double height;
        private final SvgText svg = new SvgText();

        Layout(LineChart spec) {
            this.spec = spec;
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            List<Double> ends = new ArrayList<>();
            for (LineChart.Series s : spec.series()) {
                for (LineChart.Point p : s.points()) {
                    if (Double.isFinite(p.x()) && Double.isFinite(p.y())) {
                        xs.add(p.x());
                        ys.add(p.y());
                        ends.add(p.low());
                        ends.add(p.high());
                    }
                }
            }
            boolean wholeX = xs.stream().allMatch(v -> v == Math.rint(v));
            x = Axis.of(spec.logX(), xs, List.of(), false, wholeX);
            y = Axis.of(spec.logY(), ys, ends, true, false);
            titleLines = wrap(text(spec.title()), TITLE_SIZE, WIDTH - 40, 3);
            double tickWidth = y.ticks().stream().filter(Axis.Tick::labelled)
                    .mapToDouble(t -> SvgText.width(t.label(), TICK_SIZE)).max().orElse(0);
            left = Math.ceil(40 + tickWidth);
            double lastX = x.ticks().stream().filter(Axis.Tick::labelled)
                    .mapToDouble(t -> SvgText.width(t.label(), TICK_SIZE) / 2).reduce((a, b) -> b).orElse(0);
            plotWidth = WIDTH - left - Math.max(24, Math.ceil(lastX) + 6);
            top = 16 + titleLines.size() * 19;
            bottom = top + PLOT_HEIGHT;
            int entries = spec.series().size();
            double widest = spec.series().stream()
                    .mapToDouble(s -> LEGEND_SAMPLE + 8 + SvgText.width(text(s.name()), TICK_SIZE) + 18).max().orElse(0);
            legendColumnWidth = Math.min(plotWidth, widest);
            legendColumns = entries == 0 ? 1 : (int) Math.max(1, Math.min(entries, Math.floor(plotWidth / legendColumnWidth)));
            int rows = (entries + legendColumns - 1) / legendColumns;
            height = Math.ceil(bottom + 50 + (rows == 0 ? 0 : 8 + rows * LEGEND_ROW));
        }

        String draw() {
            String w = SvgText.num(WIDTH);
            String h = SvgText.num(height);
            svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "width", w, "height", h, "viewBox",
                    "0 0 " + w + " " + h, "font-family", "Helvetica, Arial, sans-serif", "role", "img").newline();
            svg.element("title", text(spec.title()));
            svg.element("desc", description()).newline();
            svg.empty("rect", "width", w, "height", h, "fill", "#ffffff").newline();
            for (int i = 0; i < titleLines.size(); i++) {
                svg.element("text", titleLines.get(i), "x", SvgText.num(WIDTH / 2.0), "y", SvgText.num(20 + i * 19),
                        "text-anchor", "middle", "font-size", SvgText.num(TITLE_SIZE), "font-weight", "bold");
            }
            svg.newline();
            grid();
            axes();
            if (spec.series().stream().allMatch(s -> s.points().isEmpty())) {
                svg.element("text", "no data", "x", SvgText.num(left + plotWidth / 2), "y",
                        SvgText.num(top + PLOT_HEIGHT / 2.0), "text-anchor", "middle", "font-size",
                        SvgText.num(AXIS_TITLE_SIZE), "fill", "#555555").newline();
            }
            List<LineChart.Series> measured = spec.series().stream().filter(s -> !s.reference()).toList();
            for (LineChart.Series s : spec.series()) {
                if (s.reference()) {
                    series(s, SeriesStyle.REFERENCE, 0);
                }
            }
            double step = measured.size() <= 1 ? 0 : Math.min(DODGE, 24.0 / (measured.size() - 1));
            for (int i = 0; i < measured.size(); i++) {
                series(measured.get(i), SeriesStyle.measured(i), (i - (measured.size() - 1) / 2.0) * step);
            }
            legend();
            return svg.close("svg").newline().toString();
        }

        private String description() {
            return "Line chart. x: " + text(spec.xLabel()) + (spec.logX() ? " (log scale)" : "") + ". y: "
                    + text(spec.yLabel()) + (spec.logY() ? " (log scale)" : "")
                    + ". Error bars: 95% intervals. Lines: "
                    + String.join(", ", spec.series().stream().map(s -> text(s.name())).toList()) + ".";
        }

        private double px(double v) {
            return left + x.fraction(v) * plotWidth;
        }

        private double py(double v) {
            return bottom - y.fraction(v) * PLOT_HEIGHT;
        }

        private void grid() {
            svg.open("g", "stroke-width", "1").newline();
            for (Axis.Tick t : x.ticks()) {
                String at = SvgText.num(Math.round(px(t.value())) + 0.5);
                svg.empty("line", "x1", at, "y1", SvgText.num(top), "x2", at, "y2", SvgText.num(bottom), "stroke",
                        t.labelled() ? "#d9d9d9" : "#efefef");
            }
            for (Axis.Tick t : y.ticks()) {
                String at = SvgText.num(Math.round(py(t.value())) + 0.5);
                svg.empty("line", "x1", SvgText.num(left), "y1", at, "x2", SvgText.num(left + plotWidth), "y2", at,
                        "stroke", t.labelled() ? "#d9d9d9" : "#efefef");
            }
            svg.close("g").newline();
            svg.empty("rect", "x", SvgText.num(left), "y", SvgText.num(top), "width", SvgText.num(plotWidth), "height",
                    SvgText.num(PLOT_HEIGHT), "fill", "none", "stroke", "#8c8c8c").newline();
        }

        private void axes() {
            svg.open("g", "font-size", SvgText.num(TICK_SIZE), "fill", "#333333").newline();
            for (Axis.Tick t : x.ticks()) {
                if (t.labelled()) {
                    svg.element("text", t.label(), "x", SvgText.num(px(t.value())), "y", SvgText.num(bottom + 17),
                            "text-anchor", "middle");
                }
            }
            for (Axis.Tick t : y.ticks()) {
                if (t.labelled()) {
                    svg.element("text", t.label(), "x", SvgText.num(left - 6), "y", SvgText.num(py(t.value()) + 4),
                            "text-anchor", "end");
                }
            }
            svg.close("g").newline();
            String xTitle = SvgText.fit(text(spec.xLabel()) + (spec.logX() ? " (log scale)" : ""), AXIS_TITLE_SIZE,
                    plotWidth);
            svg.element("text", xTitle, "x", SvgText.num(left + plotWidth / 2), "y", SvgText.num(bottom + 38),
                    "text-anchor", "middle", "font-size", SvgText.num(AXIS_TITLE_SIZE));
            String yTitle = SvgText.fit(text(spec.yLabel()) + (spec.logY() ? " (log scale)" : ""), AXIS_TITLE_SIZE,
                    PLOT_HEIGHT);
            double cy = top + PLOT_HEIGHT / 2.0;
            svg.element("text", yTitle, "x", "18", "y", SvgText.num(cy), "text-anchor", "middle", "font-size",
                    SvgText.num(AXIS_TITLE_SIZE), "transform", "rotate(-90 18 " + SvgText.num(cy) + ")").newline();
        }

        /** One line with its error bars and markers, shifted dx pixels sideways. */
        private void series(LineChart.Series s, SeriesStyle style, double dx) {
            List<LineChart.Point> points = s.points().stream().filter(p -> x.shows(p.x()) && y.shows(p.y()))
                    .sorted(Comparator.comparingDouble(LineChart.Point::x)).toList();
            svg.open("g", "stroke", style.colour(), "fill", "none").element("title", text(s.name())).newline();
            if (!s.reference()) {
                for (LineChart.Point p : points) {
                    errorBar(p, px(p.x()) + dx);
                }
            }
            if (points.size() > 1) {
                StringBuilder d = new StringBuilder();
                for (LineChart.Point p : points) {
                    d.append(d.isEmpty() ? "" : " ").append(SvgText.num(px(p.x()) + dx)).append(',')
                            .append(SvgText.num(py(p.y())));
                }
                List<String> a = new ArrayList<>(List.of("points", d.toString(), "stroke-width",
                        s.reference() ? "1.5" : "2", "stroke-linejoin", "round"));
                if (!style.dash().isEmpty()) {
                    a.addAll(List.of("stroke-dasharray", style.dash()));
                }
                svg.empty("polyline", a.toArray(String[]::new)).newline();
            }
            if (style.marker() != null) {
                for (LineChart.Point p : points) {
                    style.marker(svg, px(p.x()) + dx, py(p.y()), tooltip(s, p));
                }
            }
            svg.close("g").newline();
        }

        /** A vertical bar from low to high with caps; an end beyond the axis is cut and drawn as an arrowhead. */
        private void errorBar(LineChart.Point p, double cx) {
            double lo = Math.min(p.low(), p.high());
            double hi = Math.max(p.low(), p.high());
            if (!Double.isFinite(lo) || !Double.isFinite(hi) || lo == hi) {
                return;
            }
            boolean lowCut = !y.shows(lo) || y.fraction(lo) < 0;
            boolean highCut = y.fraction(hi) > 1;
            double y1 = lowCut ? bottom : py(lo);
            double y2 = highCut ? top : py(hi);
            String xs = SvgText.num(cx);
            svg.empty("line", "x1", xs, "y1", SvgText.num(y1), "x2", xs, "y2", SvgText.num(y2), "stroke-width", "1.2");
            end(cx, y1, lowCut, 1);
            end(cx, y2, highCut, -1);
        }

        private void end(double cx, double at, boolean cut, int inward) {
            if (cut) {
                svg.empty("path", "d", "M" + SvgText.num(cx - 4) + "," + SvgText.num(at + 6 * inward) + "L"
                        + SvgText.num(cx) + "," + SvgText.num(at) + "L" + SvgText.num(cx + 4) + ","
                        + SvgText.num(at + 6 * inward), "stroke-width", "1.2");
            } else {
                svg.empty("line", "x1", SvgText.num(cx - 4), "y1", SvgText.num(at), "x2", SvgText.num(cx + 4), "y2",
                        SvgText.num(at), "stroke-width", "1.2");
            }
        }

        private void legend() {
            List<LineChart.Series> all = spec.series();
            if (all.isEmpty()) {
                return;
            }
            double startY = bottom + 58;
            svg.open("g", "font-size", SvgText.num(TICK_SIZE), "fill", "#222222").newline();
            int measuredIndex = 0;
            for (int i = 0; i < all.size(); i++) {
                LineChart.Series s = all.get(i);
                SeriesStyle style = s.reference() ? SeriesStyle.REFERENCE : SeriesStyle.measured(measuredIndex++);
                double ex = left + (i % legendColumns) * legendColumnWidth;
                double ey = startY + (i / legendColumns) * LEGEND_ROW;
                List<String> a = new ArrayList<>(List.of("x1", SvgText.num(ex), "y1", SvgText.num(ey), "x2",
                        SvgText.num(ex + LEGEND_SAMPLE), "y2", SvgText.num(ey), "stroke", style.colour(), "stroke-width",
                        s.reference() ? "1.5" : "2"));
                if (!style.dash().isEmpty()) {
                    a.addAll(List.of("stroke-dasharray", style.dash()));
                }
                svg.empty("line", a.toArray(String[]::new));
                if (style.marker() != null) {
                    style.marker(svg, ex + LEGEND_SAMPLE / 2, ey, text(s.name()));
                }
                String name = SvgText.fit(text(s.name()), TICK_SIZE, legendColumnWidth - LEGEND_SAMPLE - 18);
                svg.element("text", name, "x", SvgText.num(ex + LEGEND_SAMPLE + 8), "y", SvgText.num(ey + 4)).newline();
            }
            svg.close("g").newline();
        }

        private String tooltip(LineChart.Series s, LineChart.Point p) {
            String t = text(s.name()) + ": " + number(p.x()) + " → " + number(p.y());
            double lo = Math.min(p.low(), p.high());
            double hi = Math.max(p.low(), p.high());
            if (Double.isFinite(lo) && Double.isFinite(hi) && lo != hi) {
                t += " (95% interval " + number(lo) + " to " + number(hi) + ")";
            }
            return t;
        }
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /** Four significant digits, no exponent below 10^15: 1234, 0.01235, 12.5. */
    static String number(double v) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        if (v == 0) {
            return "0";
        }
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    /** Greedy word wrap to at most maxLines lines of maxWidth (estimated); the last line cut with an ellipsis. */
    static List<String> wrap(String text, double fontSize, double maxWidth, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        String[] words = text.trim().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String candidate = line.isEmpty() ? words[i] : line + " " + words[i];
            if (SvgText.width(candidate, fontSize) <= maxWidth || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
            } else if (lines.size() == maxLines - 1) {
                line.append(' ').append(String.join(" ", List.of(words).subList(i, words.length)));
                break;
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(words[i]);
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        lines.replaceAll(l -> SvgText.fit(l, fontSize, maxWidth));
        return lines;
    }
}
