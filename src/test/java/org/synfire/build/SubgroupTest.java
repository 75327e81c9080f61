package org.synfire.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synfire.units.Units.mV;
import static org.synfire.units.Units.ms;
import static org.synfire.units.Units.nA;

import java.util.Arrays;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.synfire.connectivity.Connect;
import org.synfire.connectivity.ConnectionRule;
import org.synfire.model.GroupSpec;
import org.synfire.model.Network;
import org.synfire.model.NeuronModel;
import org.synfire.model.Probe;
import org.synfire.model.RateProbeSpec;
import org.synfire.model.SpikeProbeSpec;
import org.synfire.model.SpikeSourceSpec;
import org.synfire.model.StateProbeSpec;
import org.synfire.model.Subgroup;
import org.synfire.model.SynapseModel;
import org.synfire.model.library.Library;
import org.synfire.probe.SpikeTrains;
import org.synfire.sim.ProjectionView;
import org.synfire.sim.Simulation;
import org.synfire.table.Tables;
import org.synfire.units.Units;

/**
 * Subgroups (Brian2's {@code G[from:to]}) built and run: projections between slices connect only
 * their neurons under every rule, with {@code i} and {@code j} counted within the slices; probes
 * of a slice record its neurons only, numbered from its start; values set on a slice reach only
 * its neurons.
 */
class SubgroupTest {
    /** Each neuron keeps its own index in the group as {@code x}, so a synapse can tell which neurons it joins. */
    private static final NeuronModel MARKED = NeuronModel.of("marked", "x : 1\nv : volt");

    /** Reads back what each synapse joins: {@code a}, {@code b} the neurons' indices in the group, {@code ri}, {@code rj} its i and j. */
    private static final SynapseModel READ_BACK = SynapseModel.of("read_back", "a : 1\nb : 1\nri : 1\nrj : 1").onPre("v_post += 0*mV");

    static Stream<Arguments> rules() {
        return Stream.of(
            Arguments.of(Connect.allToAll(), 100),
            Arguments.of(Connect.oneToOne(), 10),
            Arguments.of(Connect.probability(0.3), -1),
            Arguments.of(Connect.fixedInDegree(3), 30),
            Arguments.of(Connect.fixedOutDegree(2), 20),
            Arguments.of(Connect.condition("i == j or i == j + 1"), 19));
    }

    @ParameterizedTest
    @MethodSource("rules")
    void aProjectionBetweenSlicesJoinsOnlyTheirNeuronsCountingFromTheirStarts(ConnectionRule rule, int expected) {
        Network net = Network.create().seed(5);
        GroupSpec g = net.group("g", 30, MARKED, s -> s.set("x", "i"));
        net.connect("p", g.slice(5, 15), g.slice(18, 28), READ_BACK, rule,
            p -> p.set("a", "x_pre").set("b", "x_post").set("ri", "i").set("rj", "j"));
        Simulation sim = Simulation.build(net);
        ProjectionView p = sim.projection("p");
        double[] a = p.valuesSi("a");
        double[] b = p.valuesSi("b");
        int[] sources = p.sources();
        int[] targets = p.targets();
        assertTrue(a.length > 0 && (expected < 0 || a.length == expected), rule + ": " + a.length + " synapses");
        for (int s = 0; s < a.length; s++) {
            assertTrue(a[s] >= 5 && a[s] < 15, rule + ": synapse " + s + " leaves neuron " + a[s]);
            assertTrue(b[s] >= 18 && b[s] < 28, rule + ": synapse " + s + " reaches neuron " + b[s]);
            assertEquals(a[s] - 5, sources[s], rule + ": sources count from the slice's start");
            assertEquals(b[s] - 18, targets[s], rule + ": targets count from the slice's start");
            assertEquals(sources[s], p.valuesSi("ri")[s], "i in a value is the index in the source slice");
            assertEquals(targets[s], p.valuesSi("rj")[s], "j in a value is the index in the target slice");
        }
        assertEquals(10, p.outDegrees().length);
        assertEquals(10, p.inDegrees().length);
        if (rule instanceof ConnectionRule.OneToOne) {
            assertArrayEquals(sources, targets);
        } else if (rule instanceof ConnectionRule.FixedInDegree) {
            assertTrue(Arrays.stream(p.inDegrees()).allMatch(d -> d == 3), Arrays.toString(p.inDegrees()));
        } else if (rule instanceof ConnectionRule.Condition) {
            for (int s = 0; s < sources.length; s++) {
                assertTrue(sources[s] == targets[s] || sources[s] == targets[s] + 1, "the condition reads i and j within the slices");
            }
        }
        assertEquals("g[5:15]", sim.report().projections().get(0).source());
        assertEquals("g[18:28]", sim.report().projections().get(0).target());
    }

