package dev.cvp.report.write;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

/**
 * The look every chart shares: white background, light grid, lines with markers in colour-blind
 * safe colours, and the first series (the ideal) as a grey dashed line without markers.
 */
final class ChartStyle {

    /** Okabe-Ito colours (readable with colour-blindness), then a few more; series 0 is the ideal. */
    private static final Color[] PALETTE = {
        new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xD55E00), new Color(0xCC79A7),
        new Color(0x56B4E9), Color.BLACK, new Color(0x8C564B), new Color(0xBCBD22), new Color(0x7F7F7F)};

    private ChartStyle() {
    }

    static void apply(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        chart.setAntiAlias(true);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        r.setSeriesPaint(0, Color.GRAY);
        r.setSeriesStroke(0, new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
                new float[] {6f, 4f}, 0f));
        r.setSeriesShapesVisible(0, false);
        for (int i = 1; i < plot.getSeriesCount(); i++) {
            r.setSeriesPaint(i, PALETTE[(i - 1) % PALETTE.length]);
        }
        plot.setRenderer(r);
    }
}
