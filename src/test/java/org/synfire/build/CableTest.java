package org.synfire.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synfire.units.Units.mV;
import static org.synfire.units.Units.ms;
import static org.synfire.units.Units.nA;
import static org.synfire.units.Units.uA;
import static org.synfire.units.Units.um;
import static org.synfire.units.Units.us;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synfire.model.GroupSpec;
import org.synfire.model.Network;
import org.synfire.model.NeuronModel;
import org.synfire.model.Probe;
import org.synfire.model.SpikeProbeSpec;
import org.synfire.model.StateProbeSpec;
import org.synfire.model.library.Library;
import org.synfire.model.morphology.Morphology;
import org.synfire.probe.SpikeTrains;
import org.synfire.probe.StateTrace;
import org.synfire.sim.Simulation;
import org.synfire.units.Quantity;
import org.synfire.units.Units;

/**
 * Spatial neurons against cable theory, Hodgkin and Huxley's propagated action potential and
 * Brian2's SpatialNeuron ({@code scripts/reference/brian2_cable.py}).
 */
class CableTest {
    /** A passive membrane with a point current: the cable of cable theory. */
    static final NeuronModel PASSIVE = NeuronModel.of("passive", """
        Im = gL*(EL - v) : amp/meter**2
        gL : siemens/meter**2 (constant)
        EL : volt (constant)
        I : amp (point current)""");

    /**
     * Hodgkin & Huxley 1952 with rest at 0 mV, rates scaled by phi (Q10 = 3 from 6.3 °C): Brian2's
     * hh_with_spikes.py, starting at rest (each gating variable at alpha/(alpha + beta) for v = 0).
     */
    static final NeuronModel HH = NeuronModel.of("hh", """
        Im = gl*(El - v) + gNa*m**3*h*(ENa - v) + gK*n**4*(EK - v) : amp/meter**2
        dm/dt = phi*(alpham*(1 - m) - betam*m) : 1
        dn/dt = phi*(alphan*(1 - n) - betan*n) : 1
        dh/dt = phi*(alphah*(1 - h) - betah*h) : 1
        alpham = (0.1/mV)*10*mV/exprel((-v + 25*mV)/(10*mV))/ms : hertz
        betam = 4*exp(-v/(18*mV))/ms : hertz
        alphah = 0.07*exp(-v/(20*mV))/ms : hertz
        betah = 1/(exp((-v + 30*mV)/(10*mV)) + 1)/ms : hertz
        alphan = (0.01/mV)*10*mV/exprel((-v + 10*mV)/(10*mV))/ms : hertz
        betan = 0.125*exp(-v/(80*mV))/ms : hertz
        gNa : siemens/meter**2 (constant)
        gl : siemens/meter**2 (constant)
        gK : siemens/meter**2 (constant)
        El : volt (constant)
        ENa : volt (constant)
        EK : volt (constant)
        phi : 1 (shared, constant)
        I : amp (point current)""").method("exponential_euler")
        .with("gNa", "120 mS/cm**2").with("gK", "36 mS/cm**2").with("gl", "0.3 mS/cm**2")
        .with("El", "10.613 mV").with("ENa", "115 mV").with("EK", "-12 mV").with("m", "0.052932").with("h", "0.596121").with("n", "0.317677");

    /** A sealed cable of d = 1 um, L = 1 mm, Rm = 1 ohm*m^2, Ri = 1 ohm*m: lambda = sqrt(d*Rm/(4*Ri)) = 500 um. */
    private static final double D = 1e-6;
    private static final double L = 1e-3;
    private static final double RM = 1;
    private static final double RI = 1;
    private static final double LAMBDA = Math.sqrt(D * RM / (4 * RI));
    private static final double CURRENT = 1e-11;

    private static Morphology cable(int compartments) {
        return Morphology.builder().dendrite("cable", s -> s.length(Units.metre.of(L)).diameter(um.of(1)).compartments(compartments))
            .build();
    }

