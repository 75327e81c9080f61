package org.synfire.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synfire.units.Units.ms;
import static org.synfire.units.Units.mV;
import static org.synfire.units.Units.nA;

import org.junit.jupiter.api.Test;
import org.synfire.sim.Simulation;
import org.synfire.model.GroupSpec;
import org.synfire.model.Network;
import org.synfire.model.Probe;
import org.synfire.model.SpikeProbeSpec;
import org.synfire.model.StateProbeSpec;
import org.synfire.model.library.Library;
import org.synfire.probe.SpikeTrains;
import org.synfire.units.Units;

/** Analyses of recordings from real runs: a measured LIF f–I curve against theory, χ of membrane traces. */
class RecordingAnalysisTest {

    @Test
    void ratesOfAPartialRecordingSpeakForTheRecordedNeurons() {
        Network net = Network.create().seed(9);
        GroupSpec input = net.group("input", 100, Library.poisson(Units.Hz.of(50)));
        SpikeProbeSpec some = net.probe(Probe.spikes(input).neurons(0, 1, 2, 3, 4, 5, 6, 7, 8, 9).named("some"));
        Simulation sim = Simulation.build(net).run(Units.second.of(2));
        SpikeTrains s = sim.data(some);
        // 10 neurons × 50 Hz × 2 s = 1000 spikes, sd 32: the rate is 50 Hz within 5 sd (8 Hz), not 5 Hz.
        assertEquals(50, Rates.mean(s, ms.of(0), ms.of(2000)).in(Units.Hz), 8);
        assertEquals(50, Rates.binned(s, ms.of(100), ms.of(0), ms.of(2000)).mean().in(Units.Hz), 8);
        // Ten independent neurons: chi about 1/sqrt(10) = 0.32, far from the 0.1 of all 100.
        assertEquals(1 / Math.sqrt(10), Synchrony.chi(s, ms.of(5), ms.of(0), ms.of(2000)), 0.1);
    }

    @Test
    void chiOfTracesIsOneForIdenticalNeuronsAndLessOtherwise() {
        Network net = Network.create();
        GroupSpec same = net.group("same", 3, Library.lif(), b -> b.set("I", nA.of(0.3)));
        GroupSpec mixed = net.group("mixed", 3, Library.lif(), b -> b.set("I", new double[] {0.2, 0.3, 0.45}, nA));
        StateProbeSpec a = net.probe(Probe.state(same, "v").neurons(0, 1, 2));
        StateProbeSpec b = net.probe(Probe.state(mixed, "v").neurons(0, 1, 2));
        Simulation sim = Simulation.build(net).run(ms.of(300));
        assertEquals(1, Synchrony.chi(sim.data(a), "v"), 1e-12);
        double chi = Synchrony.chi(sim.data(b), "v");
        assertTrue(chi < 0.9 && chi > 1 / Math.sqrt(3) - 0.2, "neurons at different rates drift apart: chi " + chi);
    }

    @Test
    void measuredLifCurveMatchesTheory() {
        double[] currents = {0.1, 0.15, 0.16, 0.2, 0.3, 0.5, 1.0};
        Network net = Network.create();
        GroupSpec g = net.group("lif", currents.length, Library.lif(), b -> b.set("I", currents, nA));
        SpikeProbeSpec probe = net.probe(Probe.spikes(g));
        Simulation sim = Simulation.build(net).run(ms.of(1100));
        FiCurve measured = FiCurve.of(currents, nA, sim.data(probe), ms.of(100), ms.of(1100));
        FiCurve theory = FiCurve.lif(currents, nA, Units.Mohm.of(100), ms.of(10), mV.of(-65), mV.of(-50), mV.of(-65), ms.of(2));
        for (int k = 0; k < currents.length; k++) {
            // Counting in a 1 s window is off by at most one spike (1 Hz); detecting a crossing at the end of
            // its step lengthens the period by under dt, at most 0.1 ms / 3.4 ms = 3 % of the rate at 1 nA.
            double r = theory.rates()[k];
            assertEquals(r, measured.rates()[k], 1 + 0.03 * r, "I = " + currents[k] + " nA");
        }
        assertEquals(0, measured.rates()[1], "rheobase: no spikes at 0.15 nA");
    }
}
