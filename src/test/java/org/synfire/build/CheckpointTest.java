package org.synfire.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synfire.units.Units.ms;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synfire.connectivity.Connect;
import org.synfire.sim.Simulation;
import org.synfire.sim.SimulationException;
import org.synfire.model.GroupSpec;
import org.synfire.model.Network;
import org.synfire.model.Probe;
import org.synfire.model.ProjectionSpec;
import org.synfire.model.RateProbeSpec;
import org.synfire.model.SpikeProbeSpec;
import org.synfire.model.StateProbeSpec;
import org.synfire.model.SynapseModel;
import org.synfire.model.SynapseProbeSpec;
import org.synfire.model.library.Library;
import org.synfire.units.Units;

/**
 * run(T1) + checkpoint + restore into a fresh build + run(T2) gives exactly what run(T1 + T2)
 * gives: spikes, traces, rates, weights, spike files. The network has Poisson input, random
 * connectivity, spikes in flight in a spike queue and in a ring buffer, and STDP.
 */
class CheckpointTest {

    private record Setup(Simulation sim, SpikeProbeSpec spikes, SpikeProbeSpec file, StateProbeSpec v, RateProbeSpec rate,
                         SynapseProbeSpec weights) {
    }

    private static Setup build(Path dir, int size) {
        Network net = Network.create().seed(21);
        GroupSpec drive = net.group("drive", 200, Library.poisson(Units.Hz.of(30)));
        GroupSpec exc = net.group("exc", size, Library.lifConductance(), g -> g.set("v", "-60*mV + rand()*10*mV"));
        net.connect("drive_exc", drive, exc, SynapseModel.onSpike("ge += 1*nS"), Connect.fixedInDegree(20),
            p -> p.delay("0.5*ms + rand()*3*ms"));
        ProjectionSpec plastic = net.connect("ee", exc, exc, Library.stdp("ge", "siemens").with("wmax", "1 nS"),
            Connect.probability(0.1), p -> p.set("w", "rand()*0.5*nS").delay(ms.of(2)));
        net.connect("queued", exc, exc, Library.stdp("ge", "siemens").with("wmax", "1 nS"), Connect.probability(0.05),
            p -> p.set("w", "rand()*0.5*nS").delay("rand()*4*ms"));
        SpikeProbeSpec spikes = net.probe(Probe.spikes(exc));
        SpikeProbeSpec file = net.probe(Probe.spikes(drive).toFile(dir.resolve("drive.bin")).named("file"));
        StateProbeSpec v = net.probe(Probe.state(exc, "v", "ge").neurons(0, 5).every(ms.of(0.5)));
        RateProbeSpec rate = net.probe(Probe.rate(exc, ms.of(5)));
        SynapseProbeSpec weights = net.probe(Probe.synapses(plastic, "w", "Apre").synapses(0, 1, 2).every(ms.of(1)));
        return new Setup(Simulation.build(net), spikes, file, v, rate, weights);
    }

    @Test
    void restoringContinuesExactlyAsAnUninterruptedRun(@TempDir Path dir) {
        Setup straight = build(dir.resolve("straight"), 300);
        straight.sim().run(ms.of(250));

        Setup first = build(dir.resolve("split"), 300);
        first.sim().run(ms.of(150));
        Path checkpoint = dir.resolve("at150.ckpt");
        first.sim().checkpoint(checkpoint);
        first.sim().run(ms.of(30));   // runs on past the checkpoint; the restore must not see it

        Setup second = build(dir.resolve("split"), 300);
        second.sim().restore(checkpoint);
        assertEquals(1500, second.sim().step());
        second.sim().threads(first.sim().threads() == 1 ? 2 : 1);   // the thread count may change across a restore
        second.sim().run(ms.of(100));

        Simulation a = straight.sim();
        Simulation b = second.sim();
        assertTrue(a.data(straight.spikes()).count() > 100, "the network is active");
        assertArrayEquals(a.data(straight.spikes()).indices(), b.data(second.spikes()).indices());
        assertArrayEquals(a.data(straight.spikes()).times(ms), b.data(second.spikes()).times(ms));
        assertArrayEquals(a.data(straight.file()).indices(), b.data(second.file()).indices());
        assertArrayEquals(a.data(straight.v()).values("v", 1, Units.mV), b.data(second.v()).values("v", 1, Units.mV));
        assertArrayEquals(a.data(straight.v()).times(ms), b.data(second.v()).times(ms));
        assertArrayEquals(a.data(straight.rate()).counts(), b.data(second.rate()).counts());
        assertArrayEquals(a.data(straight.weights()).values("w", 2, Units.nS), b.data(second.weights()).values("w", 2, Units.nS));
        assertArrayEquals(a.projection("ee").valuesSi("w"), b.projection("ee").valuesSi("w"));
        assertArrayEquals(a.projection("queued").valuesSi("w"), b.projection("queued").valuesSi("w"));
        assertEquals(a.spikeCount("drive"), b.spikeCount("drive"));
    }

    @Test
    void aCheckpointOfAnotherNetworkIsRefused(@TempDir Path dir) {
        Setup one = build(dir.resolve("one"), 300);
        one.sim().run(ms.of(20));
        Path checkpoint = dir.resolve("one.ckpt");
        one.sim().checkpoint(checkpoint);
        Setup other = build(dir.resolve("other"), 301);
        SimulationException e = assertThrows(SimulationException.class, () -> other.sim().restore(checkpoint));
        assertTrue(e.getMessage().contains("the checkpoint was written by a different network; it has group exc: 300 neurons"),
            e.getMessage());
        assertTrue(e.getMessage().contains("where this simulation has group exc: 301 neurons"), e.getMessage());
        assertEquals(0, other.sim().step(), "nothing was restored");
        SimulationException garbage = assertThrows(SimulationException.class, () -> other.sim().restore(dir.resolve("one/drive.bin")));
        assertTrue(garbage.getMessage().contains("not a Synfire checkpoint"), garbage.getMessage());
    }
}
