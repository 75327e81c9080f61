package org.synfire.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synfire.units.Units.ms;
import static org.synfire.units.Units.nA;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.synfire.sim.Simulation;
import org.synfire.model.GroupSpec;
import org.synfire.model.Network;
import org.synfire.model.Probe;
import org.synfire.model.SpikeProbeSpec;
import org.synfire.model.library.Library;
import org.synfire.probe.SpikeTrains;
import org.synfire.units.Units;

/**
 * The LIF neuron with constant current fires with period {@code t_ref + tau ln(RI / (RI - (theta - V_r)))}
 * (with {@code El = V_r}). The model is integrated exactly, so v is exact on the grid and the only
 * error is that a crossing is detected at the end of its step: every inter-spike interval lies in
 * {@code [T, T + dt)}. The test asserts exactly that bound, for 10 currents above rheobase and at
 * two time steps, and that currents at or below rheobase ({@code RI <= theta - El}) never fire.
 */
class LifFiCurveTest {
    private static final double TAU = 10e-3;
    private static final double R = 100e6;
    private static final double GAP = 15e-3;
    private static final double REFRACTORY = 2e-3;

    @ParameterizedTest(name = "dt = {0} ms")
    @ValueSource(doubles = {0.1, 0.01})
    void intervalsMatchTheAnalyticPeriod(double dtMs) {
        double[] currents = {0.16, 0.18, 0.2, 0.25, 0.3, 0.4, 0.5, 0.75, 1.0, 2.0};
        Network net = Network.create().dt(ms.of(dtMs));
        GroupSpec g = net.group("lif", currents.length, Library.lif(), b -> b.set("I", currents, nA));
        SpikeProbeSpec probe = net.probe(Probe.spikes(g));
        Simulation sim = Simulation.build(net);
        assertEquals("exact", sim.report().group("lif").method());
        sim.run(Units.second.of(1));
        SpikeTrains spikes = sim.data(probe);
        double dt = dtMs * 1e-3;
        for (int k = 0; k < currents.length; k++) {
            double ri = R * currents[k] * 1e-9;
            double period = REFRACTORY + TAU * Math.log(ri / (ri - GAP));
            double[] times = spikes.timesOf(k, Units.second);
            assertTrue(times.length > 10, "neuron " + k + " fires repeatedly");
            for (int s = 1; s < times.length; s++) {
                double isi = times[s] - times[s - 1];
                assertTrue(isi >= period - 1e-9 && isi < period + dt + 1e-9,
                    "I = " + currents[k] + " nA: ISI " + isi + " s outside [" + period + ", " + (period + dt) + ")");
            }
        }
    }

    @ParameterizedTest(name = "I = {0} nA")
    @ValueSource(doubles = {0.0, 0.1, 0.149, 0.15})
    void noSpikesAtOrBelowRheobase(double current) {
        Network net = Network.create();
        GroupSpec g = net.group("lif", 1, Library.lif(), b -> b.set("I", nA.of(current)));
        SpikeProbeSpec probe = net.probe(Probe.spikes(g));
        Simulation sim = Simulation.build(net).run(Units.second.of(1));
        assertEquals(0, sim.data(probe).count());
        assertTrue(sim.group("lif").get("v", 0).in(Units.mV) > -65 + 0.99 * current * 100 - 1e-9,
            "the membrane still charges towards El + RI");
    }
}
