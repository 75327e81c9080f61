package org.synfire.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.AxesChart;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.synfire.model.morphology.Morphology;
import org.synfire.model.morphology.SectionType;
import org.synfire.units.Units;

/**
 * A morphology drawn in 2-D: each compartment a line from its start to its end projected onto
 * the x-y plane, as wide as its diameter (at least 1.5 pixels, 4 where colour stands for a
 * value), the soma a disc; coloured by section type or by one value per compartment on a
 * viridis scale with a colour bar. Micrometres
 * are square on screen whatever the figure's shape, so the axes are hidden and a scale bar
 * stands for them. XChart lays out the plot area and the legend; the layer paints the neuron.
 */
final class MorphologyPlot implements Figure.Layer {
    /** Viridis at five stops (matplotlib's), interpolated linearly: ordered in lightness, readable in grey. */
    static final Color[] VIRIDIS = {
        new Color(68, 1, 84), new Color(59, 82, 139), new Color(33, 145, 140), new Color(94, 201, 98), new Color(253, 231, 37)};
    /** Compartments without a value: light enough not to read as any colour of the scale. */
    private static final Color UNRECORDED = new Color(210, 210, 210);
    /** Room around the neuron, as a fraction of its extent, so the scale bar and colour bar do not cover it. */
    private static final double MARGIN = 0.12;
    /** Extra width for the colour bar, as a fraction of the neuron's extent. */
    private static final double BAR_ROOM = 0.25;
    /** Palette entries by type: the soma grey, dendrites blue, apical dendrites purple, axons red. */
    private static final Map<SectionType, Integer> TYPE_COLOURS = Map.of(SectionType.SOMA, 7, SectionType.DENDRITE, 0, SectionType.APICAL, 4,
        SectionType.AXON, 3);

    private final double[][] segments;
    private final double[] diameters;
    private final Color[] colours;
    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;
    /** The colour bar's low and high ends and title, or null without one. */
    private final String[] bar;
    /** The narrowest line in pixels: colours must be wide enough to read where a value is drawn. */
    private final double thinnest;

    private MorphologyPlot(double[][] segments, double[] diameters, Color[] colours, double[] box, String[] bar) {
        this.segments = segments;
        this.diameters = diameters;
        this.colours = colours;
        this.xMin = box[0];
        this.xMax = box[1];
        this.yMin = box[2];
        this.yMax = box[3];
        this.bar = bar;
        this.thinnest = bar == null ? 1.5 : 4;
    }

    /** Coloured by section type, with a legend entry per type present. */
    static Figure bySection(Morphology m) {
        String[] names = m.sectionNames();
        Color[] colours = new Color[m.size()];
        Map<SectionType, Color> present = new EnumMap<>(SectionType.class);
        for (int i = 0; i < colours.length; i++) {
            SectionType type = m.section(names[i]).type();
            colours[i] = present.computeIfAbsent(type, t -> Style.colour(TYPE_COLOURS.get(t)));
        }
        MorphologyPlot plot = new MorphologyPlot(m.segments(Units.um), m.diameters(Units.um), colours, box(m), null);
        XYChart chart = plot.chart();
        double outside = plot.xMin - 10 * (plot.xMax - plot.xMin);
        present.forEach((type, colour) -> {
            XYSeries key = chart.addSeries(type.name().toLowerCase(Locale.ROOT), new double[] {outside}, new double[] {plot.yMin});
            key.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            key.setMarker(SeriesMarkers.SQUARE);
            key.setMarkerColor(colour);
        });
        chart.getStyler().setLegendVisible(true);
        return new Figure(chart, null).layer(plot);
    }

