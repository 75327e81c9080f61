package org.synfire.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synfire.units.Units.ms;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.synfire.connectivity.Connect;
import org.synfire.model.GroupSpec;
import org.synfire.model.Network;
import org.synfire.model.NeuronModel;
import org.synfire.model.Probe;
import org.synfire.model.SpecException;
import org.synfire.model.SpikeProbeSpec;
import org.synfire.model.SynapseModel;
import org.synfire.probe.SpikeTrains;
import org.synfire.sim.Simulation;

/**
 * Custom events besides the spike (Brian2's {@code events=}, {@code run_on_event} and
 * {@code on_event}): a "plateau" of a second, dendrite-like variable that relaxes exponentially to
 * its drive and is reset where the event holds, so its period is known exactly; the event is
 * recorded by a probe, counted by its own code, and triggers a projection, while the group's
 * spikes (from another variable) do not.
 */
class CustomEventTest {
    private static final double DT = 1e-4;
    private static final double TAU_D = 10e-3;

    /** Soma {@code v} spikes at 1; dendrite {@code vd} holds a plateau event at 0.8, counted and reset by the event's code. */
    static NeuronModel twoPlaces() {
        return NeuronModel.of("two_places", """
                dv/dt = (mu - v)/tau : 1
                dvd/dt = (mud - vd)/taud : 1
                plateaus : integer
                mu : 1
                mud : 1
                tau : second (shared, constant)
                taud : second (shared, constant)
                """).threshold("v > 1").reset("v = 0")
            .event("plateau", "vd > 0.8", "vd = 0; plateaus += 1")
            .with("tau", "5 ms").with("taud", "10 ms").with("mu", "1.5");
    }

    private record Setup(Simulation sim, SpikeProbeSpec events, SpikeProbeSpec spikes) {
    }

    private static Setup build(int size, Backend backend) {
        Network net = Network.create().dt(ms.of(0.1)).seed(3);
        GroupSpec g = net.group("g", size, twoPlaces(), b -> b.set("mud", "1.0 + 2.0*i/N"));
        GroupSpec counter = net.group("counter", size, NeuronModel.of("counter", "x : 1"));
        net.connect("on_plateau", g, counter, SynapseModel.onSpike("x_post += 1"), Connect.oneToOne(), p -> p.onEvent("plateau").delay(ms.of(1)));
        SpikeProbeSpec events = net.probe(Probe.events(g, "plateau"));
        SpikeProbeSpec spikes = net.probe(Probe.spikes(g));
        return new Setup(Simulation.build(net.spec(), backend), events, spikes);
    }

    @Test
    void theEventHoldsWithTheExactPeriodOfItsVariableAndItsCodeRunsEachTime() {
        Setup s = build(40, Backend.COMPILED);
        s.sim().run(ms.of(200));
        SpikeTrains events = s.sim().data(s.events());
        double[] plateaus = s.sim().group("g").valuesSi("plateaus");
        int checked = 0;
        for (int i = 0; i < 40; i++) {
            double mud = 1.0 + 2.0 * i / 40;
            // vd climbs from 0 towards mud and crosses 0.8 at T; the event holds at the end of the step that crosses.
            double steps = TAU_D * Math.log(mud / (mud - 0.8)) / DT;
            double[] times = events.timesOf(i, org.synfire.units.Units.second);
            assertEquals(times.length, plateaus[i], "neuron " + i + ": the event's code ran once per recorded event");
            if (Math.abs(steps - Math.rint(steps)) < 1e-6 || mud <= 0.8) {
                continue;   // a crossing on a step boundary is decided by rounding: no exact period to compare
            }
            long period = (long) Math.floor(steps) + 1;
            assertEquals(2000 / period, times.length, "neuron " + i + ": events in 200 ms");
            for (int k = 0; k < times.length; k++) {
                assertEquals((k + 1) * period * DT, times[k], 1e-12, "neuron " + i + ", event " + k);
            }
            checked++;
        }
        assertTrue(checked > 30, "most neurons have an exact period to compare");
        assertNotEquals(events.count(), s.sim().data(s.spikes()).count(), "spikes and plateaus are different events");
    }

    @Test
    void aProjectionOnTheEventDeliversEachEventAndNoSpike() {
        Setup s = build(40, Backend.COMPILED);
        s.sim().run(ms.of(200));
        SpikeTrains events = s.sim().data(s.events());
        double[] received = s.sim().group("counter").valuesSi("x");
        for (int i = 0; i < 40; i++) {
            long delivered = java.util.Arrays.stream(events.timesOf(i, org.synfire.units.Units.second)).filter(t -> t + 1e-3 < 0.2 - 1e-9).count();
            assertEquals(delivered, received[i], "neuron " + i + " received each plateau 1 ms later");
        }
        assertTrue(s.sim().report().toString().contains("on_pre on event 'plateau'"), s.sim().report().toString());
    }

