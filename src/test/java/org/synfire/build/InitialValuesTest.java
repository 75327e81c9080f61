package org.synfire.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synfire.units.Units.ms;

import org.junit.jupiter.api.Test;
import org.synfire.connectivity.Connect;
import org.synfire.equations.EquationException;
import org.synfire.model.GroupSpec;
import org.synfire.model.Network;
import org.synfire.model.NeuronModel;
import org.synfire.model.SpikeSourceSpec;
import org.synfire.model.library.Library;
import org.synfire.sim.Simulation;
import org.synfire.units.Units;

/**
 * Values that make a model meaningless are refused by the build, before any step: a time
 * constant or capacitance of zero or below (declared {@code (positive)}), and any initial value
 * or parameter that is not finite, each naming the object, the variable and the first element.
 */
class InitialValuesTest {

    private static String refusal(Network net) {
        return assertThrows(BuildException.class, () -> Simulation.build(net)).getMessage();
    }

    @Test
    void aTimeConstantOfZeroOrBelowIsRefused() {
        Network zero = Network.create();
        zero.group("g", 10, Library.lif().with("tau", "0 ms"));
        assertEquals("Group 'g'.tau: 0 s is not above zero, and the model declares it (positive); give a positive value",
            refusal(zero));
        Network negative = Network.create();
        negative.group("g", 10, Library.lifConductance(), g -> g.set("C", "-200*pF"));
        assertTrue(refusal(negative).startsWith("Group 'g'.C: -200 pF is not above zero"), refusal(negative));
    }

    @Test
    void aCustomModelDeclaresItsPositiveParametersAndTheFirstBadNeuronIsNamed() {
        NeuronModel leaky = NeuronModel.of("leaky", """
            dv/dt = -v/tau : volt
            tau : second (constant, positive)
            """);
        Network net = Network.create();
        double[] taus = {10, 20, 0, -5};
        net.group("g", 4, leaky, g -> g.set("tau", taus, Units.ms));
        assertEquals("Group 'g'.tau: 0 s for neuron 2 is not above zero, and the model declares it (positive); give a positive value",
            refusal(net));
        EquationException e = assertThrows(EquationException.class, () -> NeuronModel.of("bad", "dv/dt = -v/(10*ms) : volt (positive)"));
        assertTrue(e.getMessage().contains("'positive' applies only to parameters"), e.getMessage());
    }

    @Test
    void initialValuesThatAreNotFiniteAreRefused() {
        Network net = Network.create();
        net.group("g", 10, Library.lif(), g -> g.set("v", "-65*mV + i*(1*mV)/(i - 3)"));
        assertEquals("Group 'g'.v: Infinity for neuron 3 is not a finite number (an initial value that divides by zero or "
            + "overflows); give a finite value", refusal(net));
    }

    @Test
    void synapseParametersAreCheckedToo() {
        Network net = Network.create();
        SpikeSourceSpec input = net.spikeSource("input", 2, new int[] {0}, new double[] {1}, ms);
        GroupSpec target = net.group("target", 2, Library.lifConductance());
        net.connect("plastic", input, target, Library.stdp("ge", "siemens").with("wmax", "1 nS").with("taupre", "-20 ms"),
            Connect.allToAll(), p -> p.set("w", "0.5*nS"));
        assertTrue(refusal(net).startsWith("Projection 'plastic'.taupre: -20 ms is not above zero"), refusal(net));
    }

    @Test
    void oneMistakeOfTenGroupsIsOneLineNamingThemAll() {
        Network net = Network.create();
        for (int k = 0; k < 10; k++) {
            net.group("g" + k, 5, Library.lif(), b -> b.set("v", "El/0"));
        }
        net.group("other", 5, Library.lif(), b -> b.set("v", "El/0*i"));
        BuildException e = assertThrows(BuildException.class, () -> Simulation.build(net));
        String[] lines = e.getMessage().split("\n");
        assertEquals(3, lines.length, e.getMessage());
        assertEquals("2 problems:", lines[0]);
        assertTrue(lines[1].startsWith("- Groups 'g0', 'g1', 'g2', 'g3', 'g4', 'g5', 'g6', 'g7', 'g8', 'g9'.v: -Infinity for neuron 0")
            && lines[1].endsWith("(the same in all 10)"), lines[1]);
        assertTrue(lines[2].startsWith("- Group 'other'.v: "), "a different mistake keeps its own line: " + lines[2]);
        assertEquals(11, e.problems().size(), "each problem is still there for front ends");
    }

