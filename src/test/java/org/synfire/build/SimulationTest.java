package org.synfire.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synfire.units.Units.mV;
import static org.synfire.units.Units.ms;
import static org.synfire.units.Units.nA;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.synfire.sim.Simulation;
import org.synfire.sim.SimulationException;
import org.synfire.model.GroupSpec;
import org.synfire.model.Network;
import org.synfire.model.NeuronModel;
import org.synfire.model.Probe;
import org.synfire.model.SpecException;
import org.synfire.model.SpikeProbeSpec;
import org.synfire.model.SpikeSourceSpec;
import org.synfire.model.StateProbeSpec;
import org.synfire.model.TimedArray;
import org.synfire.model.library.Library;
import org.synfire.probe.SpikeTrains;
import org.synfire.probe.StateTrace;
import org.synfire.units.Units;

/** Behaviour of built simulations: continuation, determinism, changes between runs, inputs, probes, errors. */
class SimulationTest {

    private static final NeuronModel NOISY = NeuronModel.of("noisy", """
            dv/dt = (El - v)/tau : volt
            El : volt (shared, constant)
            tau : second (shared, constant)
            """).threshold("rand() < 20*Hz*dt").reset("v = El + 10*mV*rand()")
        .with("El", "-65 mV").with("tau", "10 ms");

    private static SpikeTrains noisySpikes(long seed, int runs) {
        return noisySpikes(seed, runs, 1);
    }

    private static SpikeTrains noisySpikes(long seed, int runs, int threads) {
        Network net = Network.create().seed(seed);
        GroupSpec g = net.group("g", 200, NOISY, b -> b.set("v", "El + 5*mV*randn()"));
        net.group("lif", 203, Library.lif(), b -> b.set("I", "0.1*nA + i*2*pA"));
        SpikeProbeSpec p = net.probe(Probe.spikes(g));
        Simulation sim = Simulation.build(net).threads(threads);
        for (int k = 0; k < runs; k++) {
            sim.run(ms.of(400.0 / runs));
        }
        return sim.data(p);
    }

    @Test
    void sameSeedGivesIdenticalSpikesAndRunsContinue() {
        SpikeTrains once = noisySpikes(7, 1);
        SpikeTrains again = noisySpikes(7, 1);
        SpikeTrains inPieces = noisySpikes(7, 4);
        assertArrayEquals(once.indices(), again.indices());
        assertArrayEquals(once.times(ms), again.times(ms));
        assertArrayEquals(once.indices(), inPieces.indices(), "four runs of 100 ms equal one of 400 ms");
        assertArrayEquals(once.times(ms), inPieces.times(ms));
        // 200 neurons × 20 Hz × 0.4 s = 1600 expected; Poisson sd = 40, so ±200 is five sigma.
        assertEquals(1600, once.count(), 200);
    }

    @Test
    void threadsDoNotChangeTheSpikes() {
        SpikeTrains one = noisySpikes(3, 2, 1);
        for (int threads : new int[] {2, 3, 4}) {
            SpikeTrains many = noisySpikes(3, 2, threads);
            assertArrayEquals(one.indices(), many.indices(), threads + " threads");
            assertArrayEquals(one.times(ms), many.times(ms), threads + " threads");
        }
        Network net = Network.create();
        net.group("hh", 300, Library.hodgkinHuxley(), b -> b.set("I", "i*0.05*uA/cm**2"));
        Simulation a = Simulation.build(net).threads(1).run(ms.of(50));
        Simulation b = Simulation.build(net).threads(4).run(ms.of(50));
        assertArrayEquals(a.group("hh").values("v", mV), b.group("hh").values("v", mV), "bit-identical state");
        assertThrows(SimulationException.class, () -> a.threads(0));
        assertTrue(assertThrows(SimulationException.class, () -> a.threads(100_000)).getMessage().startsWith("threads(100000): give from 1 to 65535"));
    }

    @Test
    void anotherSeedGivesOtherSpikes() {
        assertFalse(Arrays.equals(noisySpikes(7, 1).times(ms), noisySpikes(8, 1).times(ms)));
    }

