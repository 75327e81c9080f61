package org.synfire.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.AxesChart;
import org.knowm.xchart.internal.series.AxesChartSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.synfire.units.Quantity;
import org.synfire.units.Unit;

/**
 * A figure: one XChart chart, or a grid of figures, ready to save as PNG or SVG (headless) or to
 * hand to a notebook as bytes. Made by {@link Plots}; {@link #chart()} gives the XChart chart for
 * any styling the defaults do not cover. Not thread-safe.
 *
 * <pre>{@code
 * Figure f = Plots.trace(sim.data(v), "v").hline(Units.mV.of(-50), "threshold");
 * f.save(Path.of("out/v.png"));   // or .svg
 * byte[] png = f.png();
 * }</pre>
 */
public final class Figure {
    /** Something drawn over a chart's plot area after the chart itself (spikes of a raster). */
    interface Layer {
        /**
         * @param g      the graphics the chart was just painted on
         * @param chart  the chart, painted, so its screen mapping is current
         * @param vector whether {@code g} makes a vector file, where many small shapes are costly
         */
        void paint(Graphics2D g, AxesChart<?, ?> chart, boolean vector);

        /**
         * {@return the room this layer draws in right of the chart (a colour bar), which is drawn that much narrower}
         *
         * @param chart the chart, at the fonts it is drawn with
         */
        default int right(AxesChart<?, ?> chart) {
            return 0;
        }
    }

    private final AxesChart<?, ?> chart;
    private final List<Layer> layers = new ArrayList<>();
    private final List<Figure> cells;
    private final int columns;
    private final Unit yUnit;
    /** The box {xMin, xMax, yMin, yMax} that {@link #equalScales} asked to show, or null. */
    private double[] equalBox;
    private int width;
    private int height;
    /** PNG pixels per layout point; 1 for screen figures, dpi/72 for print. */
    private double scale = 1;
    private int dpi;
    /** A print figure's PNG size, its inches times its dpi; 0 for a screen figure. */
    private int pixelWidth;
    private int pixelHeight;

    Figure(AxesChart<?, ?> chart, Unit yUnit) {
        if (chart instanceof XYChart xy && xy.getStyler().getXAxisMin() == null) {
            fitX(xy);
        }
        this.chart = chart;
        this.yUnit = yUnit;
        this.cells = List.of();
        this.columns = 0;
        this.width = chart.getWidth();
        this.height = chart.getHeight();
    }

    Figure(List<Figure> cells, int columns, int width, int height) {
        this.chart = null;
        this.yUnit = null;
        this.cells = List.copyOf(cells);
        this.columns = columns;
        this.width = width;
        this.height = height;
    }

