package org.synfire.model.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synfire.units.Units.cm;
import static org.synfire.units.Units.mV;
import static org.synfire.units.Units.ms;
import static org.synfire.units.Units.nS;
import static org.synfire.units.Units.uA;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.synfire.sim.Simulation;
import org.synfire.model.GroupSpec;
import org.synfire.model.Network;
import org.synfire.model.NeuronModel;
import org.synfire.model.Probe;
import org.synfire.model.SpikeProbeSpec;
import org.synfire.model.StateProbeSpec;
import org.synfire.units.Unit;

/**
 * The Hodgkin–Huxley (1952) template at dt = 0.01 ms: threshold behaviour for brief pulses, the
 * spike peak, the rheobase for repetitive firing and the resting state.
 */
class HodgkinHuxleyTest {
    private static final Unit DENSITY = uA.divide(cm.power(2));
    private static final double DT = 0.01;

    /** Result of a 1 ms pulse applied at 10 ms to a neuron at rest: spike count and peak of v. */
    private record Pulse(int spikes, double peakMv) {
    }

    private static Pulse pulse(NeuronModel model, double dtMs, double amplitude) {
        Network net = Network.create().dt(ms.of(dtMs));
        GroupSpec g = net.group("axon", 1, model);
        SpikeProbeSpec spikes = net.probe(Probe.spikes(g));
        StateProbeSpec v = net.probe(Probe.state(g, "v"));
        Simulation sim = Simulation.build(net).run(ms.of(10));
        sim.group("axon").set("I", DENSITY.of(amplitude));
        sim.run(ms.of(1));
        sim.group("axon").set("I", DENSITY.of(0));
        sim.run(ms.of(30));
        return new Pulse(sim.data(spikes).count(), Arrays.stream(sim.data(v).values("v", 0, mV)).max().orElseThrow());
    }

    @Test
    void aSuprathresholdPulseFiresExactlyOneSpike() {
        // The refractory condition v > -20 mV makes the action potential count once although v
        // stays above the threshold for about 1 ms.
        Pulse supra = pulse(Library.hodgkinHuxley(), DT, 20);
        assertEquals(1, supra.spikes(), "one spike for a 20 uA/cm^2, 1 ms pulse");
        Pulse sub = pulse(Library.hodgkinHuxley(), DT, 5);
        assertEquals(0, sub.spikes(), "no spike for a 5 uA/cm^2, 1 ms pulse");
        assertTrue(sub.peakMv() > -65 && sub.peakMv() < -55, "a subthreshold bump (measured -60.8 mV): " + sub.peakMv());
        // The threshold amplitude of a 1 ms pulse: Brian2 2.5.1 (exponential Euler, dt = 0.01 ms,
        // scripts/bench/brian2_hh_reference.py) gives 6.968 uA/cm^2 for a pulse at t = 0; here,
        // after 10 ms at rest, it is 6.975 (6.968 at t = 0). +-0.075 brackets both. (Converged:
        // Brian2 at dt = 0.001 ms 6.919; NEURON 8.2 with CVODE 6.892.)
        assertEquals(0, pulse(Library.hodgkinHuxley(), DT, 6.9).spikes(), "just below the pulse threshold");
        assertEquals(1, pulse(Library.hodgkinHuxley(), DT, 7.05).spikes(), "just above the pulse threshold");
    }

    @Test
    void spikePeakMatchesTheConvergedSolutionAndTheLiterature() {
        // Integration error: exponential Euler at dt = 0.01 ms against RK4 at dt = 0.001 ms
        // (converged to 0.003 mV: RK4 at 0.01 ms gives the same to 0.003 mV). Measured: 40.37
        // vs 40.50 mV; exponential Euler is first order, so 0.5 mV is four times its error.
        Pulse fast = pulse(Library.hodgkinHuxley(), DT, 20);
        Pulse reference = pulse(Library.hodgkinHuxley().method("rk4"), 0.001, 20);
        assertEquals(reference.peakMv(), fast.peakMv(), 0.5, "peak vs converged solution");
        // Peer simulator, same method and step: Brian2 2.5.1, exponential Euler at dt = 0.01 ms,
        // gives 40.376 mV (40.496 at dt = 0.001 ms; scripts/bench/brian2_hh_reference.py). The
        // only difference is the 10 ms at rest before our pulse (v drifts by 4 uV to the true
        // rest), so 0.05 mV.
        assertEquals(40.376, fast.peakMv(), 0.05, "peak vs Brian2");
        // Converged: NEURON 8.2's hh with CVODE (atol 1e-8) peaks at 40.512 mV for this pulse,
        // our RK4 at dt = 0.001 ms at 40.504; 0.05 mV allows for NEURON's tabulated rates.
        assertEquals(40.512, reference.peakMv(), 0.05, "converged peak vs NEURON");
        // Literature: the HH action potential peaks near +40 mV in the -65 mV convention (about
        // 105 mV above rest in Hodgkin & Huxley 1952; NEURON's hh.mod, the same equations, peaks
        // at about +40 mV). The peak also depends on stimulus strength (measured: 38.9, 40.4,
        // 42.8 mV for 10, 20, 50 uA/cm^2), hence +-2.5 mV.
        assertEquals(40, fast.peakMv(), 2.5, "peak near +40 mV");
    }

