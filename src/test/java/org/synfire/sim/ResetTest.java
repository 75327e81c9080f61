package org.synfire.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synfire.units.Units.Hz;
import static org.synfire.units.Units.mV;
import static org.synfire.units.Units.ms;
import static org.synfire.units.Units.nS;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synfire.connectivity.Connect;
import org.synfire.model.GroupSpec;
import org.synfire.model.Network;
import org.synfire.model.Probe;
import org.synfire.model.SpikeProbeSpec;
import org.synfire.model.SpikeSourceSpec;
import org.synfire.model.StateProbeSpec;
import org.synfire.model.library.Library;
import org.synfire.probe.SpikeTrains;
import org.synfire.probe.StateTrace;
import org.synfire.units.Units;

/**
 * {@link Simulation#reset} goes back to the built state without building again: a run after it
 * repeats the first run bit for bit (plastic weights, noise, Poisson input, replayed spike
 * sources, probes streaming to files), and a reset with another seed draws other noise on the
 * same connectivity and initial values.
 */
class ResetTest {
    @TempDir
    Path dir;

    private record Setup(Simulation sim, SpikeProbeSpec spikes, SpikeProbeSpec toFile, StateProbeSpec v) {
    }

    /** Conductance LIF neurons with random initial potentials, Poisson drive, a replayed source and STDP onto them. */
    private Setup build() {
        Network net = Network.create().seed(11);
        GroupSpec exc = net.group("exc", 200, Library.lifConductance(), g -> g.set("v", "-60*mV + rand()*10*mV"));
        SpikeSourceSpec source = net.spikeSource("source", 20, new int[] {0, 3, 7, 19}, new double[] {5, 12, 30, 31}, Units.ms);
        net.poissonInput("drive", exc, "ge", 50, Hz.of(20), nS.of(0.8));
        net.connect("plastic", source, exc, Library.stdp("ge", "siemens").with("wmax", "2 nS"), Connect.probability(0.5),
            p -> p.set("w", "rand()*1*nS"));
        SpikeProbeSpec spikes = net.probe(Probe.spikes(exc));
        SpikeProbeSpec toFile = net.probe(Probe.spikes(exc).toFile(dir.resolve("exc.spk")).named("file"));
        StateProbeSpec v = net.probe(Probe.state(exc, "v").neurons(0, 1, 2));
        return new Setup(Simulation.build(net), spikes, toFile, v);
    }

    @Test
    void aRunAfterResetRepeatsTheFirstExactly() {
        Setup s = build();
        Simulation sim = s.sim();
        double[] builtWeights = sim.projection("plastic").valuesSi("w");
        sim.run(ms.of(200));
        SpikeTrains first = sim.data(s.spikes());
        StateTrace firstV = sim.data(s.v());
        double[] learned = sim.projection("plastic").valuesSi("w");
        assertTrue(first.count() > 50, "the drive makes the group fire: " + first.count());
        assertFalse(Arrays.equals(builtWeights, learned), "STDP changed the weights");

        sim.group("exc").set("EL", mV.of(-50));     // changed by hand: undone by the reset
        sim.run(ms.of(50));
        sim.reset();
        assertEquals(0, sim.step());
        assertEquals(0, sim.data(s.spikes()).count(), "probes start empty");
        assertEquals(0, sim.spikeCount("exc"));
        assertArrayEquals(builtWeights, sim.projection("plastic").valuesSi("w"), "weights as built");
        assertEquals(-60, sim.group("exc").get("EL", 0).in(mV), 1e-12, "parameters as built");

        sim.run(ms.of(200));
        SpikeTrains again = sim.data(s.spikes());
        assertArrayEquals(first.indices(), again.indices(), "the same spikes");
        assertArrayEquals(first.times(ms), again.times(ms));
        assertArrayEquals(firstV.values("v", 0, mV), sim.data(s.v()).values("v", 0, mV), "the same trace");
        assertArrayEquals(learned, sim.projection("plastic").valuesSi("w"), "the same learning");
        SpikeTrains fromFile = sim.data(s.toFile());
        assertArrayEquals(first.indices(), fromFile.indices(), "the spike file started over");
    }

    @Test
    void anotherSeedDrawsOtherNoiseOnTheSameNetwork() {
        Setup s = build();
        Simulation sim = s.sim();
        sim.run(ms.of(200));
        SpikeTrains first = sim.data(s.spikes());
        double[] v0 = sim.data(s.v()).values("v", 0, mV);
        int[] targets = sim.projection("plastic").targets();

        sim.reset(12);
        assertEquals(12, sim.seed());
        sim.run(ms.of(200));
        SpikeTrains other = sim.data(s.spikes());
        assertEquals(v0[0], sim.data(s.v()).values("v", 0, mV)[0], 0, "initial values are the build's");
        assertArrayEquals(targets, sim.projection("plastic").targets(), "connectivity is the build's");
        assertFalse(Arrays.equals(first.indices(), other.indices()), "the Poisson drive differs");
        // Both trials are the same network: their rates agree within Poisson spread (a few percent of
        // some hundred spikes each; a tenth is many standard deviations).
        assertEquals(first.count(), other.count(), 0.1 * first.count());

        sim.reset();
        assertEquals(11, sim.seed());
        sim.run(ms.of(200));
        assertArrayEquals(first.indices(), sim.data(s.spikes()).indices(), "back to the network's seed, back to its spikes");
    }
}
