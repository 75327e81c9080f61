package org.synfire.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.AxesChart;
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

    private final List<double[]> times;
    private final List<int[]> rows;
    private final List<String> names;
    private final int[] offsets;
    private final int[] sizes;
    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;
    private final int total;
    /** The colours of the y axis's labels and tick marks, when this layer draws them (several groups); null otherwise. */
    private Color labels;
    private Color marks;

    private Raster(List<double[]> times, List<int[]> rows, List<String> names, int[] offsets, int[] sizes, double xMin, double xMax,
                   double yMax, int total) {
        this.times = times;
        this.rows = rows;
        this.names = names;
        this.offsets = offsets;
        this.sizes = sizes;
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
     * @param endMs   when the recording ended, for the end of the time axis; NaN when unknown (the last spike then ends it)
     */
    static Figure figure(List<String> names, List<double[]> timesMs, List<int[]> neurons, int[] sizes, double endMs) {
        int[] offsets = new int[sizes.length];
        int rowsTotal = 0;
        for (int size : sizes) {
            rowsTotal += size;
        }
        // Groups are kept apart by a band of empty rows, 3 % of the plot's height, with a rule in its middle.
        int gap = sizes.length > 1 ? Math.max(1, (int) Math.round(0.03 * rowsTotal)) : 0;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int total = 0;
        int next = 0;
        for (int g = 0; g < sizes.length; g++) {
            offsets[g] = next;
            next += sizes[g] + gap;
            for (double t : timesMs.get(g)) {
                lo = Math.min(lo, t);
                hi = Math.max(hi, t);
            }
            total += timesMs.get(g).length;
        }
        int rowsDrawn = next - gap;
        if (total == 0) {
            lo = 0;
            hi = 1;
        }
        // Start at 0 when the spikes do (nearly); a window recorded later (from: 1.s) starts at its first spike.
        if (lo <= 0.1 * (hi - lo)) {
            lo = Math.min(0, lo);
        }
        if (endMs > hi) {
            hi = endMs;
        }
        if (hi <= lo) {
            hi = lo + 1;
        }
        double top = Math.max(0.5, rowsDrawn - 0.5);
        boolean seconds = hi - lo > Plots.SECONDS_FROM_MS;
        List<double[]> drawn = seconds ? timesMs.stream().map(t -> java.util.Arrays.stream(t).map(x -> x / 1000).toArray()).toList() : timesMs;
        if (seconds) {
            lo /= 1000;
            hi /= 1000;
        }
        XYChart chart = Plots.xy("", seconds ? "t (s)" : "t (ms)", "neuron");
        chart.getStyler().setXAxisMin(lo).setXAxisMax(hi).setYAxisMin(-0.5).setYAxisMax(top);
        // XChart needs a series to lay out the axes; this one spans them and draws nothing. Its
        // middle point is off any even spacing: on evenly spaced data XChart puts ticks on the data.
        XYSeries frame = chart.addSeries(Figure.HIDDEN, new double[] {lo, lo + (hi - lo) / Math.PI, hi},
            new double[] {-0.5, -0.5 + (top + 0.5) / Math.PI, top});
        frame.setMarker(SeriesMarkers.NONE);
        frame.setLineStyle(SeriesLines.NONE);
        frame.setShowInLegend(false);
        // Each group is named on its band (below); the legend would only repeat it. A series per
        // group, in its colour and off the axes, keeps the groups in the chart's own model.
        for (int g = 0; g < names.size(); g++) {
            XYSeries key = chart.addSeries(unique(chart, names.get(g)), new double[] {lo - 10 * (hi - lo)}, new double[] {offsets[g]});
            key.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            key.setMarker(SeriesMarkers.SQUARE);
            key.setMarkerColor(Style.colour(g));
        }
        chart.getStyler().setLegendVisible(false);
        Raster raster = new Raster(drawn, neurons, List.copyOf(names), offsets, sizes, lo, hi, top, total);
        if (names.size() > 1) {
            // XChart would number the rows of all groups as one axis (the second group from 3,320); each group's rows
            // are numbered from 0 instead, by paintRows. XChart's own numbers are drawn clear, so that the axis keeps
            // the width they need and the plot does not move.
            raster.labels = chart.getStyler().getYAxisTickLabelsColor();
            raster.marks = chart.getStyler().getYAxisTickMarksColor();
            chart.getStyler().setYAxisTickLabelsColor(CLEAR).setYAxisTickMarksColor(CLEAR);
        }
        return new Figure(chart, null).layer(raster);
    }

    /** Ink that draws nothing. */
    static final Color CLEAR = new Color(0, 0, 0, 0);

    /** A label on the y axis of stacked groups: the row (neuron) it names within its group, at its place on the whole axis. */
    record RowTick(double y, String label) {
    }

    /** The round steps between labelled rows, within each power of ten. */
    private static final int[] ROUND = {1, 2, 5};

    /**
     * Where the rows of stacked groups are labelled: each group from its own neuron 0, every
     * {@code step} neurons, {@code step} the smallest round number (1, 2 or 5 times a power of
     * ten) that puts labels one and a half label heights apart, about as densely as XChart labels
     * an axis. Where a group's last label would touch the next group's 0, the 0 is kept.
     *
     * @param offsets      each group's first row on the whole axis
     * @param sizes        each group's rows
     * @param pixelsPerRow the height of a row on the screen
     * @param labelHeight  the height of a label, in pixels
     */
    static List<RowTick> rowTicks(int[] offsets, int[] sizes, double pixelsPerRow, double labelHeight) {
        long step = 1;
        for (int k = 1; step * pixelsPerRow < 1.5 * labelHeight; k++) {
            step = ROUND[k % 3] * Math.round(Math.pow(10, k / 3));
        }
        List<RowTick> ticks = new java.util.ArrayList<>();
        for (int g = 0; g < sizes.length; g++) {
            for (long row = 0; row < sizes[g]; row += step) {
                double y = offsets[g] + row;
                if (!ticks.isEmpty() && (y - ticks.get(ticks.size() - 1).y()) * pixelsPerRow < 1.25 * labelHeight) {
                    ticks.remove(ticks.size() - 1);
                }
                ticks.add(new RowTick(y, Style.tick(row)));
            }
        }
        return ticks;
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
        // As wide as on a 640-point screen figure, thinner on a smaller (printed) one.
        double tickWidth = (total < VECTOR_LIMIT ? 1.5 : 1) * Math.min(1, w / 560);
        if (labels != null) {
            paintRows(g, chart, area, rowHeight);
        }
        g.clip(area);
        if (vector && total > VECTOR_LIMIT) {
            BufferedImage image = new BufferedImage((int) Math.ceil(w), (int) Math.ceil(h), BufferedImage.TYPE_INT_ARGB);
            Graphics2D ig = image.createGraphics();
            fill(ig, 0, 0, sx, rowHeight, h, tick, 1, false);
            ig.dispose();
            g.drawImage(image, (int) Math.round(left), (int) Math.round(top), null);
        } else {
            // Integer rectangles only where a unit is a pixel: scaled for print (points to 300 dpi), a tick narrower than a
            // point would round to nothing.
            boolean scaled = g.getTransform().getScaleX() != 1 || g.getTransform().getScaleY() != 1;
            fill(g, left, top, sx, rowHeight, h, tick, tickWidth, vector || scaled);
        }
        if (names.size() > 1) {
            g.setFont(chart.getStyler().getLegendFont().deriveFont(Font.BOLD));
            label(g, left, top, w, h, rowHeight);
        }
    }

    /**
     * The y axis of stacked groups as XChart draws an axis, with {@link #rowTicks}: a line beside
     * the plot's left border, tick marks out from it and labels beside them, in the axis's own
     * font, colours and lengths.
     */
    private void paintRows(Graphics2D g, AxesChart<?, ?> chart, Rectangle2D area, double rowHeight) {
        var styler = chart.getStyler();
        g.setFont(styler.getAxisTickLabelsFont());
        java.awt.FontMetrics metrics = g.getFontMetrics();
        // XChart fits the data into a share of the plot, centred: the border lies outside the data's rectangle.
        double share = styler.getPlotContentSize();
        double border = area.getX() - (area.getWidth() / share - area.getWidth()) / 2;
        double top = area.getY() - (area.getHeight() / share - area.getHeight()) / 2;
        double bottom = top + area.getHeight() / share;
        double line = border - styler.getPlotMargin();
        double mark = styler.getAxisTickMarkLength();
        g.setColor(marks);
        g.setStroke(styler.getAxisTickMarksStroke());
        g.draw(new java.awt.geom.Line2D.Double(line, top, line, bottom));
        for (RowTick tick : rowTicks(offsets, sizes, rowHeight, metrics.getHeight())) {
            double y = area.getY() + area.getHeight() - (tick.y() - yMin) * rowHeight;
            g.setColor(marks);
            g.draw(new java.awt.geom.Line2D.Double(line - mark, y, line, y));
            g.setColor(labels);
            g.drawString(tick.label(), (float) (line - mark - styler.getAxisTickPadding() - metrics.stringWidth(tick.label())),
                (float) (y + (metrics.getAscent() - metrics.getDescent()) / 2.0));
        }
    }

    /**
     * A rule across each gap between groups, and each group's name at the top left of its band,
     * in its colour on a light backing so that spikes under it stay visible around it, in the
     * legend's type (bold).
     */
    private void label(Graphics2D g, double left, double top, double w, double h, double rowHeight) {
        java.awt.FontMetrics metrics = g.getFontMetrics();
        for (int k = 0; k < names.size(); k++) {
            double bandTop = top + h - (offsets[k] + sizes[k] - 0.5 - yMin) * rowHeight;
            if (k > 0) {
                double rule = top + h - (offsets[k] - 0.5 * (offsets[k] - offsets[k - 1] - sizes[k - 1]) - 0.5 - yMin) * rowHeight;
                g.setColor(Color.LIGHT_GRAY);
                g.draw(new java.awt.geom.Line2D.Double(left, rule, left + w, rule));
            }
            String name = names.get(k);
            double x = left + 6;
            double y = bandTop + 4;
            g.setColor(new Color(255, 255, 255, 210));
            g.fill(new Rectangle2D.Double(x - 3, y, metrics.stringWidth(name) + 6, metrics.getHeight()));
            g.setColor(Style.colour(k));
            g.drawString(name, (float) x, (float) (y + metrics.getAscent()));
        }
        g.setColor(Color.BLACK);
    }

    /** Ticks centred on (t, row); integer rectangles on screen images (much faster), exact ones in vector files and print. */
    private void fill(Graphics2D g, double left, double top, double sx, double rowHeight, double h, double tick, double tickWidth,
                      boolean exact) {
        for (int k = 0; k < times.size(); k++) {
            g.setColor(Style.colour(k));
            double[] t = times.get(k);
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
