package org.synfire.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synfire.units.Units.ms;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synfire.SynfireException;
import org.synfire.connectivity.Connect;
import org.synfire.sim.Simulation;
import org.synfire.model.GroupSpec;
import org.synfire.model.Network;
import org.synfire.model.Probe;
import org.synfire.model.ProjectionSpec;
import org.synfire.model.RateProbeSpec;
import org.synfire.model.SpikeProbeSpec;
import org.synfire.model.StateProbeSpec;
import org.synfire.model.SynapseProbeSpec;
import org.synfire.model.library.Library;
import org.synfire.probe.PopulationRate;
import org.synfire.probe.SpikeFileRecorder;
import org.synfire.probe.SpikeTrains;
import org.synfire.probe.StateTrace;
import org.synfire.units.Units;

/** Rate, synapse and file probes, and recording windows: each agrees with the plain spike and state probes. */
class ProbeTest {

    @Test
    void populationRateCountsEverySpikeInItsBin() {
        Network net = Network.create().seed(2);
        GroupSpec input = net.group("input", 1000, Library.poisson(Units.Hz.of(50)));
        SpikeProbeSpec spikes = net.probe(Probe.spikes(input));
        RateProbeSpec rate = net.probe(Probe.rate(input, ms.of(10)));
        RateProbeSpec late = net.probe(Probe.rate(input, ms.of(10)).between(ms.of(50), ms.of(150)).named("late"));
        Simulation sim = Simulation.build(net).run(ms.of(120)).run(ms.of(80));
        PopulationRate r = sim.data(rate);
        assertEquals(20, r.bins());
        assertArrayEquals(new double[] {0, 10, 20}, Arrays.copyOf(r.times(ms), 3));
        double[] t = sim.data(spikes).times(ms);
        int[] expected = new int[20];
        for (double x : t) {
            expected[(int) Math.ceil(x / 10 - 1e-9) - 1]++;   // reported in (10k, 10k + 10] ms: occurred in bin k
        }
        assertArrayEquals(expected, r.counts());
        // 1000 × 50 Hz × 10 ms = 500 per bin, Poisson sd 22: the mean over 20 bins is within 5 sd / sqrt(20).
        assertEquals(50, Arrays.stream(r.rates()).average().orElseThrow(), 5 * 22.4 / Math.sqrt(20) / 10);
        PopulationRate window = sim.data(late);
        assertEquals(10, window.bins());
        assertEquals(50, window.times(ms)[0], 1e-9);
        assertArrayEquals(Arrays.copyOfRange(expected, 5, 15), window.counts());
    }

    @Test
    void windowsRecordOnlyTheirPartOfTheRun() {
        Network net = Network.create().seed(2);
        GroupSpec lif = net.group("lif", 5, Library.lif(), g -> g.set("I", "0.3*nA"));
        SpikeProbeSpec all = net.probe(Probe.spikes(lif));
        SpikeProbeSpec part = net.probe(Probe.spikes(lif).between(ms.of(50), ms.of(100)).named("part"));
        StateProbeSpec v = net.probe(Probe.state(lif, "v").every(ms.of(1)).between(ms.of(20), ms.of(30)));
        Simulation sim = Simulation.build(net).run(ms.of(150));
        double[] inWindow = Arrays.stream(sim.data(all).times(ms)).filter(x -> x >= 50 - 1e-9 && x < 100 - 1e-9).toArray();
        assertArrayEquals(inWindow, sim.data(part).times(ms), 1e-9);
        assertTrue(inWindow.length > 0);
        // A recording ends with the run or with its window, whichever came first (an interval still
        // open is censored there by Intervals.hazard).
        assertEquals(150, sim.data(all).end().in(ms), 1e-9);
        assertEquals(100, sim.data(part).end().in(ms), 1e-9);
        StateTrace trace = sim.data(v);
        assertArrayEquals(new double[] {20, 21, 22, 23, 24, 25, 26, 27, 28, 29}, trace.times(ms), 1e-9);
    }

