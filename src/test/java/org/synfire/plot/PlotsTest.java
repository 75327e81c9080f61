package org.synfire.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synfire.units.Units.mV;
import static org.synfire.units.Units.ms;
import static org.synfire.units.Units.nA;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.AxesChart;
import org.synfire.analysis.FiCurve;
import org.synfire.analysis.Histogram;
import org.synfire.analysis.Kernel;
import org.synfire.analysis.Rates;
import org.synfire.connectivity.Connect;
import org.synfire.sim.Simulation;
import org.synfire.model.GroupSpec;
import org.synfire.model.Network;
import org.synfire.model.Probe;
import org.synfire.model.RateProbeSpec;
import org.synfire.model.SpikeProbeSpec;
import org.synfire.model.StateProbeSpec;
import org.synfire.model.SynapseModel;
import org.synfire.model.library.Library;
import org.synfire.probe.SpikeTrains;
import org.synfire.table.Tables;
import org.synfire.units.Units;
import org.w3c.dom.Document;

/**
 * Figures checked as images and as chart models: valid PNG and SVG of the expected size, ink in
 * the plot area that grows with the data drawn, axis titles with units, the series one expects.
 * No pixel-exact comparisons.
 */
class PlotsTest {

    static SpikeTrains random(int spikes, int neurons, long seed) {
        Random r = new Random(seed);
        int[] n = new int[spikes];
        double[] t = new double[spikes];
        for (int k = 0; k < spikes; k++) {
            n[k] = r.nextInt(neurons);
            t[k] = 1000 * r.nextDouble();
        }
        return SpikeTrains.of("random", neurons, n, t, ms);
    }

