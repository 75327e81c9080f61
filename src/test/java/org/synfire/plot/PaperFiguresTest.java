package org.synfire.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synfire.units.Units.ms;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.synfire.analysis.FiCurve;
import org.synfire.model.GroupSpec;
import org.synfire.model.Network;
import org.synfire.model.Probe;
import org.synfire.model.RateProbeSpec;
import org.synfire.model.SpikeProbeSpec;
import org.synfire.model.library.Library;
import org.synfire.probe.SpikeTrains;
import org.synfire.sim.Simulation;
import org.synfire.units.Units;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * The defects a reviewer finds in a paper's figures, each checked on the chart model rather than
 * on pixels: axis titles, legend entries and where the legend goes, the ends of the axes, units
 * in print form, gaps where a curve jumps.
 */
class PaperFiguresTest {

    @Test
    void unitsPrintAsAPaperPrintsThem() {
        assertEquals("µA/cm²", Style.unit("uA/cm^2"));
        assertEquals("MΩ", Style.unit("Mohm"));
        assertEquals("nS·ms", Style.unit("nS*ms"));
        assertEquals("s⁻¹", Style.unit("s^-1"));
        assertEquals("mV", Style.unit("mV"), "no micro sign where there is no u prefix");
        assertEquals("tau (µs)", Style.label("tau (us)"), "only the unit in the last parentheses changes");
        assertEquals("settling time (sweeps of N updates)", Style.label("settling time (sweeps of N updates)"), "words are not a unit");
        FiCurve hh = new FiCurve("hh", new double[] {0, 1}, Units.parse("uA/cm^2"), new double[] {0, 0});
        assertEquals("I (µA/cm²)", Plots.fi(hh).chart().getXAxisTitle());
    }

    @Test
    void aTypeTwoCurveBreaksAtItsJumpAndATypeOneCurveDoesNot() {
        double[] currents = {0, 1, 2, 3, 4, 5};
        FiCurve typeTwo = new FiCurve("hh", currents, Units.nA, new double[] {0, 0, 0, 55, 60, 65});
        FiCurve typeOne = new FiCurve("lif", currents, Units.nA, new double[] {0, 0, 5, 20, 40, 60});
        XYSeries two = ((XYChart) Plots.fi(typeTwo).chart()).getSeries("hh");
        XYSeries one = ((XYChart) Plots.fi(typeOne).chart()).getSeries("lif");
        assertEquals(1, Arrays.stream(two.getYData()).filter(Double::isNaN).count(), "one gap, between 2 and 3 nA");
        assertTrue(Double.isNaN(two.getYData()[3]) && two.getXData()[3] == 2.5, Arrays.toString(two.getXData()));
        assertEquals(0, Arrays.stream(one.getYData()).filter(Double::isNaN).count(), "a continuous onset stays joined");
        assertNull(Plots.fi(typeTwo).legendPosition(), "one curve needs no legend");
    }

    @Test
    void theoryIsDrawnOverTheMeasuredPointsAndTheLegendFindsAnEmptyCorner() {
        double[] currents = {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6};
        FiCurve measured = new FiCurve("simulated", currents, Units.nA, new double[] {0, 0, 60, 110, 150, 180, 205});
        FiCurve theory = new FiCurve("theory", currents, Units.nA, new double[] {0, 0, 62, 111, 149, 182, 204});
        Figure f = Plots.fi(measured, theory);
        List<String> order = ((XYChart) f.chart()).getSeriesCollection().stream().map(XYSeries::getName).filter(n -> !n.equals(Figure.HIDDEN)).toList();
        assertEquals(List.of("simulated", "theory"), order, "series paint in order: theory last, on top");
        assertEquals(Styler.LegendPosition.InsideNW, f.legendPosition(), "a rising curve leaves the top left empty");
    }

    @Test
    void aLegendWithDataInEveryCornerGoesOutside() {
        double[] x = new double[101];
        double[] y = new double[101];
        for (int k = 0; k <= 100; k++) {
            x[k] = k;
            y[k] = k % 2 == 0 ? 0 : 1;
        }
        Table zigzag = Table.create("z", DoubleColumn.create("t_ms", x), DoubleColumn.create("a", y), DoubleColumn.create("b", y));
        assertEquals(Styler.LegendPosition.OutsideE, Plots.line(zigzag, "t_ms", "a", "b").legendPosition());
    }

