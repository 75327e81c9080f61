package org.synfire.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synfire.units.Units.ms;
import static org.synfire.units.Units.nA;
import static org.synfire.units.Units.uA;
import static org.synfire.units.Units.um;
import static org.synfire.units.Units.us;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.synfire.build.Backend;
import org.synfire.model.GroupSpec;
import org.synfire.model.Network;
import org.synfire.model.Probe;
import org.synfire.model.StateProbeSpec;
import org.synfire.model.library.Library;
import org.synfire.model.morphology.Morphology;
import org.synfire.probe.StateTrace;
import org.synfire.sim.Simulation;
import org.synfire.table.Tables;
import org.synfire.units.Units;
import tech.tablesaw.api.Table;

/**
 * Results of spatial neurons: the table along the cable and the two figures, on an action
 * potential travelling along a 2 cm Hodgkin–Huxley axon (476 um at 18.5 °C, about 19 m/s). With
 * {@code -Dsynfire.plots=DIR} the figures are also written there as PNG for a look.
 */
class CablePlotTest {
    private static final Morphology AXON = Morphology.builder()
        .axon("axon", s -> s.length(Units.cm.of(2)).diameter(um.of(476)).compartments(200)).build();
    private static StateTrace trace;
    /** The distal half of the axon only. */
    private static StateTrace distal;

    @BeforeAll
    static void run() {
        Network net = Network.create().dt(us.of(5));
        GroupSpec axon = net.spatial("axon", 1, AXON, Library.hodgkinHuxleyMembrane(), b -> b.set("Cm", "1*uF/cm**2")
            .set("Ri", "35.4*ohm*cm").set("v", "-65*mV").set("phi", "3.82").at("axon", um.of(0), s -> s.set("I", uA.of(20))));
        int[] all = new int[AXON.size()];
        java.util.Arrays.setAll(all, k -> k);
        StateProbeSpec probe = net.probe(Probe.state(axon, "v").neurons(all).every(us.of(20)));
        StateProbeSpec half = net.probe(Probe.state(axon.between("axon", Units.cm.of(1), Units.cm.of(2)), "v").every(us.of(20)));
        Simulation sim = Simulation.build(net.spec(), Backend.SCALAR);
        sim.run(ms.of(0.2));
        sim.group("axon").set("I", 0, nA.of(0));
        sim.run(ms.of(1.8));
        trace = sim.data(probe);
        distal = sim.data(half);
    }

    @Test
    void tableAlongTheCableHasTheDistanceOfEachCompartment() {
        Table table = Tables.alongCable(trace, AXON);
        assertEquals(List.of("t_ms", "neuron", "compartment", "x_um", "v_mV"), table.columnNames());
        assertEquals(trace.samples() * 200, table.rowCount());
        int last = table.rowCount() - 1;
        assertEquals(199, table.intColumn("compartment").get(last));
        assertEquals(0, table.intColumn("neuron").get(last));
        // Compartment 199 of 100 um pieces has its midpoint at 19,950 um.
        assertEquals(19_950, table.doubleColumn("x_um").get(last), 1e-9);
    }

    @Test
    void spaceTimeMapShowsTimeAcrossAndDistanceUp() {
        Figure f = Plots.spaceTime(trace, "v", AXON);
        XYChart chart = (XYChart) f.chart();
        assertEquals("t (ms)", chart.getXAxisTitle());
        // 2 cm of axon without a soma: millimetres from its start.
        assertEquals("distance from the root (mm)", chart.getYAxisTitle());
        assertEquals("v (mV)", bar(f).label());
        // 100 samples every 20 us from 0 hold to 2 ms; 200 compartments of 0.1 mm, every other one picked, fill the 20 mm.
        assertEquals(0, chart.getStyler().getXAxisMin(), 1e-12);
        assertEquals(2, chart.getStyler().getXAxisMax(), 1e-9);
        assertEquals(0, chart.getStyler().getYAxisMin(), 1e-12);
        assertEquals(19.95, chart.getStyler().getYAxisMax(), 1e-9, "the last row picked, 19.85 mm, and half the 0.2 mm between picked rows");
        MorphologyPlotTest.keep(f, "cable_space_time");
    }

