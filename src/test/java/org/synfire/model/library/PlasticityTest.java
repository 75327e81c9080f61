package org.synfire.model.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synfire.units.Units.mV;
import static org.synfire.units.Units.ms;

import org.junit.jupiter.api.Test;
import org.synfire.connectivity.Connect;
import org.synfire.sim.Simulation;
import org.synfire.model.GroupSpec;
import org.synfire.model.Network;
import org.synfire.model.NeuronModel;
import org.synfire.model.Probe;
import org.synfire.model.SpecException;
import org.synfire.model.SpikeSourceSpec;
import org.synfire.model.StateProbeSpec;
import org.synfire.model.SynapseModel;
import org.synfire.units.Units;

/**
 * The plasticity templates change weights by exactly what their papers' rules give for spike
 * patterns whose answer can be written down: event-driven traces are solved exactly, so the
 * tolerances are rounding only.
 */
class PlasticityTest {
    /** A neuron that spikes exactly once, at tspike, and otherwise only sums its input in v. */
    private static final NeuronModel FORCED = NeuronModel.of("forced", """
            v : volt
            tspike : second (constant)
            """).threshold("abs(t - tspike) < 0.5*dt");

    /** Weights after one pre spike per synapse at {@code pre} ms and post spikes of neuron k at {@code post[k]} ms. */
    private static double[] weightsAfter(SynapseModel model, double pre, double[] post) {
        int n = post.length;
        Network net = Network.create();
        int[] sources = new int[n];
        double[] times = new double[n];
        for (int k = 0; k < n; k++) {
            sources[k] = k;
            times[k] = pre;
        }
        SpikeSourceSpec input = net.spikeSource("input", n, sources, times, Units.ms);
        GroupSpec target = net.group("target", n, FORCED, g -> g.set("tspike", post, Units.ms));
        net.connect("plastic", input, target, model.with("wmax", "1 mV"), Connect.oneToOne(), p -> p.set("w", "0.5 mV"));
        Simulation sim = Simulation.build(net).run(ms.of(Math.max(pre, java.util.Arrays.stream(post).max().orElse(0)) + 10));
        double[] w = sim.projection("plastic").valuesSi("w");
        for (int k = 0; k < n; k++) {
            w[k] = w[k] / 1e-3 - 0.5;
        }
        return w;
    }

    @Test
    void pairBasedStdpFollowsTheExponentialWindow() {
        double[] dts = {-40, -20, -10, -5, 5, 10, 20, 40};
        double[] post = new double[dts.length];
        for (int k = 0; k < dts.length; k++) {
            post[k] = 100 + dts[k];
        }
        double[] dw = weightsAfter(Library.stdp("v", "volt"), 100, post);
        for (int k = 0; k < dts.length; k++) {
            double expected = dts[k] > 0 ? 0.005 * Math.exp(-dts[k] / 20) : -0.00525 * Math.exp(dts[k] / 20);
            assertEquals(expected, dw[k], 1e-12, "Δt = " + dts[k] + " ms (change in units of wmax)");
        }
    }

    @Test
    void tripletStdpAddsTheTripletTermToPairs() {
        // pre at 10 ms, post at 20 and 30 ms: the first post pairs with the pre spike only; the second
        // also sees the first post through o2 (tau_y = 125 ms).
        Network net = Network.create();
        SpikeSourceSpec input = net.spikeSource("input", 1, new int[] {0}, new double[] {10}, Units.ms);
        NeuronModel twice = NeuronModel.of("twice", "v : volt").threshold("abs(t - 20*ms) < 0.5*dt or abs(t - 30*ms) < 0.5*dt");
        GroupSpec target = net.group("target", 1, twice);
        net.connect("plastic", input, target, Library.tripletStdp("v", "volt").with("wmax", "1 mV"), Connect.oneToOne(),
            p -> p.set("w", "0.5 mV"));
        double w = Simulation.build(net).run(ms.of(40)).projection("plastic").valuesSi("w")[0] / 1e-3 - 0.5;
        double first = Math.exp(-10 / 16.8) * 5e-10;
        double second = Math.exp(-20 / 16.8) * (5e-10 + 6.2e-3 * Math.exp(-10 / 125.0));
        assertEquals(first + second, w, 1e-12);
        // Post before pre: depression by the pair term, and the triplet term needs an earlier pre spike (none).
        double[] dw = weightsAfter(Library.tripletStdp("v", "volt"), 50, new double[] {40});
        assertEquals(-7e-3 * Math.exp(-10 / 33.7), dw[0], 1e-12);
    }