    /**
     * Keeps XChart's x ticks at round numbers. When every x value lies on one even spacing (a
     * trace sampled every dt), XChart 4 puts its ticks on samples (0, 24, 48, ...) and their labels
     * run together; a hidden point off that spacing makes it choose round steps again.
     */
    private static void fitX(XYChart xy) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double y = Double.NaN;
        for (XYSeries s : xy.getSeriesCollection()) {
            if (Double.isFinite(s.getXMin()) && Double.isFinite(s.getXMax())) {
                lo = Math.min(lo, s.getXMin());
                hi = Math.max(hi, s.getXMax());
                y = Double.isFinite(s.getYMin()) ? s.getYMin() : y;
            }
        }
        if (hi > lo && Double.isFinite(y)) {
            XYSeries frame = xy.addSeries(HIDDEN, new double[] {lo, lo + (hi - lo) / Math.PI, hi}, new double[] {y, y, y});
            frame.setMarker(SeriesMarkers.NONE);
            frame.setLineStyle(org.knowm.xchart.style.lines.SeriesLines.NONE);
            frame.setShowInLegend(false);
        }
    }

    /**
     * The screen rectangle of the data range {@code [xMin, xMax] × [yMin, yMax]} of a painted
     * chart, for layers that draw into the plot area; null when it is too small to draw in.
     */
    static Rectangle2D plotArea(AxesChart<?, ?> chart, double xMin, double xMax, double yMin, double yMax) {
        double x0 = chart.getScreenXFromChart(xMin);
        double x1 = chart.getScreenXFromChart(xMax);
        double y0 = chart.getScreenYFromChart(yMin);
        double y1 = chart.getScreenYFromChart(yMax);
        double w = Math.abs(x1 - x0);
        double h = Math.abs(y1 - y0);
        return w >= 1 && h >= 1 ? new Rectangle2D.Double(Math.min(x0, x1), Math.min(y0, y1), w, h) : null;
    }

    /** The name of series that only shape the axes. */
    static final String HIDDEN = " ";

    Figure layer(Layer layer) {
        layers.add(layer);
        return this;
    }

    /** {@return what is drawn over the chart, in order} */
    List<Layer> layers() {
        return List.copyOf(layers);
    }

    /**
     * {@return the XChart chart (an {@code XYChart}; maps draw their cells on its frame), live: changes to it show in the figure}
     *
     * @throws PlotException for a grid, which has a chart per cell
     */
    public AxesChart<?, ?> chart() {
        if (chart == null) {
            throw new PlotException("a grid of " + cells.size() + " figures has no single chart; use cells().get(k).chart()");
        }
        return chart;
    }

    /** {@return the figures of a grid, row by row; empty for a single chart} */
    public List<Figure> cells() {
        return cells;
    }

    /** {@return the width in pixels for a screen figure, in points for a print figure} */
    public int width() {
        return width;
    }

    /** {@return the height in pixels for a screen figure, in points for a print figure} */
    public int height() {
        return height;
    }

    /**
     * Sets the size in pixels (PNG) or points (SVG), as a screen figure (see {@link #print} for inches and dpi).
     *
     * @param newWidth  the width, at least 50
     * @param newHeight the height, at least 50
     * @return this figure
     * @throws PlotException if either is below 50
     */
    public Figure size(int newWidth, int newHeight) {
        if (newWidth < 50 || newHeight < 50) {
            throw new PlotException("Figure.size(" + newWidth + ", " + newHeight + "): give at least 50 × 50");
        }
        width = newWidth;
        height = newHeight;
        scale = 1;
        dpi = 0;
        return this;
    }

    /**
     * Where the legend goes when the figure is drawn at its size: the inside corner its data leave
     * empty, else outside to the right.
     *
     * @return the legend's position; {@code null} for a grid, or when there is no legend
     */
    public org.knowm.xchart.style.Styler.LegendPosition legendPosition() {
        if (chart == null || !chart.getStyler().isLegendVisible()) {
            return null;
        }
        if (chart instanceof XYChart xy) {
            Legends.place(xy, width, height);
        }
        return chart.getStyler().getLegendPosition();
    }

    /**
     * Names the x axis; a unit in parentheses prints as a paper prints it.
     *
     * @param label e.g. {@code "I (nA)"}
     * @return this figure
     * @throws PlotException for a grid
     */
    public Figure xLabel(String label) {
        chart().setXAxisTitle(Style.label(label));
        return this;
    }

    /**
     * Names the y axis.
     *
     * @param label e.g. {@code "rate (Hz)"}
     * @return this figure
     * @throws PlotException for a grid
     */
    public Figure yLabel(String label) {
        chart().setYAxisTitle(Style.label(label));
        return this;
    }

    /**
     * Lays the figure out for print or slides: its size in inches, type and lines in points, and
     * PNGs at the preset's resolution with it in their metadata. A grid's cells share the size.
     *
     * @param print the preset, e.g. {@link Print#COLUMN}
     * @return this figure
     */
    public Figure print(Print print) {
        width = (int) Math.round(print.widthInches() * 72);
        height = (int) Math.round(print.heightInches() * 72);
        scale = print.dpi() / 72.0;
        dpi = print.dpi();
        pixelWidth = (int) Math.round(print.widthInches() * print.dpi());
        pixelHeight = (int) Math.round(print.heightInches() * print.dpi());
        restyle(print);
        return this;
    }

    private void restyle(Print print) {
        if (chart == null) {
            cells.forEach(c -> c.restyle(print));
            return;
        }
        org.knowm.xchart.style.Styler s = chart.getStyler();
        s.setChartTitleFont(s.getChartTitleFont().deriveFont(print.titlePoints() + 1));
        s.setLegendFont(s.getLegendFont().deriveFont(print.tickPoints()));
        s.setChartPadding(Math.max(2, Math.round(print.tickPoints() / 2)));
        s.setMarkerSize(Math.max(3, Math.round(print.tickPoints() / 2)));
        if (s instanceof org.knowm.xchart.style.AxesChartStyler axes) {
            axes.setAxisTitleFont(axes.getAxisTitleFont().deriveFont(print.titlePoints()));
            axes.setAxisTickLabelsFont(axes.getAxisTickLabelsFont().deriveFont(print.tickPoints()));
        }
        if (chart instanceof XYChart xy) {
            for (XYSeries series : xy.getSeriesCollection()) {
                java.awt.BasicStroke stroke = series.getLineStyle();
                if (stroke != null && stroke != org.knowm.xchart.style.lines.SeriesLines.NONE && stroke.getLineWidth() > 0) {
                    series.setLineStyle(new java.awt.BasicStroke(print.linePoints() * stroke.getLineWidth() / Style.LINE.getLineWidth(),
                        stroke.getEndCap(), stroke.getLineJoin(), stroke.getMiterLimit(), stroke.getDashArray(), stroke.getDashPhase()));
                }
            }
        }
    }

    /** {@return the resolution PNGs are written at, in dots per inch, or 0 for a screen figure (one pixel per point)} */
    public int dpi() {
        return dpi;
    }

    /**
     * Sets the title.
     *
     * @param title the title, or {@code null} for none
     * @return this figure
     * @throws PlotException for a grid
     */
    public Figure title(String title) {
        chart().setTitle(title);
        return this;
    }

    /**
     * A dashed horizontal line across the data at {@code y} (a threshold, a reset, a mean),
     * named {@code label} in the legend. {@code y} is converted to the figure's y unit.
     *
     * @param y     where the line is, a quantity of the y axis's dimension
     * @param label its name in the legend
     * @return this figure
     * @throws PlotException if the y axis has no unit, the figure is no line or scatter figure, or it has no data
     * @throws org.synfire.units.UnitException if {@code y} does not fit the y axis's unit
     */
    public Figure hline(Quantity y, String label) {
        if (yUnit == null) {
            throw new PlotException("hline(" + y + "): this figure's y axis has no unit; use hline(double, label)");
        }
        return hline(y.in(yUnit), label);
    }

    /**
     * A dashed horizontal line at {@code y}, in the y axis's own numbers.
     *
     * @param y     where the line is, in the y axis's numbers
     * @param label its name in the legend
     * @return this figure
     * @throws PlotException if the figure is no line or scatter figure, or it has no data to span
     */
    public Figure hline(double y, String label) {
        if (!(chart() instanceof XYChart xy)) {
            throw new PlotException("hline: only line and scatter figures have horizontal lines, not " + chart.getClass().getSimpleName());
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (XYSeries s : xy.getSeriesCollection()) {
            lo = Math.min(lo, s.getXMin());
            hi = Math.max(hi, s.getXMax());
        }
        if (xy.getStyler().getXAxisMin() != null) {
            lo = xy.getStyler().getXAxisMin();
            hi = xy.getStyler().getXAxisMax();
        }
        if (!(hi >= lo)) {
            throw new PlotException("hline: the figure has no data to span; plot something first");
        }
        XYSeries line = xy.addSeries(label, new double[] {lo, hi}, new double[] {y, y});
        line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        line.setMarker(SeriesMarkers.NONE);
        line.setLineStyle(Style.DASHED);
        line.setLineColor(Color.DARK_GRAY);
        return this;
    }

    /**
     * A line through the points {@code (x[k], y[k])}, named {@code label} in the legend, over
     * what the figure shows, in the next colour of the palette: a learned weight's path over a
     * scatter of data, a theory over measured points. In the x and y axes' own numbers.
     *
     * @param label the line's name in the legend, not yet taken by a series of the figure
     * @param x     the points' x values
     * @param y     the points' y values, as many as x values
     * @return this figure
     * @throws PlotException if the figure is no line or scatter figure, the arrays differ in length
     *                       or are empty, or the label is taken
     */
    public Figure line(String label, double[] x, double[] y) {
        if (!(chart() instanceof XYChart xy)) {
            throw new PlotException("line: only line and scatter figures take lines, not " + chart.getClass().getSimpleName());
        }
        if (x.length != y.length || x.length == 0) {
            throw new PlotException("line(" + label + "): " + x.length + " x values and " + y.length + " y values; give as many of each, at least one");
        }
        if (xy.getSeriesCollection().stream().anyMatch(s -> s.getName().equals(label))) {
            throw new PlotException("line(" + label + "): the figure already has a series of that name; give another label");
        }
        int shown = (int) xy.getSeriesCollection().stream().filter(s -> !s.getName().equals(HIDDEN)).count();
        XYSeries line = xy.addSeries(label, x, y);
        line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        line.setMarker(SeriesMarkers.NONE);
        line.setLineStyle(Style.LINE);
        line.setLineColor(Style.colour(shown));
        xy.getStyler().setLegendVisible(true);
        return this;
    }

    /**
     * Draws x and y to one scale, so that a circle looks round and angles are true (a cloud of
     * points and its principal axes, a weight vector's path): the figure shows at least the box
     * {@code [xMin, xMax] × [yMin, yMax]}, and the axis with room to spare is widened about the
     * box's centre until a unit is as long on both axes, whatever the figure's size.
     *
     * @param xMin the box's left edge, in the x axis's numbers
     * @param xMax its right edge
     * @param yMin its bottom edge, in the y axis's numbers
     * @param yMax its top edge
     * @return this figure
     * @throws PlotException for a grid, a chart other than a line or scatter figure, or an empty box
     */
    public Figure equalScales(double xMin, double xMax, double yMin, double yMax) {
        if (!(chart() instanceof XYChart)) {
            throw new PlotException("equalScales: only line and scatter figures have two scales to make equal, not " + chart.getClass().getSimpleName());
        }
        if (!(xMax > xMin && yMax > yMin) || !Double.isFinite(xMax - xMin) || !Double.isFinite(yMax - yMin)) {
            throw new PlotException("equalScales(" + xMin + ", " + xMax + ", " + yMin + ", " + yMax + "): give a box with min < max on both axes");
        }
        equalBox = new double[] {xMin, xMax, yMin, yMax};
        return this;
    }

    /**
     * Sets the axis ranges to the requested box widened to equal scales at this size. The plot area
     * depends on the tick labels, which depend on the ranges: two rounds of laying the chart out
     * (off screen) and measuring bring the scales within a pixel or so of each other.
     */
    private void applyEqualScales(XYChart xy, int w, int h) {
        double[] range = equalBox.clone();
        for (int round = 0; round < 2; round++) {
            xy.getStyler().setXAxisMin(range[0]).setXAxisMax(range[1]).setYAxisMin(range[2]).setYAxisMax(range[3]);
            BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = scratch.createGraphics();
            xy.paint(g, w, h);
            g.dispose();
            Rectangle2D area = plotArea(xy, range[0], range[1], range[2], range[3]);
            if (area == null) {
                return;
            }
            // Pixels per unit on each axis over the requested box; the larger one shrinks to the smaller.
            double scale = Math.min(area.getWidth() / (equalBox[1] - equalBox[0]), area.getHeight() / (equalBox[3] - equalBox[2]));
            double halfX = area.getWidth() / scale / 2;
            double halfY = area.getHeight() / scale / 2;
            double cx = (equalBox[0] + equalBox[1]) / 2;
            double cy = (equalBox[2] + equalBox[3]) / 2;
            range = new double[] {cx - halfX, cx + halfX, cy - halfY, cy + halfY};
        }
        xy.getStyler().setXAxisMin(range[0]).setXAxisMax(range[1]).setYAxisMin(range[2]).setYAxisMax(range[3]);
    }

    /** Draws the figure at its size onto {@code g}. */
    void paint(Graphics2D g, boolean vector) {
        paint(g, width, height, vector);
    }

    private void paint(Graphics2D g, int w, int h, boolean vector) {
        if (chart == null) {
            int rows = (cells.size() + columns - 1) / columns;
            for (int k = 0; k < cells.size(); k++) {
                int x = (k % columns) * w / columns;
                int y = (k / columns) * h / rows;
                Graphics2D cell = (Graphics2D) g.create(x, y, w / columns, h / rows);
                cells.get(k).paint(cell, w / columns, h / rows, vector);
                cell.dispose();
            }
            return;
        }
        int chartWidth = w;
        for (Layer layer : layers) {
            chartWidth -= layer.right(chart);
        }
        if (chart instanceof XYChart xy) {
            Legends.place(xy, chartWidth, h);
            if (equalBox != null) {
                applyEqualScales(xy, chartWidth, h);
            }
            Ticks.fit(xy, chartWidth, h);
        }
        chart.paint(g, chartWidth, h);
        for (Layer layer : layers) {
            Graphics2D over = (Graphics2D) g.create();
            layer.paint(over, chart, vector);
            over.dispose();
        }
    }

    /** {@return the figure as an image: its size in pixels, or at its print resolution} */
    public BufferedImage image() {
        BufferedImage image = new BufferedImage(dpi > 0 ? pixelWidth : width, dpi > 0 ? pixelHeight : height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.scale(scale, scale);
        paint(g, false);
        g.dispose();
        return image;
    }

    /**
     * {@return the figure as PNG bytes, for a notebook or a web page; a print figure says its resolution (pHYs)}
     *
     * @throws UncheckedIOException if the image cannot be encoded
     */
    public byte[] png() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            BufferedImage image = image();
            javax.imageio.ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
            javax.imageio.ImageTypeSpecifier type = javax.imageio.ImageTypeSpecifier.createFromRenderedImage(image);
            javax.imageio.metadata.IIOMetadata metadata = writer.getDefaultImageMetadata(type, null);
            if (dpi > 0) {
                String perMetre = Long.toString(Math.round(dpi / 0.0254));
                javax.imageio.metadata.IIOMetadataNode phys = new javax.imageio.metadata.IIOMetadataNode("pHYs");
                phys.setAttribute("pixelsPerUnitXAxis", perMetre);
                phys.setAttribute("pixelsPerUnitYAxis", perMetre);
                phys.setAttribute("unitSpecifier", "meter");
                javax.imageio.metadata.IIOMetadataNode root = new javax.imageio.metadata.IIOMetadataNode("javax_imageio_png_1.0");
                root.appendChild(phys);
                metadata.mergeTree("javax_imageio_png_1.0", root);
            }
            try (javax.imageio.stream.ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(stream);
                writer.write(new javax.imageio.IIOImage(image, null, metadata));
            } finally {
                writer.dispose();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the figure as PNG: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /**
     * {@return the figure as SVG bytes (UTF-8), text drawn as shapes so it looks the same without the fonts}
     *
     * @throws UncheckedIOException if the drawing cannot be encoded
     */
    public byte[] svg() {
        VectorGraphics2D g = new VectorGraphics2D();
        g.setClip(new Rectangle(0, 0, width, height));
        paint(g, true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new SVGProcessor().getDocument(g.getCommands(), new PageSize(0, 0, width, height)).writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the figure as SVG: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /**
     * Writes the figure to {@code file}, as PNG or SVG by its extension; creates missing folders.
     *
     * @param file a {@code .png} or {@code .svg} file, replaced if it exists
     * @return this figure
     * @throws PlotException for any other extension
     * @throws UncheckedIOException if the file or its folders cannot be written
     */
    public Figure save(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        byte[] bytes;
        if (name.endsWith(".png")) {
            bytes = png();
        } else if (name.endsWith(".svg")) {
            bytes = svg();
        } else {
            throw new PlotException("Figure.save(" + file + "): name the file .png or .svg");
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write figure to " + file + ": " + e.getMessage(), e);
        }
        return this;
    }

    /**
     * Saves to a path given as text: {@code fig.save("out/raster.png")}.
     *
     * @param file a {@code .png} or {@code .svg} file, replaced if it exists
     * @return this figure
     * @throws PlotException for any other extension
     * @throws UncheckedIOException if the file or its folders cannot be written
     */
    public Figure save(String file) {
        return save(Path.of(file));
    }

    @Override
    public String toString() {
        if (chart == null) {
            return "Figure: grid of " + cells.size() + " in " + columns + " columns, " + width + "×" + height;
        }
        List<String> names = new ArrayList<>();
        for (Object s : chart.getSeriesCollection()) {
            if (!((AxesChartSeries) s).getName().equals(HIDDEN)) {
                names.add(((AxesChartSeries) s).getName());
            }
        }
        return "Figure " + (chart.getTitle() == null || chart.getTitle().isEmpty() ? "" : "'" + chart.getTitle() + "' ")
            + width + "×" + height + ": " + chart.getXAxisTitle() + " vs " + chart.getYAxisTitle() + ", series " + names;
    }
}
