package org.synfire.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synfire.units.Units.mV;
import static org.synfire.units.Units.ms;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.synfire.SynfireException;
import org.synfire.connectivity.Connect;
import org.synfire.model.GroupSpec;
import org.synfire.model.Initializer;
import org.synfire.model.Network;
import org.synfire.model.NeuronModel;
import org.synfire.model.SpecException;
import org.synfire.model.SynapseModel;
import org.synfire.model.library.Library;
import org.synfire.sim.Simulation;
import org.synfire.units.Units;

/**
 * Values drawn from a truncated normal ({@link Initializer.Normal}): the moments of the
 * distribution, values redrawn (not clipped) outside the bounds, delays rounded to steps, the
 * same draws for the same seed, and every misuse refused with its fix.
 */
class NormalDrawsTest {
    private static final NeuronModel COUNTER = NeuronModel.of("counter", "v : volt");

    /** Standard normal density and upper tail, for the truncated normal's mean. */
    private static double density(double x) {
        return Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI);
    }

    private static double[] groupValues(Initializer.Normal draws, int n, long seed) {
        Network net = Network.create().seed(seed);
        net.group("g", n, COUNTER, g -> g.set("v", draws));
        return Simulation.build(net).group("g").valuesSi("v");
    }

    private static double mean(double[] x) {
        return Arrays.stream(x).average().orElseThrow();
    }

    private static double sd(double[] x) {
        double m = mean(x);
        return Math.sqrt(Arrays.stream(x).map(v -> (v - m) * (v - m)).sum() / (x.length - 1));
    }

    @Test
    void neuronsDrawTheNormalItsMeanAndSdGive() {
        int n = 40_000;
        double[] v = groupValues(Initializer.normal(mV.of(-58), mV.of(10)), n, 3);
        // Standard errors: of the mean 10 mV/sqrt(n) = 0.05 mV, of the sd about 10/sqrt(2n) = 0.035 mV; 5 of each.
        assertEquals(-58e-3, mean(v), 5 * 0.05e-3);
        assertEquals(10e-3, sd(v), 5 * 0.035e-3);
        assertArrayEquals(v, groupValues(Initializer.normal(mV.of(-58), mV.of(10)), n, 3), "same seed, same draws");
        assertFalse(Arrays.equals(v, groupValues(Initializer.normal(mV.of(-58), mV.of(10)), n, 4)), "another seed, others");
    }

    @Test
    void valuesOutsideTheBoundsAreDrawnAgainNotClipped() {
        int n = 40_000;
        double[] v = groupValues(Initializer.normal(mV.of(0), mV.of(1)).within(mV.of(0), null), n, 1);
        assertTrue(Arrays.stream(v).allMatch(x -> x >= 0), "nothing below the bound");
        // Clipping would put half the values at exactly 0; redrawing gives the half-normal, mean
        // sqrt(2/pi) = 0.798 mV with sd 0.603 mV, so a standard error of 0.003 mV.
        assertTrue(Arrays.stream(v).filter(x -> x == 0).count() < 5, "no pile at the bound");
        assertEquals(Math.sqrt(2 / Math.PI) * 1e-3, mean(v), 5 * 0.603e-3 / Math.sqrt(n));
        double[] twoSided = groupValues(Initializer.normal(mV.of(0), mV.of(1)).within(mV.of(-0.5), mV.of(1.5)), n, 1);
        assertTrue(Arrays.stream(twoSided).allMatch(x -> x >= -0.5e-3 && x <= 1.5e-3));
        // The mean of N(0, 1) truncated to [a, b] is (phi(a) - phi(b)) / (Phi(b) - Phi(a)); Phi(1.5) - Phi(-0.5) = 0.6247.
        assertEquals((density(-0.5) - density(1.5)) / 0.6247 * 1e-3, mean(twoSided), 5 * 0.5e-3 / Math.sqrt(n));
    }

    @Test
    void synapticValuesAndDelaysAreDrawnPerSynapseAndDelaysRoundedToSteps() {
        Network net = Network.create().seed(2);
        GroupSpec a = net.group("a", 300, COUNTER);
        GroupSpec b = net.group("b", 300, COUNTER);
        SynapseModel model = SynapseModel.of("static", "w : volt (constant)").onPre("v_post += w");
        net.connect("ab", a, b, model, Connect.fixedTotalNumber(60_000), p -> p.set("w", Initializer.normal(mV.of(0.15), mV.of(0.015))
            .within(mV.of(0), null)).delay(Initializer.normal(ms.of(1.5), ms.of(0.75)).within(ms.of(0.05), null)));
        Simulation sim = Simulation.build(net);
        assertTrue(sim.report().warnings().isEmpty(), "drawn delays are rounded as NEST rounds them, without a warning: "
            + sim.report().warnings());
        assertTrue(sim.report().toString().contains("(9.0 per synapse)"), "int target, float weight, byte delay: " + sim.report());
        double[] w = sim.projection("ab").valuesSi("w");
        assertEquals(0.15e-3, mean(w), 5 * 0.015e-3 / Math.sqrt(w.length));
        assertEquals(0.015e-3, sd(w), 0.02 * 0.015e-3);
        int[] steps = sim.projection("ab").delaySteps();
        assertTrue(Arrays.stream(steps).allMatch(d -> d >= 1), "at least one step: the bound is half a step");
        // N(1.5, 0.75) ms above 0.05 ms has mean 1.5 + 0.75·phi(alpha)/(1 - Phi(alpha)) with alpha = -1.933,
        // 1 - Phi(alpha) = 0.9734: 1.5475 ms; rounding adds nothing on average. sd 0.72 ms, so a standard error of 0.003 ms.
        double meanSteps = Arrays.stream(steps).average().orElseThrow();
        assertEquals(1.5 + 0.75 * density(-1.9333) / 0.9734, meanSteps / 10, 5 * 0.72 / Math.sqrt(steps.length));
    }

    @Test
    void misusesAreRefusedWithTheFix() {
        assertEquals("Initializer.normal: 1 ms does not have the unit of the mean -58 mV; give the standard deviation and bounds in "
            + "the mean's unit", assertThrows(SynfireException.class, () -> Initializer.normal(mV.of(-58), ms.of(1))).getMessage());
        assertEquals("Initializer.normal: low 2 mV is above high 1 mV; give low <= high", assertThrows(SynfireException.class,
            () -> Initializer.normal(mV.of(0), mV.of(1)).within(mV.of(2), mV.of(1))).getMessage());
        assertTrue(assertThrows(SynfireException.class, () -> Initializer.normal(mV.of(0), mV.of(-1))).getMessage()
            .contains("give a finite mean and a standard deviation of zero or more"));
        assertTrue(assertThrows(SynfireException.class, () -> Initializer.normal(mV.of(0), mV.of(0)).within(mV.of(1), null)).getMessage()
            .contains("sd 0 makes every value 0 V, outside [1 mV, inf]; move the mean into the bounds"));

        Network net = Network.create();
        GroupSpec g = net.group("g", 3, Library.lif());
        SpecException shared = assertThrows(SpecException.class, () -> net.configure(g, b -> b.set("tau", Initializer.normal(ms.of(10),
            ms.of(1)))));
        assertEquals("Group 'g'.tau: is shared (one value for the group); give one quantity, not draws", shared.getMessage());
        SpecException unit = assertThrows(SpecException.class, () -> net.configure(g, b -> b.set("v", Initializer.normal(ms.of(10),
            ms.of(1)))));
        assertTrue(unit.getMessage().startsWith("Group 'g'.v: 10 ms does not fit a variable declared in volt"), unit.getMessage());
        SpecException delay = assertThrows(SpecException.class, () -> net.connect("gg", g, g, SynapseModel.onSpike("v_post += 1*mV"),
            Connect.oneToOne(), p -> p.delay(Initializer.normal(ms.of(1), ms.of(1)))));
        assertEquals("Projection 'gg'.delay: normal(1 ms, sd 1 ms) is not a distribution of durations of zero or more; give times and "
            + "a lower bound, e.g. normal(1.5 ms, 0.75 ms) within [0.05 ms, inf]", delay.getMessage());

        Network hopeless = Network.create();
        hopeless.group("h", 2, COUNTER, b -> b.set("v", Initializer.normal(mV.of(0), Units.uV.of(1)).within(mV.of(5), null)));
        BuildException e = assertThrows(BuildException.class, () -> Simulation.build(hopeless));
        assertEquals("Group 'h'.v: neuron 0: 10000 draws of normal(0 V, sd 1 uV, within [5 mV, inf]) in a row fell outside its bounds; "
            + "widen them or move the mean between them", e.getMessage());
    }
}