    @Test
    void rheobaseForRepetitiveFiringIsNearSixPointTwoSix() {
        // Bisection on the constant current density (from rest) at which firing is sustained:
        // at least two spikes in the last 200 ms of a 500 ms step (below the onset the neuron
        // fires 1–9 spikes and falls silent within 200 ms; above it fires periodically at ~50 Hz).
        // Literature: the stable periodic solutions of the standard HH model at 6.3 °C appear at
        // I ≈ 6.26 uA/cm^2 (Rinzel & Miller 1980; Izhikevich 2007, Dynamical Systems in
        // Neuroscience: 6.2–6.3 uA/cm^2). Measured here: 6.265 uA/cm^2 (6.259 at dt = 0.001 ms,
        // 6.268 when watching 2 s instead of 0.5 s). Peers (scripts/bench/brian2_hh_reference.py,
        // spikes in 0.5–1 s of a 1 s step from rest): Brian2 2.5.1, exponential Euler at
        // dt = 0.01 ms, 6.267 (our kernel under that criterion: 6.266; RK4 converged: 6.259);
        // NEURON 8.2 hh with CVODE 6.210 and fixed dt = 0.01 ms 6.213 (NEURON's hh.mod tabulates
        // its rates in 1 mV steps by default, a likely cause of the 0.05 difference). Tolerance:
        // the literature range plus 0.03 uA/cm^2 for the step size and the observation window.
        double low = 5;
        double high = 8;
        assertTrue(!firesRepetitively(low) && firesRepetitively(high), "the bracket contains the onset");
        while (high - low > 0.005) {
            double mid = (low + high) / 2;
            if (firesRepetitively(mid)) {
                high = mid;
            } else {
                low = mid;
            }
        }
        double rheobase = (low + high) / 2;
        assertTrue(rheobase > 6.2 && rheobase < 6.33, "rheobase " + rheobase + " uA/cm^2");
    }

    private static boolean firesRepetitively(double density) {
        SpikeIntervals s = SpikeIntervals.simulate(Library.hodgkinHuxley(), DT, 500, g -> g.set("I", DENSITY.of(density)));
        return s.countAfter(300) >= 2;
    }

    @Test
    void restsNearMinusSixtyFiveMillivolts() {
        // The defaults are the steady state at -65 mV; the true rest is -64.996 mV, so v moves by
        // less than 0.01 mV and no spike occurs in 100 ms without input.
        Network net = Network.create().dt(ms.of(DT));
        GroupSpec g = net.group("axon", 1, Library.hodgkinHuxley());
        SpikeProbeSpec spikes = net.probe(Probe.spikes(g));
        Simulation sim = Simulation.build(net).run(ms.of(100));
        assertEquals(0, sim.data(spikes).count());
        assertEquals(-65, sim.group("axon").get("v", 0).in(mV), 0.01);
    }

    @Test
    void tenMicroampsPerSquareCentimetreFireAtAboutSixtyEightHertz() {
        // The example of Library.hodgkinHuxley(): measured 68 spikes in 1 s, ISI 14.7 ms; Brian2
        // 2.5.1 at the same dt: 68 spikes, 67.99 Hz (scripts/bench/brian2_hh_reference.py).
        SpikeIntervals s = SpikeIntervals.simulate(Library.hodgkinHuxley(), DT, 1000, g -> g.set("I", "10*uA/cm**2"));
        assertEquals(68, s.count(), 1);
    }

    @Test
    void traubMilesFiresOnItsOwnAndFollowsItsConductances() {
        // With the COBAHH parameters the cell fires tonically without input (measured at
        // dt = 0.01 ms: ISI 72.5 ms, 14 Hz; see Library.traubMiles()). Starting three cells with
        // ge = 40 nS, nothing, and gi = 200 nS (Brian2's mean initial inhibition) orders their
        // first spikes: excitation advances it, inhibition delays it.
        Network net = Network.create().dt(ms.of(DT));
        GroupSpec g = net.group("tm", 3, Library.traubMiles(), b -> b
            .set("ge", new double[] {40, 0, 0}, nS).set("gi", new double[] {0, 0, 200}, nS));
        SpikeProbeSpec spikes = net.probe(Probe.spikes(g));
        Simulation sim = Simulation.build(net).run(ms.of(1000));
        double[] control = sim.data(spikes).timesOf(1, ms);
        SpikeIntervals s = new SpikeIntervals(control);
        assertTrue(s.count() >= 10 && SpikeIntervals.cv(s.isisAfter(100)) < 0.01, "tonic without input: " + s);
        double excited = sim.data(spikes).timesOf(0, ms)[0];
        double inhibited = sim.data(spikes).timesOf(2, ms)[0];
        assertTrue(excited < control[0] && control[0] < inhibited, excited + " < " + control[0] + " < " + inhibited);
    }
}
