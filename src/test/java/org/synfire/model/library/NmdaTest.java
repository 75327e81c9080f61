package org.synfire.model.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synfire.units.Units.ms;

import org.junit.jupiter.api.Test;
import org.synfire.connectivity.Connect;
import org.synfire.model.GroupSpec;
import org.synfire.model.Network;
import org.synfire.model.NeuronModel;
import org.synfire.model.Probe;
import org.synfire.model.ProjectionSpec;
import org.synfire.model.SpecException;
import org.synfire.model.SpikeSourceSpec;
import org.synfire.model.StateProbeSpec;
import org.synfire.model.SynapseModel;
import org.synfire.model.SynapseProbeSpec;
import org.synfire.sim.Simulation;
import org.synfire.units.Units;

/**
 * The saturating NMDA template against two references written out here: the periodic steady state
 * of the fast-rise limit, solved in closed form, and a fine Runge–Kutta integration of the same
 * two equations, summed with the synapses' weights.
 */
class NmdaTest {
    private static final NeuronModel RECEIVER = NeuronModel.of("receiver", "s_tot : 1");

    /** Regular trains: source k spikes every {@code periods[k]} ms from {@code first} ms for {@code duration} ms. */
    private static SpikeSourceSpec trains(Network net, double first, double duration, double... periods) {
        java.util.List<int[]> order = new java.util.ArrayList<>();
        java.util.List<Double> times = new java.util.ArrayList<>();
        for (int k = 0; k < periods.length; k++) {
            for (double t = first; t < first + duration; t += periods[k]) {
                order.add(new int[] {k});
                times.add(t);
            }
        }
        return net.spikeSource("input", periods.length, order.stream().mapToInt(a -> a[0]).toArray(),
            times.stream().mapToDouble(Double::doubleValue).toArray(), Units.ms);
    }

    @Test
    void aRegularTrainSettlesAtTheSaturatingSteadyStateOfTheFastRiseLimit() {
        // A spike opens the fraction p = 1 - exp(-alpha*tau_rise) of the closed receptors when
        // tau_rise is short; between spikes s decays. The periodic peak solves
        // s+ = 1 - (1 - s+ e^{-T/tau_decay})(1 - p).
        double period = 25;
        double tauRise = 0.1;
        double alpha = 5;     // per ms: p = 0.39, well into saturation
        double tauDecay = 100;
        Network net = Network.create().dt(Units.us.of(1));
        SpikeSourceSpec input = trains(net, 1, 400, period);
        GroupSpec target = net.group("target", 1, RECEIVER);
        net.connect("nmda", input, target, Library.nmda("s_tot", "1").with("tau_rise", tauRise + " ms")
            .with("alpha", alpha + " kHz"), Connect.allToAll(), p -> p.set("w", "1"));
        StateProbeSpec s = net.probe(Probe.state(target, "s_tot"));
        double[] trace = Simulation.build(net).run(ms.of(401)).data(s).values("s_tot", 0, Units.one);
        double p = 1 - Math.exp(-alpha * tauRise);
        double decay = Math.exp(-period / tauDecay);
        double peak = p / (1 - (1 - p) * decay);
        // The last full cycle, from the 16th spike (at 376 ms) to the 17th (at 401 ms): its maximum, and the last sample, one step before the 17th.
        double max = 0;
        for (int k = 376_000; k < trace.length; k++) {
            max = Math.max(max, trace[k]);
        }
        // 1 %: the limit ignores decay during the rise (tau_rise/tau_decay = 0.1 %) and the method
        // holds x over each step, opening about dt/(2 tau_rise) = 0.5 % more per spike.
        assertEquals(peak, max, 0.01 * peak, "the periodic peak");
        assertEquals(peak * decay, trace[trace.length - 1], 0.01 * peak, "the trough just before the next spike");
        assertTrue(peak < 0.8 && p / (1 - decay) > 1, "saturation matters here: the unsaturated sum would pass 1");
    }

