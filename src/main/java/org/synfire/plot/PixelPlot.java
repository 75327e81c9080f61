package org.synfire.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.AxesChart;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Values on a grid of square pixels, row by row from the top, in grey from white (low) to black
 * (high): a pattern stored in a network, a state, rates of neurons laid out on a sheet. Pixels
 * stay square whatever the figure's shape, so the axes are hidden; a thin grey frame marks the
 * image's edge, where white pixels would otherwise meet the white ground. XChart lays out the
 * title and the plot area; the layer paints the pixels.
 */
final class PixelPlot implements Figure.Layer {
    /** A small figure, so that a row of patterns fits a notebook's width. */
    static final int WIDTH = 220;
    static final int HEIGHT = 240;

    private final double[] values;
    private final int columns;
    private final int rows;
    private final double low;
    private final double high;

    private PixelPlot(double[] values, int columns, double low, double high) {
        this.values = values.clone();
        this.columns = columns;
        this.rows = values.length / columns;
        this.low = low;
        this.high = high;
    }

    static Figure of(String title, double[] values, int columns, double low, double high) {
        String where = "Plots.pixels";
        if (values.length == 0) {
            throw new PlotException(where + ": no values to draw; give one per pixel, row by row");
        }
        if (columns < 1) {
            throw new PlotException(where + ": give at least 1 column, not " + columns);
        }
        if (values.length % columns != 0) {
            throw new PlotException(where + ": " + values.length + " values do not fill rows of " + columns
                + "; give a whole number of rows (a multiple of " + columns + " values)");
        }
        for (int k = 0; k < values.length; k++) {
            if (!Double.isFinite(values[k])) {
                throw new PlotException(where + ": the value of pixel " + k + " is " + values[k] + "; give finite values");
            }
        }
        if (!(low < high)) {
            throw new PlotException(where + ": the grey scale runs from low to high, so low (" + low + ") must be below high (" + high + ")");
        }
        PixelPlot plot = new PixelPlot(values, columns, low, high);
        XYChart chart = Plots.xy(title, "column", "row");
        chart.getStyler().setAxisTicksVisible(false).setAxisTitlesVisible(false).setPlotBorderVisible(false).setLegendVisible(false);
        chart.getStyler().setXAxisMin(0.0).setXAxisMax((double) columns).setYAxisMin(0.0).setYAxisMax((double) plot.rows);
        chart.getStyler().setChartPadding(6);
        // XChart lays out axes only around a series; this one is never drawn.
        XYSeries frame = chart.addSeries(Figure.HIDDEN, new double[] {0, columns}, new double[] {0, plot.rows});
        frame.setMarker(SeriesMarkers.NONE);
        frame.setLineStyle(SeriesLines.NONE);
        frame.setShowInLegend(false);
        return new Figure(chart, null).size(WIDTH, HEIGHT).layer(plot);
    }

    /** The grey of a value: white at or below {@code low}, black at or above {@code high}, linear between. */
    static Color grey(double value, double low, double high) {
        double f = Math.max(0, Math.min(1, (value - low) / (high - low)));
        int level = (int) Math.round(255 * (1 - f));
        return new Color(level, level, level);
    }

    /**
     * Where an image of {@code columns × rows} pixels lies on a painted chart: one size for every
     * pixel, as large as the plot area allows, centred in it; null when the plot area is too small
     * to draw in.
     */
    static Rectangle2D image(AxesChart<?, ?> chart, int columns, int rows) {
        Rectangle2D area = Figure.plotArea(chart, 0, columns, 0, rows);
        if (area == null) {
            return null;
        }
        double side = Math.min(area.getWidth() / columns, area.getHeight() / rows);
        return new Rectangle2D.Double(area.getCenterX() - side * columns / 2, area.getCenterY() - side * rows / 2, side * columns, side * rows);
    }

    @Override
    public void paint(Graphics2D g, AxesChart<?, ?> chart, boolean vector) {
        Rectangle2D image = image(chart, columns, rows);
        if (image == null) {
            return;
        }
        double side = image.getWidth() / columns;
        double left = image.getX();
        double top = image.getY();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                g.setColor(grey(values[r * columns + c], low, high));
                // Edges rounded to whole pixels, so neighbours meet without seams of background between them.
                int x0 = (int) Math.round(left + c * side);
                int y0 = (int) Math.round(top + r * side);
                g.fillRect(x0, y0, (int) Math.round(left + (c + 1) * side) - x0, (int) Math.round(top + (r + 1) * side) - y0);
            }
        }
        g.setColor(Color.GRAY);
        g.drawRect((int) Math.round(left) - 1, (int) Math.round(top) - 1, (int) Math.round(side * columns) + 1, (int) Math.round(side * rows) + 1);
    }
}
