package org.synfire.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.awt.Color;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler;

/**
 * The legend's size as {@link Legends} estimates it, against the legend XChart draws: painted on
 * a colour no figure uses and measured in the image.
 */
class LegendsTest {
    private static final Color MARK = new Color(255, 0, 255);

    /** A chart of {@code entries} flat lines along the bottom, named with ascenders and descenders as real names have. */
    private static XYChart lines(int entries) {
        XYChart chart = Plots.xy("", "t (ms)", "g (nS)");
        for (int k = 0; k < entries; k++) {
            Plots.line(chart, "g_syn " + k + " (pyramidal)", new double[] {0, 100}, new double[] {k * 0.01, k * 0.01}, k);
        }
        chart.getStyler().setLegendVisible(true).setLegendBackgroundColor(MARK).setLegendBorderColor(MARK);
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(1.0);
        return chart;
    }

    /** The width and height of the box of {@link #MARK} pixels in the image. */
    private static int[] markedBox(BufferedImage image) {
        int left = Integer.MAX_VALUE;
        int right = -1;
        int top = Integer.MAX_VALUE;
        int bottom = -1;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == (MARK.getRGB() & 0xFFFFFF)) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        return new int[] {right - left + 1, bottom - top + 1};
    }

    @Test
    void theEstimatedSizeIsTheSizeXChartDrawsForOneToEightEntries() {
        for (int entries = 1; entries <= 8; entries++) {
            XYChart chart = lines(entries);
            double[] estimate = Legends.size(chart);
            int[] drawn = markedBox(new Figure(chart, null).image());
            // XChart fills the box at fractional coordinates and strokes its 1-pixel border across the edge, so the
            // pixels wholly inside it run up to a pixel short or over at each end.
            assertEquals(estimate[1], drawn[1], 2, entries + " entries: height");
            assertEquals(estimate[0], drawn[0], 2, entries + " entries: width");
        }
    }

    @Test
    void aSixEntryLegendKeepsOutOfACornerWithDataBelowItsTop() {
        XYChart chart = lines(6);
        chart.getStyler().setLegendBackgroundColor(new Color(255, 255, 255, 200));
        // Data everywhere along the bottom, up the left side, and one point 40 % down from the top right: a corner
        // about a third of the plot high looks empty there, the six entries' legend is taller.
        Plots.line(chart, "left", new double[] {0, 0}, new double[] {0, 1}, 6).setShowInLegend(false);
        Plots.line(chart, "point", new double[] {100}, new double[] {0.6}, 7).setShowInLegend(false);
        double legendHeight = Legends.size(chart)[1];
        Figure f = new Figure(chart, null);
        assertNotEquals(Styler.LegendPosition.InsideNE, f.legendPosition(),
            "a legend " + legendHeight + " px high in the top right would cover the point at 0.6");
    }
}
