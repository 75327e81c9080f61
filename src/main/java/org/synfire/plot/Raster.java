package org.synfire.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.AxesChart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A raster plot: each spike a short vertical tick, groups stacked bottom to top in their own
 * colour. XChart draws the axes and legend; the ticks are painted straight into the plot area
 * (XChart's scatter renderer takes several seconds for a million markers, a tick per spike
 * takes a fraction of one). In SVG, more than {@link #VECTOR_LIMIT} ticks are embedded as one
 * image so the file stays small enough to open.
 */
final class Raster implements Figure.Layer {
    static final int VECTOR_LIMIT = 20_000;

    private final List<double[]> timesMs;
    private final List<int[]> rows;
    private final int[] offsets;
    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;
    private final int total;

    private Raster(List<double[]> timesMs, List<int[]> rows, int[] offsets, double xMin, double xMax, double yMax, int total) {
        this.timesMs = timesMs;
        this.rows = rows;
        this.offsets = offsets;
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = -0.5;
        this.yMax = yMax;
        this.total = total;
    }

    /**
     * @param names   the groups, bottom first
     * @param timesMs each group's spike times in ms
     * @param neurons each group's spike neurons
     * @param sizes   each group's number of neurons (rows)
     */
    static Figure figure(List<String> names, List<double[]> timesMs, List<int[]> neurons, int[] sizes) {
        int[] offsets = new int[sizes.length];
        int rowsTotal = 0;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int total = 0;
        for (int g = 0; g < sizes.length; g++) {
            offsets[g] = rowsTotal;
            rowsTotal += sizes[g];
            for (double t : timesMs.get(g)) {
                lo = Math.min(lo, t);
                hi = Math.max(hi, t);
            }
            total += timesMs.get(g).length;
        }
        if (total == 0) {
            lo = 0;
            hi = 1;
        }
        // Start at 0 when the spikes do (nearly); a window recorded later (from: 1.s) starts at its first spike.
        if (lo <= 0.1 * (hi - lo)) {
            lo = Math.min(0, lo);
        }
        if (hi <= lo) {
            hi = lo + 1;
        }
        XYChart chart = Plots.xy("", "t (ms)", "neuron");
        chart.getStyler().setXAxisMin(lo).setXAxisMax(hi).setYAxisMin(-0.5).setYAxisMax(Math.max(0.5, rowsTotal - 0.5));
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        // XChart needs a series to lay out the axes; this one spans them and draws nothing.
        XYSeries frame = chart.addSeries(Figure.HIDDEN, new double[] {lo, hi}, new double[] {-0.5, Math.max(0.5, rowsTotal - 0.5)});
        frame.setMarker(SeriesMarkers.NONE);
        frame.setLineStyle(SeriesLines.NONE);
        frame.setShowInLegend(false);
        for (int g = 0; g < names.size(); g++) {
            // A legend entry in the group's colour; its one point lies left of the axis range, so
            // XChart clips it and draws nothing in the plot.
            XYSeries key = chart.addSeries(unique(chart, names.get(g)), new double[] {lo - 10 * (hi - lo)}, new double[] {offsets[g]});
            key.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            key.setMarker(SeriesMarkers.SQUARE);
            key.setMarkerColor(Style.colour(g));
        }
        chart.getStyler().setLegendVisible(names.size() > 1);
        Raster raster = new Raster(timesMs, neurons, offsets, lo, hi, Math.max(0.5, rowsTotal - 0.5), total);
        return new Figure(chart, null).layer(raster);
    }

    /** XChart refuses a second series of one name; two probes may well share one ("spikes_exc" of two runs). */
    private static String unique(XYChart chart, String name) {
        String candidate = name;
        for (int k = 2; chart.getSeries(candidate) != null; k++) {
            candidate = name + " (" + k + ")";
        }
        return candidate;
    }

    @Override
    public void paint(Graphics2D g, AxesChart<?, ?> chart, boolean vector) {
        Rectangle2D area = Figure.plotArea(chart, xMin, xMax, yMin, yMax);
        if (area == null) {
            return;
        }
        double left = area.getX();
        double top = area.getY();
        double w = area.getWidth();
        double h = area.getHeight();
        double sx = w / (xMax - xMin);
        double rowHeight = h / (yMax - yMin);
        double tick = Math.max(1, Math.min(8, 0.8 * rowHeight));
        double tickWidth = total < VECTOR_LIMIT ? 1.5 : 1;
        g.clip(area);
        if (vector && total > VECTOR_LIMIT) {
            BufferedImage image = new BufferedImage((int) Math.ceil(w), (int) Math.ceil(h), BufferedImage.TYPE_INT_ARGB);
            Graphics2D ig = image.createGraphics();
            fill(ig, 0, 0, sx, rowHeight, h, tick, 1, false);
            ig.dispose();
            g.drawImage(image, (int) Math.round(left), (int) Math.round(top), null);
        } else {
            fill(g, left, top, sx, rowHeight, h, tick, tickWidth, vector);
        }
    }

    /** Ticks centred on (t, row); integer rectangles on images (much faster), exact ones in vector files. */
    private void fill(Graphics2D g, double left, double top, double sx, double rowHeight, double h, double tick, double tickWidth,
                      boolean exact) {
        for (int k = 0; k < timesMs.size(); k++) {
            g.setColor(Style.colour(k));
            double[] t = timesMs.get(k);
            int[] n = rows.get(k);
            for (int s = 0; s < t.length; s++) {
                double x = left + (t[s] - xMin) * sx - tickWidth / 2;
                double y = top + h - (offsets[k] + n[s] - yMin) * rowHeight - tick / 2;
                if (exact) {
                    g.fill(new Rectangle2D.Double(x, y, tickWidth, tick));
                } else {
                    g.fillRect((int) Math.round(x), (int) Math.round(y), (int) Math.round(tickWidth), (int) Math.round(tick));
                }
            }
        }
        g.setColor(Color.BLACK);
    }
}
