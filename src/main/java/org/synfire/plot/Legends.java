package org.synfire.plot;

import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.RenderableSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.lines.SeriesLines;

/**
 * Places a line chart's legend where it covers no data: in the inside corner that the series'
 * points and the lines between them leave empty, or outside the plot, to the right, when every
 * corner has data. XChart's own default, the top right, sits on a rising f–I curve or a trace's
 * late spikes.
 */
final class Legends {
    private static final Styler.LegendPosition[] CORNERS = {
        Styler.LegendPosition.InsideNE, Styler.LegendPosition.InsideNW, Styler.LegendPosition.InsideSE, Styler.LegendPosition.InsideSW};
    /** Points tried along each line segment, so a line crossing a corner between two samples counts. */
    private static final int SAMPLES_PER_SEGMENT = 8;

    /** The gap XChart leaves between an inside legend and the plot area's edge (its {@code Legend_.LEGEND_MARGIN}). */
    private static final int MARGIN = 6;
    /** The space XChart leaves between the lines of a legend entry's name (its {@code Legend_.MULTI_LINE_SPACE}). */
    private static final int LINE_SPACE = 3;
    /** The height of a box entry's swatch (its {@code Legend_.BOX_SIZE}). */
    private static final int BOX = 20;

    private Legends() {
    }

    /** Sets the legend's position for a chart drawn {@code width} × {@code height}; does nothing when the legend is hidden. */
    static void place(XYChart chart, int width, int height) {
        if (!chart.getStyler().isLegendVisible()) {
            return;
        }
        List<String> names = new ArrayList<>();
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (XYSeries s : chart.getSeriesCollection()) {
            if (s.isShowInLegend() && !s.getName().equals(Figure.HIDDEN)) {
                names.add(s.getName());
            }
            xMin = Math.min(xMin, s.getXMin());
            xMax = Math.max(xMax, s.getXMax());
            yMin = Math.min(yMin, s.getYMin());
            yMax = Math.max(yMax, s.getYMax());
        }
        Styler styler = chart.getStyler();
        xMin = chart.getStyler().getXAxisMin() != null ? chart.getStyler().getXAxisMin() : xMin;
        xMax = chart.getStyler().getXAxisMax() != null ? chart.getStyler().getXAxisMax() : xMax;
        yMin = chart.getStyler().getYAxisMin() != null ? chart.getStyler().getYAxisMin() : yMin;
        yMax = chart.getStyler().getYAxisMax() != null ? chart.getStyler().getYAxisMax() : yMax;
        if (names.isEmpty() || !(xMax > xMin) || !(yMax > yMin)) {
            return;
        }
        // The legend's size, and the gap XChart leaves between it and the plot's edge, as a fraction of the plot area
        // (about 80 % of the figure after axes and titles).
        double[] size = size(chart);
        double w = (size[0] + MARGIN) / (0.8 * width);
        double h = (size[1] + MARGIN) / (0.8 * height);
        int best = -1;
        int fewest = Integer.MAX_VALUE;
        for (int c = 0; c < CORNERS.length; c++) {
            int covered = covered(chart, c % 2 == 1, c < 2, w, h, xMin, xMax, yMin, yMax);
            if (covered < fewest) {
                fewest = covered;
                best = c;
            }
        }
        styler.setLegendPosition(fewest == 0 ? CORNERS[best] : Styler.LegendPosition.OutsideE);
    }

    /**
     * The width and height in pixels of the vertical legend XChart draws for the chart, measured as
     * XChart measures it: each entry as tall as its name's lines (their glyphs' outline, a few
     * pixels between lines) or its marker, whichever is taller, the legend's padding after each
     * entry and once above them all; as wide as the longest line, a sample line (or box) and the
     * padding on both sides and between.
     */
    static double[] size(XYChart chart) {
        XYStyler styler = chart.getStyler();
        int pad = styler.getLegendPadding();
        FontRenderContext frc = new FontRenderContext(null, true, false);
        double textWidth = 0;
        double height = pad;
        boolean box = false;
        for (XYSeries s : chart.getSeriesCollection()) {
            if (!s.isShowInLegend() || !s.isEnabled()) {
                continue;
            }
            double text = -LINE_SPACE;
            for (String line : s.getLabel().split("\\n")) {
                Rectangle2D bounds = new TextLayout(line, styler.getLegendFont(), frc).getOutline(null).getBounds2D();
                text += bounds.getHeight() + LINE_SPACE;
                textWidth = Math.max(textWidth, bounds.getWidth());
            }
            RenderableSeries.LegendRenderType type = s.getXYSeriesRenderStyle().orElse(styler.getDefaultSeriesRenderStyle()).getLegendRenderType();
            boolean boxed = type == RenderableSeries.LegendRenderType.Box || type == RenderableSeries.LegendRenderType.BoxNoOutline;
            box |= boxed;
            height += Math.max(text, boxed ? BOX : styler.getMarkerSize()) + pad;
        }
        double sample = box ? BOX : styler.getLegendSeriesLineLength();
        return new double[] {sample + pad + textWidth + 2 * pad, height};
    }

    /** How many of the data's points (and points along its lines) fall in a corner box of {@code w} × {@code h} of the plot. */
    private static int covered(XYChart chart, boolean left, boolean top, double w, double h, double xMin, double xMax, double yMin,
                               double yMax) {
        int count = 0;
        for (XYSeries s : chart.getSeriesCollection()) {
            if (s.getName().equals(Figure.HIDDEN)) {
                continue;
            }
            double[] x = s.getXData();
            double[] y = s.getYData();
            boolean joined = s.getXYSeriesRenderStyle().orElse(chart.getStyler().getDefaultSeriesRenderStyle()) != XYSeries.XYSeriesRenderStyle.Scatter
                && s.getLineStyle() != SeriesLines.NONE;
            for (int k = 0; k < x.length; k++) {
                int steps = joined && k + 1 < x.length && Double.isFinite(y[k + 1]) ? SAMPLES_PER_SEGMENT : 1;
                for (int j = 0; j < steps; j++) {
                    double f = (double) j / steps;
                    double u = ((steps == 1 ? x[k] : x[k] + f * (x[k + 1] - x[k])) - xMin) / (xMax - xMin);
                    double v = ((steps == 1 ? y[k] : y[k] + f * (y[k + 1] - y[k])) - yMin) / (yMax - yMin);
                    if (Double.isFinite(u) && Double.isFinite(v) && (left ? u <= w : u >= 1 - w) && (top ? v >= 1 - h : v <= h)) {
                        count++;
                    }
                }
            }
        }
        return count;
    }
}