    @Test
    void withoutAutapsesOverlappingSlicesOfOneGroupNeverConnectANeuronToItself() {
        Network net = Network.create().seed(2);
        GroupSpec g = net.group("g", 30, MARKED, s -> s.set("x", "i"));
        net.connect("all", g.slice(0, 20), g.slice(10, 30), READ_BACK, Connect.allToAll().autapses(false),
            p -> p.set("a", "x_pre").set("b", "x_post"));
        net.connect("degree", g.slice(0, 20), g.slice(10, 30), READ_BACK, Connect.fixedInDegree(19).autapses(false),
            p -> p.set("a", "x_pre").set("b", "x_post"));
        Simulation sim = Simulation.build(net);
        for (String name : new String[] {"all", "degree"}) {
            double[] a = sim.projection(name).valuesSi("a");
            double[] b = sim.projection(name).valuesSi("b");
            assertTrue(IntStream.range(0, a.length).noneMatch(s -> a[s] == b[s]), name + " has an autapse");
        }
        assertEquals(20 * 20 - 10, sim.projection("all").size(), "the 10 neurons in both slices skip only themselves");
        assertEquals(20 * 19, sim.projection("degree").size());
    }

    @Test
    void spikesFromASliceReachOnlyTheTargetSlice() {
        Network net = Network.create();
        SpikeSourceSpec input = net.spikeSource("input", 6, new int[] {0, 1, 2, 3, 4, 5}, new double[] {1, 1, 1, 1, 1, 1}, Units.ms);
        GroupSpec g = net.group("g", 20, MARKED);
        net.connect("p", input.slice(2, 5), g.slice(10, 20), SynapseModel.onSpike("v_post += 1*mV"), Connect.allToAll());
        Simulation sim = Simulation.build(net).run(ms.of(3));
        double[] v = sim.group("g").values("v", mV);
        for (int n = 0; n < 20; n++) {
            assertEquals(n >= 10 ? 3 : 0, v[n], 1e-12, "neuron " + n + " gets one jump per spiking source of the slice");
        }
    }