    @Test
    void synapseProbesFollowWeightsUnderPlasticity() {
        Network net = Network.create().seed(5);
        GroupSpec input = net.group("input", 50, Library.poisson(Units.Hz.of(40)));
        GroupSpec neuron = net.group("neuron", 1, Library.lifConductance(), g -> g.set("I", "0.25*nA"));
        ProjectionSpec plastic = net.connect("plastic", input, neuron, Library.stdp("ge", "siemens").with("wmax", "2 nS"),
            Connect.allToAll(), p -> p.set("w", "rand()*2*nS"));
        SynapseProbeSpec w = net.probe(Probe.synapses(plastic, "w").synapses(0, 7, 49).every(ms.of(1)));
        Simulation sim = Simulation.build(net);
        double[] initial = sim.projection("plastic").valuesSi("w");
        sim.run(ms.of(500));
        double[] now = sim.projection("plastic").valuesSi("w");
        StateTrace trace = sim.data(w);
        assertEquals(500, trace.samples());
        int[] recorded = {0, 7, 49};
        for (int k = 0; k < 3; k++) {
            double[] values = trace.values("w", k, Units.nS);
            assertEquals(initial[recorded[k]] * 1e9, values[0], 1e-9, "first sample is the initial weight");
            assertEquals(now[recorded[k]] * 1e9, values[values.length - 1], 1e-3, "weights change slowly: the last sample is 1 ms old");
        }
        assertTrue(Arrays.stream(trace.values("w", 0, Units.nS)).distinct().count() > 1, "the weight changed");
    }

    @Test
    void spikeFilesHoldWhatMemoryProbesHold(@TempDir Path dir) {
        Network net = Network.create().seed(9);
        GroupSpec input = net.group("input", 200, Library.poisson(Units.Hz.of(30)));
        SpikeProbeSpec memory = net.probe(Probe.spikes(input));
        SpikeProbeSpec file = net.probe(Probe.spikes(input).toFile(dir.resolve("spikes/input.bin")).named("file"));
        Simulation sim = Simulation.build(net).run(ms.of(300)).run(ms.of(200));
        SpikeTrains inMemory = sim.data(memory);
        SpikeTrains fromFile = sim.data(file);
        assertTrue(inMemory.count() > 2000);
        assertArrayEquals(inMemory.indices(), fromFile.indices());
        assertArrayEquals(inMemory.times(ms), fromFile.times(ms), 1e-12);
        assertEquals(8L * inMemory.count() + 20, dir.resolve("spikes/input.bin").toFile().length());
    }

    @Test
    void aSpikeFileCutMidSpikeSaysHowManyAreWholeAndTheyCanBeRead(@TempDir Path dir) throws Exception {
        Network net = Network.create().seed(9);
        GroupSpec input = net.group("input", 50, Library.poisson(Units.Hz.of(100)));
        Path file = dir.resolve("input.bin");
        SpikeProbeSpec probe = net.probe(Probe.spikes(input).toFile(file));
        SpikeTrains all = Simulation.build(net).run(ms.of(100)).data(probe);
        byte[] bytes = java.nio.file.Files.readAllBytes(file);
        java.nio.file.Files.write(file, Arrays.copyOf(bytes, bytes.length - 3));
        java.io.UncheckedIOException cut = assertThrows(java.io.UncheckedIOException.class, () -> SpikeFileRecorder.read(file));
        int whole = all.count() - 1;
        assertTrue(cut.getMessage().contains("it ends 5 bytes into a spike (its writer was stopped mid-write); the " + whole
            + " spikes before, to t = ") && cut.getMessage().endsWith("are whole: read them with SpikeFileRecorder.readWhole"), cut.getMessage());
        SpikeTrains kept = SpikeFileRecorder.readWhole(file);
        assertEquals(whole, kept.count());
        assertArrayEquals(Arrays.copyOf(all.indices(), whole), kept.indices());
    }

    @Test
    void probeMistakesAreNamed() {
        Network net = Network.create();
        GroupSpec a = net.group("a", 3, Library.lif());
        net.probe(Probe.rate(a, ms.of(0.25)));
        String message = assertThrows(SynfireException.class, () -> Simulation.build(net)).getMessage();
        assertTrue(message.contains("Probe 'rate_a'.bin: 250 us is not a positive multiple of dt"), message);
        Network net2 = Network.create();
        GroupSpec b = net2.group("b", 3, Library.lif());
        ProjectionSpec bb = net2.connect("bb", b, b, org.synfire.model.SynapseModel.of("w", "w : volt").onPre("v += w"),
            Connect.oneToOne());
        net2.probe(Probe.synapses(bb, "wx"));
        net2.probe(Probe.synapses(bb, "w").synapses(3).named("far"));
        String second = assertThrows(SynfireException.class, () -> Simulation.build(net2)).getMessage();
        assertTrue(second.contains("Probe 'synapses_bb'.variables: 'wx' is not a per-synapse variable of projection 'bb'; known: w"),
            second);
        assertTrue(second.contains("Probe 'far'.synapses: synapse 3 is out of range; projection 'bb' has synapses 0..2"), second);
        assertTrue(assertThrows(SynfireException.class, () -> net2.probe(Probe.spikes(b).between(ms.of(5), ms.of(2))))
            .getMessage().contains("is not a window of time"));
    }
}