    @Test
    void seriesWithoutUnitsNameTheLegendAndLeaveTheAxisToTheCaller() {
        Table byTau = Table.create("f-I", DoubleColumn.create("I_nA", 0.1, 0.2), DoubleColumn.create("tau = 5 ms", 10, 20),
            DoubleColumn.create("tau = 10 ms", 5, 10));
        Figure f = Plots.line(byTau, "I_nA", "tau = 5 ms", "tau = 10 ms");
        assertEquals("", f.chart().getYAxisTitle(), "series names are no axis title");
        assertEquals("rate (Hz)", f.yLabel("rate (Hz)").chart().getYAxisTitle());
        assertEquals("I (nA)", f.chart().getXAxisTitle());
        Table units = Table.create("g", DoubleColumn.create("t_ms", 0, 1), DoubleColumn.create("ge_nS", 1, 2), DoubleColumn.create("gi_nS", 2, 3));
        assertEquals("ge, gi (nS)", Plots.line(units, "t_ms", "ge_nS", "gi_nS").chart().getYAxisTitle());
    }

    @Test
    void aRasterSaysWhatItShowsSeparatesItsGroupsAndEndsWithTheRun() {
        Network net = Network.create().seed(1);
        GroupSpec exc = net.group("exc", 400, Library.poisson(Units.Hz.of(20)));
        GroupSpec inh = net.group("inh", 100, Library.poisson(Units.Hz.of(20)));
        SpikeProbeSpec a = net.probe(Probe.spikes(exc.slice(0, 50)));
        SpikeProbeSpec b = net.probe(Probe.spikes(inh).neurons(0, 1, 2));
        SpikeProbeSpec c = net.probe(Probe.spikes(inh));
        RateProbeSpec r = net.probe(Probe.rate(exc, ms.of(2)));
        Simulation sim = Simulation.build(net).run(ms.of(250));
        Figure f = Plots.raster(sim.data(a), sim.data(b), sim.data(c));
        List<String> groups = ((XYChart) f.chart()).getSeriesCollection().stream().map(XYSeries::getName).filter(n -> !n.equals(Figure.HIDDEN)).toList();
        assertEquals(List.of("exc, first 50 of 400", "inh, 3 of 100", "inh"), groups);
        assertEquals(250, ((XYChart) f.chart()).getStyler().getXAxisMax(), 0, "the axis ends where the run did, so its last tick shows");
        assertFalse(f.chart().getStyler().isLegendVisible(), "each band is labelled; a legend would repeat it");
        assertEquals("rate_exc", sim.data(r).name());
        assertEquals("exc: population rate in bins of 2 ms", Plots.rate(sim.data(r)).chart().getTitle());
        assertEquals("CUBA", f.title("CUBA").chart().getTitle());
    }

    @Test
    void stackedGroupsNumberTheirRowsFromTheirOwnFirstNeuron() {
        SpikeTrains exc = SpikeTrains.of("exc", new double[400][0], ms);
        SpikeTrains inh = SpikeTrains.of("inh", new double[100][0], ms);
        XYChart stacked = (XYChart) Plots.raster(exc, inh).chart();
        assertEquals(0, stacked.getStyler().getYAxisTickLabelsColor().getAlpha(), "XChart numbers the rows of all groups as one; not shown");
        assertEquals(0, stacked.getStyler().getYAxisTickMarksColor().getAlpha());
        int[] offsets = {(int) stacked.getSeries("exc").getYData()[0], (int) stacked.getSeries("inh").getYData()[0]};
        assertEquals(List.of(0, 415), List.of(offsets[0], offsets[1]), "inh above exc and a band of 3 % of the rows");
        // Rows a quarter of a pixel high, labels 15 pixels: a label every 100 rows (25 pixels), each group from its 0.
        List<Raster.RowTick> ticks = Raster.rowTicks(offsets, new int[] {400, 100}, 0.25, 15);
        assertEquals(List.of("0", "100", "200", "300", "0"), ticks.stream().map(Raster.RowTick::label).toList());
        assertEquals(List.of(0.0, 100.0, 200.0, 300.0, 415.0), ticks.stream().map(Raster.RowTick::y).toList());
        // Rows of 0.06 pixels: a label every 500 rows; a group's last label that would touch the next group's 0 goes.
        List<Raster.RowTick> crowded = Raster.rowTicks(new int[] {0, 530}, new int[] {510, 100}, 0.06, 15);
        assertEquals(List.of(0.0, 530.0), crowded.stream().map(Raster.RowTick::y).toList(), "exc's 500 is 2 pixels below inh's 0");
        List<Raster.RowTick> apart = Raster.rowTicks(new int[] {0, 900}, new int[] {880, 100}, 0.06, 15);
        assertEquals(List.of("0", "500", "0"), apart.stream().map(Raster.RowTick::label).toList(), "exc's 500 is 24 pixels below inh's 0");
        XYChart single = (XYChart) Plots.raster(exc).chart();
        assertEquals(255, single.getStyler().getYAxisTickLabelsColor().getAlpha(), "one group keeps XChart's axis");
    }

