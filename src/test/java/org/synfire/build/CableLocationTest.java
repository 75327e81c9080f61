package org.synfire.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synfire.units.Units.mV;
import static org.synfire.units.Units.ms;
import static org.synfire.units.Units.um;
import static org.synfire.units.Units.us;

import java.util.Arrays;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.synfire.connectivity.Connect;
import org.synfire.model.Compartments;
import org.synfire.model.GroupSpec;
import org.synfire.model.Network;
import org.synfire.model.NeuronModel;
import org.synfire.model.Probe;
import org.synfire.model.ProjectionSpec;
import org.synfire.model.RateProbeSpec;
import org.synfire.model.SpecException;
import org.synfire.model.SpikeSourceSpec;
import org.synfire.model.StateProbeSpec;
import org.synfire.model.SynapseModel;
import org.synfire.model.library.Library;
import org.synfire.model.morphology.Morphology;
import org.synfire.model.morphology.MorphologyException;
import org.synfire.probe.StateTrace;
import org.synfire.sim.ProjectionView;
import org.synfire.sim.Simulation;
import org.synfire.table.Tables;
import org.synfire.units.Units;
import tech.tablesaw.api.Table;

/**
 * Synapses onto locations of spatial neurons ({@code cells.at("dend", distance)}), in networks
 * mixing point and spatial neurons; probes of compartments with their distances; and how each
 * end of a projection counts what it connects, with the mistakes refused.
 */
class CableLocationTest {
    /** {@link CableSynapseTest}'s: soma 20 um, a 1 mm dendrite of 1 um in 100 compartments, a synaptic conductance in each. */
    private static final Morphology BALL_AND_STICK = CableSynapseTest.BALL_AND_STICK;
    private static final int COMPARTMENTS = 101;
    private static final NeuronModel SYNAPTIC = CableSynapseTest.SYNAPTIC;
    private static final SynapseModel JUMP = CableSynapseTest.JUMP;

    private static GroupSpec cells(Network net, int count) {
        return net.spatial("cells", count, BALL_AND_STICK, SYNAPTIC, b -> b.set("Cm", "1*uF/cm**2").set("Ri", "100*ohm*cm").set("v", "-65*mV"));
    }

    /**
     * The soma potential of each of three neurons (mV, one row per neuron) when input {@code k}
     * fires at {@code (k + 1)} ms onto neuron {@code k}'s dendrite at 905 um, connected by {@code connect}.
     */
    private static double[][] somas(Function<Network, GroupSpec> connect) {
        Network net = Network.create().dt(us.of(25));
        GroupSpec cells = connect.apply(net);
        StateProbeSpec somas = net.probe(Probe.state(cells, "v").neurons(0, COMPARTMENTS, 2 * COMPARTMENTS));
        StateTrace trace = Simulation.build(net.spec(), Backend.SCALAR).run(ms.of(10)).data(somas);
        return new double[][] {trace.values("v", 0, mV), trace.values("v", 1, mV), trace.values("v", 2, mV)};
    }

    private static SpikeSourceSpec inputs(Network net) {
        return net.spikeSource("inputs", 3, new int[] {0, 1, 2}, new double[] {1, 2, 3}, Units.ms);
    }

    @Test
    void aSynapseAtALocationActsAsOneOnThatCompartmentByCondition() {
        double[][] at = somas(net -> {
            GroupSpec cells = cells(net, 3);
            ProjectionSpec p = net.connect("syn", inputs(net), cells.at("dend", um.of(905)), JUMP, Connect.oneToOne());
            assertEquals("cells.dend[905 um]", p.targetLabel());
            return cells;
        });
        // The way before locations: every compartment is a target, and the condition picks compartment 91 of neuron i.
        double[][] condition = somas(net -> {
            GroupSpec cells = cells(net, 3);
            net.connect("syn", inputs(net), cells, JUMP, Connect.condition("j == i*" + COMPARTMENTS + " + 91"));
            return cells;
        });
        assertEquals(91, BALL_AND_STICK.section("dend").at(um.of(905)), "905 um is in the dendrite's 91st compartment, the 92nd of the cell");
        // The same synapses onto the same compartments, delivered by the same code: the same numbers, bit for bit.
        for (int n = 0; n < 3; n++) {
            assertArrayEquals(condition[n], at[n], 0, "neuron " + n);
            double peak = Arrays.stream(at[n]).max().orElseThrow();
            assertTrue(peak > -64.99 && peak < -64, "a small distal EPSP at the soma of neuron " + n + ": " + peak + " mV");
        }
    }

