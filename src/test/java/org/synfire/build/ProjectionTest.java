package org.synfire.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synfire.units.Units.mV;
import static org.synfire.units.Units.ms;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.synfire.connectivity.Connect;
import org.synfire.sim.ProjectionView;
import org.synfire.sim.Simulation;
import org.synfire.model.GroupSpec;
import org.synfire.model.Network;
import org.synfire.model.NeuronModel;
import org.synfire.model.Probe;
import org.synfire.model.SpikeSourceSpec;
import org.synfire.model.StateProbeSpec;
import org.synfire.model.SynapseModel;
import org.synfire.probe.StateTrace;
import org.synfire.units.Units;

/** Synaptic delivery: exact arrival steps, per-synapse delays, event-driven variables, on_post, read-back. */
class ProjectionTest {
    /** A neuron that only sums its input: v changes by synaptic jumps and nothing else. */
    private static final NeuronModel COUNTER = NeuronModel.of("counter", "v : volt");

    private static double[] trace(Simulation sim, StateProbeSpec probe, int position) {
        return sim.data(probe).values("v", position, mV);
    }

    /** The index of the first sample at or above {@code level}, or -1. */
    private static int firstAtLeast(double[] values, double level) {
        for (int k = 0; k < values.length; k++) {
            if (values[k] >= level - 1e-9) {
                return k;
            }
        }
        return -1;
    }

    @Test
    void aSpikeActsExactlyItsDelayLater() {
        Network net = Network.create();
        SpikeSourceSpec input = net.spikeSource("input", 1, new int[] {0}, new double[] {1.0}, Units.ms);
        GroupSpec g = net.group("g", 1, COUNTER);
        net.connect("syn", input, g, SynapseModel.of("w", "w : volt").onPre("v_post += w"), Connect.allToAll(),
            p -> p.set("w", mV.of(1)).delay(ms.of(2.5)));
        StateProbeSpec v = net.probe(Probe.state(g, "v"));
        Simulation sim = Simulation.build(net).run(ms.of(6));
        double[] values = trace(sim, v, 0);
        // Sampled at the start of each step: sample k is t = k·0.1 ms. Spike at 1.0 ms + 2.5 ms = 3.5 ms.
        assertEquals(35, firstAtLeast(values, 1.0), "jump visible at exactly 3.5 ms");
        assertEquals(1.0, values[values.length - 1], 1e-12);
        assertEquals(0.0, values[34], 0.0);
    }

    @Test
    void delaysOffTheStepGridAreRoundedAsBrian2DoesAndTheReportSaysSoOncePerProjection() {
        Network net = Network.create();
        SpikeSourceSpec input = net.spikeSource("input", 1, new int[] {0}, new double[] {1.0}, Units.ms);
        GroupSpec g = net.group("g", 4, COUNTER);
        SynapseModel jump = SynapseModel.of("w", "w : volt").onPre("v_post += w");
        net.connect("fixed", input, g, jump, Connect.allToAll(), p -> p.set("w", mV.of(1)).delay(ms.of(0.26)));
        net.connect("spread", input, g, jump, Connect.allToAll(), p -> p.set("w", mV.of(1)).delay("j*0.04*ms"));
        net.connect("onGrid", input, g, jump, Connect.allToAll(), p -> p.set("w", mV.of(1)).delay(ms.of(0.3)));
        Simulation sim = Simulation.build(net);
        java.util.List<String> warnings = sim.report().warnings();
        assertEquals(2, warnings.size(), "one per projection off the grid, none for 0.3 ms: " + warnings);
        assertEquals("Projection 'fixed'.delay: 0.26 ms is not a whole number of steps of dt = 0.1 ms; it is rounded to 3 steps "
            + "(0.3 ms). Give delays in multiples of dt to silence this (a drawn delay d as floor(d/dt + 0.5)*dt)", warnings.get(0));
        assertEquals("Projection 'spread'.delay: 0.04 ms is not a whole number of steps of dt = 0.1 ms; it is rounded to 0 steps, "
            + "so the spike acts in the step it is reported (3 of 4 synapses, 1 of them shorter than one step). Give delays in "
            + "multiples of dt to silence this (a drawn delay d as floor(d/dt + 0.5)*dt)", warnings.get(1));
        assertTrue(sim.report().toString().contains("warning: Projection 'fixed'.delay"), sim.report().toString());
        assertArrayEquals(new int[] {0, 0, 1, 1}, sim.projection("spread").delaySteps(), "0, 0.04, 0.08 and 0.12 ms, rounded");
    }

