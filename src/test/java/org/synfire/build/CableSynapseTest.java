package org.synfire.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synfire.units.Units.mV;
import static org.synfire.units.Units.ms;
import static org.synfire.units.Units.um;
import static org.synfire.units.Units.us;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.synfire.connectivity.Connect;
import org.synfire.model.GroupSpec;
import org.synfire.model.Network;
import org.synfire.model.NeuronModel;
import org.synfire.model.Probe;
import org.synfire.model.ProjectionSpec;
import org.synfire.model.SpikeProbeSpec;
import org.synfire.model.SpikeSourceSpec;
import org.synfire.model.StateProbeSpec;
import org.synfire.model.SynapseModel;
import org.synfire.model.library.Library;
import org.synfire.model.morphology.Morphology;
import org.synfire.probe.StateTrace;
import org.synfire.sim.ProjectionView;
import org.synfire.sim.Simulation;
import org.synfire.units.Units;

/**
 * Synapses onto compartments, in networks that mix point and spatial neurons: dendritic
 * attenuation against Brian2's SpatialNeuron ({@code scripts/reference/brian2_cable.py}), and
 * spikes of spatial neurons driving point neurons.
 */
class CableSynapseTest {
    /** Soma 20 um, a 1 mm dendrite of 1 um in 100 compartments: its length constant is 500 um. */
    static final Morphology BALL_AND_STICK = Morphology.builder().soma(um.of(20))
        .dendrite("dend", s -> s.length(um.of(1000)).diameter(um.of(1)).compartments(100)).build();

    /** A passive membrane with a synaptic conductance at each compartment, in amperes there. */
    static final NeuronModel SYNAPTIC = NeuronModel.of("synaptic", """
        Im = gL*(EL - v) : amp/meter**2
        Is = gs*(Es - v) : amp (point current)
        dgs/dt = -gs/taus : siemens
        gL : siemens/meter**2 (constant)
        EL : volt (constant)
        Es : volt (constant)
        taus : second (constant)""").method("exponential_euler")
        .with("gL", "0.1 mS/cm**2").with("EL", "-65 mV").with("Es", "0 mV").with("taus", "2 ms");

    static final SynapseModel JUMP = SynapseModel.of("jump", "w : siemens (constant)").onPre("gs_post += w").with("w", "1 nS");

    /** The soma's peak depolarisation (mV) and its delay after the input (ms), for one synapse at {@code distance} along the dendrite. */
    private static double[] somaResponse(double distanceUm) {
        Network net = Network.create().dt(us.of(25));
        GroupSpec cell = net.spatial("cell", 1, BALL_AND_STICK, SYNAPTIC, b -> b.set("Cm", "1*uF/cm**2").set("Ri", "100*ohm*cm")
            .set("v", "-65*mV"));
        int target = BALL_AND_STICK.section("dend").at(um.of(distanceUm));
        SpikeSourceSpec input = net.spikeSource("input", 1, new int[] {0}, new double[] {1}, Units.ms);
        net.connect("synapse", input, cell.slice(target, target + 1), JUMP, Connect.allToAll());
        StateProbeSpec soma = net.probe(Probe.state(cell, "v"));
        Simulation sim = Simulation.build(net.spec(), Backend.SCALAR).run(ms.of(41));
        StateTrace trace = sim.data(soma);
        double[] v = trace.values("v", 0, mV);
        double[] t = trace.times(ms);
        int peak = 0;
        for (int k = 1; k < v.length; k++) {
            peak = v[k] > v[peak] ? k : peak;
        }
        return new double[] {v[peak] + 65, t[peak] - 1, target};
    }

    private static Properties reference() throws IOException {
        Properties p = new Properties();
        try (InputStream in = CableSynapseTest.class.getResourceAsStream("/reference/brian2_cable.properties")) {
            p.load(in);
        }
        return p;
    }

    @Test
    void distalInputIsSmallerAndSlowerAtTheSomaByBrian2sAmount() throws IOException {
        Properties brian2 = reference();
        double[] proximal = somaResponse(105);
        double[] distal = somaResponse(905);
        assertTrue(distal[0] < 0.5 * proximal[0] && distal[1] > 2 * proximal[1], "attenuated and delayed: " + proximal[0] + " mV at "
            + proximal[1] + " ms, distal " + distal[0] + " mV at " + distal[1] + " ms");
        for (String place : new String[] {"proximal", "distal"}) {
            double[] response = place.equals("proximal") ? proximal : distal;
            assertEquals(Integer.parseInt(brian2.getProperty("attenuation." + place + ".compartment")), (int) response[2],
                "the same compartment as Brian2's morpho.dend[...]");
            // Same equations, scheme, grid and step as Brian2 (6 digits stored): peaks agree to rounding.
            double peak = Double.parseDouble(brian2.getProperty("attenuation." + place + ".peak_mV"));
            assertEquals(peak, response[0], 1e-4 * peak, place + " peak");
            // The time of the peak is the same sample.
            assertEquals(Double.parseDouble(brian2.getProperty("attenuation." + place + ".time_to_peak_ms")), response[1], 1e-9,
                place + " time to peak");
        }
    }

    @Test
    void spikesOfSpatialNeuronsDrivePointNeurons() {
        // Three Hodgkin–Huxley axons (2 cm, 476 um, 18.5 °C) fire from their far end; each drives one LIF neuron over threshold.
        Morphology axon = Morphology.builder().axon("axon", s -> s.length(Units.cm.of(2)).diameter(um.of(476)).compartments(200)).build();
        Network net = Network.create().dt(us.of(10));
        GroupSpec axons = net.spatial("axons", 3, axon, Library.hodgkinHuxleyMembrane(), b -> b.set("Cm", "1*uF/cm**2")
            .set("Ri", "35.4*ohm*cm").set("v", "-65*mV").set("phi", "3.82").spikesAt("axon", um.of(19_950))
            .at("axon", um.of(0), s -> s.set("I", "(i + 1)*10*uA")));
        GroupSpec lif = net.group("lif", 3, Library.lif(), g -> g.set("v", "-65*mV"));
        // Spikes of spatial neurons are counted by neuron: axon n drives LIF neuron n, and the synapse reads its spiking compartment.
        // 8, 16 and 24 mV from rest (-65 mV) to a threshold 15 mV above it: LIF neurons 1 and 2 fire.
        ProjectionSpec relay = net.connect("relay", axons, lif, SynapseModel.of("relay", "w : volt\nseen : 1").onPre("v_post += w; seen = i"),
            Connect.oneToOne(), p -> p.set("w", "(i + 1)*8*mV"));
        SpikeProbeSpec axonSpikes = net.probe(Probe.spikes(axons));
        SpikeProbeSpec lifSpikes = net.probe(Probe.spikes(lif));
        Simulation sim = Simulation.build(net.spec(), Backend.SCALAR).run(ms.of(3));
        assertArrayEquals(new int[] {0, 1, 2}, sim.data(axonSpikes).indices().clone(), "one spike per axon, numbered by neuron");
        assertEquals(3, sim.data(axonSpikes).groupSize());
        assertArrayEquals(new int[] {1, 2}, sim.data(lifSpikes).indices().clone(), "weights set by i, the neuron: 16 and 24 mV fire");
        ProjectionView view = sim.projection(relay.name());
        assertArrayEquals(new int[] {0, 1, 2}, view.sources(), "sources counted by neuron");
        assertArrayEquals(new double[] {0, 1, 2}, view.valuesSi("seen"), "i in on_pre is the neuron too");
        assertArrayEquals(new int[] {1, 1, 1}, view.outDegrees());
    }
}
