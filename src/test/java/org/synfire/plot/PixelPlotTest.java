package org.synfire.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

/**
 * Images of values: the grey scale, the layout of rows and columns (read back from the picture at
 * the centres of its pixels, not compared with a stored image), and refusals. With
 * {@code -Dsynfire.plots=DIR} the figures are also written there as PNG for a look.
 */
class PixelPlotTest {
    private static Color at(BufferedImage image, double x, double y) {
        return new Color(image.getRGB((int) Math.round(x), (int) Math.round(y)));
    }

    @Test
    void rowsRunFromTheTopAndHighValuesAreBlack() {
        // Three columns, two rows: the top row high, low, high; the bottom row low, the middle of the range, high.
        Figure f = Plots.pixels("pattern", new double[] {1, -1, 1, -1, 0, 1}, 3, -1, 1);
        XYChart chart = (XYChart) f.chart();
        assertEquals("pattern", chart.getTitle());
        assertFalse(chart.getStyler().isXAxisTicksVisible());
        assertFalse(chart.getStyler().isLegendVisible());
        assertEquals(PixelPlot.WIDTH, f.width());
        BufferedImage image = f.image();
        Rectangle2D area = PixelPlot.image(f.chart(), 3, 2);
        double side = area.getWidth() / 3;
        assertEquals(side, area.getHeight() / 2, 1e-9, "square pixels");
        assertTrue(side > 50, "the image fills the figure: pixels " + side + " wide");
        double[][] centre = new double[6][];
        for (int k = 0; k < 6; k++) {
            centre[k] = new double[] {area.getX() + (k % 3 + 0.5) * side, area.getY() + (k / 3 + 0.5) * side};
        }
        assertEquals(Color.BLACK, at(image, centre[0][0], centre[0][1]));
        assertEquals(Color.WHITE, at(image, centre[1][0], centre[1][1]));
        assertEquals(Color.BLACK, at(image, centre[2][0], centre[2][1]));
        assertEquals(Color.WHITE, at(image, centre[3][0], centre[3][1]));
        assertEquals(new Color(128, 128, 128), at(image, centre[4][0], centre[4][1]), "the middle of the range is mid grey");
        assertEquals(Color.BLACK, at(image, centre[5][0], centre[5][1]));
        MorphologyPlotTest.keep(f, "pixels");
    }

    @Test
    void withoutARangeTheValuesSpanTheGreys() {
        Figure rates = Plots.pixels("rates", new double[] {0, 10, 20, 40}, 2);
        BufferedImage image = rates.image();
        Rectangle2D area = PixelPlot.image(rates.chart(), 2, 2);
        double side = area.getWidth() / 2;
        assertEquals(Color.WHITE, at(image, area.getX() + side / 2, area.getY() + side / 2), "the smallest value, top left, is white");
        assertEquals(PixelPlot.grey(10, 0, 40), at(image, area.getX() + 1.5 * side, area.getY() + side / 2));
        assertEquals(Color.BLACK, at(image, area.getX() + 1.5 * side, area.getY() + 1.5 * side), "the largest, bottom right, is black");
        assertEquals(new Color(191, 191, 191), PixelPlot.grey(10, 0, 40));
        assertEquals(Color.WHITE, PixelPlot.grey(-5, 0, 40), "below the range: the low end");
        assertEquals(Color.BLACK, PixelPlot.grey(50, 0, 40), "above the range: the high end");
        Figure flat = Plots.pixels("all equal", new double[] {3, 3, 3, 3}, 2);
        BufferedImage grey = flat.image();
        Rectangle2D middle = PixelPlot.image(flat.chart(), 2, 2);
        assertEquals(new Color(128, 128, 128), at(grey, middle.getCenterX(), middle.getCenterY()), "one grey");
        Figure row = Plots.grid(3, rates, flat, Plots.pixels("one", new double[] {1}, 1));
        assertEquals(3 * PixelPlot.WIDTH, row.width(), "small figures make a row");
    }

    @Test
    void mistakesSayWhatToDo() {
        PlotException e = assertThrows(PlotException.class, () -> Plots.pixels("p", new double[10], 3, 0, 1));
        assertEquals("Plots.pixels: 10 values do not fill rows of 3; give a whole number of rows (a multiple of 3 values)", e.getMessage());
        e = assertThrows(PlotException.class, () -> Plots.pixels("p", new double[0], 3));
        assertEquals("Plots.pixels: no values to draw; give one per pixel, row by row", e.getMessage());
        e = assertThrows(PlotException.class, () -> Plots.pixels("p", new double[4], 0, 0, 1));
        assertEquals("Plots.pixels: give at least 1 column, not 0", e.getMessage());
        e = assertThrows(PlotException.class, () -> Plots.pixels("p", new double[] {0, Double.NaN}, 2));
        assertEquals("Plots.pixels: the value of pixel 1 is NaN; give finite values", e.getMessage());
        e = assertThrows(PlotException.class, () -> Plots.pixels("p", new double[4], 2, 1, -1));
        assertEquals("Plots.pixels: the grey scale runs from low to high, so low (1.0) must be below high (-1.0)", e.getMessage());
    }
}