    /** Steady-state depolarisation (V) of each compartment of the sealed cable with {@link #CURRENT} into compartment 0. */
    private static double[] steadyState(int compartments, Quantity dt, Quantity duration) {
        return steadyState(compartments, dt, duration, Backend.COMPILED);
    }

    private static double[] steadyState(int compartments, Quantity dt, Quantity duration, Backend backend) {
        Network net = Network.create().dt(dt);
        net.spatial("cable", 1, cable(compartments), PASSIVE, b -> b.set("Cm", "1*uF/cm**2").set("Ri", "100*ohm*cm")
            .set("gL", "0.1*mS/cm**2").set("EL", "-70*mV").set("v", "-70*mV")
            .at("cable", um.of(0), s -> s.set("I", Units.amp.of(CURRENT))));
        Simulation sim = Simulation.build(net.spec(), backend).run(duration);
        double[] v = sim.group("cable").valuesSi("v");
        for (int c = 0; c < v.length; c++) {
            v[c] += 0.070;
        }
        return v;
    }

    /** The sealed-end cable's analytic steady state at x: Rin(0)·I·cosh((L - x)/λ)/cosh(L/λ), Rin(0) = r_a·λ·coth(L/λ). */
    private static double analytic(double x) {
        double ra = 4 * RI / (Math.PI * D * D);
        return CURRENT * ra * LAMBDA * Math.cosh((L - x) / LAMBDA) / Math.sinh(L / LAMBDA);
    }

    /** Largest error over the compartment midpoints, relative to the analytic depolarisation at the injection site. */
    private static double profileError(double[] v) {
        double dx = L / v.length;
        double worst = 0;
        for (int c = 0; c < v.length; c++) {
            worst = Math.max(worst, Math.abs(v[c] - analytic((c + 0.5) * dx)));
        }
        return worst / analytic(0);
    }

    @Test
    void passiveCableReachesTheCoshProfileAndInputResistance() {
        // tau_m = Rm*Cm = 10 ms; 200 ms is 20 time constants, so the transient is below 1e-8.
        double[] v = steadyState(100, ms.of(0.5), ms.of(200));
        // Cell-centred compartments are second order in dx: with (dx/lambda)^2 = 4e-4 the error is of order 1e-5.
        assertEquals(0, profileError(v), 1e-4);
        assertTrue(v[0] > 2 * v[99], "the profile decays along the cable: " + v[0] + " at 0, " + v[99] + " at the end");
        // The input resistance where the current enters, at compartment 0's midpoint, x0 = dx/2:
        // r_a·λ·cosh((L - x0)/λ)/sinh(L/λ), which tends to r_a·λ·coth(L/λ) as dx shrinks.
        double inputResistance = v[0] / CURRENT;
        assertEquals(analytic(0.5 * L / 100) / CURRENT, inputResistance, 1e-4 * inputResistance);
    }

    @Test
    void backwardEulerIsStableForAStepFarBeyondTheCompartmentsTimeConstants() {
        // The axial time constant of a 1 um compartment, Cm*Ri*dx^2*4/d, is about 40 ns; a step of
        // 100 ms is 2.5 million times that and still lands on the steady state, as backward Euler must.
        double[] fine = steadyState(1000, ms.of(0.1), ms.of(200));
        double[] coarse = steadyState(1000, ms.of(100), ms.of(3000));
        for (int c = 0; c < fine.length; c++) {
            assertEquals(fine[c], coarse[c], 1e-9 * fine[0]);
        }
    }