    @Test
    void zeroDelayActsAtTheSpikeTimeAndUnsuffixedNamesAreTheTargets() {
        Network net = Network.create();
        SpikeSourceSpec input = net.spikeSource("input", 2, new int[] {0, 1, 0}, new double[] {0.5, 0.5, 0.8}, Units.ms);
        GroupSpec g = net.group("g", 1, COUNTER);
        net.connect("syn", input, g, SynapseModel.onSpike("v += 0.25*mV"), Connect.allToAll());
        StateProbeSpec v = net.probe(Probe.state(g, "v"));
        double[] values = trace(Simulation.build(net).run(ms.of(2)), v, 0);
        assertEquals(0.0, values[4], 0.0);
        assertEquals(0.5, values[5], 1e-12, "two sources at 0.5 ms");
        assertEquals(0.75, values[8], 1e-12, "one more at 0.8 ms");
    }

    @Test
    void perSynapseDelaysGoThroughTheRingBuffer() {
        Network net = Network.create();
        SpikeSourceSpec input = net.spikeSource("input", 1, new int[] {0}, new double[] {1.0}, Units.ms);
        GroupSpec g = net.group("g", 5, COUNTER);
        net.connect("syn", input, g, SynapseModel.onSpike("v_post += 1*mV"), Connect.allToAll(),
            p -> p.delay("j*0.3*ms"));
        StateProbeSpec v = net.probe(Probe.state(g, "v").neurons(0, 1, 2, 3, 4));
        Simulation sim = Simulation.build(net).run(ms.of(4));
        for (int j = 0; j < 5; j++) {
            assertEquals(10 + 3 * j, firstAtLeast(trace(sim, v, j), 1.0), "target " + j);
        }
        assertArrayEquals(new int[] {0, 3, 6, 9, 12}, sim.projection("syn").delaySteps());
    }

    /**
     * Delays are stored in a byte up to 127 steps, a short up to 32,767 and an int beyond; each
     * width delivers at exactly its delay, through the ring and through synapse queues, and the
     * report counts the bytes.
     */
    @Test
    void perSynapseDelaysOfEveryWidthArriveOnTime() {
        for (int longest : new int[] {100, 3000, 40_000}) {
            Network net = Network.create();
            SpikeSourceSpec input = net.spikeSource("input", 1, new int[] {0}, new double[] {1.0}, Units.ms);
            GroupSpec g = net.group("g", 2, COUNTER);
            String delay = "(1 + j*" + (longest - 1) + ")*0.1*ms";
            net.connect("ring", input, g, SynapseModel.onSpike("v_post += 1*mV"), Connect.allToAll(), p -> p.delay(delay));
            net.connect("queue", input, g, SynapseModel.of("counting", "x : 1").onPre("x += 1; v_post += 10*x*mV"), Connect.allToAll(),
                p -> p.delay(delay));
            StateProbeSpec v = net.probe(Probe.state(g, "v").neurons(0, 1));
            Simulation sim = Simulation.build(net);
            int bytes = longest <= 127 ? 1 : longest <= 32_767 ? 2 : 4;
            assertTrue(sim.report().toString().contains("(" + (4 + bytes) + ".0 per synapse)"), bytes + " bytes per delay: " + sim.report());
            assertArrayEquals(new int[] {1, longest}, sim.projection("ring").delaySteps());
            sim.run(Units.second.of(0.0012 + longest * 1e-4));
            assertEquals(11, firstAtLeast(trace(sim, v, 0), 11.0), "one step after the spike, both projections");
            double[] far = trace(sim, v, 1);
            assertEquals(10 + longest, firstAtLeast(far, 11.0), "the longest delay, " + longest + " steps");
            assertEquals(0.0, far[9 + longest], 0.0);
        }
    }

