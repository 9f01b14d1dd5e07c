package dev.cvp.report.write.chart;

/**
 * How one line looks. Measured lines differ in four ways at once (colour, marker shape, dash
 * pattern, filled vs hollow markers), so lines that coincide, a reader without colour vision and a
 * grey-scale print still tell them apart; reference lines are grey, dashed, unmarked.
 *
 * @param colour  stroke and marker colour
 * @param dash    an SVG stroke-dasharray, "" for solid
 * @param marker  the marker shape, null for none
 * @param hollow  markers drawn white inside
 */
record SeriesStyle(String colour, String dash, Marker marker, boolean hollow) {

    /** Okabe-Ito colours (distinguishable with the common colour-vision deficiencies), yellow left out: too faint on white. */
    private static final String[] PALETTE = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"};
    private static final String[] DASHES = {"", "7 4", "2 3", "10 3 2 3"};
    static final SeriesStyle REFERENCE = new SeriesStyle("#808080", "6 4", null, false);

    enum Marker { CIRCLE, SQUARE, TRIANGLE_UP, DIAMOND, TRIANGLE_DOWN, CROSS, PLUS }

    /** The style of the i-th measured line. */
    static SeriesStyle measured(int i) {
        Marker[] markers = Marker.values();
        return new SeriesStyle(PALETTE[i % PALETTE.length], DASHES[i % DASHES.length], markers[i % markers.length],
                i % 2 == 1);
    }

    /** Draws the marker centred at (x, y) with the given SVG child (a tooltip title) inside. */
    void marker(SvgText svg, double x, double y, String tooltip) {
        double r = 4.2;
        String fill = hollow ? "#ffffff" : colour;
        String name;
        String[] shape;
        switch (marker) {
            case CIRCLE -> {
                name = "circle";
                shape = new String[] {"cx", SvgText.num(x), "cy", SvgText.num(y), "r", SvgText.num(r)};
            }
            case SQUARE -> {
                name = "rect";
                double s = r * 0.9;
                shape = new String[] {"x", SvgText.num(x - s), "y", SvgText.num(y - s), "width", SvgText.num(2 * s),
                    "height", SvgText.num(2 * s)};
            }
            default -> {
                name = "path";
                shape = new String[] {"d", path(x, y, r)};
            }
        }
        boolean strokeOnly = marker == Marker.CROSS || marker == Marker.PLUS;
        String[] paint = {"fill", strokeOnly ? "none" : fill, "stroke", colour, "stroke-width",
            strokeOnly ? "2" : "1.5"};
        String[] all = new String[shape.length + paint.length];
        System.arraycopy(shape, 0, all, 0, shape.length);
        System.arraycopy(paint, 0, all, shape.length, paint.length);
        svg.open(name, all).element("title", tooltip).close(name);
    }

    private String path(double x, double y, double r) {
        double t = r * 1.2;
        double[] pts = switch (marker) {
            case TRIANGLE_UP -> new double[] {x, y - t, x + t, y + t * 0.8, x - t, y + t * 0.8};
            case TRIANGLE_DOWN -> new double[] {x, y + t, x + t, y - t * 0.8, x - t, y - t * 0.8};
            case DIAMOND -> new double[] {x, y - t, x + t, y, x, y + t, x - t, y};
            case CROSS -> new double[] {x - r, y - r, x + r, y + r, x - r, y + r, x + r, y - r};
            case PLUS -> new double[] {x - t, y, x + t, y, x, y - t, x, y + t};
            default -> throw new IllegalStateException(marker.name());
        };
        StringBuilder d = new StringBuilder();
        boolean segments = marker == Marker.CROSS || marker == Marker.PLUS;
        for (int i = 0; i < pts.length; i += 2) {
            d.append(i == 0 || (segments && i % 4 == 0) ? "M" : "L").append(SvgText.num(pts[i])).append(',')
                    .append(SvgText.num(pts[i + 1]));
        }
        return segments ? d.toString() : d.append('Z').toString();
    }
}