    @Test
    void currentStepIntoALongCableFollowsTheInfiniteCableTransient() {
        // 10 length constants of cable with a sealed end where the current enters: the far end is
        // e^-20 away, so it is the semi-infinite cable, i.e. half of an infinite one fed 2I.
        int compartments = 2000;
        double length = 10 * LAMBDA;
        double dx = length / compartments;
        Morphology shape = Morphology.builder().dendrite("cable", s -> s.length(Units.metre.of(length)).diameter(um.of(1))
            .compartments(compartments)).build();
        Network net = Network.create().dt(us.of(5));
        GroupSpec cable = net.spatial("cable", 1, shape, PASSIVE, b -> b.set("Cm", "1*uF/cm**2").set("Ri", "100*ohm*cm")
            .set("gL", "0.1*mS/cm**2").set("EL", "0*mV").set("v", "0*mV").at("cable", um.of(0), s -> s.set("I", Units.amp.of(CURRENT))));
        int[] at = {0, 100, 200};
        StateProbeSpec probe = net.probe(Probe.state(cable, "v").neurons(at));
        StateTrace trace = Simulation.build(net.spec(), Backend.SCALAR).run(ms.of(20)).data(probe);
        double tau = RM * 0.01;
        double scale = CURRENT * 4 * RI / (Math.PI * D * D) * LAMBDA;
        double worst = 0;
        for (int p = 0; p < at.length; p++) {
            double x = (at[p] + 0.5) * dx / LAMBDA;
            double[] v = trace.values("v", p, Units.volt);
            for (int step : new int[] {200, 1000, 2000, 3000}) {
                double t = step * 5e-6 / tau;
                // Rall: V(X, T) = (I r_a λ / 2)·[e^-X erfc(X/(2√T) - √T) - e^X erfc(X/(2√T) + √T)] for 2I into an infinite cable.
                double expected = scale / 2 * (Math.exp(-x) * erfc(x / (2 * Math.sqrt(t)) - Math.sqrt(t))
                    - Math.exp(x) * erfc(x / (2 * Math.sqrt(t)) + Math.sqrt(t)));
                worst = Math.max(worst, Math.abs(v[step] - expected) / scale);
            }
        }
        // Backward Euler is first order in dt: at the earliest time, 1 ms, V(0) grows as sqrt(t),
        // so its error is about dt/(2t)·V = 2.5e-3·0.35 of the steady state; 1e-3 bounds that, and
        // dx = λ/200 adds (dx/λ)² = 2.5e-5.
        assertEquals(0, worst, 1e-3);
    }