    @Test
    void spaceTimeTicksSitAtRoundTimesAndDistances() {
        Figure f = Plots.spaceTime(trace, "v", AXON);
        XYChart chart = (XYChart) f.chart();
        List<Double> x = new java.util.ArrayList<>();
        List<Double> y = new java.util.ArrayList<>();
        java.util.function.Function<Double, String> format = chart.getStyler().getxAxisTickLabelsFormattingFunction();
        chart.getStyler().setxAxisTickLabelsFormattingFunction(v -> {
            x.add(v);
            return format.apply(v);
        });
        chart.getStyler().setyAxisTickLabelsFormattingFunction(v -> {
            y.add(v);
            return format.apply(v);
        });
        f.image();
        // XChart also formats the axis's ends, to see whether its format tells them apart; 19.95 mm is no tick.
        y.removeIf(v -> Math.abs(v - chart.getStyler().getYAxisMax()) < 1e-9);
        assertRound(x, "time");
        assertRound(y, "distance");
        double[] bar = Ticks.round(-74.6, 40.3, 6);
        assertEquals(List.of(-60.0, -40.0, -20.0, 0.0, 20.0, 40.0), java.util.Arrays.stream(bar).boxed().toList(), "the colour bar's ticks");
    }

    /** Ticks a whole number of steps of 1, 2 or 5 times a power of ten, at least three of them. */
    private static void assertRound(List<Double> ticks, String axis) {
        List<Double> distinct = ticks.stream().distinct().sorted().toList();
        assertTrue(distinct.size() >= 3, axis + " ticks " + distinct);
        double step = distinct.get(1) - distinct.get(0);
        double decade = Math.pow(10, Math.floor(Math.log10(step) + 1e-9));
        double mantissa = step / decade;
        assertTrue(List.of(1.0, 2.0, 5.0).stream().anyMatch(m -> Math.abs(m - mantissa) < 1e-6), axis + " step " + step + " in " + distinct);
        for (double v : distinct) {
            assertEquals(0, Math.abs(v / step - Math.rint(v / step)), 1e-6, axis + " tick " + v + " is no multiple of " + step);
        }
    }

    @Test
    void aNewTitleKeepsTheColourBarsUnit() {
        Figure f = Plots.spaceTime(trace, "v", AXON).title("v along the axon").size(700, 420);
        assertEquals("v (mV)", bar(f).label());
        PlotsTest.assertTitleLeavesTheBar(f, "An action potential, 2 cm of squid axon");
    }

    @Test
    void branchesAtOneDistanceShareARowDrawnInTheirMean() {
        Morphology cell = Morphology.builder().soma(um.of(20))
            .dendrite("a", s -> s.length(um.of(500)).diameter(um.of(1)).compartments(5))
            .dendrite("b", s -> s.length(um.of(500)).diameter(um.of(1)).compartments(5)).build();
        Network net = Network.create().dt(us.of(25));
        GroupSpec cells = net.spatial("cell", 1, cell, Library.passiveMembrane(), b -> b.set("Cm", "1*uF/cm**2").set("Ri", "100*ohm*cm")
            .set("v", "-65*mV").at("a", um.of(250), s -> s.set("I", nA.of(0.1))));
        // Both dendrites, compartments 1 to 10 (the soma is 0): a's and b's pair up at 50, 150, ... 450 um.
        StateProbeSpec probe = net.probe(Probe.state(cells, "v").neurons(java.util.stream.IntStream.rangeClosed(1, 10).toArray()));
        StateTrace both = Simulation.build(net.spec(), Backend.SCALAR).run(ms.of(1)).data(probe);
        assertEquals(cell.distances(um)[3], cell.distances(um)[8], 1e-9, "a's third compartment and b's, 250 um out");
        Figure f = Plots.spaceTime(both, "v", cell);
        java.awt.image.BufferedImage image = f.image();
        XYChart chart = (XYChart) f.chart();
        int last = both.samples() - 1;
        double onA = both.values("v", 2, Units.mV)[last];
        double onB = both.values("v", 7, Units.mV)[last];
        ColourBar bar = bar(f);
        // A row showing only the branch drawn last would have branch b's colour (a's lies above the scale, which spans the rows' means).
        assertTrue(!bar.colour(onB).equals(bar.colour((onA + onB) / 2)), "branch b alone and the mean differ in colour: " + onA + ", " + onB);
        double t = both.times(ms)[last];
        java.awt.Color drawn = new java.awt.Color(image.getRGB((int) chart.getScreenXFromChart(t + 0.5 * (t - both.times(ms)[last - 1])),
            (int) chart.getScreenYFromChart(250)));
        assertEquals(bar.colour((onA + onB) / 2), drawn, "the 250 um row at the last sample: the mean of both branches");
        assertEquals(500, chart.getStyler().getYAxisMax(), 1e-9);
    }

