package org.synfire.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synfire.units.Units.ms;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.synfire.SynfireException;
import org.synfire.connectivity.Connect;
import org.synfire.equations.EquationException;
import org.synfire.model.GroupSpec;
import org.synfire.model.LinkedVariable;
import org.synfire.model.Network;
import org.synfire.model.NeuronModel;
import org.synfire.model.Probe;
import org.synfire.model.SpecException;
import org.synfire.model.StateProbeSpec;
import org.synfire.model.SynapseModel;
import org.synfire.sim.Simulation;
import org.synfire.units.Units;

/**
 * Linked variables (Brian2's {@code linked_var}): a dendrite group whose drive is the soma's
 * membrane potential, read one to one, through an index or from a slice, copied at the start of
 * each step so that it is the soma's value at {@code t} on any number of threads.
 */
class LinkedVariableTest {
    private static final double TAU = 10e-3;
    private static final double TAU_D = 5e-3;

    static NeuronModel soma() {
        return NeuronModel.of("soma", """
                dv/dt = (mu - v)/tau : 1
                mu : 1
                tau : second (shared, constant)
                """).with("tau", "10 ms").with("mu", "1");
    }

    static NeuronModel dendrite() {
        return NeuronModel.of("dendrite", """
                dvd/dt = (v_soma - vd)/taud : 1
                v_soma : 1 (linked)
                taud : second (shared, constant)
                """).with("taud", "5 ms");
    }

    @Test
    void theDendriteFollowsTheSomaAsTheCascadeOfTwoLowPassFiltersDoes() {
        Network net = Network.create().dt(ms.of(0.1));
        GroupSpec soma = net.group("soma", 3, soma());
        GroupSpec dend = net.group("dend", 3, dendrite(), b -> b.link("v_soma", LinkedVariable.of(soma, "v")));
        StateProbeSpec sv = net.probe(Probe.state(soma, "v").neurons(0, 1, 2));
        StateProbeSpec dv = net.probe(Probe.state(dend, "v_soma", "vd").neurons(0, 1, 2));
        Simulation sim = Simulation.build(net).run(ms.of(50));
        for (int k = 0; k < 3; k++) {
            assertArrayEquals(sim.data(sv).values("v", k, Units.one), sim.data(dv).values("v_soma", k, Units.one),
                "neuron " + k + ": each step the dendrite reads the soma's v at the same time");
        }
        // v = 1 - exp(-t/tau) drives vd: vd = 1 - (tau exp(-t/tau) - taud exp(-t/taud))/(tau - taud). The dendrite
        // holds the soma's value through each step, a lag of at most dt: its input is off by at most dt times the
        // slope of v (1/tau at most), and a low-pass filter with unit gain passes no more than that error on.
        double bound = 0.1e-3 / TAU;
        double[] times = sim.data(dv).times(Units.second);
        double[] vd = sim.data(dv).values("vd", 0, Units.one);
        double worst = 0;
        for (int k = 0; k < times.length; k++) {
            double t = times[k];
            double analytic = 1 - (TAU * Math.exp(-t / TAU) - TAU_D * Math.exp(-t / TAU_D)) / (TAU - TAU_D);
            worst = Math.max(worst, Math.abs(vd[k] - analytic));
        }
        assertTrue(worst < bound, "largest error " + worst + " against the bound " + bound);
        assertTrue(worst > bound / 20, "the held input does lag: " + worst);
    }

    @Test
    void anIndexAndASliceChooseTheSourceNeurons() {
        Network net = Network.create().dt(ms.of(0.1));
        GroupSpec soma = net.group("soma", 10, soma(), b -> b.set("mu", "0.1*i"));
        int[] index = IntStream.range(0, 8).map(k -> k / 2).toArray();
        GroupSpec pairs = net.group("pairs", 8, dendrite(), b -> b.link("v_soma", LinkedVariable.of(soma, "v").index(index)));
        GroupSpec upper = net.group("upper", 5, dendrite(), b -> b.link("v_soma", LinkedVariable.of(soma.slice(5, 10), "v")));
        StateProbeSpec v = net.probe(Probe.state(soma, "v").neurons(IntStream.range(0, 10).toArray()));
        StateProbeSpec p = net.probe(Probe.state(pairs, "v_soma").neurons(IntStream.range(0, 8).toArray()));
        StateProbeSpec u = net.probe(Probe.state(upper, "v_soma").neurons(0, 1, 2, 3, 4));
        Simulation sim = Simulation.build(net).run(ms.of(20));
        for (int k = 0; k < 8; k++) {
            assertArrayEquals(sim.data(v).values("v", k / 2, Units.one), sim.data(p).values("v_soma", k, Units.one),
                "pairs[" + k + "] reads soma[" + k / 2 + "]");
        }
        for (int k = 0; k < 5; k++) {
            assertArrayEquals(sim.data(v).values("v", 5 + k, Units.one), sim.data(u).values("v_soma", k, Units.one),
                "upper[" + k + "] reads soma[" + (5 + k) + "]");
        }
    }