    @Test
    void parametersChangedBetweenRunsTakeEffect() {
        Network net = Network.create();
        GroupSpec g = net.group("lif", 2, Library.lif(), b -> b.set("I", nA.of(0.3)));
        SpikeProbeSpec p = net.probe(Probe.spikes(g));
        Simulation sim = Simulation.build(net).run(ms.of(500));
        int before = sim.data(p).count();
        sim.group("lif").set("tau", ms.of(20)).set("I", 1, nA.of(0));
        sim.run(ms.of(500));
        int[] counts = sim.data(p).counts();
        // tau 10 ms: T = 2 + 10 ln 2 = 8.93 ms (56 spikes per 500 ms); tau 20 ms: T = 15.86 ms (31 or 32).
        assertEquals(before / 2, 56, 1);
        assertEquals(56 + 31, counts[0], 2);
        assertTrue(counts[1] <= 57, "neuron 1 stops firing after its current is removed: " + counts[1]);
        assertEquals(ms.of(1000).si(), sim.t().si(), 1e-12);
    }

    @Test
    void unchangedModelsComeFromTheKernelCache() {
        Network net = Network.create();
        net.group("a", 3, Library.lif());
        Simulation.build(net);
        Simulation again = Simulation.build(net);
        assertTrue(again.report().group("a").cached());
        assertEquals(0, again.report().group("a").compileMillis());
    }

    @Test
    void timedArrayDrivesTheNeuron() {
        NeuronModel driven = NeuronModel.of("driven", """
                dv/dt = (El - v + R*stim(t))/tau : volt
                El : volt (shared, constant)
                R : ohm (shared, constant)
                tau : second (shared, constant)
                """).threshold("v > -50*mV").reset("v = El")
            .with("El", "-65 mV").with("R", "100 Mohm").with("tau", "10 ms").with("v", "-65 mV")
            .function("stim", TimedArray.of(new double[] {0, 0.5, 0}, nA, ms.of(100)));
        Network net = Network.create();
        GroupSpec g = net.group("g", 1, driven);
        SpikeProbeSpec p = net.probe(Probe.spikes(g));
        Simulation sim = Simulation.build(net).run(ms.of(300));
        double[] times = sim.data(p).timesOf(0, ms);
        assertTrue(times.length > 5);
        assertTrue(times[0] > 100 && times[times.length - 1] < 200, "spikes only while the step is on: " + Arrays.toString(times));
    }

    @Test
    void subexpressionsAndSharedParametersCanBeProbed() {
        NeuronModel model = NeuronModel.of("cond", """
                dv/dt = (gl*(El - v) + I_syn)/C : volt
                dg/dt = -g/tau_g : siemens
                I_syn = g*(Ee - v) : amp
                gl : siemens (shared, constant)
                C : farad (shared, constant)
                El : volt (shared, constant)
                Ee : volt (shared, constant)
                tau_g : second (shared, constant)
                """).with("gl", "10 nS").with("C", "200 pF").with("El", "-65 mV").with("Ee", "0 mV").with("tau_g", "5 ms")
            .with("v", "-65 mV").with("g", "5 nS");
        Network net = Network.create();
        GroupSpec grp = net.group("g", 1, model);
        StateProbeSpec p = net.probe(Probe.state(grp, "v", "g", "I_syn", "El").every(ms.of(1)));
        Simulation sim = Simulation.build(net).run(ms.of(20));
        StateTrace trace = sim.data(p);
        double[] v = trace.values("v", 0, Units.volt);
        double[] g = trace.values("g", 0, Units.siemens);
        double[] current = trace.values("I_syn", 0, Units.amp);
        for (int k = 0; k < v.length; k++) {
            assertEquals(g[k] * (0 - v[k]), current[k], 1e-20);
            assertEquals(-65, trace.value("El", 0, k).in(mV), 1e-9);
        }
        assertEquals(5e-9 * Math.exp(-19e-3 / 5e-3), g[g.length - 1], 1e-15, "g decays exactly");
        assertEquals("exponential_euler", sim.report().group("g").method(), "I_syn couples v to g nonlinearly");
    }

