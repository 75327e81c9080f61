package org.synfire.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.knowm.xchart.internal.chartpart.AxesChart;
import org.knowm.xchart.style.AxesChartStyler;

/**
 * A vertical viridis scale right of a chart, as tall as its plot area, ticked at round values
 * (as {@link Ticks#round} picks them) and titled with the quantity and its unit along its side,
 * as matplotlib's colour bar is. It is part of the figure, not of the chart's title, so a new
 * title leaves it as it is. The chart is drawn narrower by {@link #width}.
 */
final class ColourBar {
    /** Room between the chart's right edge and the bar. */
    private static final int GAP = 4;
    private static final int BAR = 14;
    private static final int TICK = 4;
    /** Room between a tick mark and its label, and between the labels and the title. */
    private static final int SPACE = 4;
    /** Room right of the title, the chart's own padding. */
    private static final int PAD = 12;
    /** The fewest pixels between ticks on the bar, as XChart keeps its own ticks apart. */
    private static final int TICK_SPACING = 40;
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, false);

    private final double low;
    private final double high;
    private final String label;

    /**
     * @param low   the value drawn darkest; a range without width is widened by one either way
     * @param high  the value drawn brightest
     * @param label the quantity and its unit, e.g. {@code v (mV)}
     */
    ColourBar(double low, double high, String label) {
        this.low = high > low ? low : low - 1;
        this.high = high > low ? high : high + 1;
        this.label = label;
    }

    /** {@return the bar's title: the quantity and its unit} */
    String label() {
        return label;
    }

    /** {@return the values ticked on a bar {@code height} pixels tall: round, at least {@link #TICK_SPACING} apart} */
    double[] ticks(double height) {
        return Ticks.round(low, high, Math.max(2, (int) (height / TICK_SPACING)));
    }

    /** {@return the colour of a value: viridis over the bar's range, its ends beyond it} */
    Color colour(double value) {
        return MorphologyPlot.viridis((value - low) / (high - low));
    }

    /** {@return the room the bar, its labels and its title take right of the chart, at the chart's fonts} */
    int width(AxesChart<?, ?> chart) {
        AxesChartStyler styler = chart.getStyler();
        double labels = 0;
        for (double v : Ticks.round(low, high, 8)) {
            labels = Math.max(labels, styler.getAxisTickLabelsFont().getStringBounds(Style.tick(v), MEASURE).getWidth());
        }
        double title = styler.getAxisTitleFont().getLineMetrics(label, MEASURE).getHeight();
        return (int) Math.ceil(GAP + BAR + TICK + SPACE + labels + SPACE + title + PAD);
    }

    /** Draws the bar beside a painted chart, from the top to the bottom of {@code area}, its plot area on screen. */
    void paint(Graphics2D g, AxesChart<?, ?> chart, Rectangle2D area) {
        AxesChartStyler styler = chart.getStyler();
        double x = chart.getWidth() + GAP;
        double top = area.getMinY();
        double height = area.getHeight();
        int strips = Math.max(2, (int) Math.ceil(height));
        for (int k = 0; k < strips; k++) {
            g.setColor(colour(high - (k + 0.5) / strips * (high - low)));
            // Each strip reaches into the next, so no seam of background shows between them.
            g.fill(new Rectangle2D.Double(x, top + k * height / strips, BAR, height / strips + 0.5));
        }
        g.setColor(styler.getPlotBorderColor());
        g.setStroke(new BasicStroke(1f));
        g.draw(new Rectangle2D.Double(x, top, BAR, height));
        Font tickFont = styler.getAxisTickLabelsFont();
        g.setFont(tickFont);
        double labels = 0;
        for (double v : ticks(height)) {
            double y = top + (high - v) / (high - low) * height;
            g.setColor(styler.getAxisTickMarksColor());
            g.draw(new Line2D.Double(x + BAR, y, x + BAR + TICK, y));
            String text = Style.tick(v);
            Rectangle2D bounds = tickFont.getStringBounds(text, g.getFontRenderContext());
            labels = Math.max(labels, bounds.getWidth());
            g.setColor(styler.getAxisTickLabelsColor());
            // Centred on the tick: the baseline sits half the digits' height below it.
            g.drawString(text, (float) (x + BAR + TICK + SPACE), (float) (y + tickFont.getLineMetrics(text, g.getFontRenderContext()).getAscent() * 0.35));
        }
        Font titleFont = styler.getAxisTitleFont();
        g.setFont(titleFont);
        g.setColor(styler.getChartFontColor());
        Rectangle2D bounds = titleFont.getStringBounds(label, g.getFontRenderContext());
        double ascent = titleFont.getLineMetrics(label, g.getFontRenderContext()).getAscent();
        AffineTransform saved = g.getTransform();
        // Read from bottom to top, as the y axis's title is.
        g.translate(x + BAR + TICK + SPACE + labels + SPACE + ascent, top + height / 2 + bounds.getWidth() / 2);
        g.rotate(-Math.PI / 2);
        g.drawString(label, 0f, 0f);
        g.setTransform(saved);
    }
}