    @Test
    void linksGiveTheSameStateOnAnyNumberOfThreadsAndAfterAReset() {
        double[][] results = new double[2][];
        for (int threads = 1; threads <= 2; threads++) {
            Network net = Network.create().dt(ms.of(0.1)).seed(5);
            GroupSpec soma = net.group("soma", 2000, org.synfire.model.library.Library.lif(), b -> b.set("I", "0.1*nA + rand()*0.2*nA"));
            net.group("dend", 2000, NeuronModel.of("dend", """
                    dvd/dt = (v_soma - vd)/(5*ms) : volt
                    v_soma : volt (linked)
                    """), b -> b.link("v_soma", LinkedVariable.of(soma, "v")).set("vd", "-65*mV"));
            net.connect("back", soma, soma, SynapseModel.onSpike("v_post += 0.2*mV"), Connect.probability(0.01), p -> p.delay(ms.of(1)));
            Simulation sim = Simulation.build(net);
            sim.threads(threads);
            sim.run(ms.of(50));
            results[threads - 1] = sim.group("dend").valuesSi("vd");
            sim.reset();
            sim.run(ms.of(50));
            assertArrayEquals(results[threads - 1], sim.group("dend").valuesSi("vd"), "a reset replays the linked run");
        }
        assertArrayEquals(results[0], results[1], "1 and 2 threads");
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
            Arguments.of("unlinked", "Group 'dend'.v_soma: is declared (linked) but reads nothing; link it with link(\"v_soma\", "
                + "LinkedVariable.of(group, \"v\")) (in a script: v_soma: linked(group, 'v'))"),
            Arguments.of("unit", "Group 'dend'.v_soma: is in 1 and linked to other.v in volt; link a variable of the same unit"),
            Arguments.of("size", "Group 'dend'.v_soma: is linked one to one to soma.v, which has 4 neurons for 3; link groups of one "
                + "size, or give an index with .index(...)"),
            Arguments.of("index", "Group 'dend'.v_soma: is linked to soma.v, and neuron 2 reads its neuron 4, which does not exist "
                + "(it has neurons 0..3)"),
            Arguments.of("shared", "Group 'dend'.v_soma: is linked to soma.tau, which is shared (one value for the group); link a "
                + "state variable or a per-neuron parameter"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void aBadLinkIsNamedWithItsFix(String mistake, String message) {
        Network net = Network.create();
        GroupSpec soma = net.group("soma", 4, soma());
        GroupSpec other = net.group("other", 3, org.synfire.model.library.Library.lif());
        net.group("dend", 3, dendrite(), b -> {
            switch (mistake) {
                case "unit" -> b.link("v_soma", LinkedVariable.of(other, "v"));
                case "size" -> b.link("v_soma", LinkedVariable.of(soma, "v"));
                case "index" -> b.link("v_soma", LinkedVariable.of(soma, "v").index(0, 1, 4));
                case "shared" -> b.link("v_soma", LinkedVariable.of(soma, "tau").index(0, 1, 2));
                default -> { }
            }
        });
        BuildException e = assertThrows(BuildException.class, () -> Simulation.build(net));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void aLinkedVariableIsReadOnlyWhereItIsLinked() {
        Network net = Network.create();
        GroupSpec soma = net.group("soma", 2, soma());
        assertEquals("Group 'dend'.v_soma: is linked, so it reads another group's variable and takes no value; give the link with "
            + "link(\"v_soma\", LinkedVariable.of(group, \"v\"))",
            assertThrows(SpecException.class, () -> net.group("dend", 2, dendrite(), b -> b.set("v_soma", "0.5"))).getMessage());
        assertEquals("Group 'plain'.v: is not declared (linked), so it cannot read another group's variable; declare it as "
            + "'v : 1 (linked)'",
            assertThrows(SpecException.class, () -> net.group("plain", 2, soma(), b -> b.link("v", LinkedVariable.of(soma, "v"))))
                .getMessage());
        assertEquals("Link 'soma'.w: is no variable of model 'soma'; its variables: v, mu, tau",
            assertThrows(SpecException.class, () -> LinkedVariable.of(soma, "w")).getMessage());

        Network resetting = Network.create();
        GroupSpec s = resetting.group("soma", 2, soma());
        resetting.group("dend", 2, dendrite().threshold("vd > 0.5").reset("v_soma = 0"), b -> b.link("v_soma", LinkedVariable.of(s, "v")));
        BuildException reset = assertThrows(BuildException.class, () -> Simulation.build(resetting));
        assertTrue(reset.getMessage().contains("'v_soma' is linked (it reads another group's variable) and cannot be changed by the reset"),
            reset.getMessage());

        Network writing = Network.create();
        GroupSpec w = writing.group("soma", 2, soma());
        GroupSpec d = writing.group("dend", 2, dendrite(), b -> b.link("v_soma", LinkedVariable.of(w, "v")));
        writing.connect("p", w, d, SynapseModel.onSpike("v_soma_post += 1"), Connect.oneToOne());
        SynfireException write = assertThrows(SynfireException.class, () -> Simulation.build(writing));
        assertTrue(write.getMessage().contains("'v_soma_post' is linked (it reads another group's variable) and cannot be changed by "
            + "the on_pre"), write.getMessage());

        EquationException flag = assertThrows(EquationException.class, () -> NeuronModel.of("m", "dv/dt = -v/(10*ms) : 1 (linked)"));
        assertTrue(flag.getMessage().contains("'linked' applies only to per-neuron parameters without 'shared' or 'constant'"),
            flag.getMessage());
    }
}
