package org.synfire.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synfire.units.Units.ms;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.synfire.sim.Simulation;
import org.synfire.model.GroupSpec;
import org.synfire.model.Network;
import org.synfire.model.NeuronModel;
import org.synfire.model.Probe;
import org.synfire.model.StateProbeSpec;
import org.synfire.probe.StateTrace;
import org.synfire.units.Units;

/**
 * Integration methods against the closed-form solution of a LIF membrane driven by a decaying
 * exponential synaptic current (a coupled linear system):
 * {@code v(t) = El + R I0 tau_s/(tau_s - tau) (e^{-t/tau_s} - e^{-t/tau})} from {@code v(0) = El}.
 */
class IntegrationAccuracyTest {
    private static final double EL = -65e-3;
    private static final double R = 100e6;
    private static final double I0 = 1e-9;
    private static final double TAU = 10e-3;
    private static final double TAU_S = 5e-3;
    private static final String EQUATIONS = """
        dv/dt = (El - v + R*Is)/tau : volt
        dIs/dt = -Is/tau_s : amp
        El : volt (shared, constant)
        R : ohm (shared, constant)
        tau : second (constant)
        tau_s : second (shared, constant)
        """;

    private static double analytic(double t) {
        return EL + R * I0 * TAU_S / (TAU_S - TAU) * (Math.exp(-t / TAU_S) - Math.exp(-t / TAU));
    }

    /** Largest deviation (volts) from the closed form over 20 ms, sampled every 0.5 ms. */
    private static double maxError(String method, double dtMs) {
        NeuronModel model = NeuronModel.of("syn", EQUATIONS).with("El", "-65 mV").with("R", "100 Mohm").with("tau", "10 ms")
            .with("tau_s", "5 ms").with("v", "-65 mV").with("Is", "1 nA");
        if (method != null) {
            model = model.method(method);
        }
        Network net = Network.create().dt(ms.of(dtMs));
        GroupSpec g = net.group("g", 1, model);
        StateProbeSpec probe = net.probe(Probe.state(g, "v").every(ms.of(0.5)));
        Simulation sim = Simulation.build(net).run(ms.of(20));
        StateTrace trace = sim.data(probe);
        double[] t = trace.times(Units.second);
        double[] v = trace.values("v", 0, Units.volt);
        double worst = 0;
        for (int k = 0; k < t.length; k++) {
            worst = Math.max(worst, Math.abs(v[k] - analytic(t[k])));
        }
        assertTrue(Math.abs(v[v.length - 1] - EL) > 1e-3, "the trace moves (by millivolts), so the comparison means something");
        return worst;
    }

    @Test
    void exactIntegrationIsExactForLinearSystems() {
        // Propagators come from a Taylor series to rounding error; 1e-12 V is a million times
        // below any physiological resolution and far above double rounding on ~10 mV values.
        assertTrue(maxError(null, 0.1) < 1e-12, "automatic choice is exact");
        assertTrue(maxError("exact", 0.5) < 1e-12, "even at a coarse step");
    }

    @Test
    void exactAgreesWithRk4AtSmallDt() {
        // RK4's global error is O(dt^4): (dt/tau_s)^4 = 1.6e-11 at dt = 0.01 ms, times ~10 mV.
        assertTrue(maxError("rk4", 0.01) < 1e-12);
    }

    /**
     * Halving dt divides the error by 2^order, up to higher-order terms (a few percent at these
     * steps, hence the tolerances). Exponential Euler is exact for v with Is held over the step,
     * so the coupling makes it first order.
     */
    @ParameterizedTest(name = "{0} is order {1}")
    @CsvSource({"euler, 1, 0.1", "rk2, 2, 0.3", "exponential_euler, 1, 0.1"})
    void errorShrinksWithTheOrderOfTheMethod(String method, int order, double tolerance) {
        double e1 = maxError(method, 0.1);
        double e2 = maxError(method, 0.05);
        double e3 = maxError(method, 0.025);
        double expected = Math.pow(2, order);
        assertEquals(expected, e1 / e2, tolerance);
        assertEquals(expected, e2 / e3, tolerance);
        assertTrue(e1 > 1e-9 && e1 < 1e-3, method + "'s error at 0.1 ms is visible and below a millivolt: " + e1);
    }

    @Test
    void rk4IsAccurateAtTheDefaultStep() {
        // Global error O(dt^4): (dt/tau_s)^4 = 1.6e-7 of a ~10 mV excursion at dt = 0.1 ms.
        assertTrue(maxError("rk4", 0.1) < 1e-8);
    }
}