    /** s and x of one synapse at default parameters, by RK4 with step h (ms), kicked at the given steps. */
    private static double[] reference(boolean[] kick, double dt, int substeps) {
        double h = dt / substeps;
        double s = 0;
        double x = 0;
        double[] out = new double[kick.length];
        for (int n = 0; n < kick.length; n++) {
            if (kick[n]) {
                x += 1;
            }
            out[n] = s;
            for (int k = 0; k < substeps; k++) {
                double[] k1 = rhs(s, x);
                double[] k2 = rhs(s + h / 2 * k1[0], x + h / 2 * k1[1]);
                double[] k3 = rhs(s + h / 2 * k2[0], x + h / 2 * k2[1]);
                double[] k4 = rhs(s + h * k3[0], x + h * k3[1]);
                s += h / 6 * (k1[0] + 2 * k2[0] + 2 * k3[0] + k4[0]);
                x += h / 6 * (k1[1] + 2 * k2[1] + 2 * k3[1] + k4[1]);
            }
        }
        return out;
    }

    private static double[] rhs(double s, double x) {
        return new double[] {-s / 100 + 0.5 * x * (1 - s), -x / 2};
    }

    @Test
    void theSumOfWeightedGatingsFollowsAFineIntegrationOfTheEquations() {
        double[] periods = {10, 31};
        double[] weights = {0.3, 1.2};
        Network net = Network.create();
        SpikeSourceSpec input = trains(net, 5, 300, periods);
        GroupSpec target = net.group("target", 1, RECEIVER);
        ProjectionSpec nmda = net.connect("nmda", input, target, Library.nmda("s_tot", "1"), Connect.allToAll(),
            p -> p.set("w", "0.3 + 0.9*i"));
        StateProbeSpec total = net.probe(Probe.state(target, "s_tot"));
        SynapseProbeSpec x = net.probe(Probe.synapses(nmda, "x").synapses(0, 1));
        Simulation sim = Simulation.build(net).run(ms.of(400));
        double[] recorded = sim.data(total).values("s_tot", 0, Units.one);
        double[] expected = new double[recorded.length];
        for (int k = 0; k < 2; k++) {
            // Kick the reference where the synapse's x jumped, so the comparison is of the dynamics, not of when a spike arrives.
            double[] xk = sim.data(x).values("x", k, Units.one);
            boolean[] kick = new boolean[recorded.length];
            int kicks = 0;
            for (int n = 1; n < xk.length; n++) {
                kick[n - 1] = xk[n] > xk[n - 1] + 0.5;
                kicks += kick[n - 1] ? 1 : 0;
            }
            assertEquals((int) Math.ceil(300 / periods[k]), kicks, "every spike arrived");
            double[] s = reference(kick, 0.1, 100);
            for (int n = 0; n < s.length - 1; n++) {
                expected[n + 1] += weights[k] * s[n];
            }
        }
        double max = 0;
        for (int n = 0; n < recorded.length; n++) {
            max = Math.max(max, expected[n]);
            // 2 % of the largest value: the exponential Euler step holds x over each 0.1 ms while it
            // decays by 5 %, so each spike opens about dt/(2 tau_rise) = 2.5 % more receptors than exactly.
            assertEquals(expected[n], recorded[n], 0.02 * 1.2, "step " + n);
        }
        assertTrue(max > 0.5 && max < 1.5, "the trains drive the gating well into its range: " + max);
        double[] s0 = reference(new boolean[] {true}, 0.1, 100);
        assertEquals(0, s0[0], 0.0, "x is kicked first, s rises after");
    }

    @Test
    void aTargetThatIsNotAVariableNameIsRefused() {
        SpecException e = assertThrows(SpecException.class, () -> Library.nmda("s tot", "1"));
        assertTrue(e.getMessage().contains("'s tot' is not a variable name") && e.getMessage().contains("s_NMDA_tot"), e.getMessage());
        SynapseModel m = Library.nmda("g_NMDA", "siemens");
        assertTrue(m.toString().contains("nmda"), m.toString());
    }
}