    /**
     * Projections with per-synapse delays onto one variable add into one ring, as long as the
     * longest delay among them needs: a short-delay projection declared first must not make the
     * ring too short for a long one, and what both deliver at one step adds up.
     */
    @Test
    void delayedProjectionsOntoOneVariableShareARingAsLongAsTheLongestDelay() {
        Network net = Network.create();
        SpikeSourceSpec input = net.spikeSource("input", 2, new int[] {0, 1, 1}, new double[] {1.0, 1.0, 1.3}, Units.ms);
        GroupSpec g = net.group("g", 1, COUNTER);
        SynapseModel jump = SynapseModel.of("w", "w : volt").onPre("v_post += w");
        net.connect("short", input.slice(0, 1), g, jump, Connect.allToAll(), p -> p.set("w", mV.of(1)).delay("(2 + 0*j)*0.1*ms"));
        net.connect("long", input.slice(1, 2), g, jump, Connect.allToAll(), p -> p.set("w", mV.of(10)).delay("(50 + 0*j)*0.1*ms"));
        net.connect("other", input.slice(1, 2), g, jump, Connect.allToAll(), p -> p.set("w", mV.of(100)).delay("(47 + 0*j)*0.1*ms"));
        StateProbeSpec v = net.probe(Probe.state(g, "v"));
        double[] values = trace(Simulation.build(net).run(ms.of(8)), v, 0);
        assertEquals(0.0, values[11], 0.0);
        assertEquals(1.0, values[12], 1e-12, "the short delay: 1.0 ms + 0.2 ms");
        assertEquals(1.0, values[56], 1e-12);
        assertEquals(101.0, values[57], 1e-12, "the spike at 1.0 ms through 4.7 ms");
        assertEquals(101.0, values[59], 1e-12);
        assertEquals(211.0, values[60], 1e-12, "at 6.0 ms both: 1.0 ms through 5.0 ms and 1.3 ms through 4.7 ms");
        assertEquals(221.0, values[63], 1e-12, "1.3 ms through 5.0 ms");
        assertEquals(221.0, values[values.length - 1], 1e-12);
    }

    @Test
    void perSynapseDelaysWithGeneralCodeQueueSynapses() {
        Network net = Network.create();
        SpikeSourceSpec input = net.spikeSource("input", 1, new int[] {0, 0}, new double[] {1.0, 2.0}, Units.ms);
        GroupSpec g = net.group("g", 4, COUNTER);
        // Not a plain sum (it reads and changes x), so it runs per synapse when each spike arrives.
        net.connect("syn", input, g, SynapseModel.of("counting", "x : 1").onPre("x += 1; v_post += x*mV"), Connect.allToAll(),
            p -> p.delay("j*0.5*ms"));
        StateProbeSpec v = net.probe(Probe.state(g, "v").neurons(0, 1, 2, 3));
        Simulation sim = Simulation.build(net);
        assertTrue(sim.report().toString().contains("per-synapse code, per-synapse delays up to 15 steps (synapse queues)"),
            sim.report().toString());
        sim.run(ms.of(5));
        for (int j = 0; j < 4; j++) {
            double[] trace = trace(sim, v, j);
            assertEquals(10 + 5 * j, firstAtLeast(trace, 1.0), "first arrival at target " + j);
            assertEquals(20 + 5 * j, firstAtLeast(trace, 3.0), "the second adds x = 2");
        }
    }

