package org.synfire.plot;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.function.Function;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.AxesChart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A value as coloured cells on numeric axes, with a {@link ColourBar} beside the chart that names
 * the value and its unit: over time (x) and distance along a cable (y), ticked at round times and
 * distances wherever those fall among the samples and compartments, or over a parameter grid,
 * one cell per grid point, ticked at the grid's own values. XChart lays out the axes around a
 * hidden frame; the layer paints the cells and the bar.
 */
final class CellMap implements Figure.Layer {
    private final double[] xEdges;
    private final double[] yEdges;
    private final double[][] values;
    private final ColourBar bar;

    /**
     * @param xEdges the cells' edges along x, ascending, one more than the cells along x
     * @param yEdges the cells' edges along y, ascending, one more than the cells along y
     * @param values {@code values[row][column]}, row 0 at the bottom; NaN leaves a cell blank
     * @param bar    the colour scale
     */
    private CellMap(double[] xEdges, double[] yEdges, double[][] values, ColourBar bar) {
        this.xEdges = xEdges;
        this.yEdges = yEdges;
        this.values = values;
        this.bar = bar;
    }

    /** A figure of the cells with the axes' titles given, their ranges the cells' extent, ticked at round values. */
    static Figure of(double[] xEdges, double[] yEdges, double[][] values, String xTitle, String yTitle, ColourBar bar) {
        double x0 = xEdges[0];
        double x1 = xEdges[xEdges.length - 1];
        double y0 = yEdges[0];
        double y1 = yEdges[yEdges.length - 1];
        // A point off any even spacing makes XChart choose round ticks: on the two ends alone it ticks only them.
        return frame(new CellMap(xEdges, yEdges, values, bar), xTitle, yTitle, new double[] {x0, x0 + (x1 - x0) / Math.PI, x1},
            new double[] {y0, y0 + (y1 - y0) / Math.PI, y1});
    }

    /**
     * A figure of a grid's cells, {@code values[row][column]}, one per pair of a column's label and
     * a row's label, each axis ticked at the middle of its cells and labelled there with them.
     */
    static Figure grid(List<String> columns, List<String> rows, double[][] values, String xTitle, String yTitle, ColourBar bar) {
        CellMap map = new CellMap(edges(columns.size()), edges(rows.size()), values, bar);
        // The frame's points are the cells' middles, so XChart, given a label for each value, ticks exactly those.
        int points = Math.max(columns.size(), rows.size());
        double[] x = new double[points];
        double[] y = new double[points];
        for (int k = 0; k < points; k++) {
            x[k] = Math.min(k, columns.size() - 1);
            y[k] = Math.min(k, rows.size() - 1);
        }
        Figure figure = frame(map, xTitle, yTitle, x, y);
        XYChart chart = (XYChart) figure.chart();
        chart.getStyler().setxAxisTickLabelsFormattingFunction(label(columns));
        chart.getStyler().setyAxisTickLabelsFormattingFunction(label(rows));
        // XChart sets the y labels flush left in the column as wide as its widest; a tick's label belongs against the tick.
        chart.getStyler().setYAxisLabelAlignment(AxesChartStyler.TextAlignment.Right);
        return figure;
    }

    /** Edges half a step either side of the cells 0, 1, ..., n - 1. */
    private static double[] edges(int cells) {
        double[] edges = new double[cells + 1];
        for (int k = 0; k <= cells; k++) {
            edges[k] = k - 0.5;
        }
        return edges;
    }

    /**
     * The label of the cell a tick sits on, and blanks between the cells' middles. XChart draws no
     * ticks on an axis whose two ends it formats alike, and thins labels that repeat, so each blank
     * is distinct: the half steps from the axis's start written in binary with a space for 0 and a
     * thin space for 1. Their length grows as the logarithm, because XChart keeps trying smaller
     * tick spacings until its longest label fits one, and blanks growing with the position
     * (the first form) never fitted on grids of more than a dozen cells.
     */
    private static Function<Double, String> label(List<String> labels) {
        return v -> {
            long k = Math.round(v);
            if (Math.abs(v - k) < 1e-9 && k >= 0 && k < labels.size()) {
                return labels.get((int) k);
            }
            long halfSteps = Math.max(0, Math.round(2 * v + 1));
            return Long.toBinaryString(halfSteps + 1).replace('0', ' ').replace('1', '\u2009');
        };
    }

    private static Figure frame(CellMap map, String xTitle, String yTitle, double[] x, double[] y) {
        XYChart chart = Plots.xy("", xTitle, yTitle);
        chart.getStyler().setXAxisMin(map.xEdges[0]).setXAxisMax(map.xEdges[map.xEdges.length - 1])
            .setYAxisMin(map.yEdges[0]).setYAxisMax(map.yEdges[map.yEdges.length - 1]).setLegendVisible(false);
        // The cells fill the plot area to its border; all but a hair of it, as XChart labels no tick on the border itself.
        chart.getStyler().setPlotMargin(0);
        chart.getStyler().setPlotContentSize(0.999);
        XYSeries frame = chart.addSeries(Figure.HIDDEN, x, y);
        frame.setMarker(SeriesMarkers.NONE);
        frame.setLineStyle(SeriesLines.NONE);
        frame.setShowInLegend(false);
        return new Figure(chart, null).layer(map);
    }

    /** {@return the colour bar} */
    ColourBar bar() {
        return bar;
    }

    /** {@return the screen rectangle the cells of a painted chart fill, or null when it is too small to draw in} */
    Rectangle2D area(AxesChart<?, ?> chart) {
        return Figure.plotArea(chart, xEdges[0], xEdges[xEdges.length - 1], yEdges[0], yEdges[yEdges.length - 1]);
    }

    @Override
    public int right(AxesChart<?, ?> chart) {
        return bar.width(chart);
    }

    @Override
    public void paint(Graphics2D g, AxesChart<?, ?> chart, boolean vector) {
        Rectangle2D area = area(chart);
        if (area == null) {
            return;
        }
        double[] xs = new double[xEdges.length];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = chart.getScreenXFromChart(xEdges[i]);
        }
        double[] ys = new double[yEdges.length];
        for (int j = 0; j < ys.length; j++) {
            ys[j] = chart.getScreenYFromChart(yEdges[j]);
        }
        // Filled without antialiasing, cells that share an edge tile the pixels exactly; a vector file's reader
        // antialiases, so there each cell reaches half a point into the neighbours right of it and above it, which are drawn over it.
        double overlap = vector ? 0.5 : 0;
        Graphics2D cells = (Graphics2D) g.create();
        cells.clip(area);
        cells.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        for (int j = 0; j < values.length; j++) {
            for (int i = 0; i < values[j].length; i++) {
                if (Double.isNaN(values[j][i])) {
                    continue;
                }
                cells.setColor(bar.colour(values[j][i]));
                cells.fill(new Rectangle2D.Double(xs[i], ys[j + 1] - overlap, xs[i + 1] - xs[i] + overlap, ys[j] - ys[j + 1] + overlap));
            }
        }
        cells.dispose();
        g.setColor(chart.getStyler().getPlotBorderColor());
        g.draw(area);
        bar.paint(g, chart, area);
    }
}
