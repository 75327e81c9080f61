package org.synfire.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synfire.units.Units.mV;
import static org.synfire.units.Units.ms;
import static org.synfire.units.Units.nA;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.synfire.equations.EquationException;
import org.synfire.model.GroupSpec;
import org.synfire.model.Network;
import org.synfire.model.NeuronModel;
import org.synfire.model.Probe;
import org.synfire.model.SpecException;
import org.synfire.model.SpikeProbeSpec;
import org.synfire.model.StateProbeSpec;
import org.synfire.model.library.Library;
import org.synfire.probe.SpikeTrains;
import org.synfire.sim.Simulation;

/** Statements a group runs every so often ({@code runRegularly}): when they run, on every backend, on any thread count, and what is refused. */
class RunRegularlyTest {

    /** A non-spiking leaky membrane resting at El, so that every jump stands out and then decays. */
    private static final NeuronModel LEAK = NeuronModel.of("leak", """
            dv/dt = (El - v)/tau : volt
            El : volt (shared, constant)
            tau : second (constant)
            """).with("El", "-65 mV").with("tau", "10 ms").with("v", "-65 mV");

    /**
     * {@code v += 5*mV} every 10 ms on a non-spiking group: v jumps at t = 0, 10 and 20 ms and
     * nowhere else. Each sample is checked against the exact decay of the one before (to 1e-9 mV:
     * the propagator is exp(-dt/tau) to a few ulps, the values tens of mV), plus 5 mV where a
     * jump is due. A vector kernel (1,000 neurons on the compiled backend), the scalar one and the
     * interpreter must all agree with it.
     */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void aPulseJumpsExactlyAtMultiplesOfItsInterval(Backend backend) {
        Network net = Network.create().dt(ms.of(0.1));
        int size = backend == Backend.COMPILED ? 1000 : 3;
        GroupSpec g = net.group("g", size, LEAK, b -> b.runRegularly("v += 5*mV", ms.of(10)));
        StateProbeSpec probe = net.probe(Probe.state(g, "v").neurons(0, size - 1));
        Simulation sim = Simulation.build(net.spec(), backend).run(ms.of(25));
        double decay = Math.exp(-0.1 / 10);
        for (int position = 0; position < 2; position++) {
            double[] v = sim.data(probe).values("v", position, mV);
            assertEquals(250, v.length);
            assertEquals(-60, v[0], 1e-9, "the first jump comes before the first sample, at t = 0");
            List<Integer> jumps = new ArrayList<>();
            for (int k = 1; k < v.length; k++) {
                double jump = v[k] - (-65 + (v[k - 1] + 65) * decay);
                if (Math.abs(jump) > 1e-9) {
                    jumps.add(k);
                    assertEquals(5, jump, 1e-9, "the jump at step " + k);
                }
            }
            assertEquals(List.of(100, 200), jumps, "jumps at 10 and 20 ms, no others (" + backend + ")");
        }
    }

    /**
     * A random current redrawn every 5 ms with {@code rand()}, a 2 ms pulse switched on by the
     * clock and a network operation (see {@code NetworkOperationTest}): the same spikes on 1 and
     * 2 threads.
     */
    @Test
    void randomRegularStatementsAndOperationsGiveTheSameSpikesOnAnyThreadCount() {
        SpikeTrains one = spikes(1);
        SpikeTrains two = spikes(2);
        assertTrue(one.count() > 50, "the group fires: " + one.count());
        assertArrayEquals(one.indices(), two.indices());
        assertArrayEquals(one.times(ms), two.times(ms));
    }

    private static SpikeTrains spikes(int threads) {
        Network net = Network.create().seed(5);
        GroupSpec g = net.group("g", 400, Library.lif(), b -> b
            .runRegularly("I = 0.15*nA + rand()*0.2*nA", ms.of(5))
            .runRegularly("I += 0.3*nA*(t >= 40*ms)*(t < 42*ms)", ms.of(1)));
        net.group("quiet", 300, Library.lif());
        SpikeProbeSpec probe = net.probe(Probe.spikes(g));
        Simulation sim = Simulation.build(net).threads(threads);
        sim.every(ms.of(20), s -> s.group("quiet").set("I", nA.of(s.step() % 400 == 0 ? 0.3 : 0.1)));
        sim.run(ms.of(100));
        return sim.data(probe);
    }

    private static BuildException refused(String statements, double intervalMs) {
        Network net = Network.create().dt(ms.of(0.1));
        net.group("g", 2, LEAK, b -> b.runRegularly(statements, ms.of(intervalMs)));
        return assertThrows(BuildException.class, () -> Simulation.build(net));
    }

    @Test
    void mistakesAreRefusedWithTheirPlace() {
        String unknown = refused("w += 1*mV", 10).getMessage();
        assertTrue(unknown.contains("Group 'g': runRegularly of group 'g', line 1: runRegularly code assigns to 'w', which is not a "
            + "variable of the model"), unknown);
        assertTrue(unknown.contains("  w += 1*mV\n  ^\n"), "a caret under the target: " + unknown);

        String unit = refused("v += 1*nA", 10).getMessage();
        assertTrue(unit.contains("runRegularly of group 'g', line 1") && unit.contains("'v += ...'") && unit.contains("volt"), unit);
        assertTrue(unit.contains("^"), unit);

        String constant = refused("tau = 5*ms", 10).getMessage();
        assertTrue(constant.contains("'tau' is constant and cannot be changed by the runRegularly code"), constant);
        String shared = refused("El = -60*mV", 10).getMessage();
        assertTrue(shared.contains("'El' is shared and cannot be changed by the runRegularly code"), shared);

        String offGrid = refused("v += 1*mV", 0.25).getMessage();
        assertTrue(offGrid.contains("Group 'g'.runRegularly: every 250 us is not a whole number of steps of dt = 100 us; "
            + "give a multiple of dt"), offGrid);

        Network net = Network.create();
        for (double interval : new double[] {0, -1}) {
            SpecException e = assertThrows(SpecException.class, () -> net.group("g" + (int) -interval, 2, LEAK,
                b -> b.runRegularly("v += 1*mV", ms.of(interval))));
            assertTrue(e.getMessage().contains("runRegularly: the interval " + ms.of(interval) + " is not a positive time"), e.getMessage());
        }
        SpecException notTime = assertThrows(SpecException.class, () -> net.group("h", 2, LEAK, b -> b.runRegularly("v += 1*mV", mV.of(1))));
        assertTrue(notTime.getMessage().contains("the interval 1 mV is not a positive time"), notTime.getMessage());
        EquationException syntax = assertThrows(EquationException.class, () -> net.group("k", 2, LEAK, b -> b.runRegularly("v +=", ms.of(1))));
        assertTrue(syntax.getMessage().startsWith("runRegularly of group 'k', line 1:"), syntax.getMessage());
    }

    @Test
    void configureAddsStatementsAndTheSpecShowsThem() {
        Network net = Network.create();
        GroupSpec g = net.group("g", 2, LEAK);
        GroupSpec changed = net.configure(g, b -> b.runRegularly("v = El", ms.of(1)));
        assertEquals("[runRegularly 'v = El' every 1 ms]", changed.runRegularly().toString());
        assertTrue(changed.toString().endsWith(", [runRegularly 'v = El' every 1 ms])"), changed.toString());
    }
}