    @Test
    void anInitialisationBlockLetsOneDrawFeedSeveralParameters() {
        Network net = Network.create().seed(7);
        net.group("exc", 200, Library.izhikevich(), b -> b.set("a", "0.02").set("b", "0.2")
            .initialize("r = rand()\nc = -65*mV + 15*mV*r**2\nd = 8*mV - 6*mV*r**2"));
        Simulation sim = Simulation.build(net);
        double[] c = sim.group("exc").valuesSi("c");
        double[] d = sim.group("exc").valuesSi("d");
        for (int i = 0; i < c.length; i++) {
            // Izhikevich (2003): c = -65 + 15 r², d = 8 - 6 r² with one r per cell, so (c + 65)/15 = (8 - d)/6.
            assertEquals((c[i] + 65e-3) / 15e-3, (8e-3 - d[i]) / 6e-3, 1e-9, "neuron " + i);
        }
        assertTrue(c[0] != c[1], "r is drawn per neuron");
        double[] again = Simulation.build(net).group("exc").valuesSi("c");
        org.junit.jupiter.api.Assertions.assertArrayEquals(c, again, "the same seed gives the same cells");
        sim.run(ms.of(5)).reset();
        org.junit.jupiter.api.Assertions.assertArrayEquals(c, sim.group("exc").valuesSi("c"), "reset evaluates it again, the same");
    }

    @Test
    void initialisationMistakesPointAtTheStatement() {
        String[][] cases = {
            {"r += 1", "'r' has no value yet for '+='"},
            {"C = 2*pF", "'C' is shared (one value for the group) and cannot be set per neuron"},
            {"c = 5*mV/ms", "5 * mV / ms is volt/second, not volt"},
            {"r = v > 0*mV", "the temporary 'r' would hold a condition"},
            {"c = -65*mV + q*mV", "unknown name 'q'"},
            {"c = -65*mV + xi*mV*sqrt(ms)", "the initialisation uses white noise (xi)"},
        };
        for (String[] c : cases) {
            Network net = Network.create();
            net.group("g", 3, Library.izhikevich(), b -> b.initialize(c[0]));
            BuildException e = assertThrows(BuildException.class, () -> Simulation.build(net), c[0]);
            assertTrue(e.getMessage().contains(c[1]) && e.getMessage().contains("initialization of group 'g'"), c[0] + " → " + e.getMessage());
        }
    }

    @Test
    void booleanAndIntegerVariablesReadAsConditionsAndCountInWholeNumbers() {
        for (Backend backend : new Backend[] {Backend.SCALAR, Backend.INTERPRETED}) {
            Network net = Network.create();
            NeuronModel model = NeuronModel.of("counting", """
                    dv/dt = (-65*mV - v + 100*Mohm*0.2*nA*enabled)/(10*ms) : volt (unless refractory)
                    enabled : boolean
                    spikes : integer
                    half : integer
                    depolarised = v > -60*mV : boolean
                    """).threshold("depolarised and v > -50*mV and enabled").reset("v = -65*mV; spikes += 1; half = spikes/2")
                .refractory(ms.of(2)).with("v", "-65 mV");
            GroupSpec g = net.group("g", 10, model, b -> b.set("enabled", "i < 5"));
            org.synfire.model.SpikeProbeSpec probe = net.probe(org.synfire.model.Probe.spikes(g));
            Simulation sim = Simulation.build(net.spec(), backend).run(ms.of(100));
            int[] counts = sim.data(probe).counts();
            double[] spikes = sim.group("g").valuesSi("spikes");
            double[] half = sim.group("g").valuesSi("half");
            for (int i = 0; i < 10; i++) {
                assertEquals(i < 5, counts[i] > 0, backend + ": only enabled neurons fire, neuron " + i);
                assertEquals(counts[i], spikes[i], backend + ": the integer counts the spikes of neuron " + i);
                assertEquals(Math.floor(counts[i] / 2.0), half[i], backend + ": and spikes/2 is truncated");
            }
        }
    }

    @Test
    void booleanAndIntegerMistakesAreNamed() {
        String[][] cases = {
            {"dx/dt = -x/ms : boolean", "a differential equation's variable cannot be boolean"},
            {"dv/dt = -v/ms : 1\nflag : boolean\nflagged = v + 1 : boolean", "is dimensionless (1), not a condition"},
        };
        for (String[] c : cases) {
            org.synfire.SynfireException e = assertThrows(org.synfire.SynfireException.class,
                () -> Simulation.build(netWith(NeuronModel.of("m", c[0]))), c[0]);
            assertTrue(e.getMessage().contains(c[1]), c[0] + " → " + e.getMessage());
        }
        org.synfire.SynfireException arithmetic = assertThrows(org.synfire.SynfireException.class, () -> Simulation.build(netWith(
            NeuronModel.of("m", "dv/dt = -v/ms : 1\nflag : boolean").threshold("v > 1").reset("flag += 1"))));
        assertTrue(arithmetic.getMessage().contains("'flag' is boolean, and '+=' is arithmetic"), arithmetic.getMessage());
    }

    private static Network netWith(NeuronModel model) {
        Network net = Network.create();
        net.group("g", 2, model);
        return net;
    }
}