    @Test
    void pointNeuronsDriveSpatialNeuronsAtADendriticLocation() {
        Network net = Network.create().dt(us.of(25));
        // Two LIF neurons driven over threshold (the second harder); each drives one ball-and-stick neuron 400 um out.
        GroupSpec lif = net.group("lif", 2, Library.lif(), g -> g.set("I", "(0.4 + 0.2*i)*nA").set("v", "-65*mV"));
        GroupSpec cells = cells(net, 2);
        Compartments dendrite = cells.at("dend", um.of(400));
        SynapseModel measured = SynapseModel.of("measured", "w : siemens (constant)\nx : meter (constant)\nk : 1 (constant)")
            .onPre("gs_post += w");
        ProjectionSpec p = net.connect("lif_cells", lif, dendrite, measured, Connect.oneToOne(), b -> b.set("w", "2*nS")
            .set("x", "distance_post").set("k", "j + 10*N_post"));
        StateProbeSpec somas = net.probe(Probe.state(cells.section("soma"), "v"));
        Simulation sim = Simulation.build(net.spec()).run(ms.of(60));
        ProjectionView view = sim.projection(p.name());
        assertArrayEquals(new int[] {0, 1}, view.targets(), "at one location j counts the neurons");
        assertArrayEquals(new int[] {1, 1}, view.inDegrees());
        double distance = BALL_AND_STICK.compartment(dendrite.first()).distance().si();
        // Constant synaptic parameters are kept as float: 24 bits, a relative 6e-8.
        assertArrayEquals(new double[] {distance, distance}, view.valuesSi("x"), 1e-7 * distance, "_post reads the compartment's distance");
        assertArrayEquals(new double[] {20, 21}, view.valuesSi("k"), 0, "j is the neuron, N_post the number of neurons");
        StateTrace trace = sim.data(somas);
        assertArrayEquals(new int[] {0, COMPARTMENTS}, trace.neurons(), "the soma of each neuron");
        double[] first = trace.values("v", 0, mV);
        double[] second = trace.values("v", 1, mV);
        // The second LIF neuron fires more often, so its cell's soma is depolarised more on average.
        assertTrue(mean(second) > mean(first) && mean(first) > -65 + 0.01, "soma means " + mean(first) + ", " + mean(second) + " mV");
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElseThrow();
    }

    @Test
    void aStretchOfDendriteCountsNeuronAndCompartmentPairs() {
        Network net = Network.create();
        GroupSpec cells = cells(net, 2);
        Compartments stretch = cells.between("dend", um.of(100), um.of(300));
        assertEquals(11, stretch.first(), "the compartment from 100 to 110 um, after the soma and ten others");
        assertEquals(20, stretch.count(), "100..300 um: 20 compartments of 10 um, the one starting at 300 um left out");
        SpikeSourceSpec one = net.spikeSource("one", 1, new int[] {0}, new double[] {1}, Units.ms);
        ProjectionSpec p = net.connect("spread", one, stretch, JUMP, Connect.allToAll(), b -> b.set("w", "(1 + j)*0.01*nS"));
        StateProbeSpec v = net.probe(Probe.state(stretch, "v").every(ms.of(1)));
        Simulation sim = Simulation.build(net.spec()).run(ms.of(2));
        ProjectionView view = sim.projection(p.name());
        assertEquals(40, view.size());
        int[] expected = new int[40];
        Arrays.setAll(expected, k -> k);
        assertArrayEquals(expected, view.targets(), "j counts (neuron, compartment) pairs, neuron by neuron");
        double[] w = view.valuesSi("w");
        assertEquals(0.4e-9, w[39], 1e-7 * 0.4e-9, "the last pair is j = 39 (w is a constant, kept as float)");
        // The probe records the stretch in both neurons; its table's distances are the morphology's.
        Table table = Tables.alongCable(sim.data(v), cells.cable().morphology());
        double[] distances = BALL_AND_STICK.distances(um);
        for (int r = 0; r < table.rowCount(); r++) {
            int c = table.intColumn("compartment").getInt(r);
            assertTrue(c >= 11 && c < 31, "compartment " + c);
            assertEquals(distances[c], table.doubleColumn("x_um").getDouble(r), 0, "row " + r);
        }
        assertEquals(2 * 2 * 20, table.rowCount(), "2 neurons × 2 samples (0 and 1 ms) × 20 compartments");
        assertEquals(105.0, table.doubleColumn("x_um").getDouble(0), 1e-9, "the midpoint of 100..110 um");
    }

