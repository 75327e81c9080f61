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
import org.knowm.xchart.HeatMapChart;
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
        HeatMapChart chart = (HeatMapChart) f.chart();
        assertEquals("t (ms)", chart.getXAxisTitle());
        // 2 cm of axon without a soma: millimetres from its start.
        assertEquals("distance from the root (mm)", chart.getYAxisTitle());
        assertEquals("v (mV)", chart.getHeatMapSeries().getName());
        assertTrue(chart.getHeatMapSeries().getXData().size() <= 160 && chart.getHeatMapSeries().getYData().size() == 100,
            "evenly picked samples and compartments");
        MorphologyPlotTest.keep(f, "cable_space_time");
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
        assertEquals("distance from the soma (µm)", ((HeatMapChart) Plots.spaceTime(dend, "v", cell).chart()).getYAxisTitle());
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