    @Test
    void eventDrivenTracesDecayExactlyBetweenSpikes() {
        Network net = Network.create();
        SpikeSourceSpec input = net.spikeSource("input", 1, new int[] {0, 0}, new double[] {10, 20}, Units.ms);
        GroupSpec g = net.group("g", 1, COUNTER);
        SynapseModel facilitating = SynapseModel.of("trace", """
                dx/dt = -x/tau : 1 (event-driven)
                tau : second (shared, constant)
                """).onPre("x += 1; v_post += x*mV").with("tau", "10 ms");
        net.connect("syn", input, g, facilitating, Connect.oneToOne());
        StateProbeSpec v = net.probe(Probe.state(g, "v"));
        double[] values = trace(Simulation.build(net).run(ms.of(25)), v, 0);
        assertEquals(1.0, values[150], 1e-12);
        // Second spike: x = e^{-10 ms/10 ms} + 1.
        assertEquals(1.0 + Math.exp(-1) + 1, values[249], 1e-9);
    }

    @Test
    void onPostRunsWhenTheTargetSpikes() {
        Network net = Network.create();
        SpikeSourceSpec input = net.spikeSource("input", 3, new int[] {0}, new double[] {0.1}, Units.ms);
        GroupSpec lif = net.group("lif", 2, org.synfire.model.library.Library.lif(), b -> b.set("I", "0.3*nA*i"));
        net.connect("syn", input, lif, SynapseModel.of("count", "n : 1").onPost("n += 1").onPre("n += 0"), Connect.allToAll());
        org.synfire.model.SpikeProbeSpec spikes = net.probe(Probe.spikes(lif));
        Simulation sim = Simulation.build(net).run(ms.of(100));
        ProjectionView p = sim.projection("syn");
        int[] counts = sim.data(spikes).counts();
        assertTrue(counts[1] > 3, "neuron 1 fires");
        double[] n = p.valuesSi("n");
        int[] targets = p.targets();
        for (int s = 0; s < n.length; s++) {
            assertEquals(counts[targets[s]], n[s], 0.0, "synapse " + s + " counted its target's spikes");
        }
    }

    @Test
    void connectivityAndValuesReadBack() {
        Network net = Network.create().seed(3);
        GroupSpec a = net.group("a", 4, COUNTER);
        GroupSpec b = net.group("b", 3, COUNTER);
        net.connect("ab", a, b, SynapseModel.of("w", "w : volt").onPre("v_post += w"), Connect.condition("j <= i"),
            p -> p.set("w", "(10*i + j)*mV").delay(ms.of(1)));
        ProjectionView p = Simulation.build(net).projection("ab");
        assertArrayEquals(new int[] {0, 1, 1, 2, 2, 2, 3, 3, 3}, p.sources());
        assertArrayEquals(new int[] {0, 0, 1, 0, 1, 2, 0, 1, 2}, p.targets());
        double[] w = Arrays.stream(p.valuesSi("w")).map(x -> Math.round(x * 1e3)).toArray();
        assertArrayEquals(new double[] {0, 10, 11, 20, 21, 22, 30, 31, 32}, w);
        assertArrayEquals(new int[] {10, 10, 10, 10, 10, 10, 10, 10, 10}, p.delaySteps());
        assertArrayEquals(new int[] {1, 2, 3, 3}, p.outDegrees());
        assertArrayEquals(new int[] {4, 3, 2}, p.inDegrees());
    }

    @Test
    void valuesAndConditionsComputedAtBuildReadTheSizesOfBothEnds() {
        Network net = Network.create();
        GroupSpec a = net.group("a", 6, COUNTER);
        GroupSpec b = net.group("b", 10, COUNTER);
        // N_pre and N_post end like pre- and postsynaptic variables but are the sizes of the two ends (of the slices here).
        net.connect("ab", a.slice(0, 4), b.slice(2, 5), SynapseModel.of("w", "w : volt").onPre("v_post += w"),
            Connect.condition("j < N_post - 1"), p -> p.set("w", "(10*N_pre + N_post)*mV"));
        ProjectionView p = Simulation.build(net).projection("ab");
        assertEquals(4 * 2, p.size(), "targets 0 and 1 of the 3 in the slice, from each of 4 sources");
        assertTrue(Arrays.stream(p.valuesSi("w")).allMatch(w -> Math.abs(w - 43e-3) < 1e-12), Arrays.toString(p.valuesSi("w")));
    }

