package org.synfire.plot;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.AxesChart;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A value over time (x) and distance along a cable (y) as coloured cells on numeric axes, so
 * that XChart ticks them at round times and distances wherever those fall among the samples and
 * compartments; a {@link ColourBar} beside the chart names the value and its unit. XChart lays
 * out the axes around a hidden frame; the layer paints the cells and the bar.
 */
final class SpaceTimeMap implements Figure.Layer {
    private final double[] times;
    private final double[] places;
    private final double[][] values;
    private final ColourBar bar;

    /**
     * @param times  the cells' edges in time, one more than the cells along x
     * @param places the cells' edges along the cable, ascending, one more than the cells along y
     * @param values {@code values[row][column]}, row 0 nearest the soma
     * @param bar    the colour scale
     */
    private SpaceTimeMap(double[] times, double[] places, double[][] values, ColourBar bar) {
        this.times = times;
        this.places = places;
        this.values = values;
        this.bar = bar;
    }

    /** A figure of the cells with the axes' titles given, their ranges the cells' extent. */
    static Figure of(double[] times, double[] places, double[][] values, String xTitle, String yTitle, ColourBar bar) {
        SpaceTimeMap map = new SpaceTimeMap(times, places, values, bar);
        XYChart chart = Plots.xy("", xTitle, yTitle);
        double x0 = times[0];
        double x1 = times[times.length - 1];
        double y0 = places[0];
        double y1 = places[places.length - 1];
        chart.getStyler().setXAxisMin(x0).setXAxisMax(x1).setYAxisMin(y0).setYAxisMax(y1).setLegendVisible(false);
        // The cells fill the plot area to its border; all but a hair of it, as XChart labels no tick on the border itself.
        chart.getStyler().setPlotMargin(0);
        chart.getStyler().setPlotContentSize(0.999);
        // A point off any even spacing makes XChart choose round ticks: on the two ends alone it ticks only them.
        XYSeries frame = chart.addSeries(Figure.HIDDEN, new double[] {x0, x0 + (x1 - x0) / Math.PI, x1},
            new double[] {y0, y0 + (y1 - y0) / Math.PI, y1});
        frame.setMarker(SeriesMarkers.NONE);
        frame.setLineStyle(SeriesLines.NONE);
        frame.setShowInLegend(false);
        return new Figure(chart, null).layer(map);
    }

    /** {@return the colour bar} */
    ColourBar bar() {
        return bar;
    }

    @Override
    public int right(AxesChart<?, ?> chart) {
        return bar.width(chart);
    }

    @Override
    public void paint(Graphics2D g, AxesChart<?, ?> chart, boolean vector) {
        Rectangle2D area = Figure.plotArea(chart, times[0], times[times.length - 1], places[0], places[places.length - 1]);
        if (area == null) {
            return;
        }
        double[] xs = new double[times.length];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = chart.getScreenXFromChart(times[i]);
        }
        double[] ys = new double[places.length];
        for (int j = 0; j < ys.length; j++) {
            ys[j] = chart.getScreenYFromChart(places[j]);
        }
        // Filled without antialiasing, cells that share an edge tile the pixels exactly; a vector file's reader
        // antialiases, so there each cell reaches half a point into the neighbours right of it and above it, which are drawn over it.
        double overlap = vector ? 0.5 : 0;
        Graphics2D cells = (Graphics2D) g.create();
        cells.clip(area);
        cells.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        for (int j = 0; j < values.length; j++) {
            for (int i = 0; i < values[j].length; i++) {
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