    @Test
    void refractoryConditionCountsEachExcursionOnce() {
        // A relaxation oscillator whose threshold stays true for many steps: the condition form of
        // refractoriness (Brian2's refractory='v > -20*mV') must count one spike per excursion.
        NeuronModel model = NeuronModel.of("osc", "dv/dt = 100*mV*cos(2*pi*t*10*Hz)*2*pi*10*Hz : volt")
            .threshold("v > 50*mV").refractory("v > 50*mV").with("v", "0 mV");
        Network net = Network.create();
        GroupSpec g = net.group("g", 1, model);
        SpikeProbeSpec p = net.probe(Probe.spikes(g));
        Simulation sim = Simulation.build(net).run(ms.of(1000));
        assertEquals(10, sim.data(p).count(), "one spike per cycle of a 10 Hz sine");
    }

    @Test
    void perNeuronRefractoryPeriods() {
        NeuronModel withTref = NeuronModel.of("lif_tref", """
                dv/dt = (El - v + R*I)/tau : volt (unless refractory)
                I : amp
                tref : second (constant)
                El : volt (shared, constant)
                R : ohm (shared, constant)
                tau : second (shared, constant)
                """).threshold("v > -50*mV").reset("v = El").refractory("tref")
            .with("El", "-65 mV").with("R", "100 Mohm").with("tau", "10 ms").with("v", "-65 mV").with("I", "0.3 nA");
        Network net = Network.create();
        GroupSpec g = net.group("g", 2, withTref, b -> b.set("tref", new double[] {0, 5}, ms));
        SpikeProbeSpec p = net.probe(Probe.spikes(g));
        Simulation sim = Simulation.build(net).run(ms.of(1000));
        double[] a = sim.data(p).timesOf(0, ms);
        double[] b = sim.data(p).timesOf(1, ms);
        // Periods 6.93 and 11.93 ms, each up to one step longer.
        assertEquals(10 * Math.log(2), a[2] - a[1], 0.1);
        assertEquals(5 + 10 * Math.log(2), b[2] - b[1], 0.1);
    }

    @Test
    void spikeSourcesEmitAtTheirTimes() {
        Network net = Network.create();
        SpikeSourceSpec src = net.spikeSource("src", 3, new int[] {2, 0, 1, 0}, new double[] {5, 1, 1, 3.3}, ms);
        SpikeProbeSpec p = net.probe(Probe.spikes(src));
        Simulation sim = Simulation.build(net).run(ms.of(3)).run(ms.of(7));
        SpikeTrains s = sim.data(p);
        assertArrayEquals(new int[] {0, 1, 0, 2}, s.indices());
        assertArrayEquals(new double[] {1, 1, 3.3, 5}, s.times(ms), 1e-9);
    }

    @Test
    void spikeSourceTimesThatCannotBeRepresentedAreRefused() {
        Network net = Network.create();
        net.spikeSource("src", 2, new int[] {0, 1}, new double[] {0, 1}, ms);
        BuildException e = assertThrows(BuildException.class, () -> Simulation.build(net));
        assertTrue(e.getMessage().contains("SpikeSource 'src'.times: event 0 at 0 s comes before the end of the first step"), e.getMessage());
        Network twice = Network.create();
        twice.spikeSource("src", 2, new int[] {1, 1}, new double[] {1, 1.04}, ms);
        assertTrue(assertThrows(BuildException.class, () -> Simulation.build(twice)).getMessage().contains("source 1 has two spikes in the step"));
    }