    /**
     * Coloured by {@code values}, one per compartment, on a viridis scale from their least to their
     * greatest; a compartment whose value is NaN (not recorded) is light grey.
     */
    static Figure byValue(Morphology m, double[] values, String title) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        Color[] colours = new Color[values.length];
        for (int i = 0; i < values.length; i++) {
            colours[i] = Double.isNaN(values[i]) ? UNRECORDED : viridis(hi > lo ? (values[i] - lo) / (hi - lo) : 0.5);
        }
        double[] box = box(m);
        // Room on the right for the colour bar, so it does not cover the neuron.
        box[1] += BAR_ROOM * (box[1] - box[0]);
        MorphologyPlot plot = new MorphologyPlot(m.segments(Units.um), m.diameters(Units.um), colours, box,
            new String[] {label(lo), label(hi), title});
        XYChart chart = plot.chart();
        chart.getStyler().setLegendVisible(false);
        return new Figure(chart, null).layer(plot);
    }

    /** A colour bar's end: three significant digits are all a colour can tell apart. */
    private static String label(double value) {
        return Style.tick(new java.math.BigDecimal(value).round(new java.math.MathContext(3)).doubleValue());
    }

    /** The neuron's extent in micrometres with a margin: {xMin, xMax, yMin, yMax}. */
    private static double[] box(Morphology m) {
        double[][] s = m.segments(Units.um);
        double[] d = m.diameters(Units.um);
        double[] box = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int i = 0; i < s.length; i++) {
            double r = d[i] / 2;
            box[0] = Math.min(box[0], Math.min(s[i][0], s[i][3]) - r);
            box[1] = Math.max(box[1], Math.max(s[i][0], s[i][3]) + r);
            box[2] = Math.min(box[2], Math.min(s[i][1], s[i][4]) - r);
            box[3] = Math.max(box[3], Math.max(s[i][1], s[i][4]) + r);
        }
        double pad = MARGIN * Math.max(box[1] - box[0], box[3] - box[2]);
        return new double[] {box[0] - pad, box[1] + pad, box[2] - pad, box[3] + pad};
    }

    /** A chart with hidden axes over the neuron's extent; XChart needs a series to lay them out. */
    private XYChart chart() {
        XYChart chart = Plots.xy("", "x (um)", "y (um)");
        chart.getStyler().setAxisTicksVisible(false).setAxisTitlesVisible(false).setPlotBorderVisible(false);
        chart.getStyler().setXAxisMin(xMin).setXAxisMax(xMax).setYAxisMin(yMin).setYAxisMax(yMax);
        XYSeries frame = chart.addSeries(Figure.HIDDEN, new double[] {xMin, xMax}, new double[] {yMin, yMax});
        frame.setMarker(SeriesMarkers.NONE);
        frame.setLineStyle(SeriesLines.NONE);
        frame.setShowInLegend(false);
        return chart;
    }

    static Color viridis(double f) {
        double x = Math.max(0, Math.min(1, f)) * (VIRIDIS.length - 1);
        int k = Math.min((int) x, VIRIDIS.length - 2);
        double t = x - k;
        Color a = VIRIDIS[k];
        Color b = VIRIDIS[k + 1];
        return new Color((int) Math.round(a.getRed() + t * (b.getRed() - a.getRed())),
            (int) Math.round(a.getGreen() + t * (b.getGreen() - a.getGreen())), (int) Math.round(a.getBlue() + t * (b.getBlue() - a.getBlue())));
    }

    @Override
    public void paint(Graphics2D g, AxesChart<?, ?> chart, boolean vector) {
        Rectangle2D area = Figure.plotArea(chart, xMin, xMax, yMin, yMax);
        if (area == null) {
            return;
        }
        // One scale for both axes, the neuron centred in the plot area.
        double scale = Math.min(area.getWidth() / (xMax - xMin), area.getHeight() / (yMax - yMin));
        double cx = area.getCenterX() - scale * (xMax - xMin) / 2;
        double cy = area.getCenterY() + scale * (yMax - yMin) / 2;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.clip(area);
        for (int i = 0; i < segments.length; i++) {
            double[] s = segments[i];
            double ax = cx + (s[0] - xMin) * scale;
            double ay = cy - (s[1] - yMin) * scale;
            double bx = cx + (s[3] - xMin) * scale;
            double by = cy - (s[4] - yMin) * scale;
            double width = Math.max(thinnest, diameters[i] * scale);
            g.setColor(colours[i]);
            if (ax == bx && ay == by) {
                double r = Math.max(2, width / 2);
                g.fill(new Ellipse2D.Double(ax - r, ay - r, 2 * r, 2 * r));
            } else {
                g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(new Line2D.Double(ax, ay, bx, by));
            }
        }
        scaleBar(g, area.getMinX(), area.getMaxY(), scale);
        if (bar != null) {
            colourBar(g, area.getMaxX(), area.getMinY(), area.getHeight());
        }
    }

    /** A bar of a round length (1, 2 or 5 times a power of ten micrometres) near a fifth of the width, bottom left. */
    private void scaleBar(Graphics2D g, double left, double bottom, double scale) {
        double target = (xMax - xMin) / 5;
        double power = Math.pow(10, Math.floor(Math.log10(target)));
        double length = target >= 5 * power ? 5 * power : target >= 2 * power ? 2 * power : power;
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(2f));
        double x = left + 10;
        double y = bottom - 12;
        g.draw(new Line2D.Double(x, y, x + length * scale, y));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawString(Style.tick(length) + " \u00b5m", (float) x, (float) (y - 6));
    }

    /** A vertical viridis bar at the right of the plot area, its ends labelled, its title above it. */
    private void colourBar(Graphics2D g, double right, double top, double h) {
        double barTop = top + 28;
        double barHeight = Math.max(20, 0.4 * h);
        double x = right - 64;
        int steps = 64;
        for (int k = 0; k < steps; k++) {
            g.setColor(viridis(1 - (k + 0.5) / steps));
            g.fill(new Rectangle2D.Double(x, barTop + k * barHeight / steps, 12, barHeight / steps + 0.5));
        }
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawString(bar[1], (float) (x + 16), (float) (barTop + 10));
        g.drawString(bar[0], (float) (x + 16), (float) (barTop + barHeight));
        g.drawString(bar[2], (float) (x - g.getFontMetrics().stringWidth(bar[2]) / 2.0 + 6), (float) (barTop - 10));
    }
}
