package dev.cvp.report.write.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.report.write.chart.LineChart.Point;
import dev.cvp.report.write.chart.LineChart.Series;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class LineChartSvgTest {

    private static final Series IDEAL = new Series("ideal", true, List.of(Point.exact(1, 1), Point.exact(2, 2),
            Point.exact(4, 4)));

    private static Series measured(String name, double... ys) {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < ys.length; i++) {
            double x = Math.pow(2, i);
            points.add(new Point(x, ys[i], ys[i] * 0.9, ys[i] * 1.1));
        }
        return new Series(name, false, points);
    }

    private static LineChart speedup(Series... series) {
        return new LineChart("Speedup vs cores", "cores", "speedup (×)", false, false, List.of(series));
    }

    @Test
    void everyLabelIsATextElement() {
        SvgDocument svg = SvgDocument.parse(LineChartSvg.svg(speedup(IDEAL, measured("forkJoin", 1, 1.9, 3.6))));
        List<String> texts = svg.texts();
        for (String expected : List.of("Speedup vs cores", "cores", "speedup (×)", "ideal", "forkJoin", "1", "2", "4")) {
            assertTrue(texts.contains(expected), expected + " not a <text> in " + texts);
        }
    }

    @Test
    void aHostileSeriesNameStaysText() {
        String hostile = "</text><script>alert(1)</script> & \"q\" 'a'\u0007";
        String out = LineChartSvg.svg(new LineChart("<b>" + hostile, hostile, hostile, false, false,
                List.of(measured(hostile, 1, 2))));
        assertFalse(out.contains("<script"), out);
        assertFalse(out.contains("<b>"), out);
        assertTrue(out.contains("&lt;/text&gt;&lt;script&gt;"), out);
        SvgDocument svg = SvgDocument.parse(out);
        String clean = "</text><script>alert(1)</script> & \"q\" 'a'";
        assertTrue(svg.texts().contains(clean), svg.texts().toString());
        assertTrue(svg.all("script").isEmpty());
    }

    @Test
    void eachIntervalIsAnErrorBarAroundItsMarker() {
        Series s = new Series("s", false, List.of(new Point(1, 10, 8, 14), new Point(2, 12, 11, 13),
                Point.exact(3, 14)));
        SvgDocument svg = SvgDocument.parse(LineChartSvg.svg(speedup(s)));
        Element g = svg.series("s");
        List<Element> bars = SvgDocument.all(g, "line").stream()
                .filter(l -> l.getAttribute("x1").equals(l.getAttribute("x2"))).toList();
        assertEquals(2, bars.size(), "one bar per point with an interval, none for an exact point");
        List<Element> markers = SvgDocument.all(g, "circle");
        assertEquals(3, markers.size());
        Element bar = bars.get(0);
        Element marker = markers.get(0);
        double low = SvgDocument.num(bar, "y1");
        double high = SvgDocument.num(bar, "y2");
        double y = SvgDocument.num(marker, "cy");
        assertTrue(high < y && y < low, "high above the point, low below: " + high + " " + y + " " + low);
        assertEquals(SvgDocument.num(marker, "cx"), SvgDocument.num(bar, "x1"), 0.01);
        assertEquals(2, (y - high) / (low - y), 0.05, "14 is twice as far above 10 as 8 is below");
        assertTrue(marker.getTextContent().contains("95% interval 8 to 14"), marker.getTextContent());
    }

    @Test
    void anIntervalFarBeyondTheDataIsCutWithArrowheadsNotStretchingTheAxis() {
        Series wild = new Series("wild", false, List.of(Point.exact(1, 1), new Point(2, 1.3, -30, 50)));
        SvgDocument svg = SvgDocument.parse(LineChartSvg.svg(speedup(IDEAL, wild)));
        List<String> texts = svg.texts();
        assertFalse(texts.contains("50") || texts.contains("40"), "the axis follows the data: " + texts);
        assertEquals(2, SvgDocument.all(svg.series("wild"), "path").stream()
                .filter(p -> !p.getAttribute("d").endsWith("Z")).count(), "an arrowhead at each cut end");
    }

    @Test
    void linesThatCoincideStayDistinguishable() {
        SvgDocument svg = SvgDocument.parse(LineChartSvg.svg(speedup(measured("a", 1, 2, 4), measured("b", 1, 2, 4))));
        Element a = svg.series("a");
        Element b = svg.series("b");
        assertNotEquals(a.getAttribute("stroke"), b.getAttribute("stroke"));
        Element la = SvgDocument.all(a, "polyline").get(0);
        Element lb = SvgDocument.all(b, "polyline").get(0);
        assertNotEquals(la.getAttribute("points"), lb.getAttribute("points"), "shifted apart sideways");
        assertNotEquals(la.getAttribute("stroke-dasharray"), lb.getAttribute("stroke-dasharray"));
        assertTrue(SvgDocument.all(a, "circle").size() == 3 && SvgDocument.all(b, "rect").size() == 3,
                "different marker shapes");
    }

    @Test
    void measuredStylesDifferInColourMarkerAndDashForNeighbours() {
        Set<SeriesStyle> seen = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            SeriesStyle s = SeriesStyle.measured(i);
            SeriesStyle next = SeriesStyle.measured(i + 1);
            assertTrue(seen.add(s), "style " + i + " repeats");
            assertNotEquals(s.colour(), next.colour());
            assertNotEquals(s.marker(), next.marker());
            assertNotEquals(s.dash(), next.dash());
            assertNotEquals(SeriesStyle.REFERENCE.colour(), s.colour());
        }
    }

    @Test
    void theReferenceIsGreyDashedWithoutMarkersOrBars() {
        SvgDocument svg = SvgDocument.parse(LineChartSvg.svg(speedup(IDEAL, measured("m", 1, 2, 3))));
        Element ideal = svg.series("ideal");
        assertEquals(SeriesStyle.REFERENCE.colour(), ideal.getAttribute("stroke"));
        assertFalse(SvgDocument.all(ideal, "polyline").get(0).getAttribute("stroke-dasharray").isEmpty());
        for (String marker : List.of("circle", "rect", "path", "line")) {
            assertTrue(SvgDocument.all(ideal, marker).isEmpty(), marker + " in the reference line");
        }
    }

    @Test
    void logAxesTickAtPowersOfTenWithShortLabels() {
        List<Point> points = new ArrayList<>();
        for (int t : new int[] {10, 100, 1000, 10_000}) {
            points.add(new Point(t, t * 0.9, t * 0.8, t));
        }
        LineChart c = new LineChart("gain", "tasks", "gain", true, true,
                List.of(new Series("ideal", true, points.stream().map(p -> Point.exact(p.x(), p.x())).toList()),
                        new Series("virtual", false, points), new Series("zero", false, List.of(Point.exact(10, 0)))));
        List<String> texts = SvgDocument.parse(LineChartSvg.svg(c)).texts();
        for (String label : List.of("10", "100", "1k", "10k", "tasks (log scale)", "gain (log scale)")) {
            assertTrue(texts.contains(label), label + " in " + texts);
        }
        assertFalse(texts.contains("20") || texts.contains("5k"), "no in-between labels over three decades: " + texts);
    }

    @Test
    void tickLabelsAreShort() {
        assertEquals("1", Axis.logLabel(1, 0));
        assertEquals("100", Axis.logLabel(1, 2));
        assertEquals("1k", Axis.logLabel(1, 3));
        assertEquals("20k", Axis.logLabel(2, 4));
        assertEquals("1M", Axis.logLabel(1, 6));
        assertEquals("0.1", Axis.logLabel(1, -1));
        assertEquals("0.005", Axis.logLabel(5, -3));
        assertEquals("1e-6", Axis.logLabel(1, -6));
        assertEquals("20k", Axis.linearLabel(20_000, 10_000, 40_000));
        assertEquals("2.5k", Axis.linearLabel(2_500, 500, 12_000));
        assertEquals("0.5", Axis.linearLabel(0.5, 0.5, 2));
        assertEquals("0", Axis.linearLabel(-1e-17, 0.5, 2));
        assertEquals("250", Axis.linearLabel(250, 50, 9_000));
    }

    @Test
    void wholeNumberXTicksOnlyAtWholeNumbers() {
        List<String> texts = SvgDocument.parse(LineChartSvg.svg(speedup(measured("m", 10, 20)))).texts();
        assertTrue(texts.contains("1") && texts.contains("2"), texts.toString());
        assertFalse(texts.contains("1.5"), texts.toString());
    }

    @Test
    void theLegendIsBelowThePlot() {
        SvgDocument svg = SvgDocument.parse(LineChartSvg.svg(speedup(IDEAL, measured("alpha", 1, 2, 3))));
        Element frame = svg.all("rect").stream().filter(r -> r.getAttribute("fill").equals("none")).findFirst()
                .orElseThrow();
        double frameBottom = SvgDocument.num(frame, "y") + SvgDocument.num(frame, "height");
        Element entry = svg.all("text").stream().filter(t -> t.getTextContent().equals("alpha")).findFirst()
                .orElseThrow();
        assertTrue(SvgDocument.num(entry, "y") > frameBottom + 20, "legend under the axis title");
        double height = SvgDocument.num(svg.doc().getDocumentElement(), "height");
        assertTrue(SvgDocument.num(entry, "y") < height, "inside the image");
    }

    @Test
    void theSameChartGivesTheSameBytesAndNoIds() {
        String one = LineChartSvg.svg(speedup(IDEAL, measured("a", 1, 1.9, 3.5)));
        String two = LineChartSvg.svg(speedup(new Series("ideal", true, IDEAL.points()), measured("a", 1, 1.9, 3.5)));
        assertEquals(one, two);
        assertFalse(one.contains(" id="), "ids would clash when charts are inlined in one page");
    }

    @Test
    void pointsALogAxisCannotShowAndEmptyChartsStillRender() {
        LineChart odd = new LineChart("odd", "x", "y", true, true, List.of(new Series("s", false,
                List.of(Point.exact(0, 1), Point.exact(1, -1), Point.exact(Double.NaN, 2), new Point(10, 5, -1, 9)))));
        SvgDocument svg = SvgDocument.parse(LineChartSvg.svg(odd));
        assertEquals(1, SvgDocument.all(svg.series("s"), "circle").size());
        SvgDocument empty = SvgDocument.parse(LineChartSvg.svg(new LineChart("none", "x", "y", false, false, List.of())));
        assertTrue(empty.texts().contains("no data"));
    }
}