    @Test
    void probesOfASliceRecordItsNeuronsOnlyNumberedFromItsStart() {
        Network net = Network.create().seed(3);
        GroupSpec g = net.group("g", 40, Library.lif(), s -> s.set("I", "0.16*nA + i*3*pA").set("v", "-65*mV + rand()*10*mV"));
        Subgroup middle = g.slice(10, 25);
        SpikeProbeSpec all = net.probe(Probe.spikes(g));
        SpikeProbeSpec some = net.probe(Probe.spikes(middle));
        SpikeProbeSpec chosen = net.probe(Probe.spikes(middle).neurons(0, 14));
        RateProbeSpec rate = net.probe(Probe.rate(middle, ms.of(1)));
        StateProbeSpec whole = net.probe(Probe.state(g, "v").neurons(10, 24));
        StateProbeSpec part = net.probe(Probe.state(middle, "v").neurons(0, 14));
        assertEquals("spikes_g[10:25]", some.name());
        assertEquals("g[10:25]", some.targetLabel());
        Simulation sim = Simulation.build(net).run(ms.of(200));

        SpikeTrains everyone = sim.data(all);
        SpikeTrains slice = sim.data(some);
        assertEquals(15, slice.groupSize());
        int[] inSlice = IntStream.range(0, everyone.count()).filter(k -> everyone.indices()[k] >= 10 && everyone.indices()[k] < 25).toArray();
        assertTrue(inSlice.length > 20, "the slice fires: " + inSlice.length);
        assertEquals(inSlice.length, slice.count(), "the spikes of those neurons, no more");
        assertArrayEquals(Arrays.stream(inSlice).map(k -> everyone.indices()[k] - 10).toArray(), slice.indices());
        assertArrayEquals(Arrays.stream(inSlice).mapToDouble(k -> everyone.times(ms)[k]).toArray(), slice.times(ms));
        assertEquals(slice.counts()[0] + slice.counts()[14], sim.data(chosen).count(), "neurons chosen within the slice");
        assertEquals(slice.count(), Arrays.stream(sim.data(rate).counts()).sum(), "the rate counts the slice's spikes");
        int[] counts = sim.data(rate).counts();
        double[] hz = sim.data(rate).rates();
        IntStream.range(0, counts.length).forEach(k -> assertEquals(counts[k] / (15 * 1e-3), hz[k], 1e-9, "a rate per neuron of the slice"));
        assertArrayEquals(sim.data(whole).values("v", 1, mV), sim.data(part).values("v", 1, mV), "neuron 14 of the slice is 24 of g");
        assertArrayEquals(new int[] {0, 14}, sim.data(part).neurons());
        assertEquals(java.util.List.of("g", "g[10:25]"), Tables.spikes(sim, all, some).stringColumn("group").unique().asList());
    }

    @Test
    void valuesSetOnASliceReachOnlyItsNeuronsInOrder() {
        Network net = Network.create().seed(9);
        GroupSpec g = net.group("g", 10, Library.lif(), s -> s.set("v", mV.of(-60)));
        net.configure(g.slice(2, 5), s -> s.set("I", "0.1*nA + i*10*pA + N*1*pA").set("v", "-70*mV + rand()*5*mV"));
        net.configure(g.slice(4, 8), s -> s.set("I", new double[] {1, 2, 3, 4}, Units.nA));
        net.configure(g.slice(6, 10).slice(3, 4), s -> s.set("v", mV.of(-50)));
        Simulation sim = Simulation.build(net);
        assertArrayEquals(new double[] {0, 0, 0.103, 0.113, 1, 2, 3, 4, 0, 0}, sim.group("g").values("I", nA), 1e-12,
            "the lif default 0 nA outside, i and N within [2:5], the later part over the earlier at neuron 4");
        double[] v = sim.group("g").values("v", mV);
        for (int n = 0; n < 10; n++) {
            boolean drawn = n >= 2 && n < 5;
            assertTrue(drawn ? v[n] >= -70 && v[n] < -65 : v[n] == (n == 9 ? -50 : -60), "v of neuron " + n + " is " + v[n]);
        }
        sim.run(ms.of(1)).reset();
        assertArrayEquals(v, sim.group("g").values("v", mV), "a reset sets the same values again");
    }