    @Test
    void aRasterLaidOutForPrintDrawsItsSpikes() {
        double[][] trains = new double[3200][];
        for (int n = 0; n < trains.length; n++) {
            trains[n] = new double[] {n % 500, (n * 7) % 500};
        }
        long spikes = dark(Plots.raster(SpikeTrains.of("exc", trains, ms)).print(Print.COLUMN).image());
        long empty = dark(Plots.raster(SpikeTrains.of("exc", new double[3200][0], ms)).print(Print.COLUMN).image());
        // A tick narrower than a point rounded to no pixels at all when points were scaled to 300 dpi.
        assertTrue(spikes > empty + 10_000, spikes + " dark pixels with 6,400 spikes, " + empty + " without");
    }

    private static long dark(java.awt.image.BufferedImage image) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += (image.getRGB(x, y) & 0xff) < 200 ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void longRunsCountTheirTimeAxisInSeconds() {
        SpikeTrains long_ = SpikeTrains.of("long", new double[][] {{100, 59_000}}, ms);
        SpikeTrains short_ = SpikeTrains.of("short", new double[][] {{100, 900}}, ms);
        assertEquals("t (s)", Plots.raster(long_).chart().getXAxisTitle());
        assertEquals(59, ((XYChart) Plots.raster(long_).chart()).getStyler().getXAxisMax(), 1e-12);
        assertEquals("t (ms)", Plots.raster(short_).chart().getXAxisTitle());
    }

    @Test
    void anAxisThatEndsOnARoundNumberIsLabelledThere() {
        assertEquals(160, Ticks.hint(0, 500, 800, 4, 8), "500 ms in five steps of 100");
        assertEquals(160, Ticks.hint(0, 1000, 800, 4, 8), "1 s in five steps of 200");
        assertEquals(0, Ticks.hint(0, 999.9, 800, 4, 8), "no round step ends at 999.9");
        assertEquals(0, Ticks.hint(3, 503, 800, 4, 8), "the start must be on a tick too");
    }

    @Test
    void aFigureForPrintHasItsSizeInInchesItsResolutionAndPointSizedType() throws Exception {
        Figure f = Plots.fi(new FiCurve("lif", new double[] {0, 1, 2}, Units.nA, new double[] {0, 10, 20})).print(Print.COLUMN);
        javax.imageio.ImageReader reader = javax.imageio.ImageIO.getImageReadersByFormatName("png").next();
        reader.setInput(javax.imageio.ImageIO.createImageInputStream(new java.io.ByteArrayInputStream(f.png())));
        assertEquals(1050, reader.getWidth(0), "3.5 in at 300 dpi");
        assertEquals(780, reader.getHeight(0), "2.6 in at 300 dpi");
        org.w3c.dom.Node phys = ((org.w3c.dom.Element) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0"))
            .getElementsByTagName("pHYs").item(0);
        assertEquals("11811", phys.getAttributes().getNamedItem("pixelsPerUnitXAxis").getNodeValue(), "300 dpi in pixels per metre");
        assertEquals(8f, ((XYChart) f.chart()).getStyler().getAxisTickLabelsFont().getSize2D());
        assertEquals(9f, ((XYChart) f.chart()).getStyler().getAxisTitleFont().getSize2D());
        assertEquals(300, f.dpi());
        assertEquals(0, Plots.fi(new FiCurve("lif", new double[] {0, 1}, Units.nA, new double[] {0, 1})).dpi(), "a screen figure");
    }
}
