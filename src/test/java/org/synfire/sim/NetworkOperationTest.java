package org.synfire.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synfire.units.Units.mV;
import static org.synfire.units.Units.ms;
import static org.synfire.units.Units.nA;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synfire.model.GroupSpec;
import org.synfire.model.Network;
import org.synfire.model.Probe;
import org.synfire.model.StateProbeSpec;
import org.synfire.model.library.Library;

/** Network operations ({@link Simulation#every}): when they are called, what they change, and how they fail. */
class NetworkOperationTest {
    @TempDir
    Path dir;

    private record Built(Simulation sim, StateProbeSpec probe) {
    }

    /** One LIF neuron below threshold (0.1 nA × 100 MΩ = 10 mV above rest, threshold 15 mV above), its v and I probed. */
    private static Built lif() {
        Network net = Network.create().dt(ms.of(0.1));
        GroupSpec g = net.group("g", 1, Library.lif(), b -> b.set("I", nA.of(0.1)));
        StateProbeSpec probe = net.probe(Probe.state(g, "v", "I"));
        return new Built(Simulation.build(net), probe);
    }

    @Test
    void anOperationEveryMillisecondIsCalledAtTheStartOfEachMillisecondFromZero() {
        Simulation sim = lif().sim();
        List<Double> times = new ArrayList<>();
        NetworkOperation op = sim.every(ms.of(1), s -> times.add(s.t().in(ms)));
        sim.run(ms.of(100));
        assertEquals(100, op.calls(), "t = 0 counts, t = 100 ms is the start of the next run");
        assertEquals(0.0, times.get(0));
        assertEquals(99.0, times.get(99), 1e-9);
        sim.run(ms.of(10));
        assertEquals(110, op.calls());
        assertEquals(100.0, times.get(100), 1e-9, "continuing a run goes on on the same grid");
        assertTrue(op.seconds() > 0);
        assertEquals("operation0", op.name());
        assertEquals(ms.of(1), op.interval());
        assertTrue(op.toString().startsWith("NetworkOperation 'operation0' every 1 ms: 110 calls, "), op.toString());
        assertEquals(List.of(op), sim.operations());
    }

    @Test
    void aCurrentSetAt50MillisecondsChangesTheTraceFromThatStepOn() {
        Built plain = lif();
        plain.sim().run(ms.of(80));
        Built kicked = lif();
        kicked.sim().every("kick", ms.of(50), s -> {
            if (s.step() == 500) {
                s.group("g").set("I", nA.of(0.12));
            }
        });
        kicked.sim().run(ms.of(80));
        double[] before = plain.sim().data(plain.probe()).values("v", 0, mV);
        double[] after = kicked.sim().data(kicked.probe()).values("v", 0, mV);
        double[] current = kicked.sim().data(kicked.probe()).values("I", 0, nA);
        for (int k = 0; k <= 500; k++) {
            assertEquals(before[k], after[k], "sample " + k + ": v at 50 ms is what the steps before made");
            assertEquals(k < 500 ? 0.1 : 0.12, current[k], 1e-12, "sample " + k + ": the probe sees the new I from 50 ms on");
        }
        for (int k = 501; k < after.length; k++) {
            assertTrue(after[k] > before[k], "sample " + k + ": the larger current raises v from the next step on");
        }
    }

    @Test
    void aFailingOperationStopsTheRunNamingItAndKeepsTheState() {
        Built b = lif();
        Simulation sim = b.sim();
        sim.every("bomb", ms.of(1), s -> {
            if (s.t().in(ms) > 2.5) {
                throw new IllegalStateException("boom");
            }
        });
        SimulationException e = assertThrows(SimulationException.class, () -> sim.run(ms.of(10)));
        assertEquals("network operation 'bomb' failed at t = 3 ms (IllegalStateException: boom); the run stopped at the start of that "
            + "step, and the state and recordings up to it are kept", e.getMessage());
        assertEquals(30, sim.step());
        assertEquals(30, sim.data(b.probe()).samples());
        assertNotEquals(sim.group("g").get("v", 0), Library.lif().defaults().get("v"), "v kept where the run stopped");
    }

    @Test
    void operationsMayNotRunResetOrRestoreAndIntervalsMustFitTheSteps() {
        Simulation sim = lif().sim();
        sim.every("nested", ms.of(1), s -> s.run(ms.of(1)));
        SimulationException nested = assertThrows(SimulationException.class, () -> sim.run(ms.of(1)));
        assertTrue(nested.getMessage().contains("network operation 'nested' failed at t = 0 s (SimulationException: run(1 ms): a network "
            + "operation may read and set state, not run, reset or restore the simulation that calls it)"), nested.getMessage());
        for (var interval : List.of(ms.of(0.25), ms.of(0), ms.of(-1), mV.of(1))) {
            SimulationException e = assertThrows(SimulationException.class, () -> sim.every(interval, s -> { }));
            assertEquals("every(operation1, " + interval + "): the interval must be a positive whole number of steps of dt = 100 us",
                e.getMessage());
        }
        SimulationException twice = assertThrows(SimulationException.class, () -> sim.every("nested", ms.of(1), s -> { }));
        assertTrue(twice.getMessage().contains("already has a network operation named 'nested'"), twice.getMessage());
    }

    /** Operations are code: they stay through reset and restore, and the restored run continues as the unbroken one. */
    @Test
    void operationsSurviveResetAndCheckpoints() {
        Built first = lif();
        NetworkOperation op = first.sim().every(ms.of(5), s -> s.group("g").set("I", nA.of(0.1 + 0.01 * (s.step() / 50 % 3))));
        first.sim().run(ms.of(20));
        Path file = dir.resolve("state.ckpt");
        first.sim().checkpoint(file);
        first.sim().run(ms.of(20));
        double[] whole = first.sim().data(first.probe()).values("v", 0, mV);
        assertEquals(8, op.calls());

        Built second = lif();
        second.sim().every(ms.of(5), s -> s.group("g").set("I", nA.of(0.1 + 0.01 * (s.step() / 50 % 3))));
        second.sim().restore(file);
        second.sim().run(ms.of(20));
        assertArrayEquals(whole, second.sim().data(second.probe()).values("v", 0, mV), "restored with its own operation");

        first.sim().reset();
        first.sim().run(ms.of(40));
        assertEquals(16, op.calls(), "counts go on through a reset");
        assertArrayEquals(whole, first.sim().data(first.probe()).values("v", 0, mV), "the operation ran again after the reset");
    }
}