    @Test
    void aConstantParameterGivenOnSlicesMustCoverTheGroup() {
        NeuronModel leaky = NeuronModel.of("leaky", "dv/dt = -v/tau : volt\ntau : second (constant)");
        Network covered = Network.create();
        GroupSpec a = covered.group("a", 10, leaky);
        covered.configure(a.slice(0, 6), s -> s.set("tau", ms.of(10)));
        covered.configure(a.slice(6, 10), s -> s.set("tau", ms.of(20)));
        assertArrayEquals(new double[] {10, 10, 10, 10, 10, 10, 20, 20, 20, 20}, Simulation.build(covered).group("a").values("tau", ms));

        Network gap = Network.create();
        GroupSpec b = gap.group("b", 10, leaky);
        gap.configure(b.slice(0, 6), s -> s.set("tau", ms.of(10)));
        BuildException e = assertThrows(BuildException.class, () -> Simulation.build(gap));
        assertEquals("Group 'b'.tau: parameter of model 'leaky' is set on slices only, and neuron 6 is in none of them; "
            + "give every neuron a value ([0:6] 10 ms)", e.getMessage());
    }

    @Test
    void synapticCodeCountsIndicesAndSizesWithinTheSlicesItConnects() {
        // A summed variable evaluates the code every step, spikes or not: target neuron 2 + jj of the slice
        // g[2:6] sums, over the five sources ii of g[5:10], ii + 10*jj + 100*N_pre + 1000*N_post.
        Network net = Network.create();
        GroupSpec g = net.group("g", 10, MARKED);
        net.connect("p", g.slice(5, 10), g.slice(2, 6), SynapseModel.of("indices", "x_post = i + 10*j + 100*N_pre + 1000*N_post : 1 (summed)"),
            Connect.allToAll());
        Simulation sim = Simulation.build(net).run(ms.of(0.2));
        double[] x = sim.group("g").valuesSi("x");
        for (int n = 0; n < 10; n++) {
            int jj = n - 2;
            double expected = jj < 0 || jj > 3 ? 0 : (0 + 1 + 2 + 3 + 4) + 5 * (10 * jj + 100 * 5 + 1000 * 4);
            assertEquals(expected, x[n], 0, "neuron " + n);
        }
        Network whole = Network.create();
        GroupSpec h = whole.group("h", 10, MARKED);
        whole.connect("p", h, h, SynapseModel.of("sizes", "x_post = N_pre + j : 1 (summed)"), Connect.oneToOne());
        assertEquals(15, Simulation.build(whole).run(ms.of(0.2)).group("h").valuesSi("x")[5], 0, "a whole group's size and index");
    }

    private static SpikeTrains[] run(int threads) {
        Network net = Network.create().seed(21);
        GroupSpec neurons = net.group("neurons", 500, Library.lif(), s -> s.set("v", "-65*mV + rand()*15*mV"));
        Subgroup exc = neurons.slice(0, 400);
        Subgroup inh = neurons.slice(400, 500);
        GroupSpec drive = net.group("drive", 100, Library.poisson(Units.Hz.of(40)));
        net.connect("drive_exc", drive, exc, SynapseModel.onSpike("v += 3*mV"), Connect.fixedInDegree(10));
        net.connect("ei", exc, inh, SynapseModel.onSpike("v += 5*mV"), Connect.probability(0.1), p -> p.delay("rand()*2*ms"));
        net.connect("ie", inh, exc.slice(0, 200), SynapseModel.onSpike("v -= 2*mV"), Connect.probability(0.1), p -> p.delay(ms.of(1)));
        SpikeProbeSpec excSpikes = net.probe(Probe.spikes(exc));
        SpikeProbeSpec inhSpikes = net.probe(Probe.spikes(inh));
        Simulation sim = Simulation.build(net).threads(threads).run(ms.of(100));
        return new SpikeTrains[] {sim.data(excSpikes), sim.data(inhSpikes)};
    }

    @Test
    void theSameSeedGivesTheSameSpikesOnOneAndTwoThreads() {
        SpikeTrains[] one = run(1);
        SpikeTrains[] two = run(2);
        assertTrue(one[0].count() > 100 && one[1].count() > 10, one[0].count() + " and " + one[1].count() + " spikes");
        for (int k = 0; k < 2; k++) {
            assertArrayEquals(one[k].indices(), two[k].indices());
            assertArrayEquals(one[k].times(ms), two[k].times(ms));
        }
    }
}
