package org.synfire.build;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.synfire.sim.Simulation;
import org.synfire.SynfireException;
import org.synfire.connectivity.Connect;
import org.synfire.connectivity.ConnectionRule;
import org.synfire.model.GroupSpec;
import org.synfire.model.Network;
import org.synfire.model.ProjectionSpec;
import org.synfire.model.SpecException;
import org.synfire.model.SynapseModel;
import org.synfire.model.library.Library;
import org.synfire.units.Units;

/** Every mistake in a projection is reported naming the projection, with a caret in synaptic code. */
class ProjectionErrorsTest {

    private static String buildError(SynapseModel model, ConnectionRule rule, Consumer<ProjectionSpec.Builder> configure) {
        Network net = Network.create();
        GroupSpec a = net.group("a", 10, Library.lifConductance());
        GroupSpec b = net.group("b", 10, Library.lifConductance());
        net.connect("ab", a, b, model, rule, configure);
        return assertThrows(SynfireException.class, () -> Simulation.build(net)).getMessage();
    }

    private static void assertContains(String message, String... parts) {
        for (String part : parts) {
            assertTrue(message.contains(part), "expected '" + part + "' in:\n" + message);
        }
    }

    @Test
    void mistakesInSynapticCodePointAtTheToken() {
        assertContains(buildError(SynapseModel.of("s", "w : siemens").onPre("ge += wx"), Connect.allToAll(), p -> { }),
            "Projection 'ab'", "on_pre, line 1: unknown name 'wx'", "  ge += wx\n        ^^");
        assertContains(buildError(SynapseModel.of("s", "w : amp").onPre("ge += w"), Connect.allToAll(), p -> { }),
            "w is amp, not siemens");
        assertContains(buildError(SynapseModel.of("s", "w : volt").onPre("v_pre = w"), Connect.allToAll(), p -> { }),
            "on_pre cannot change 'v_pre', a variable of the pre-synaptic group");
        assertContains(buildError(SynapseModel.of("s", "w : volt").onPre("Vt += w"), Connect.allToAll(), p -> { }),
            "'Vt_post' is shared and cannot be changed by the on_pre");
    }

    @Test
    void synapticEquationsTheEngineCannotSolveAreRefused() {
        assertContains(buildError(SynapseModel.of("s", """
                dx/dt = -x**2/tau : 1 (event-driven)
                tau : second (shared, constant)
                """).onPre("x += 1").with("tau", "5 ms"), Connect.allToAll(), p -> { }),
            "the event-driven equation for x is not linear in x");
        assertContains(buildError(SynapseModel.of("s", """
                dx/dt = -x/(5*ms) + y/(5*ms) : 1
                dy/dt = -y/(5*ms) : 1 (event-driven)
                """).onPre("y += 1"), Connect.allToAll(), p -> { }),
            "dx/dt depends on the event-driven variable 'y', which is only up to date at events");
        assertContains(buildError(SynapseModel.of("s", "v_post = 1*mV : volt (summed)").onPre("ge += 1*nS"), Connect.allToAll(),
            p -> { }), "'v' of the target group is a state variable");
        assertContains(buildError(SynapseModel.of("s", "Ix = 1*nA : amp (summed)").onPre("ge += 1*nS"), Connect.allToAll(),
            p -> { }), "a summed variable must name a per-neuron variable of the target group with the suffix _post");
        assertContains(buildError(SynapseModel.of("s", "tau : second (shared, constant)").onPre("ge += 1*nS"), Connect.allToAll(),
            p -> { }), "Projection 'ab'.tau: shared parameter of synapse model 's' has no value");
    }

    @Test
    void aNetworkThatWouldNotFitIsRefusedBeforeAnythingIsAllocated() {
        // Two projections of 2.1 billion synapses: 17 GB to keep and as much again while generating,
        // more than any test machine's default heap.
        Network net = Network.create();
        GroupSpec a = net.group("a", 46_000, Library.lif());
        net.connect("huge", a, a, SynapseModel.onSpike("v += 0.1*mV"), Connect.allToAll());
        net.connect("huge2", a, a, SynapseModel.onSpike("v += 0.2*mV"), Connect.allToAll());
        String message = assertThrows(SynfireException.class, () -> Simulation.build(net)).getMessage();
        assertContains(message, "Network: the state and synapses need about 16929.5 MB (16928.0 MB more while connectivity is "
            + "generated), more than the", "MB the build may take (90 % of the", "MB of heap free); make the network smaller or give "
            + "Java more memory (-Xmx)");
        Network big = Network.create();
        GroupSpec b = big.group("b", 50_000, Library.lif());
        big.connect("too_many", b, b, SynapseModel.onSpike("v += 0.1*mV"), Connect.allToAll());
        assertContains(assertThrows(SynfireException.class, () -> Simulation.build(big)).getMessage(),
            "Projection 'too_many'.rule: about 2500000000 synapses exceed the limit of 2^31 in one projection");
    }

    @Test
    void rulesAndEndsThatCannotWorkAreRefused() {
        assertContains(buildError(SynapseModel.onSpike("ge += 1*nS"), Connect.fixedInDegree(11), p -> { }),
            "Projection 'ab'", "needs 11 distinct sources but there are only 10");
        assertContains(buildError(SynapseModel.of("s", ""), Connect.allToAll(), p -> { }), "does nothing");
        assertContains(buildError(SynapseModel.onSpike("ge += 1*nS"), Connect.condition("i + j"), p -> { }),
            "condition of projection 'ab'", "not a condition");
        Network net = Network.create();
        GroupSpec a = net.group("a", 3, Library.lif());
        var source = net.spikeSource("src", 1, new int[0], new double[0], Units.ms);
        String toSource = assertThrows(SpecException.class, () -> net.connect("x", a, (org.synfire.model.Neurons) null, SynapseModel.onSpike("v += 1*mV"),
            Connect.allToAll())).getMessage();
        assertContains(toSource, "Projection 'x'.target: is missing");
        Network other = Network.create();
        GroupSpec foreign = other.group("foreign", 3, Library.lif());
        assertContains(assertThrows(SpecException.class, () -> net.connect("y", foreign, a, SynapseModel.onSpike("v += 1*mV"),
            Connect.allToAll())).getMessage(), "Projection 'y'.source: 'foreign' is not a population of this network");
        assertContains(assertThrows(SpecException.class, () -> net.connect("z", source, a,
            SynapseModel.of("s", "w : volt").onPre("v += w"), Connect.allToAll(), p -> p.set("wx", Units.mV.of(1)))).getMessage(),
            "Projection 'z'.wx: unknown variable of synapse model 's'; known: w");
        assertContains(assertThrows(SpecException.class, () -> net.connect("d", source, a, SynapseModel.onSpike("v += 1*mV"),
            Connect.allToAll(), p -> p.delay(Units.mV.of(1)))).getMessage(), "Projection 'd'.delay: 1 mV is not a duration");
    }
}
