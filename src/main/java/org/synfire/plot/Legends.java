package org.synfire.plot;

import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
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
        // The legend's size as a fraction of the plot area (about 80 % of the figure after axes and titles).
        int longest = names.stream().mapToInt(String::length).max().orElse(0);
        double w = (longest * 0.6 * styler.getLegendFont().getSize() + 45) / (0.8 * width);
        double h = (names.size() * 1.4 * styler.getLegendFont().getSize() + 12) / (0.8 * height);
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