    @Test
    void theReadmeNetworkBuildsAndRuns() {
        Network net = Network.create().seed(1);
        GroupSpec exc = net.group("exc", 3200, org.synfire.model.library.Library.lifConductance(),
            g -> g.set("v", "-60*mV + rand()*10*mV"));
        GroupSpec inh = net.group("inh", 800, org.synfire.model.library.Library.lifConductance());
        SynapseModel toExc = SynapseModel.of("w", "w : siemens").onPre("ge += w");
        net.connect("ee", exc, exc, toExc, Connect.probability(0.02).autapses(false),
            p -> p.set("w", "rand()*0.6*nS").delay(ms.of(1.5)));
        net.connect("ei", exc, inh, toExc, Connect.fixedInDegree(100),
            p -> p.set("w", Units.nS.of(0.4)).delay("1*ms + rand()*1*ms"));
        SynapseModel trace = SynapseModel.of("facilitating", """
                dx/dt = -x/tau : 1 (event-driven)
                tau : second (shared, constant)
                """).onPre("x += 1; gi += x*0.1*nS").with("tau", "100 ms");
        net.connect("ie", inh, exc, trace, Connect.condition("abs(i - j/4) < 20", 0.2));
        Simulation sim = Simulation.build(net);
        sim.run(ms.of(200));
        ProjectionView ee = sim.projection("ee");
        assertEquals(0.02 * 3200 * 3199, ee.size(), 5 * Math.sqrt(0.02 * 3200 * 3199));
        int[] src = ee.sources();
        int[] tgt = ee.targets();
        for (int s = 0; s < src.length; s++) {
            assertTrue(src[s] != tgt[s], "no autapses");
        }
        double[] w = ee.valuesSi("w");
        assertTrue(Arrays.stream(w).allMatch(x -> x >= 0 && x < 0.6e-9), "weights uniform in [0, 0.6 nS)");
        assertEquals(100 * 800, sim.projection("ei").size());
        assertTrue(Arrays.stream(sim.projection("ei").delaySteps()).allMatch(d -> d >= 10 && d <= 20));
        assertTrue(sim.report().toString().contains("ee: exc → exc, probability 0.02 without autapses"), sim.report().toString());
    }

    @Test
    void clockDrivenSynapticVariablesAreIntegratedEveryStep() {
        Network net = Network.create();
        SpikeSourceSpec input = net.spikeSource("input", 1, new int[] {0}, new double[] {10}, Units.ms);
        GroupSpec g = net.group("g", 1, COUNTER);
        org.synfire.model.ProjectionSpec linear = net.connect("linear", input, g, SynapseModel.of("decay", """
                dx/dt = -x/tau : 1
                tau : second (shared, constant)
                """).onPre("x += 1").with("tau", "5 ms"), Connect.oneToOne());
        org.synfire.model.ProjectionSpec quadratic = net.connect("quadratic", input, g, SynapseModel.of("quadratic", """
                dy/dt = -y**2/tau : 1
                tau : second (shared, constant)
                """).onPre("y += 1").with("tau", "5 ms"), Connect.oneToOne());
        org.synfire.model.SynapseProbeSpec x = net.probe(Probe.synapses(linear, "x"));
        org.synfire.model.SynapseProbeSpec y = net.probe(Probe.synapses(quadratic, "y"));
        Simulation sim = Simulation.build(net);
        assertTrue(sim.report().toString().contains("clock-driven exact"), sim.report().toString());
        assertTrue(sim.report().toString().contains("clock-driven rk4"), sim.report().toString());
        sim.run(ms.of(30));
        double[] xs = sim.data(x).values("x", 0, Units.one);
        double[] ys = sim.data(y).values("y", 0, Units.one);
        for (int k = 100; k < xs.length; k += 37) {
            double since = (k - 100) * 0.1;
            assertEquals(Math.exp(-since / 5), xs[k], 1e-12, "exact decay at " + since + " ms after the spike");
            assertEquals(1 / (1 + since / 5), ys[k], 1e-9, "dy/dt = -y²/tau from y = 1, by RK4");
        }
    }