    @Test
    void buildReportsEveryProblemAtOnce() {
        Network net = Network.create();
        int groupLine = new Throwable().getStackTrace()[0].getLineNumber() + 1;
        GroupSpec a = net.group("a", 2, NeuronModel.of("m", "dv/dt = (-v + R*I)/tau : volt\ntau : second (constant)\nR : ohm (shared)\nI : amp"));
        GroupSpec b = net.group("b", 2, Library.lif());
        net.probe(Probe.state(b, "vv"));
        net.probe(Probe.state(a, "v").neurons(5));
        BuildException e = assertThrows(BuildException.class, () -> Simulation.build(net));
        assertEquals(3, e.problems().size(), e.getMessage());
        assertTrue(e.problems().get(0).message().startsWith("Group 'a'.tau: parameter of model 'm' has no value"), e.getMessage());
        assertFalse(e.getMessage().contains("'a'.I"), "inputs start at zero like state variables");
        assertTrue(e.getMessage().contains("Probe 'state_b'.variables: 'vv' is not a variable of group 'b'"), e.getMessage());
        assertTrue(e.getMessage().contains("Probe 'state_a'.neurons: neuron 5 is out of range; 'a' has neurons 0..1"), e.getMessage());
        Network wide = Network.create();
        GroupSpec c = wide.group("c", 100, Library.lif());
        wide.probe(Probe.spikes(c).neurons(java.util.stream.IntStream.rangeClosed(0, 200).toArray()));
        BuildException once = assertThrows(BuildException.class, () -> Simulation.build(wide));
        assertEquals(List.of("Probe 'spikes_c'.neurons: neuron 100 is out of range (and 100 more, up to 200); 'c' has neurons 0..99"),
            once.problems().stream().map(BuildException.Problem::message).toList(), "one problem for the list, not 101");
        // Each problem points at the line that added its object, here in this file.
        assertEquals(new org.synfire.model.SourceLocation("SimulationTest.java", groupLine), e.problems().get(0).location().orElseThrow());
        assertEquals("Group 'a'", e.problems().get(0).object());
        assertEquals(groupLine + 3, e.problems().get(2).location().orElseThrow().line(), "the probe's line");
    }

    @Test
    void modelErrorsInsideABuildKeepTheirCaret() {
        Network net = Network.create();
        net.group("a", 1, NeuronModel.of("m", "dv/dt = -v/tau : volt\ntau : second (shared)").with("tau", "1 ms").threshold("v > 1*nA"));
        BuildException e = assertThrows(BuildException.class, () -> Simulation.build(net));
        assertTrue(e.getMessage().contains("Group 'a': threshold, line 1: cannot compare v (volt) and 1 * nA (amp)"), e.getMessage());
        assertTrue(e.getMessage().contains("  v > 1*nA\n      ^^^^"), e.getMessage());
    }

    @Test
    void badValuesAreRefusedWhereTheyAreGiven() {
        Network net = Network.create();
        SpecException unknown = assertThrows(SpecException.class, () -> net.group("x", 1, Library.lif(), b -> b.set("tua", ms.of(1))));
        assertTrue(unknown.getMessage().startsWith("Group 'x'.tua: unknown parameter or state variable of model 'lif'; known: v, I, El"),
            unknown.getMessage());
        SpecException unit = assertThrows(SpecException.class, () -> net.group("y", 1, Library.lif(), b -> b.set("tau", mV.of(1))));
        assertEquals("Group 'y'.tau: 1 mV does not fit a variable declared in second", unit.getMessage());
        SpecException size = assertThrows(SpecException.class, () -> net.group("z", -3, Library.lif()));
        assertTrue(size.getMessage().contains("-3 neurons is impossible"));
        Simulation sim = Simulation.build(Network.create().dt(ms.of(0.1)));
        assertThrows(SimulationException.class, () -> sim.run(mV.of(1)));
        assertThrows(SimulationException.class, () -> sim.group("nothing"));
    }

    @Test
    void stateIsReadAndWrittenWithUnits() {
        Network net = Network.create();
        net.group("lif", 3, Library.lif(), b -> b.set("v", "El + i*1*mV"));
        Simulation sim = Simulation.build(net);
        assertArrayEquals(new double[] {-65, -64, -63}, sim.group("lif").values("v", mV), 1e-9);
        SimulationException e = assertThrows(SimulationException.class, () -> sim.group("lif").set("v", nA.of(1)));
        assertTrue(e.getMessage().startsWith("Group 'lif'.v: 1 nA does not fit"), e.getMessage());
        assertThrows(SimulationException.class, () -> sim.group("lif").get("v", 3));
    }