    @Test
    void spikeAndRateProbesCountSpatialNeuronsByNeuron() {
        Network net = Network.create().dt(us.of(10));
        Morphology axon = Morphology.builder().soma(um.of(20)).axon("axon", s -> s.length(um.of(500)).diameter(um.of(2)).compartments(20))
            .build();
        GroupSpec cells = net.spatial("cells", 3, axon, Library.hodgkinHuxleyMembrane(), b -> b.set("Cm", "1*uF/cm**2")
            .set("Ri", "100*ohm*cm").set("v", "-65*mV").at("soma", um.of(0), s -> s.set("I", "1*nA")));
        // Neuron 0 (elements 0 to 20) gets no current; neurons 1 and 2 fire repeatedly.
        net.configure(cells.slice(0, 21), g -> g.set("I", "0*nA"));
        RateProbeSpec rate = net.probe(Probe.rate(cells, ms.of(50)));
        var last = net.probe(Probe.spikes(cells.slice(21, 63)));
        var all = net.probe(Probe.spikes(cells));
        Simulation sim = Simulation.build(net.spec()).run(ms.of(50));
        var spikes = sim.data(all);
        assertEquals(3, spikes.groupSize());
        assertTrue(spikes.count() > 4 && Arrays.stream(spikes.indices()).allMatch(n -> n == 1 || n == 2),
            "neurons 1 and 2 fire: " + Arrays.toString(spikes.indices()));
        int[] shifted = Arrays.stream(spikes.indices()).map(n -> n - 1).toArray();
        assertArrayEquals(shifted, sim.data(last).indices(), "a slice of whole neurons counts from its first neuron");
        assertEquals(2, sim.data(last).groupSize());
        double perNeuron = spikes.count() / 3.0 / 0.05;
        assertEquals(perNeuron, sim.data(rate).rates()[0], 1e-9, "the rate is per neuron (Hz), not per compartment");
        assertEquals("Probe 'spikes_cells[0:30]'.target: 'cells[0:30]' cuts through spatial neurons of 21 compartments; their spikes are "
            + "counted by neuron (a neuron's spikes are those of its spiking compartment), so slice at multiples of 21",
            assertThrows(BuildException.class, () -> {
                Network again = Network.create();
                GroupSpec g = again.spatial("cells", 3, axon, Library.hodgkinHuxleyMembrane(), b -> b.set("Cm", "1*uF/cm**2")
                    .set("Ri", "100*ohm*cm"));
                again.probe(Probe.spikes(g.slice(0, 30)));
                Simulation.build(again.spec());
            }).getMessage());
    }

    @Test
    void mistakesAreRefusedWithTheirPlaceAndFix() {
        Network net = Network.create();
        GroupSpec cells = cells(net, 2);
        GroupSpec lif = net.group("lif", 2, Library.lif());
        assertEquals("Section 'dend': at(1.2 mm): beyond its end; the section is 1 mm long: give a distance from 0 um to 1 mm",
            assertThrows(MorphologyException.class, () -> cells.at("dend", um.of(1200))).getMessage());
        assertEquals("Morphology 'soma 20 um'.section: no section 'dendrite'; known: dend, soma",
            assertThrows(MorphologyException.class, () -> cells.at("dendrite", um.of(400))).getMessage());
        assertEquals("Group 'lif'.at: is a group of point neurons, which have no compartments; locations belong to spatial neurons (add "
            + "the group with net.spatial(...) and a morphology)", assertThrows(SpecException.class, () -> lif.at("dend", um.of(400))).getMessage());
        assertEquals("Projection 'x'.source: 'cells[0:150]' cuts through spatial neurons of 101 compartments; their spikes are counted by "
            + "neuron (a neuron's spikes are those of its spiking compartment), so slice at multiples of 101",
            assertThrows(SpecException.class, () -> net.connect("x", cells.slice(0, 150), lif, SynapseModel.onSpike("v += 1*mV"),
                Connect.allToAll())).getMessage());
        assertEquals("Projection 'self'.rule: excludes autapses, but its sources are counted by neuron and its targets by (neuron, "
            + "compartment) at cells.dend, so a neuron's own synapses are not one target per source; target one location "
            + "(cells.at(section, distance)) or exclude them with a condition on i and j", buildError(n -> {
            GroupSpec g = cells(n, 2);
            n.connect("self", g, g.section("dend"), JUMP, Connect.allToAll().autapses(false));
        }));
        assertEquals("Projection 'post'.model: has on_post statements, which run when the target spikes, but the neurons of 'cells' spike "
            + "at compartment 0 and the synapses sit at cells.dend[400 um] (compartment 41 of each of 2 neurons), where no spike happens; "
            + "move the spiking compartment there (spikesAt) or drop on_post", buildError(n -> {
            GroupSpec g = cells(n, 2);
            GroupSpec point = n.group("lif", 2, Library.lif());
            n.connect("post", point, g.at("dend", um.of(400)), SynapseModel.of("post", "w : siemens").onPre("gs_post += w")
                .onPost("w += 1*nS"), Connect.oneToOne());
        }));
    }

    private static String buildError(java.util.function.Consumer<Network> describe) {
        Network net = Network.create();
        describe.accept(net);
        return assertThrows(BuildException.class, () -> Simulation.build(net.spec())).getMessage();
    }
}