    @Test
    void summedVariablesSetTheTargetEveryStep() {
        Network net = Network.create();
        GroupSpec pre = net.group("pre", 3, COUNTER, b -> b.set("v", "(10 + 5*i)*mV"));
        GroupSpec post = net.group("post", 2, NeuronModel.of("receiver", "v : volt\nI : amp"), b -> b.set("v", "-i*mV"));
        // Gap junctions: each target receives g·(v_pre - v_post) summed over its synapses.
        net.connect("gap", pre, post, SynapseModel.of("gap", """
                g : siemens
                I_post = g*(v_pre - v_post) : amp (summed)
                """), Connect.allToAll(), p -> p.set("g", "(1 + i)*nS"));
        StateProbeSpec current = net.probe(Probe.state(post, "I").neurons(0, 1));
        Simulation sim = Simulation.build(net).run(ms.of(1));
        double[] pv = {10, 15, 20};
        for (int j = 0; j < 2; j++) {
            double expected = 0;
            for (int i = 0; i < 3; i++) {
                expected += (1 + i) * (pv[i] - (-j));   // nS × mV = pA
            }
            double[] trace = sim.data(current).values("I", j, Units.pA);
            assertEquals(expected, trace[0], 1e-9, "the sum is there when the first sample is taken");
            assertEquals(expected, trace[trace.length - 1], 1e-9, "and replaced, not accumulated, every step");
        }
    }

    @Test
    void synapticInputToAVariableHeldWhileRefractoryIsDroppedThen() {
        NeuronModel holding = NeuronModel.of("holding", """
                dv/dt = 0*volt/second : volt (unless refractory)
                """).threshold("v > 1*mV").reset("v = 0*mV").refractory(ms.of(5));
        for (String delay : new String[] {"0 ms", "0*ms*j"}) {
            Network net = Network.create();
            SpikeSourceSpec input = net.spikeSource("input", 1, new int[] {0, 0, 0}, new double[] {1, 3, 8}, Units.ms);
            GroupSpec g = net.group("g", 1, holding);
            net.connect("syn", input, g, SynapseModel.of("w", "w : volt").onPre("v_post += w"), Connect.allToAll(),
                p -> p.set("w", "0.6*mV").delay(delay));
            net.connect("kick", input, g, SynapseModel.onSpike("v_post += 2*mV*(t < 2*ms)"), Connect.allToAll());
            org.synfire.model.SpikeProbeSpec spikes = net.probe(Probe.spikes(g));
            Simulation sim = Simulation.build(net).run(ms.of(12));
            assertArrayEquals(new double[] {1.1}, sim.data(spikes).times(ms), 1e-9, "one spike, after the kick at 1 ms");
            // The input at 3 ms arrives while refractory (1.1 to 6.1 ms) and is dropped; the one at 8 ms counts.
            assertEquals(0.6, sim.group("g").get("v", 0).in(mV), 1e-12, "delay " + delay);
        }
    }