    @Test
    void conditionsCountAsOneAndZeroAndMinMaxWork() {
        NeuronModel model = NeuronModel.of("m", """
                dv/dt = ((i == 0)*20*mV - v)/tau + max(0*mV, min(w, 1*mV))/tau : volt
                w : volt
                tau : second (shared, constant)
                """).with("tau", "10 ms");
        Network net = Network.create();
        net.group("g", 2, model, b -> b.set("w", "5*mV*i"));
        for (Backend backend : Backend.values()) {
            Simulation sim = Simulation.build(net.spec(), backend).run(ms.of(200));
            // Neuron 0 relaxes to 20 mV; neuron 1 to min(5 mV, 1 mV) = 1 mV.
            assertArrayEquals(new double[] {20, 1}, sim.group("g").values("v", mV), 1e-6, backend.toString());
        }
    }

    @Test
    void divergenceIsReportedAndEarlierResultsKept() {
        NeuronModel runaway = NeuronModel.of("runaway", "dv/dt = v**2/(mV*ms) : volt").with("v", "1 mV");
        Network net = Network.create();
        GroupSpec g = net.group("g", 1, runaway);
        StateProbeSpec p = net.probe(Probe.state(g, "v"));
        Simulation sim = Simulation.build(net);
        SimulationException e = assertThrows(SimulationException.class, () -> sim.run(ms.of(5)));
        assertTrue(e.getMessage().startsWith("Group 'g'.v is Infinity for neuron 0 at t = 5 ms: the equations diverged"), e.getMessage());
        assertEquals(50, sim.data(p).samples(), "the recording of the run is kept");
        assertEquals(1, sim.data(p).value("v", 0, 0).in(mV), 1e-12);
    }

    @Test
    void readingAnUnrecordedNeuronSaysWhatWasRecorded() {
        Network net = Network.create();
        GroupSpec g = net.group("lif", 3, Library.lif());
        StateProbeSpec p = net.probe(Probe.state(g, "v").neurons(2));
        Simulation sim = Simulation.build(net).run(ms.of(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sim.data(p).values("v", 1, mV));
        assertTrue(e.getMessage().contains("recorded 1 neuron(s), [2], at positions 0..0; position 1 does not exist"), e.getMessage());
    }

    @Test
    void recordingsDescribeThemselves() {
        Network net = Network.create().dt(ms.of(0.5));
        GroupSpec g = net.group("lif", 4, Library.lif(), b -> b.set("I", nA.of(0.3)));
        SpikeProbeSpec some = net.probe(Probe.spikes(g).neurons(1, 3));
        StateProbeSpec trace = net.probe(Probe.state(g, "v", "I").neurons(3, 0).every(ms.of(1)));
        Simulation sim = Simulation.build(net).run(ms.of(30));
        assertEquals(60, sim.step());
        assertEquals(0.5, sim.dt().in(ms), 1e-12);
        assertEquals(30, sim.t().in(ms), 1e-9);
        SpikeTrains s = sim.data(some);
        assertEquals(4, s.groupSize());
        assertArrayEquals(new int[] {1, 3}, s.recordedNeurons());
        assertEquals(0, s.counts()[0], "neuron 0 was not recorded");
        assertEquals(s.counts()[1], s.counts()[3]);
        assertEquals(s.count(), sim.spikeCount("lif") / 2, "half of the identical neurons are recorded");
        assertEquals(s.times(ms)[0], s.time(0).in(ms), 1e-12);
        StateTrace t = sim.data(trace);
        assertEquals(List.of("v", "I"), t.variables());
        assertArrayEquals(new int[] {3, 0}, t.neurons());
        assertEquals(30, t.samples());
        assertEquals(Units.volt.dimension(), t.dimension("v"));
        assertEquals(0.3, t.value("I", 1, 29).in(nA), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> t.values("w", 0, mV));
    }
}