    @ParameterizedTest
    @EnumSource(value = Backend.class, names = {"SCALAR", "INTERPRETED"})
    void everyKernelDecidesTheSameEvents(Backend backend) {
        // 1000 neurons: the compiled backend runs them in vector lanes, with the events in its scalar threshold pass.
        Setup compiled = build(1000, Backend.COMPILED);
        Setup other = build(1000, backend);
        compiled.sim().run(ms.of(50));
        other.sim().run(ms.of(50));
        assertTrue(compiled.sim().report().group("g").lanes().startsWith("vector"), compiled.sim().report().group("g").lanes());
        assertArrayEquals(other.sim().data(other.events()).indices(), compiled.sim().data(compiled.events()).indices());
        assertArrayEquals(other.sim().data(other.events()).times(ms), compiled.sim().data(compiled.events()).times(ms));
        assertArrayEquals(other.sim().group("counter").valuesSi("x"), compiled.sim().group("counter").valuesSi("x"));
    }

    @Test
    void eventsAreTheSameOnAnyNumberOfThreadsAndAfterACheckpoint(@TempDir Path dir) {
        Setup straight = build(1000, Backend.COMPILED);
        straight.sim().threads(1);
        straight.sim().run(ms.of(60));

        Setup first = build(1000, Backend.COMPILED);
        first.sim().threads(2);
        first.sim().run(ms.of(30));
        Path checkpoint = dir.resolve("at30.ckpt");
        first.sim().checkpoint(checkpoint);
        Setup second = build(1000, Backend.COMPILED);
        second.sim().restore(checkpoint);
        second.sim().threads(2);
        second.sim().run(ms.of(30));

        assertArrayEquals(straight.sim().data(straight.events()).indices(), second.sim().data(second.events()).indices());
        assertArrayEquals(straight.sim().data(straight.events()).times(ms), second.sim().data(second.events()).times(ms));
        assertArrayEquals(straight.sim().group("counter").valuesSi("x"), second.sim().group("counter").valuesSi("x"));

        straight.sim().reset();
        straight.sim().run(ms.of(60));
        assertArrayEquals(second.sim().data(second.events()).times(ms), straight.sim().data(straight.events()).times(ms),
            "a reset forgets the events' last steps");
    }

    @Test
    void mistakesNameTheEventAndTheFix() {
        NeuronModel m = twoPlaces();
        assertEquals("Model 'two_places'.plateau: is an event of the model already; give each event its own name",
            assertThrows(SpecException.class, () -> m.event("plateau", "v > 0.5")).getMessage());
        assertTrue(assertThrows(SpecException.class, () -> m.event("spike", "v > 0.5")).getMessage()
            .contains("not 'spike' (the threshold's event)"));
        assertEquals("Model 'two_places'.burst: is no event of the model; its events: plateau",
            assertThrows(SpecException.class, () -> m.runOnEvent("burst", "v = 0")).getMessage());

        Network net = Network.create();
        GroupSpec g = net.group("g", 2, m);
        assertEquals("Probe 'events'.event: 'g' has no event 'burst'; its events: plateau",
            assertThrows(SpecException.class, () -> Probe.events(g, "burst")).getMessage());

        BuildException notACondition = buildFails(m.event("level", "vd + 1"));
        assertTrue(notACondition.getMessage().contains("event 'level'"), notACondition.getMessage());
        assertTrue(notACondition.getMessage().contains("vd + 1\n"), notACondition.getMessage());
        BuildException constant = buildFails(m.runOnEvent("plateau", "tau = 1*ms"));
        assertTrue(constant.getMessage().contains("'tau' is shared and cannot be changed by the code of event 'plateau'"),
            constant.getMessage());

        Network wrong = Network.create();
        GroupSpec source = wrong.group("source", 2, m);
        GroupSpec target = wrong.group("target", 2, NeuronModel.of("t", "x : 1"));
        wrong.connect("p", source, target, SynapseModel.onSpike("x_post += 1"), Connect.oneToOne(), p -> p.onEvent("burst"));
        BuildException unknown = assertThrows(BuildException.class, () -> Simulation.build(wrong));
        assertTrue(unknown.getMessage().contains("'source' has no event 'burst'; its events: spike, plateau"), unknown.getMessage());
    }

    private static BuildException buildFails(NeuronModel model) {
        Network net = Network.create();
        net.group("g", 2, model);
        return assertThrows(BuildException.class, () -> Simulation.build(net));
    }

    @Test
    void theReadmeExampleRunsAndItsEventLowersTheInput() {
        Network net = Network.create().seed(1);
        NeuronModel cell = org.synfire.model.library.Library.lif().event("high", "v > -55*mV", "I -= 10*pA");
        GroupSpec a = net.group("a", 100, cell, g -> g.set("I", "0.3*nA"));
        GroupSpec b = net.group("b", 100, org.synfire.model.library.Library.lif());
        net.connect("warn", a, b, SynapseModel.onSpike("I_post += 5*pA"), Connect.oneToOne(), p -> p.onEvent("high"));
        SpikeProbeSpec high = net.probe(Probe.events(a, "high"));
        Simulation sim = Simulation.build(net).run(ms.of(100));
        int held = sim.data(high).counts()[0];
        assertTrue(held > 0, "v rises above -55 mV");
        assertEquals(0.3e-9 - held * 10e-12, sim.group("a").valuesSi("I")[0], 1e-18);
        assertEquals(held * 5e-12, sim.group("b").valuesSi("I")[0], 1e-18, "each event reached b");
    }

    @Test
    void aModelDescribesItsEvents() {
        assertEquals(List.of("plateau"), twoPlaces().eventNames());
        assertTrue(twoPlaces().toString().contains("event plateau: vd > 0.8 -> vd = 0; plateaus += 1"), twoPlaces().toString());
    }
}