    /** Pixels that are not white strictly inside the plot area (3 px clear of the frame). */
    static long ink(Figure f) {
        BufferedImage image = f.image();
        AxesChart<?, ?> c = f.chart();
        XYChart xy = (XYChart) c;
        // The axis range where it is pinned, else the data's range (which XChart draws inside the frame).
        double[] range = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (XYSeries s : xy.getSeriesCollection()) {
            range[0] = Math.min(range[0], s.getXMin());
            range[1] = Math.max(range[1], s.getXMax());
            range[2] = Math.min(range[2], s.getYMin());
            range[3] = Math.max(range[3], s.getYMax());
        }
        double xMin = xy.getStyler().getXAxisMin() != null ? xy.getStyler().getXAxisMin() : range[0];
        double xMax = xy.getStyler().getXAxisMax() != null ? xy.getStyler().getXAxisMax() : range[1];
        double yMin = xy.getStyler().getYAxisMin() != null ? xy.getStyler().getYAxisMin() : range[2];
        double yMax = xy.getStyler().getYAxisMax() != null ? xy.getStyler().getYAxisMax() : range[3];
        int x0 = (int) Math.ceil(c.getScreenXFromChart(xMin)) + 3;
        int x1 = (int) Math.floor(c.getScreenXFromChart(xMax)) - 3;
        int y0 = (int) Math.ceil(c.getScreenYFromChart(yMax)) + 3;
        int y1 = (int) Math.floor(c.getScreenYFromChart(yMin)) - 3;
        assertTrue(x1 - x0 > 300 && y1 - y0 > 200, "a plot area of most of the figure: " + (x1 - x0) + " × " + (y1 - y0));
        long count = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    count++;
                }
            }
        }
        return count;
    }

    static BufferedImage decode(byte[] png) throws IOException {
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertTrue(image != null, "ImageIO reads it back");
        return image;
    }

    static Document svg(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // VectorGraphics2D names the SVG 1.1 DTD; the test must not fetch it.
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        return doc;
    }

    @Test
    void tickLabelsReadAsInAPaper() {
        assertEquals("0.5", Style.tick(0.5));
        assertEquals("20000", Style.tick(20_000));
        assertEquals("-65", Style.tick(-65));
        assertEquals("0.3", Style.tick(0.1 + 0.2));
        assertEquals("0", Style.tick(-0.0));
        assertEquals("1E7", Style.tick(1e7));
        assertEquals("-3.2E6", Style.tick(-3.2e6));
        assertEquals("2.5E-5", Style.tick(2.5e-5));
        // The SVG draws text as outlines, so the figures' axes are checked for the formatter instead.
        Table t = Table.create(tech.tablesaw.api.DoubleColumn.create("t_ms", 0, 10_000, 20_000),
            tech.tablesaw.api.DoubleColumn.create("p", 0, 0.25, 0.5));
        org.knowm.xchart.style.AxesChartStyler styler = Plots.line(t, "t_ms", "p").chart().getStyler();
        assertEquals("20000", styler.getxAxisTickLabelsFormattingFunction().apply(20_000.0));
        assertEquals("0.5", styler.getyAxisTickLabelsFormattingFunction().apply(0.5));
    }

    @Test
    void rasterInkGrowsWithTheSpikesDrawn() {
        long none = ink(Plots.raster(random(0, 100, 1)));
        long few = ink(Plots.raster(random(100, 100, 1)));
        long some = ink(Plots.raster(random(1000, 100, 1)));
        long many = ink(Plots.raster(random(10_000, 100, 1)));
        assertEquals(0, none, "an empty raster has a clean plot area");
        assertTrue(few > 100 && some > 5 * few && many > 3 * some, none + " < " + few + " < " + some + " < " + many);
    }

    @Test
    void pngAndSvgAreValidAndOfTheFigureSize(@TempDir Path dir) throws Exception {
        Figure f = Plots.raster(random(2000, 50, 2), random(500, 20, 3)).size(800, 500);
        assertEquals(List.of("random", "random (2)"), names(f), "two groups of one name stay apart in the legend");
        BufferedImage png = decode(f.png());
        assertEquals(800, png.getWidth());
        assertEquals(500, png.getHeight());
        Document doc = svg(f.svg());
        assertEquals(800, Double.parseDouble(doc.getDocumentElement().getAttribute("width").replaceAll("[a-z]+$", "")), 1e-9);
        assertEquals(500, Double.parseDouble(doc.getDocumentElement().getAttribute("height").replaceAll("[a-z]+$", "")), 1e-9);
        int small = svg(Plots.raster(random(200, 50, 2)).svg()).getElementsByTagNameNS("*", "path").getLength()
            + svg(Plots.raster(random(200, 50, 2)).svg()).getElementsByTagNameNS("*", "rect").getLength();
        int large = svg(Plots.raster(random(5000, 50, 2)).svg()).getElementsByTagNameNS("*", "path").getLength()
            + svg(Plots.raster(random(5000, 50, 2)).svg()).getElementsByTagNameNS("*", "rect").getLength();
        assertTrue(large > small + 4000, "one shape per spike in SVG: " + small + " vs " + large);
        Document huge = svg(Plots.raster(random(Raster.VECTOR_LIMIT + 1, 50, 2)).svg());
        assertEquals(1, huge.getElementsByTagNameNS("*", "image").getLength(), "very many spikes go into SVG as one image");

        f.save(dir.resolve("a/raster.png")).save(dir.resolve("a/raster.svg"));
        assertEquals(800, ImageIO.read(dir.resolve("a/raster.png").toFile()).getWidth());
        svg(Files.readAllBytes(dir.resolve("a/raster.svg")));
    }

    @Test
    void aMillionSpikeRasterRendersInSeconds() throws IOException {
        SpikeTrains million = random(1_000_000, 10_000, 4);
        Plots.raster(random(10, 10, 1)).png();   // AWT and fonts start once per JVM
        long start = System.nanoTime();
        byte[] png = Plots.raster(million).png();
        double seconds = (System.nanoTime() - start) * 1e-9;
        decode(png);
        assertTrue(seconds < 10, "1M-spike raster took " + seconds + " s");
        System.out.printf("1M-spike raster to PNG: %.2f s%n", seconds);
    }

    @Test
    void rastersFromTablesColourEachGroup() {
        SpikeTrains exc = random(300, 40, 5);
        SpikeTrains inh = random(100, 10, 6);
        java.util.Map<String, SpikeTrains> groups = new java.util.LinkedHashMap<>();
        groups.put("exc", exc);
        groups.put("inh", inh);
        Figure f = Plots.raster(Tables.spikes(groups));
        assertEquals(List.of("exc", "inh"), names(f));
        assertEquals("t (ms)", f.chart().getXAxisTitle());
        assertEquals(51.5, ((XYChart) f.chart()).getStyler().getYAxisMax(), 1e-9, "40 rows, a gap of 2 (3 % of 50), 10 rows");
        BufferedImage image = f.image();
        assertTrue(count(image, Style.colour(0).getRGB()) > 100 && count(image, Style.colour(1).getRGB()) > 30, "both colours drawn");
    }

    @Test
    void tracesRatesAndHistogramsLabelTheirAxesWithUnits() {
        Network net = Network.create().seed(4);
        GroupSpec lif = net.group("lif", 2, Library.lif(), g -> g.set("I", new double[] {0.2, 0.3}, nA));
        StateProbeSpec v = net.probe(Probe.state(lif, "v").neurons(0, 1));
        SpikeProbeSpec spikes = net.probe(Probe.spikes(lif));
        RateProbeSpec rate = net.probe(Probe.rate(lif, ms.of(10)));
        Simulation sim = Simulation.build(net).run(ms.of(200));

        Figure trace = Plots.trace(sim.data(v), "v", mV.of(-50));
        assertEquals("v (mV)", trace.chart().getYAxisTitle());
        assertEquals("t (ms)", trace.chart().getXAxisTitle());
        assertEquals(List.of("neuron 0", "neuron 1", "threshold"), names(trace));
        XYSeries threshold = series(trace, "threshold");
        assertEquals(-50, threshold.getYMin(), 1e-9);
        assertEquals(-50, threshold.getYMax(), 1e-9);
        assertEquals(199.9, threshold.getXMax(), 1e-9, "across the whole trace");
        assertTrue(ink(trace) > 1000);

        Figure binned = Plots.rate(sim.data(rate));
        assertEquals("rate (Hz)", binned.chart().getYAxisTitle());
        Figure smooth = Plots.rate(Rates.smoothed(sim.data(spikes), Kernel.gaussian(ms.of(3)), ms.of(1), ms.of(0), ms.of(200)));
        assertEquals(List.of("spikes_lif"), names(smooth));

        Figure isi = Plots.isiHistogram(sim.data(spikes), ms.of(1), ms.of(30));
        assertEquals("ISI (ms)", isi.chart().getXAxisTitle());
        assertEquals("count", isi.chart().getYAxisTitle());
        Figure rates = Plots.rateHistogram(sim.data(spikes), ms.of(0), ms.of(200), 5);
        assertEquals("rate (Hz)", rates.chart().getXAxisTitle());

        Figure line = Plots.line(Tables.trace(sim.data(v)), "t_ms", "v_mV");
        assertEquals("v (mV)", line.chart().getYAxisTitle());
        Table columns = Table.create(tech.tablesaw.api.DoubleColumn.create("t_ms", 0, 1), tech.tablesaw.api.DoubleColumn.create("ge_nS", 1, 2),
            tech.tablesaw.api.DoubleColumn.create("gi_nS", 3, 4), tech.tablesaw.api.DoubleColumn.create("v_mV", -65, -60));
        Figure conductances = Plots.line(columns, "t_ms", "ge_nS", "gi_nS");
        assertEquals("ge, gi (nS)", conductances.chart().getYAxisTitle());
        assertEquals(4, series(conductances, "gi_nS").getYMax(), 1e-12, "a series is named by its column, for chart().getSeries(column)");
        assertEquals("ge (nS), v (mV)", Plots.line(columns, "t_ms", "ge_nS", "v_mV").chart().getYAxisTitle());
        Table wide = Tables.traceWide(sim.data(v), "v");
        String[] neurons = wide.columnNames().stream().skip(1).toArray(String[]::new);
        assertEquals("v (mV)", Plots.line(wide, "t_ms", neurons).chart().getYAxisTitle(), String.join(" ", neurons));
        line.hline(mV.of(-65), "rest");
        assertEquals(-65, series(line, "rest").getYMax(), 1e-9);
    }

    @Test
    void histogramBarsHaveTheCountsAsHeights() {
        Histogram h = Histogram.of("x", Units.one, new double[] {0.5, 1.5, 1.6, 2.5, 2.6, 2.7}, 1, 0, 3);
        XYSeries bars = series(Plots.histogram(h), "x");
        assertEquals(3, bars.getYMax(), 0);
        assertEquals(0, bars.getXMin(), 0);
        assertEquals(3, bars.getXMax(), 0);
        assertEquals("x", Plots.histogram(h).chart().getXAxisTitle(), "dimensionless: no unit in the title");
    }

    @Test
    void fiCurvesOverlayTheory() {
        double[] currents = {0.1, 0.2, 0.3};
        FiCurve measured = new FiCurve("measured", currents, nA, new double[] {0, 60, 110});
        // Theory given in pA is drawn on the measured curve's nA axis.
        FiCurve theory = FiCurve.lif(new double[] {100, 200, 300}, Units.pA, Units.Mohm.of(100), ms.of(10), mV.of(-65), mV.of(-50),
            mV.of(-65), ms.of(2));
        Figure f = Plots.fi(measured, theory);
        assertEquals("I (nA)", f.chart().getXAxisTitle());
        assertEquals(List.of("measured", "LIF theory"), names(f));
        assertEquals(0.3, series(f, "LIF theory").getXMax(), 1e-12);
    }

    @Test
    void scattersArePointsAndLinesGoOverThem() {
        Random r = new Random(3);
        double[] x = new double[200];
        double[] y = new double[200];
        for (int k = 0; k < x.length; k++) {
            x[k] = r.nextGaussian();
            y[k] = 0.5 * x[k] + 0.2 * r.nextGaussian();
        }
        Table cloud = Table.create("cloud", tech.tablesaw.api.DoubleColumn.create("x_mV", x), tech.tablesaw.api.DoubleColumn.create("y_mV", y));
        Figure f = Plots.scatter(cloud, "x_mV", "y_mV");
        assertEquals("x (mV)", f.chart().getXAxisTitle());
        XYSeries points = series(f, "y_mV");
        assertEquals(XYSeries.XYSeriesRenderStyle.Scatter, points.getXYSeriesRenderStyle().orElseThrow());
        assertEquals(200, points.getXData().length);
        assertEquals(4, ((XYChart) f.chart()).getStyler().getMarkerSize(), "a cloud of 200 points: small markers");
        assertTrue(((java.awt.Color) points.getMarkerColor()).getAlpha() < 255, "and translucent");
        assertEquals(7, ((XYChart) Plots.scatter(cloud.first(10), "x_mV", "y_mV").chart()).getStyler().getMarkerSize(), "ten measurements: large");
        f.line("slope 1/2", new double[] {-2, 2}, new double[] {-1, 1});
        assertEquals(List.of("y_mV", "slope 1/2"), names(f));
        XYSeries line = series(f, "slope 1/2");
        assertEquals(XYSeries.XYSeriesRenderStyle.Line, line.getXYSeriesRenderStyle().orElseThrow());
        assertEquals(Style.colour(1), line.getLineColor(), "the next colour after the points'");
        assertTrue(((XYChart) f.chart()).getStyler().isLegendVisible(), "a line over points needs a legend");
        assertTrue(ink(f) > ink(Plots.scatter(cloud, "x_mV", "y_mV")), "the line is drawn");
        PlotException twice = assertThrows(PlotException.class, () -> f.line("slope 1/2", new double[] {0}, new double[] {0}));
        assertEquals("line(slope 1/2): the figure already has a series of that name; give another label", twice.getMessage());
        PlotException lengths = assertThrows(PlotException.class, () -> f.line("bad", new double[] {0, 1}, new double[] {0}));
        assertEquals("line(bad): 2 x values and 1 y values; give as many of each, at least one", lengths.getMessage());
        Figure matrix = Plots.pixels("p", new double[] {0, 1}, 2);
        assertThrows(PlotException.class, () -> Plots.grid(1, matrix).line("x", new double[] {0}, new double[] {0}), "a grid has no single chart");
    }

    @Test
    void equalScalesDrawACircleRoundInAWideFigure() {
        double[] angle = new double[100];
        for (int k = 0; k < angle.length; k++) {
            angle[k] = 2 * Math.PI * k / angle.length;
        }
        Table circle = Table.create("circle", tech.tablesaw.api.DoubleColumn.create("x", Arrays.stream(angle).map(Math::cos).toArray()),
            tech.tablesaw.api.DoubleColumn.create("y", Arrays.stream(angle).map(Math::sin).toArray()));
        for (int[] size : new int[][] {{640, 400}, {300, 500}}) {
            Figure f = Plots.scatter(circle, "x", "y").size(size[0], size[1]).equalScales(-1.2, 1.2, -1.2, 1.2);
            f.image();
            XYChart chart = (XYChart) f.chart();
            double x0 = chart.getStyler().getXAxisMin();
            double x1 = chart.getStyler().getXAxisMax();
            double y0 = chart.getStyler().getYAxisMin();
            double y1 = chart.getStyler().getYAxisMax();
            java.awt.geom.Rectangle2D area = Figure.plotArea(chart, x0, x1, y0, y1);
            // A unit is as many pixels long on both axes, to within a pixel over the plot area.
            assertEquals(area.getWidth() / (x1 - x0), area.getHeight() / (y1 - y0), 1.5 / (y1 - y0), size[0] + "×" + size[1]);
            assertTrue(x0 <= -1.2 + 1e-9 && x1 >= 1.2 - 1e-9 && y0 <= -1.2 + 1e-9 && y1 >= 1.2 - 1e-9, "the box asked for is shown");
            assertEquals(size[0] > size[1] ? 2.4 : x1 - x0, size[0] > size[1] ? y1 - y0 : 2.4, 1e-9, "only the axis with room to spare widens");
        }
        PlotException empty = assertThrows(PlotException.class, () -> Plots.scatter(circle, "x", "y").equalScales(1, 1, 0, 1));
        assertEquals("equalScales(1.0, 1.0, 0.0, 1.0): give a box with min < max on both axes", empty.getMessage());
    }

    @Test
    void weightsAndWeightMatrices() {
        Network net = Network.create();
        GroupSpec a = net.group("a", 100, Library.lif());
        GroupSpec b = net.group("b", 30, Library.lif());
        net.connect("ab", a, b, SynapseModel.of("w", "w : volt").onPre("v_post += w"), Connect.allToAll(), p -> p.set("w", "rand()*mV"));
        Simulation sim = Simulation.build(net);
        Figure weights = Plots.weights(sim.projection("ab"), "w", 20);
        assertEquals("w (µV)", weights.chart().getXAxisTitle(), "up to 1 mV is shown in µV");
        XYSeries bars = series(weights, "w");
        assertTrue(bars.getYMax() > 100 && bars.getYMax() < 250, "3000 uniform weights in 20 bins: about 150 each, " + bars.getYMax());
        Figure matrix = Plots.weightMatrix(sim.projection("ab"), "w");
        XYChart chart = (XYChart) matrix.chart();
        assertEquals("source neuron", chart.getXAxisTitle());
        assertEquals("target neuron", chart.getYAxisTitle());
        assertEquals("w of ab", chart.getTitle());
        CellMap cells = heatMap(matrix);
        assertEquals("w (µV)", cells.bar().label(), "the unit is on the colour bar, not in the title");
        assertTitleLeavesTheBar(matrix, "Feed-forward weights");
        BufferedImage image = matrix.image();
        assertEquals(Style.WIDTH, image.getWidth());
        // 100 sources in 50 blocks of 2 along x, 30 targets one a row along y; the block of source 98 is the last cell.
        assertEquals(List.of("0", "2", "98"), List.of(label(chart, true, 0), label(chart, true, 1), label(chart, true, 49)));
        assertEquals("29", label(chart, false, 29));
        double mean = 0;
        double[] w = sim.projection("ab").valuesSi("w");
        int[] src = sim.projection("ab").sources();
        int[] tgt = sim.projection("ab").targets();
        int n = 0;
        for (int s = 0; s < w.length; s++) {
            if (src[s] / 2 == 7 && tgt[s] == 11) {
                mean += w[s] * 1e6;
                n++;
            }
        }
        assertEquals(2, n, "two synapses in the block of sources 14 and 15 onto target 11");
        assertEquals(cells.bar().colour(mean / n), cell(image, chart, 7, 11), "a cell is coloured by the mean of its block's synapses");
    }

    /** A study's table: g × eta × 2 seeds, rate = 10·eta/g plus the seed; one point failed (no rate). */
    static Table study() {
        List<Integer> g = new ArrayList<>();
        List<Double> eta = new ArrayList<>();
        List<Double> rate = new ArrayList<>();
        for (int gi : new int[] {4, 5, 6}) {
            for (double e : new double[] {1, 1.5}) {
                for (int seed = 1; seed <= 2; seed++) {
                    g.add(gi);
                    eta.add(e);
                    rate.add(gi == 6 && e == 1.5 && seed == 2 ? Double.NaN : 10 * e / gi + seed);
                }
            }
        }
        return Table.create("sweep", tech.tablesaw.api.IntColumn.create("g", g.stream().mapToInt(Integer::intValue).toArray()),
            tech.tablesaw.api.DoubleColumn.create("eta", eta), tech.tablesaw.api.DoubleColumn.create("rate_Hz", rate));
    }

    @Test
    void aStudysResultOverItsGridIsAHeatMapOfTheMeanOverSeeds(@TempDir Path dir) throws Exception {
        Table t = study();
        Figure f = Plots.heatMap(t, "g", "eta", "rate_Hz");
        XYChart chart = (XYChart) f.chart();
        assertEquals("g", chart.getXAxisTitle());
        assertEquals("eta", chart.getYAxisTitle());
        CellMap map = heatMap(f);
        ColourBar bar = map.bar();
        assertEquals("rate (Hz)", bar.label(), "the colour bar names the value, so the map needs no title");
        assertTrue(chart.getTitle() == null || chart.getTitle().isEmpty(), chart.getTitle());
        Path png = dir.resolve("map.png");
        f.save(png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(count(image, 0xFFFFFFFF) < image.getWidth() * image.getHeight() * 0.9, "the map is drawn");
        // Cell means run from 10/6 + 1.5 (g = 6, eta = 1) to 5.25 (g = 4, eta = 1.5), the bar's darkest and brightest.
        assertEquals(MorphologyPlot.VIRIDIS[0], cell(image, chart, 2, 0));
        assertEquals(MorphologyPlot.VIRIDIS[MorphologyPlot.VIRIDIS.length - 1], cell(image, chart, 0, 1));
        // Cell (g = 5, eta = 1.5): the mean of 10·1.5/5 + 1 and + 2; (g = 6, eta = 1.5) lost its second seed.
        assertEquals(bar.colour(3 + 1.5), cell(image, chart, 1, 1));
        assertEquals(bar.colour(10 * 1.5 / 6 + 1), cell(image, chart, 2, 1), "a seed without a number is left out of the mean");
        double[] none = new double[12];
        java.util.Arrays.fill(none, Double.NaN);
        Table failed = t.copy().addColumns(tech.tablesaw.api.DoubleColumn.create("none", none));
        assertEquals("Plots.heatMap: column none has no numbers to draw; give a column of results",
            assertThrows(PlotException.class, () -> Plots.heatMap(failed, "g", "eta", "none")).getMessage());
    }

    @Test
    void aPointWithoutANumberIsABlankCell() {
        Table t = study();
        double[] rate = t.doubleColumn("rate_Hz").asDoubleArray();
        rate[10] = Double.NaN;
        Table holed = Table.create("sweep", t.intColumn("g"), t.doubleColumn("eta"), tech.tablesaw.api.DoubleColumn.create("rate_Hz", rate));
        Figure f = Plots.heatMap(holed, "g", "eta", "rate_Hz");
        BufferedImage image = f.image();
        // Rows 10 and 11 are g = 6, eta = 1.5, both seeds now without a rate.
        assertEquals(java.awt.Color.WHITE, cell(image, (XYChart) f.chart(), 2, 1));
    }

    @Test
    void aGridOfFiftyByThirtyPointsIsLaidOutAndDrawn() throws IOException {
        // A study of 50 by 30 points: the blanks between cells once grew with the position, and XChart,
        // which shrinks its tick spacing until the longest label fits, never finished laying out the axis.
        List<Integer> current = new ArrayList<>();
        List<Integer> seed = new ArrayList<>();
        List<Double> rate = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            for (int k = 0; k < 30; k++) {
                current.add(10 * i);
                seed.add(k);
                rate.add((double) i + k);
            }
        }
        Table t = Table.create("sweep", tech.tablesaw.api.IntColumn.create("I_pA", current.stream().mapToInt(Integer::intValue).toArray()),
            tech.tablesaw.api.IntColumn.create("tau_ms", seed.stream().mapToInt(Integer::intValue).toArray()),
            tech.tablesaw.api.DoubleColumn.create("rate_Hz", rate));
        BufferedImage image = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
            () -> Plots.heatMap(t, "I_pA", "tau_ms", "rate_Hz").image());
        assertTrue(count(image, 0xFFFFFFFF) < image.getWidth() * image.getHeight() * 0.9, "the map is drawn");
        if (System.getProperty("synfire.plots") != null) {
            ImageIO.write(image, "png", Path.of(System.getProperty("synfire.plots")).resolve("heat_map_large.png").toFile());
        }
    }

    @Test
    void aNewTitleKeepsTheHeatMapsUnitOnABarTickedAtRoundValues() {
        Figure f = Plots.heatMap(study(), "g", "eta", "rate_Hz").title("Rate over the grid").size(700, 420);
        CellMap map = heatMap(f);
        XYChart chart = (XYChart) f.chart();
        List<Double> x = new ArrayList<>();
        List<String> xLabels = new ArrayList<>();
        List<String> yLabels = new ArrayList<>();
        java.util.function.Function<Double, String> xFormat = chart.getStyler().getxAxisTickLabelsFormattingFunction();
        java.util.function.Function<Double, String> yFormat = chart.getStyler().getyAxisTickLabelsFormattingFunction();
        chart.getStyler().setxAxisTickLabelsFormattingFunction(v -> {
            x.add(v);
            xLabels.add(xFormat.apply(v));
            return xFormat.apply(v);
        });
        chart.getStyler().setyAxisTickLabelsFormattingFunction(v -> {
            yLabels.add(yFormat.apply(v));
            return yFormat.apply(v);
        });
        assertTitleLeavesTheBar(f, "Brunel's model A, rate of the excitatory neurons");
        assertEquals(List.of("4", "5", "6"), xLabels.stream().filter(l -> !l.isBlank()).distinct().toList(), "the axes label the grid's own values: ticks at " + x);
        assertEquals(List.of("1", "1.5"), yLabels.stream().filter(l -> !l.isBlank()).distinct().toList());
        assertTrue(x.contains(1.0), "ticked at the middle of the cells: " + x);
        assertEquals("rate (Hz)", map.bar().label());
        // Means from 3.17 to 5.25 Hz on a bar as tall as the cells, some 300 px: steps of 0.5, not XChart's two ends.
        assertEquals(List.of(3.5, 4.0, 4.5, 5.0), Arrays.stream(map.bar().ticks(map.area(chart).getHeight())).boxed().toList());
        MorphologyPlotTest.keep(f, "heat_map_bar");
    }

    @Test
    void theGridsLabelsSitFlushAgainstTheirTicks() {
        // eta's labels "1" and "1.5" differ in width; y labels end where their ticks begin, as matplotlib sets them.
        Figure f = Plots.heatMap(study(), "g", "eta", "rate_Hz");
        XYChart chart = (XYChart) f.chart();
        BufferedImage image = f.image();
        int left = (int) heatMap(f).area(chart).getMinX();
        int one = rightEdgeOfText(image, left, (int) Math.round(chart.getScreenYFromChart(0)));
        int oneAndAHalf = rightEdgeOfText(image, left, (int) Math.round(chart.getScreenYFromChart(1)));
        assertTrue(one > 0 && oneAndAHalf > 0, "both labels drawn");
        // Within the two glyphs' differing side bearings: set flush left, "1" ends far short of "1.5".
        assertEquals(oneAndAHalf, one, 2.5, "\"1\" ends where \"1.5\" does");
    }

    /** The rightmost dark pixel left of {@code left} in the text on a tick at {@code y}, the tick's own row left out. */
    private static int rightEdgeOfText(BufferedImage image, int left, int y) {
        int edge = -1;
        for (int row = y - 6; row <= y + 6; row++) {
            if (Math.abs(row - y) <= 1) {
                continue;
            }
            for (int x = 0; x < left; x++) {
                java.awt.Color c = new java.awt.Color(image.getRGB(x, row));
                if (c.getRed() + c.getGreen() + c.getBlue() < 3 * 128) {
                    edge = Math.max(edge, x);
                }
            }
        }
        return edge;
    }

    /** Draws a figure before and after giving it {@code title}: right of the chart, where its colour bar is, nothing changes. */
    static void assertTitleLeavesTheBar(Figure f, String title) {
        BufferedImage before = f.image();
        BufferedImage after = f.title(title).image();
        int right = f.chart().getWidth();
        assertTrue(right < f.width(), "the chart leaves room for the bar: " + right + " of " + f.width());
        boolean text = false;
        for (int x = right; x < f.width(); x++) {
            for (int y = 0; y < f.height(); y++) {
                assertEquals(before.getRGB(x, y), after.getRGB(x, y), "the colour bar and its title do not change with the chart's");
                java.awt.Color c = new java.awt.Color(after.getRGB(x, y));
                text |= c.getRed() < 60 && c.getGreen() < 60 && c.getBlue() < 60;
            }
        }
        assertTrue(text, "the bar's labels are drawn right of the chart");
    }

    private static CellMap heatMap(Figure f) {
        return f.layers().stream().filter(CellMap.class::isInstance).map(CellMap.class::cast).findFirst().orElseThrow();
    }

    /** The label a grid map gives the cell {@code k} along x, or along y. */
    private static String label(XYChart chart, boolean x, int k) {
        return (x ? chart.getStyler().getxAxisTickLabelsFormattingFunction() : chart.getStyler().getyAxisTickLabelsFormattingFunction()).apply((double) k);
    }

    /** The colour at the middle of cell (column, row) of a painted heat map, row 0 at the bottom. */
    private static java.awt.Color cell(BufferedImage image, XYChart chart, int column, int row) {
        return new java.awt.Color(image.getRGB((int) chart.getScreenXFromChart(column), (int) chart.getScreenYFromChart(row)));
    }

    @Test
    void phasePlaneNullclinesLieWhereTheDerivativesVanish() {
        PhasePlane plane = PhasePlane.of("x", mV, -2, 2, "y", mV, -1, 1).field((x, y) -> y - x * x * x + x, (x, y) -> 0.5 - y);
        double spacing = 4.0 / 300;
        double[][] xc = plane.xNullcline();
        assertTrue(xc[0].length > 300, "a curve across the plane: " + xc[0].length + " points");
        for (int k = 0; k < xc[0].length; k++) {
            double x = xc[0][k];
            assertEquals(x * x * x - x, xc[1][k], 3 * (3 * x * x + 1) * spacing, "on y = x³ - x");
        }
        double[][] yc = plane.yNullcline();
        for (double y : yc[1]) {
            assertEquals(0.5, y, 1e-9, "dy/dt = 0.5 - y is linear, so interpolation is exact");
        }
        Figure f = plane.trajectory(new double[] {0, 0.5, 1}, new double[] {0, 0.2, 0.4}).figure();
        assertEquals(List.of("dx/dt = 0", "dy/dt = 0", "trajectory"), names(f));
        assertEquals("x (mV)", f.chart().getXAxisTitle());
        assertTrue(ink(f) > 2000, "field, nullclines and trajectory drawn");
    }

    @Test
    void gridsPlaceEveryFigure() throws Exception {
        Figure a = Plots.raster(random(3000, 50, 7));
        Figure b = Plots.histogram(Histogram.of("x", Units.one, new double[] {1, 2, 2, 3}, 1, 0, 4));
        Figure c = Plots.raster(random(10, 5, 8)).size(300, 200);
        Figure grid = Plots.grid(2, a, b, c);
        assertEquals(2 * Style.WIDTH, grid.width());
        assertEquals(2 * Style.HEIGHT, grid.height());
        BufferedImage image = decode(grid.png());
        assertEquals(grid.width(), image.getWidth());
        // Every occupied cell has ink; the fourth stays white.
        for (int cell = 0; cell < 4; cell++) {
            int x0 = (cell % 2) * Style.WIDTH;
            int y0 = (cell / 2) * Style.HEIGHT;
            long ink = 0;
            for (int y = y0; y < y0 + Style.HEIGHT; y++) {
                for (int x = x0; x < x0 + Style.WIDTH; x++) {
                    ink += (image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF ? 1 : 0;
                }
            }
            assertTrue(cell < 3 ? ink > 2000 : ink == 0, "cell " + cell + ": " + ink);
        }
        svg(grid.svg());
        assertEquals(3, grid.cells().size());
        assertEquals(grid.width(), Plots.grid(2, List.of(a, b, c)).width());
        assertEquals(List.of("random", "random (2)"), names(Plots.raster(List.of(random(5, 5, 1), random(5, 5, 2)))));
    }

    @Test
    void mistakesSayWhatToDo(@TempDir Path dir) {
        Figure f = Plots.raster(random(10, 5, 9));
        PlotException type = assertThrows(PlotException.class, () -> f.save(dir.resolve("raster.jpg")));
        assertTrue(type.getMessage().contains("name the file .png or .svg"), type.getMessage());
        PlotException none = assertThrows(PlotException.class, Plots::raster);
        assertTrue(none.getMessage().contains("Plots.raster(sim.data(probe))"), none.getMessage());
        PlotException columns = assertThrows(PlotException.class, () -> Plots.grid(0, f));
        assertTrue(columns.getMessage().contains("at least 1 column"), columns.getMessage());
        PlotException plane = assertThrows(PlotException.class, () -> PhasePlane.of("v", mV, 0, 0, "u", mV, 0, 1));
        assertTrue(plane.getMessage().contains("xMin < xMax"), plane.getMessage());
        PlotException field = assertThrows(PlotException.class, () -> PhasePlane.of("v", mV, 0, 1, "u", mV, 0, 1).figure());
        assertTrue(field.getMessage().contains(".field("), field.getMessage());
        PlotException unitless = assertThrows(PlotException.class, () -> f.hline(mV.of(1), "x"));
        assertTrue(unitless.getMessage().contains("no unit"), unitless.getMessage());
        assertThrows(PlotException.class, () -> Plots.grid(1, f).chart());
        assertThrows(PlotException.class, () -> f.size(10, 10));
    }

    static List<String> names(Figure f) {
        List<String> names = new ArrayList<>();
        for (XYSeries s : ((XYChart) f.chart()).getSeriesCollection()) {
            if (s.isShowInLegend() && !s.getName().isBlank()) {
                names.add(s.getName());
            }
        }
        return names;
    }

    static XYSeries series(Figure f, String name) {
        return ((XYChart) f.chart()).getSeries(name);
    }

    static long count(BufferedImage image, int argb) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += image.getRGB(x, y) == argb ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void aRasterOfAProbedSubsetAndALateWindowFillsThePlot() {
        org.synfire.model.Network net = org.synfire.model.Network.create();
        org.synfire.model.GroupSpec g = net.group("g", 1000, org.synfire.model.library.Library.lif(), b -> b.set("I", "0.5*nA"));
        org.synfire.model.SpikeProbeSpec some = net.probe(org.synfire.model.Probe.spikes(g).neurons(0, 1, 2, 3, 4, 5, 6, 7, 8, 9)
            .between(ms.of(50), ms.of(100)));
        org.synfire.sim.Simulation sim = org.synfire.sim.Simulation.build(net).run(ms.of(100));
        org.knowm.xchart.XYChart chart = (org.knowm.xchart.XYChart) Plots.raster(sim.data(some)).chart();
        assertEquals(9.5, chart.getStyler().getYAxisMax(), 1e-9, "ten rows for the ten neurons probed, not a thousand");
        assertTrue(chart.getStyler().getXAxisMin() >= 50, "the axis starts where the window does: " + chart.getStyler().getXAxisMin());
    }
}