    /** The complementary error function to 1.2e-7 relative (Numerical Recipes' erfcc, a Chebyshev fit). */
    private static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1 / (1 + 0.5 * z);
        double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
            + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }

    @Test
    void customEventsAreTestedInEveryCompartmentAndSpikesInOne() {
        Morphology shape = Morphology.builder().axon("axon", s -> s.length(Units.cm.of(2)).diameter(um.of(476)).compartments(200)).build();
        Network net = Network.create().dt(us.of(10));
        GroupSpec axon = net.spatial("axon", 1, shape, Library.hodgkinHuxleyMembrane().event("peak", "v > 0*mV"), b -> b
            .set("Cm", "1*uF/cm**2").set("Ri", "35.4*ohm*cm").set("v", "-65*mV").set("phi", "3.82")
            .at("axon", um.of(0), s -> s.set("I", uA.of(20))));
        SpikeProbeSpec spikes = net.probe(Probe.spikes(axon));
        SpikeProbeSpec peaks = net.probe(Probe.events(axon, "peak"));
        Simulation sim = Simulation.build(net.spec(), Backend.SCALAR);
        sim.run(ms.of(0.2));
        sim.group("axon").set("I", 0, nA.of(0));
        sim.run(ms.of(2.8));
        assertArrayEquals(new int[] {0}, sim.data(spikes).indices(), "one spike, at compartment 0");
        // The event holds wherever v passes 0 mV: in every compartment once as the action potential goes by.
        assertEquals(200, java.util.Arrays.stream(sim.data(peaks).indices()).distinct().count());
    }

    @Test
    void interpretedBackendSolvesTheSameCable() {
        double[] compiled = steadyState(50, ms.of(1), ms.of(20));
        double[] interpreted = steadyState(50, ms.of(1), ms.of(20), Backend.INTERPRETED);
        for (int c = 0; c < compiled.length; c++) {
            // The same arithmetic in another order of evaluation: rounding only.
            assertEquals(compiled[c], interpreted[c], 1e-12 * compiled[0]);
        }
    }

    @Test
    void profileConvergesQuadraticallyAsCompartmentsAreRefined() {
        double e10 = profileError(steadyState(10, ms.of(1), ms.of(300)));
        double e20 = profileError(steadyState(20, ms.of(1), ms.of(300)));
        double e40 = profileError(steadyState(40, ms.of(1), ms.of(300)));
        // Second order: each halving of dx divides the error by about 4; 3 leaves room for the higher terms.
        assertTrue(e10 / e20 > 3 && e20 / e40 > 3, "errors " + e10 + ", " + e20 + ", " + e40);
    }

    /** Compartments of the 10 cm axon, and the two where the action potential is timed (at 3 and 6 cm). */
    private static final int AXON = 1000;
    private static final int[] TIMED = {299, 599};

    /**
     * An axon of HH's squid parameters; {@code celsius} sets phi = 3^((T - 6.3)/10). The tests run
     * scalar kernels: a vector kernel's warm-up would cost more than the runs, and nothing of the
     * cable differs between the two (the linearisation runs scalar in both).
     */
    private static Simulation axon(Network net, Quantity diameter, double celsius, int neurons, Backend backend) {
        Morphology shape = Morphology.builder().axon("axon", s -> s.length(Units.cm.of(10)).diameter(diameter).compartments(AXON)).build();
        GroupSpec axon = net.dt(us.of(5)).spatial("axon", neurons, shape, HH, b -> b.set("Cm", "1*uF/cm**2").set("Ri", "35.4*ohm*cm")
            .set("phi", Units.one.of(Math.pow(3, (celsius - 6.3) / 10))).set("v", "0*mV")
            .at("axon", um.of(0), s -> s.set("I", uA.of(20))));
        int[] timed = new int[TIMED.length * neurons];
        for (int k = 0; k < timed.length; k++) {
            timed[k] = k / TIMED.length * AXON + TIMED[k % TIMED.length];
        }
        net.probe(Probe.state(axon, "v").neurons(timed).named("timed"));
        return Simulation.build(net.spec(), backend);
    }

    /** Runs the axon 0.2 ms with 20 uA into its first compartment, then without. */
    private static Simulation stimulate(Simulation sim, Quantity duration) {
        sim.run(ms.of(0.2));
        for (int n = 0; n < sim.group("axon").size() / AXON; n++) {
            sim.group("axon").set("I", n * AXON, nA.of(0));
        }
        return sim.run(duration.minus(ms.of(0.2)));
    }

    /** When v of recorded compartment {@code position} first rises through {@code level} (mV), in ms, interpolated between samples. */
    private static double crossing(StateTrace trace, int position, double level) {
        double[] t = trace.times(ms);
        double[] v = trace.values("v", position, mV);
        for (int k = 1; k < v.length; k++) {
            if (v[k] >= level && v[k - 1] < level) {
                return t[k - 1] + (level - v[k - 1]) / (v[k] - v[k - 1]) * (t[k] - t[k - 1]);
            }
        }
        throw new AssertionError("no action potential reached recorded compartment " + trace.neurons()[position]);
    }

    /** Velocity (m/s) of the action potential between 3 and 6 cm. */
    static double velocity(Quantity diameter, double celsius, Quantity duration) {
        Network net = Network.create();
        Simulation sim = stimulate(axon(net, diameter, celsius, 1, Backend.SCALAR), duration);
        StateTrace trace = sim.data((StateProbeSpec) net.spec().probes().get(0));
        double mm = (TIMED[1] - TIMED[0]) * 0.1;
        return mm / (crossing(trace, 1, 50) - crossing(trace, 0, 50));
    }

    private static double reference(String key) throws IOException {
        Properties p = new Properties();
        try (InputStream in = CableTest.class.getResourceAsStream("/reference/brian2_cable.properties")) {
            p.load(in);
        }
        return Double.parseDouble(p.getProperty(key));
    }

    @Test
    void hodgkinHuxleyAxonConductsAtTheirVelocityAndAsBrian2() throws IOException {
        double squid = velocity(um.of(476), 18.5, ms.of(6));
        // Hodgkin & Huxley (1952) computed 18.8 m/s for this axon (radius 238 um, Ri 35.4 ohm*cm) at
        // 18.5 C; their hand integration and later numerical solutions differ by a few per cent, so 5 %.
        assertEquals(18.8, squid, 0.05 * 18.8);
        // Brian2 solves the same equations by the same scheme (gating by exponential Euler with v
        // held, then v by backward Euler) on the same grid and step, and stores 6 digits: both
        // agree to rounding, so 1e-4 leaves room only for libm's exp and the crossing's interpolation.
        assertEquals(reference("hh.velocity.476um.18_5C"), squid, 1e-4 * squid);
        assertEquals(reference("hh.velocity.476um.6_3C"), velocity(um.of(476), 6.3, ms.of(10)), 1e-4 * squid);
        double thin = velocity(um.of(119), 18.5, ms.of(10));
        assertEquals(reference("hh.velocity.119um.18_5C"), thin, 1e-4 * thin);
        // Cable theory: velocity grows as sqrt(diameter), so a quarter of the diameter halves it;
        // 100 um compartments are 1/50 of the thin axon's length constant, so discretisation shifts the ratio by well under 3 %.
        assertEquals(2, squid / thin, 0.06);
    }

    @Test
    void vectorKernelWarmsUpOnScratchNeuronsAndStepsAsTheScalarOne() {
        // A model of its own, so that this build compiles a fresh kernel and warms it up, whichever
        // test ran before in this JVM: the warm-up steps whole neurons through the gating lanes,
        // the cable solve and the spiking kernel on copies of the state.
        NeuronModel gated = NeuronModel.of("warm_up_gated", """
            Im = gL*(EL - v) + gx*x*(Ex - v) : amp/meter**2
            dx/dt = (1/(1 + exp(-(v + 50*mV)/(5*mV))) - x)/(2*ms) : 1
            gL : siemens/meter**2 (constant)
            EL : volt (constant)
            gx : siemens/meter**2 (constant)
            Ex : volt (constant)
            I : amp (point current)""").method("exponential_euler").threshold("v > -55*mV").refractory("v > -55*mV")
            .with("gL", "0.1 mS/cm**2").with("EL", "-65 mV").with("gx", "1 mS/cm**2").with("Ex", "0 mV").with("x", "0.1");
        Morphology shape = Morphology.builder().soma(um.of(20))
            .dendrite("dend", s -> s.length(um.of(600)).diameter(um.of(1)).compartments(599)).build();
        double[][] v = new double[2][];
        long[] spikes = new long[2];
        for (Backend backend : new Backend[] {Backend.COMPILED, Backend.SCALAR}) {
            Network net = Network.create().dt(us.of(25));
            GroupSpec cells = net.spatial("cells", 2, shape, gated, b -> b.set("Cm", "1*uF/cm**2").set("Ri", "100*ohm*cm")
                .set("v", "-65*mV").section("soma", s -> s.set("I", nA.of(0.2))));
            SpikeProbeSpec probe = net.probe(Probe.spikes(cells));
            Simulation sim = Simulation.build(net.spec(), backend);
            int k = backend == Backend.COMPILED ? 0 : 1;
            if (k == 0) {
                assertTrue(sim.report().group("cells").lanes().startsWith("vector"), sim.report().group("cells").lanes());
                assertTrue(sim.report().group("cells").warmUpMillis() > 0, "a fresh kernel is warmed up");
                assertTrue(java.util.Arrays.stream(sim.group("cells").valuesSi("v")).allMatch(x -> x == -0.065)
                    && java.util.Arrays.stream(sim.group("cells").valuesSi("x")).allMatch(x -> x == 0.1), "the warm-up left the state as set");
            }
            sim.run(ms.of(20));
            v[k] = sim.group("cells").valuesSi("v");
            spikes[k] = sim.data(probe).count();
        }
        // x's current has no recovery: each soma fires once and stays depolarised, and the dendrites follow it.
        assertEquals(2, spikes[0], "each soma fires once");
        assertEquals(spikes[1], spikes[0], "the same spikes");
        java.util.DoubleSummaryStatistics range = java.util.Arrays.stream(v[0]).summaryStatistics();
        assertTrue(range.getMax() - range.getMin() > 1e-3, "v varies along the cells: " + range);
        // The lanes' exp may differ from Math.exp in the last bit (README, vector kernels); over 800
        // steps of a dissipative cable such differences stay near 1e-15 V, far below 1 nV, while
        // state touched by the warm-up would be off by millivolts.
        for (int e = 0; e < v[0].length; e++) {
            assertEquals(v[1][e], v[0][e], 1e-9, "v of element " + e);
        }
    }

    @Test
    void sameVoltagesOnOneTwoAndFourThreadsAndAfterResetAndRestore(@TempDir Path dir) {
        double[] one = null;
        for (int threads : new int[] {1, 2, 4}) {
            Simulation sim = axon(Network.create(), um.of(238), 18.5, 3, Backend.SCALAR).threads(threads);
            double[] v = stimulate(sim, ms.of(2)).group("axon").valuesSi("v");
            if (one == null) {
                one = v;
            } else {
                assertArrayEquals(one, v, threads + " threads");
            }
        }
        Simulation sim = axon(Network.create(), um.of(238), 18.5, 3, Backend.SCALAR).threads(2);
        stimulate(sim, ms.of(1));
        sim.checkpoint(dir.resolve("axon.ckpt"));
        stimulate(sim.reset(), ms.of(2));
        assertArrayEquals(one, sim.group("axon").valuesSi("v"), "after reset");
        Simulation restored = axon(Network.create(), um.of(238), 18.5, 3, Backend.SCALAR);
        restored.restore(dir.resolve("axon.ckpt"));
        restored.run(ms.of(1));
        assertArrayEquals(one, restored.group("axon").valuesSi("v"), "after restore");
    }

    @Test
    void libraryMembraneConductsAsTheReferenceAndSpikesOncePerNeuronWhereAsked() throws IOException {
        // Library.hodgkinHuxleyMembrane is the same model with rest moved from 0 to -65 mV, so its
        // velocity at 6.3 °C is Brian2's for the 0 mV form; the rest values of m, h, n are rounded
        // differently (7 digits against 6), far below 1e-4.
        Morphology shape = Morphology.builder().axon("axon", s -> s.length(Units.cm.of(10)).diameter(um.of(476)).compartments(AXON)).build();
        Network net = Network.create().dt(us.of(5));
        GroupSpec axon = net.spatial("axon", 2, shape, Library.hodgkinHuxleyMembrane(), b -> b.set("Cm", "1*uF/cm**2")
            .set("Ri", "35.4*ohm*cm").set("v", "-65*mV").at("axon", um.of(0), s -> s.set("I", uA.of(20))).spikesAt("axon", um.of(59_950)));
        StateProbeSpec timed = net.probe(Probe.state(axon, "v").neurons(TIMED));
        SpikeProbeSpec spikes = net.probe(Probe.spikes(axon));
        Simulation sim = Simulation.build(net.spec(), Backend.SCALAR);
        sim.run(ms.of(0.2));
        sim.group("axon").set("I", 0, nA.of(0)).set("I", AXON, nA.of(0));
        sim.run(ms.of(9.8));
        StateTrace trace = sim.data(timed);
        // 50 mV above rest, as the reference times it.
        double velocity = (TIMED[1] - TIMED[0]) * 0.1 / (crossing(trace, 1, -15) - crossing(trace, 0, -15));
        assertEquals(reference("hh.velocity.476um.6_3C"), velocity, 1e-4 * velocity);
        // One spike per neuron, from compartment 599 (5.99 to 6 cm), numbered by neuron.
        SpikeTrains trains = sim.data(spikes);
        assertArrayEquals(new int[] {0, 1}, trains.indices());
        assertEquals(2, trains.groupSize(), "two neurons, not their compartments");
        assertEquals(crossing(trace, 1, -20), trains.times(ms)[0], 0.005, "the spike comes in the step v crosses -20 mV");
    }
}