    @Test
    void theReadmeGapJunctionAndNmdaModelsWork() {
        SynapseModel gap = SynapseModel.of("gap", """
                g : siemens
                I_gap_post = g*(v_pre - v_post) : amp (summed)
                """);
        SynapseModel nmda = SynapseModel.of("nmda", """
                ds/dt = -s/tau : 1
                I_nmda_post = gmax*s*(E - v_post)/(1 + exp(-0.062*v_post/mV)/3.57) : amp (summed)
                gmax : siemens (shared, constant)
                E : volt (shared, constant)
                tau : second (shared, constant)
                """).onPre("s += 1").with("gmax", "0.5 nS").with("E", "0 mV").with("tau", "100 ms");
        NeuronModel cell = NeuronModel.of("cell", """
                dv/dt = (El - v + R*(I_gap + I_nmda))/tau : volt
                I_gap : amp
                I_nmda : amp
                El : volt (shared, constant)
                R : ohm (shared, constant)
                tau : second (shared, constant)
                """).threshold("v > -50*mV").reset("v = El").with("El", "-65 mV").with("R", "100 Mohm").with("tau", "10 ms")
            .with("v", "-65 mV");
        Network net = Network.create();
        GroupSpec a = net.group("a", 2, cell, b -> b.set("v", "-65*mV + i*10*mV"));
        SpikeSourceSpec input = net.spikeSource("input", 1, new int[] {0}, new double[] {1}, Units.ms);
        net.connect("gap", a, a, gap, Connect.allToAll().autapses(false), p -> p.set("g", "1 nS"));
        net.connect("nmda", input, a, nmda, Connect.allToAll());
        StateProbeSpec probe = net.probe(Probe.state(a, "I_gap", "I_nmda").neurons(0, 1));
        Simulation sim = Simulation.build(net).run(ms.of(5));
        double[] gap0 = sim.data(probe).values("I_gap", 0, Units.pA);
        assertEquals(10, gap0[0], 1e-9, "1 nS times the 10 mV difference flows into the lower neuron");
        double[] nmda0 = sim.data(probe).values("I_nmda", 0, Units.pA);
        assertEquals(0, nmda0[5], 0.0, "no NMDA current before the spike");
        assertTrue(nmda0[20] > 0, "an inward NMDA current after it");
    }

    @Test
    void constantWeightsAreStoredInSinglePrecision() {
        Network net = Network.create();
        SpikeSourceSpec input = net.spikeSource("input", 3, new int[] {0, 1, 2}, new double[] {1, 1, 1}, Units.ms);
        GroupSpec g = net.group("g", 3, COUNTER);
        net.connect("static", input, g, SynapseModel.of("static", "w : volt (constant)").onPre("v_post += w"), Connect.oneToOne(),
            p -> p.set("w", "(1 + i)*0.1*mV"));
        Simulation sim = Simulation.build(net);
        assertTrue(sim.report().toString().contains("(8.0 per synapse)"), sim.report().toString());
        double[] w = sim.projection("static").valuesSi("w");
        for (int k = 0; k < 3; k++) {
            assertEquals((float) ((1 + k) * 0.1e-3), w[k], 0.0, "stored as the float nearest the value");
            assertEquals((1 + k) * 0.1e-3, w[k], 1e-7 * w[k], "seven digits");
        }
        sim.run(ms.of(2));
        assertEquals(w[2], sim.group("g").get("v", 2).si(), 0.0, "the float weight is what arrives");
        sim.projection("static").set("w", mV.of(1));
        assertEquals(1e-3, sim.projection("static").get("w", 0).si(), 1e-10);
    }

    @Test
    void perSynapseValuesCanBeSetFromAnArrayInReadBackOrder() {
        Network net = Network.create();
        SpikeSourceSpec input = net.spikeSource("input", 2, new int[] {0, 1}, new double[] {1, 1}, Units.ms);
        GroupSpec g = net.group("g", 2, COUNTER);
        net.connect("w", input, g, SynapseModel.of("w", "w : volt (constant)").onPre("v_post += w"), Connect.allToAll());
        Simulation sim = Simulation.build(net);
        ProjectionView p = sim.projection("w");
        // Synapses in read-back order (source 0 to targets 0, 1; then source 1): a trained matrix row by row.
        p.set("w", new double[] {1, 2, 3, 4}, mV);
        sim.run(ms.of(2));
        assertEquals(4e-3, sim.group("g").get("v", 0).si(), 1e-9, "1 mV from source 0 and 3 mV from source 1");
        assertEquals(6e-3, sim.group("g").get("v", 1).si(), 1e-9);
        org.synfire.sim.SimulationException wrong = assertThrows(org.synfire.sim.SimulationException.class,
            () -> p.set("w", new double[] {1, 2}, mV));
        assertTrue(wrong.getMessage().contains("2 values for 4 synapses"), wrong.getMessage());
        assertThrows(org.synfire.sim.SimulationException.class, () -> p.set("w", new double[] {1, 2, 3, 4}, Units.nA));
    }
}