    private static ColourBar bar(Figure f) {
        return f.layers().stream().filter(CellMap.class::isInstance).map(l -> ((CellMap) l).bar()).findFirst().orElseThrow();
    }

    @Test
    void profilesAtChosenTimesFollowThePeakDownTheAxon() {
        Figure f = Plots.alongCable(trace, "v", AXON, ms.of(0.6), ms.of(1.2));
        XYChart chart = (XYChart) f.chart();
        List<XYSeries> series = chart.getSeriesCollection().stream().filter(s -> !s.getName().equals(Figure.HIDDEN)).toList();
        assertEquals(List.of("t = 0.6 ms", "t = 1.2 ms"), series.stream().map(XYSeries::getName).toList());
        double early = peakAt(series.get(0));
        double late = peakAt(series.get(1));
        // About 19 m/s: 0.6 ms carries the peak some 11 mm further; a third either way for the rise from the stimulated end.
        assertEquals("distance from the root (mm)", chart.getXAxisTitle());
        assertEquals(11, late - early, 3.7);
        MorphologyPlotTest.keep(f, "cable_profiles");
    }

    @Test
    void theShapeIsColouredByTheRecordingAtAChosenTime() {
        assertEquals(100, distal.neurons()[0], "from 1 cm: compartment 100 on");
        Figure f = Plots.morphology(distal, "v", AXON, ms.of(1.2));
        XYChart chart = (XYChart) f.chart();
        assertEquals("t = 1.2 ms", chart.getTitle(), "the nearest sample's time");
        java.awt.image.BufferedImage image = f.image();
        boolean grey = false;
        boolean coloured = false;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                java.awt.Color c = new java.awt.Color(image.getRGB(x, y));
                grey |= c.getRed() == 210 && c.getGreen() == 210 && c.getBlue() == 210;
                coloured |= Math.max(c.getRed(), Math.max(c.getGreen(), c.getBlue()))
                    - Math.min(c.getRed(), Math.min(c.getGreen(), c.getBlue())) > 60;
            }
        }
        assertTrue(grey && coloured, "the unrecorded proximal half is grey, the recorded half coloured");
        MorphologyPlotTest.keep(f, "cable_morphology_at");
    }

    @Test
    void aShortCellWithASomaIsMeasuredInMicrometresFromIt() {
        Morphology cell = Morphology.builder().soma(um.of(20)).dendrite("dend", s -> s.length(um.of(500)).diameter(um.of(1)).compartments(10))
            .build();
        Network net = Network.create().dt(us.of(25));
        GroupSpec cells = net.spatial("cell", 1, cell, Library.passiveMembrane(), b -> b.set("Cm", "1*uF/cm**2").set("Ri", "100*ohm*cm")
            .set("v", "-65*mV").at("dend", um.of(400), s -> s.set("I", nA.of(0.1))));
        StateProbeSpec probe = net.probe(Probe.state(cells.section("dend"), "v"));
        StateTrace dend = Simulation.build(net.spec(), Backend.SCALAR).run(ms.of(1)).data(probe);
        Figure map = Plots.spaceTime(dend, "v", cell);
        assertEquals("distance from the soma (µm)", map.chart().getYAxisTitle());
        // Ten 50 um compartments, midpoints 25 to 475 um: rows from the soma to 500 um.
        assertEquals(0, ((XYChart) map.chart()).getStyler().getYAxisMin(), 1e-12);
        assertEquals(500, ((XYChart) map.chart()).getStyler().getYAxisMax(), 1e-9);
        XYChart profile = (XYChart) Plots.alongCable(dend, "v", cell, ms.of(0.5)).chart();
        assertEquals("distance from the soma (µm)", profile.getXAxisTitle());
        assertEquals(475, profile.getSeriesCollection().stream().filter(s -> s.getName().equals("t = 0.5 ms")).findFirst().orElseThrow().getXMax(), 1e-9, "the last compartment's midpoint, in um");
    }

    @Test
    void figuresWithoutSamplesOrTimesAreRefused() {
        assertEquals("Plots.alongCable: give at least one time, e.g. Units.ms.of(2)",
            assertThrows(PlotException.class, () -> Plots.alongCable(trace, "v", AXON)).getMessage());
    }

    private static double peakAt(XYSeries s) {
        double[] x = s.getXData();
        double[] y = s.getYData();
        int best = 0;
        for (int k = 1; k < y.length; k++) {
            if (y[k] > y[best]) {
                best = k;
            }
        }
        return x[best];
    }

}