    /** The jump of v at each of {@code count} pre spikes every {@code interval} ms, from 10 ms on. */
    private static double[] jumps(SynapseModel model, int count, double interval) {
        Network net = Network.create();
        int[] sources = new int[count];
        double[] times = new double[count];
        for (int k = 0; k < count; k++) {
            times[k] = 10 + k * interval;
        }
        SpikeSourceSpec input = net.spikeSource("input", 1, sources, times, Units.ms);
        GroupSpec target = net.group("target", 1, NeuronModel.of("counter", "v : volt"));
        net.connect("stp", input, target, model, Connect.oneToOne(), p -> p.set("w", "1 mV"));
        StateProbeSpec v = net.probe(Probe.state(target, "v"));
        double[] trace = Simulation.build(net).run(ms.of(10 + count * interval)).data(v).values("v", 0, mV);
        double[] out = new double[count];
        for (int k = 0; k < count; k++) {
            int at = (int) Math.round((10 + k * interval) / 0.1);
            out[k] = trace[at] - trace[at - 1];
        }
        return out;
    }

    /** The same jumps from the recursion of Tsodyks & Markram, written out. */
    private static double[] tsodyksMarkram(double bigU, double tauF, double tauD, int count, double interval) {
        double u = 0;
        double x = 1;
        double[] out = new double[count];
        for (int k = 0; k < count; k++) {
            if (k > 0) {
                u = u * Math.exp(-interval / tauF);
                x = 1 + (x - 1) * Math.exp(-interval / tauD);
            }
            u += bigU * (1 - u);
            out[k] = u * x;
            x -= u * x;
        }
        return out;
    }

    @Test
    void tsodyksMarkramDepressesAndFacilitatesAsItsRecursionSays() {
        double[] depressing = jumps(Library.tsodyksMarkram("v", "volt", "depressing"), 8, 50);
        double[] facilitating = jumps(Library.tsodyksMarkram("v", "volt", "facilitating"), 8, 50);
        double[] expectedD = tsodyksMarkram(0.5, 1e-3, 800, 8, 50);
        double[] expectedF = tsodyksMarkram(0.03, 530, 130, 8, 50);
        for (int k = 0; k < 8; k++) {
            assertEquals(expectedD[k], depressing[k], 1e-9, "depressing spike " + k);
            assertEquals(expectedF[k], facilitating[k], 1e-9, "facilitating spike " + k);
        }
        assertTrue(depressing[7] < 0.3 * depressing[0], "depression: the eighth response is a fraction of the first");
        assertEquals(0.5, depressing[0], 1e-12, "the first spike uses U");
        assertEquals(0.03, facilitating[0], 1e-12, "the first spike uses U");
        assertTrue(facilitating[4] > 3 * facilitating[0], "facilitation: responses grow");
        assertThrows(SpecException.class, () -> Library.tsodyksMarkram("v", "volt", "fast"));
    }

    @Test
    void inhibitoryStdpDepressesLonePreSpikesAndPotentiatesCoincidences() {
        // A lone pre spike: Apost = 0, so w changes by -eta·2·rho0·tau_stdp = -0.01 * 0.12 (in wmax).
        double[] lone = weightsAfter(Library.inhibitoryStdp("v", "volt"), 50, new double[] {500});
        double potentiation = 0.01 * Math.exp(-450 / 20.0);
        assertEquals(-0.01 * 2 * 3 * 0.020 + potentiation, lone[0], 1e-12);
        // Post 5 ms after pre: the same depression at the pre spike, then eta·exp(-5/20) at the post spike.
        double[] paired = weightsAfter(Library.inhibitoryStdp("v", "volt"), 50, new double[] {55});
        assertEquals(-0.01 * 0.12 + 0.01 * Math.exp(-5 / 20.0), paired[0], 1e-12);
    }

    @Test
    void templatesNeedATargetNameAndAnUpperBound() {
        assertTrue(assertThrows(SpecException.class, () -> Library.stdp("ge + 1", "siemens")).getMessage()
            .contains("'ge + 1' is not a variable name"));
        Network net = Network.create();
        SpikeSourceSpec input = net.spikeSource("input", 1, new int[0], new double[0], Units.ms);
        GroupSpec target = net.group("target", 1, Library.lifConductance());
        net.connect("plastic", input, target, Library.stdp("ge", "siemens"), Connect.allToAll());
        String message = assertThrows(org.synfire.SynfireException.class, () -> Simulation.build(net)).getMessage();
        assertTrue(message.contains("Projection 'plastic'.wmax: shared parameter of synapse model 'stdp' has no value"), message);
    }
}
