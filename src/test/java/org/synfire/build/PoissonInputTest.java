package org.synfire.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synfire.units.Units.mV;
import static org.synfire.units.Units.ms;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.synfire.sim.Simulation;
import org.synfire.model.GroupSpec;
import org.synfire.model.Network;
import org.synfire.model.NeuronModel;
import org.synfire.model.SpecException;
import org.synfire.model.library.Library;
import org.synfire.units.Units;

/** Poisson input: binomial counts per step with the right mean and variance, the same on any number of threads. */
class PoissonInputTest {
    private static final NeuronModel COUNTER = NeuronModel.of("counter", "v : volt");

    private static double[] counts(int threads, int n, double rateHz) {
        Network net = Network.create().seed(8);
        GroupSpec g = net.group("g", 400, COUNTER);
        net.poissonInput("ext", g, "v", n, Units.Hz.of(rateHz), mV.of(1));
        Simulation sim = Simulation.build(net).threads(threads).run(Units.second.of(1));
        return sim.group("g").values("v", mV);
    }

    @Test
    void countsAreBinomialPerStep() {
        for (int n : new int[] {100, 20_000}) {
            double[] c = counts(1, n, 5);
            // Per neuron: the sum over 10,000 steps of Binomial(n, 5 Hz · 0.1 ms), mean n·5 and
            // variance n·5·(1 - 0.0005). The mean of 400 neurons is within 5 of its standard errors;
            // the sample variance of 400 within 5 of its (~ variance·sqrt(2/399)). n = 20,000 tests
            // the normal approximation used for large means.
            double mean = n * 5.0;
            double variance = mean * (1 - 5e-4);
            double m = Arrays.stream(c).average().orElseThrow();
            double v = Arrays.stream(c).map(x -> (x - m) * (x - m)).sum() / (c.length - 1);
            assertEquals(mean, m, 5 * Math.sqrt(variance / c.length), "mean for n = " + n);
            assertEquals(variance, v, 5 * variance * Math.sqrt(2.0 / (c.length - 1)), "variance for n = " + n);
            assertTrue(Arrays.stream(c).allMatch(x -> Math.abs(x - Math.rint(x)) < 1e-6), "whole numbers of jumps");
        }
    }

    @Test
    void theSameOnAnyNumberOfThreads() {
        assertArrayEquals(counts(1, 1000, 20), counts(2, 1000, 20));
    }

    @Test
    void refractoryNeuronsDropInputToVariablesTheyHold() {
        // Always refractory (by condition): v is held, so the input is dropped, as Brian2's PoissonInput does.
        NeuronModel held = NeuronModel.of("held", "dv/dt = 0*volt/second : volt (unless refractory)\nu : volt")
            .threshold("v > 1*volt").refractory("v < 1*volt");
        Network net = Network.create();
        GroupSpec g = net.group("g", 10, held);
        net.poissonInput("into_v", g, "v", 1000, Units.Hz.of(50), mV.of(1));
        net.poissonInput("into_u", g, "u", 1000, Units.Hz.of(50), mV.of(1));
        Simulation sim = Simulation.build(net).run(ms.of(100));
        assertTrue(Arrays.stream(sim.group("g").values("v", mV)).allMatch(x -> x == 0), "v is held");
        assertTrue(Arrays.stream(sim.group("g").values("u", mV)).allMatch(x -> x > 4000), "u is not: 5000 jumps expected");
    }

    @Test
    void aRateInTimeGivesEachIntervalItsOwnCounts() {
        Network net = Network.create().seed(8);
        GroupSpec g = net.group("g", 400, COUNTER);
        double[] rates = {0, 40, 10};
        net.poissonInput("ext", g, "v", 100, org.synfire.model.TimedArray.of(rates, Units.Hz, ms.of(100)), mV.of(1));
        Simulation sim = Simulation.build(net);
        double before = 0;
        for (double rate : rates) {
            double total = Arrays.stream(sim.run(ms.of(100)).group("g").values("v", mV)).average().orElseThrow();
            // Per neuron: Binomial(100, rate·dt) over 1,000 steps, mean 100·rate·0.1 s; 400 neurons
            // give a standard error of sqrt(mean/400); the margin is 5 of them (and 0 at 0 Hz).
            double mean = 100 * rate * 0.1;
            assertEquals(mean, total - before, 5 * Math.sqrt(mean / 400) + 1e-12, rate + " Hz");
            before = total;
        }
        SpecException volts = assertThrows(SpecException.class, () -> net.poissonInput("bad", g, "v", 10,
            org.synfire.model.TimedArray.of(new double[] {1}, mV, ms.of(1)), mV.of(1)));
        assertTrue(volts.getMessage().contains("is in volt; give rates in hertz"), volts.getMessage());
    }

    @Test
    void mistakesNameTheInput() {
        Network net = Network.create();
        GroupSpec g = net.group("g", 4, Library.lif());
        assertTrue(assertThrows(SpecException.class, () -> net.poissonInput("ext", g, "vx", 10, Units.Hz.of(5), mV.of(1)))
            .getMessage().contains("PoissonInput 'ext'.vx: unknown variable of model 'lif'; known: v, I, El"));
        assertTrue(assertThrows(SpecException.class, () -> net.poissonInput("ext", g, "v", 10, Units.Hz.of(5), Units.nA.of(1)))
            .getMessage().contains("PoissonInput 'ext'.weight: 1 nA does not fit 'v', declared in volt"));
        assertTrue(assertThrows(SpecException.class, () -> net.poissonInput("ext", g, "v", 10, ms.of(5), mV.of(1)))
            .getMessage().contains("PoissonInput 'ext'.rate: 5 ms is not a rate of zero or more"));
        net.poissonInput("shared", g, "El", 10, Units.Hz.of(5), mV.of(1));
        assertTrue(assertThrows(org.synfire.SynfireException.class, () -> Simulation.build(net)).getMessage()
            .contains("PoissonInput 'shared'.variable: 'El' of group 'g' is shared"));
    }
}
