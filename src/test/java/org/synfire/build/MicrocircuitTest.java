package org.synfire.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synfire.units.Units.Hz;
import static org.synfire.units.Units.ms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.synfire.SynfireException;
import org.synfire.analysis.Intervals;
import org.synfire.analysis.Rates;
import org.synfire.analysis.Synchrony;
import org.synfire.model.GroupSpec;
import org.synfire.model.Probe;
import org.synfire.model.SpikeProbeSpec;
import org.synfire.model.library.Microcircuit;
import org.synfire.model.library.ReferenceNetworks;
import org.synfire.probe.SpikeTrains;
import org.synfire.sim.Simulation;
import org.synfire.units.Units;

/**
 * The cortical microcircuit of Potjans &amp; Diesmann (2014): its tables and scaling against NEST's
 * implementation, and its activity at a tenth of its size against NEST's run of the same scale
 * and the re-implementations' statistics.
 *
 * <p>Tolerances come from the seed-to-seed spread of this network at the tested scale and
 * window, measured over 10 seeds with the script (the standard deviations quoted below; the means
 * stand beside the references in {@code docs/microcircuit.md}). A test runs one seed, so a
 * difference from a reference is judged against the spread of one run.
 */
class MicrocircuitTest {
    /** NEST's reference run at neuron and in-degree scale 0.1 (its example's reference_data: rate0-7.dat, 1 s after 0.5 s), Hz. */
    private static final double[] NEST_TENTH_RATES = {0.402, 2.017, 3.880, 4.958, 6.575, 7.726, 0.831, 6.986};

    @Test
    void fullScaleTablesAreThePapers() {
        Microcircuit full = Microcircuit.scaled(1);
        assertEquals(77_169, Arrays.stream(full.sizes()).sum());
        // The sum of the rounded ln(1 - C)/ln(1 - 1/(N_pre N_post)), as NEST's helpers compute it (NumPy, float64).
        assertEquals(298_880_968L, full.totalSynapses());
        assertEquals(45_499_805L, full.synapses()[0][0], "L2/3E onto itself, the largest projection");
        assertEquals(20_253_647L, full.synapses()[0][2], "L4E onto L2/3E");
        assertEquals(0L, full.synapses()[0][5], "no synapses where the table has 0");
        double[][] w = full.meanWeightsPa();
        // A 0.15 mV PSP with tau_m 10 ms, tau_syn 0.5 ms and C_m 250 pF is an 87.81 pA jump (NEST: PSC_over_PSP * 0.15).
        assertEquals(87.8085, w[2][0], 1e-3);
        assertEquals(2 * 87.8085, w[0][2], 2e-3, "L4E onto L2/3E doubled");
        assertEquals(-4 * 87.8085, w[3][1], 4e-3, "inhibitory: g = -4");
        assertArrayEquals(new long[] {0, 0, 2_045_393, 315_791, 0, 0, 682_419, 52_636}, full.thalamicSynapses());
        // The DC background: 8 Hz x K_ext x 87.81 pA x 0.5 ms (NEST's dc_input_compensating_poisson).
        double[] dc = full.dcBackground().dcPa();
        double[] nest = {561.974, 526.851, 737.591, 667.345, 702.468, 667.345, 1018.579, 737.591};
        assertArrayEquals(nest, dc, 1e-3);
        assertArrayEquals(new double[8], full.dcPa(), 0.0, "at full scale with Poisson background nothing is compensated");
    }

    @Test
    void scalingKeepsTheInputAsNestsImplementationDoes() {
        Microcircuit tenth = Microcircuit.scaled(0.1);
        assertArrayEquals(new int[] {2068, 583, 2192, 548, 485, 106, 1440, 295}, tenth.sizes(), "rounded half to even, as NumPy: 106.5 -> 106");
        assertEquals(2_988_807L, tenth.totalSynapses());
        assertArrayEquals(new int[] {160, 150, 210, 190, 200, 190, 290, 210}, tenth.externalInDegrees());
        assertEquals(87.8085 / Math.sqrt(0.1), tenth.meanWeightsPa()[2][0], 1e-3, "weights grow by 1/sqrt(k)");
        // NEST's adjust_weights_and_input_to_synapse_scaling for N = K = 0.1 with Poisson input,
        // computed with its helpers in NumPy: the mean input the smaller in-degrees lose.
        double[] nest = {29.035, 112.371, 112.970, 114.990, 125.418, 151.684, 43.847, 153.710};
        assertArrayEquals(nest, tenth.dcPa(), 2e-3);
        // With DC background L2/3E gets all of the external mean, 561.974 pA, and the recurrent part
        // the scaling loses, which is the Poisson case's compensation less its external part.
        double lost = 1 - Math.sqrt(0.1);
        assertEquals(561.974 + 29.035 - lost * 561.974, tenth.dcBackground().dcPa()[0], 2e-3);
    }

    @Test
    void theNetworkIsBuiltAsItsTablesSay() {
        Microcircuit small = new Microcircuit(0.05, 0.02, true, null, 3);
        ReferenceNetworks.Built built = small.build();
        Simulation sim = Simulation.build(built.network());
        long[][] k = small.synapses();
        for (int t = 0; t < 8; t++) {
            String target = Microcircuit.POPULATIONS.get(t);
            assertEquals(small.sizes()[t], sim.group(target).size());
            assertEquals(small.dcPa()[t] * 1e-12, sim.group(target).get("I", 0).si(), 1e-18, target + " DC");
            for (int s = 0; s < 8; s++) {
                String name = Microcircuit.POPULATIONS.get(s) + "_" + target;
                if (k[t][s] == 0) {
                    assertTrue(sim.report().projections().stream().noneMatch(p -> p.name().equals(name)), name + " has no synapses");
                    continue;
                }
                assertEquals(k[t][s], sim.projection(name).size(), name);
                double[] w = sim.projection(name).valuesSi("w");
                double mean = small.meanWeightsPa()[t][s] * 1e-12;
                assertTrue(Arrays.stream(w).allMatch(x -> Math.signum(x) == Math.signum(mean)), name + ": the sign of its source");
                // Inhibitory delays are 0.75 ± 0.375 ms, excitatory 1.5 ± 0.75 ms, never below one
                // step; the truncation raises the mean by 3 %, within 5 standard errors of the mean.
                int[] d = sim.projection(name).delaySteps();
                double meanDelay = Arrays.stream(d).average().orElseThrow() / 10;
                double expected = s % 2 == 0 ? 1.5 : 0.75;
                assertTrue(Arrays.stream(d).allMatch(x -> x >= 1), name);
                assertEquals(expected, meanDelay, 0.05 * expected + 5 * expected / 2 / Math.sqrt(d.length), name + " mean delay (ms)");
            }
        }
        assertTrue(sim.report().toString().contains("(9.0 per synapse)"), "int target, float weight, byte delay: " + sim.report());
    }

    /**
     * Spontaneous activity at scale 0.1, 0.9 s after 0.1 s. Rates: each population against
     * NEST's run at this scale; the seed-to-seed standard deviations here are 0.023, 0.062,
     * 0.055, 0.037, 0.32, 0.057, 0.047 and 0.067 Hz, and NEST's single run has its own, so a
     * difference of more than 4·√2 of them (which a correct network shows with probability below
     * 1e-4 per population) fails. Irregularity: the mean interval CV of the populations firing
     * above 1 Hz is 0.64 to 0.68 over seeds (sd 0.007 to 0.028) in this window, which caps the
     * intervals, so the re-implementations' 0.8 to 0.94 over 60 s shows only in long runs (the
     * script); the test asks for above 0.55, at least 3 sd below each of them and far from the
     * 0.1 to 0.2 of regular firing (L2/3E and L6E, below 1 Hz, have too few intervals in 0.9 s).
     * The spread: {@code scripts/synfire run scripts/microcircuit.groovy --param seeds=10}.
     * Synchrony (the Fano factor of 1,000 neurons' summed count in 3 ms bins): against NetPyNE's
     * values at this scale with 4 seed sds (0.41, 0.36, 0.19, 0.16, 0.86, 0.12, 0.19, 0.12) plus
     * 0.5 for what separates implementations (NetPyNE's own versions at 5, 10 and 20 % differ
     * from one another by up to 0.8 outside L5E).
     */
    @Test
    void spontaneousActivityMatchesNestAndTheLiterature() {
        ReferenceNetworks.Built built = Microcircuit.scaled(0.1).build();
        List<SpikeProbeSpec> spontaneous = new ArrayList<>();
        List<SpikeProbeSpec> thousand = new ArrayList<>();
        for (var p : built.network().spec().populations()) {
            SpikeProbeSpec settled = Probe.spikes((GroupSpec) p).between(ms.of(100), Units.second.of(1));
            spontaneous.add(built.network().probe(settled));
            thousand.add(built.network().probe(settled.neurons(IntStream.range(0, Math.min(1000, p.size())).toArray())));
        }
        Simulation sim = Simulation.build(built.network()).run(Units.second.of(1));
        double[] rateSd = {0.023, 0.062, 0.055, 0.037, 0.32, 0.057, 0.047, 0.067};
        double[] netpyne = {2.6, 2.1, 3.1, 1.9, 4.5, 1.1, 1.7, 1.0};
        double[] syncSd = {0.41, 0.36, 0.19, 0.16, 0.86, 0.12, 0.19, 0.12};
        double[] rates = new double[8];
        for (int k = 0; k < 8; k++) {
            String name = Microcircuit.POPULATIONS.get(k);
            SpikeTrains spikes = sim.data(spontaneous.get(k));
            double rate = Rates.mean(spikes, ms.of(100), Units.second.of(1)).in(Hz);
            rates[k] = rate;
            assertEquals(NEST_TENTH_RATES[k], rate, 4 * Math.sqrt(2) * rateSd[k], name + " rate (Hz)");
            double cv = Intervals.meanCv(spikes);
            assertTrue(rate < 1 || (cv > 0.55 && cv < 1), name + " CV " + cv);
            double synchrony = Synchrony.populationFano(sim.data(thousand.get(k)), ms.of(3), ms.of(100), Units.second.of(1));
            assertEquals(netpyne[k], synchrony, 4 * syncSd[k] + 0.5, name + " synchrony");
        }
        // The paper's signature: layer 2/3's excitatory cells fire least, layer 5's most.
        assertTrue(Arrays.stream(rates).allMatch(r -> r >= rates[0]) && rates[4] == Arrays.stream(new double[] {rates[0], rates[2],
            rates[4], rates[6]}).max().orElseThrow(), Arrays.toString(rates));
    }

    /**
     * A thalamic pulse (120 Hz for 10 ms, onto L4 and L6) reaches layer 4 first and travels on
     * to layers 2/3 and 5, as in the paper's Fig. 10. Latency: the first 1 ms bin after the onset
     * whose population rate lies 5 Poisson standard deviations above the rate before. Over 6
     * seeds L4E answered after 2 to 4 ms, L2/3E after 5 to 7 and L5E after 5 to 8.
     */
    @Test
    void aThalamicPulseReachesLayerFourFirst() {
        ReferenceNetworks.Built built = Microcircuit.scaled(0.1).thalamicInput(ms.of(300), ms.of(10), Hz.of(120)).build();
        Simulation sim = Simulation.build(built.network()).run(ms.of(330));
        int l23 = latency(sim.data(built.spikes().get(0)));
        int l4 = latency(sim.data(built.spikes().get(2)));
        int l5 = latency(sim.data(built.spikes().get(4)));
        assertTrue(l4 >= 0 && l4 <= 5, "L4E answers within 5 ms: " + l4);
        assertTrue(l23 > l4 && l5 > l4, "then L2/3E (" + l23 + " ms) and L5E (" + l5 + " ms)");
        assertTrue(l23 <= 15 && l5 <= 15, "both within 15 ms: " + l23 + ", " + l5);
    }

    /** Milliseconds from 300 ms to the first 1 ms bin 5 Poisson sds above the rate from 100 to 300 ms, or -1. */
    private static int latency(SpikeTrains s) {
        int n = s.groupSize();
        double base = Rates.mean(s, ms.of(100), ms.of(300)).in(Hz);
        double sd = Math.sqrt(base * n * 1e-3) / (n * 1e-3);
        double[] hz = Rates.binned(s, ms.of(1), ms.of(300), ms.of(330)).hz();
        for (int i = 0; i < hz.length; i++) {
            if (hz[i] > base + 5 * sd) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void scalesOutsideTheModelAreRefused() {
        assertEquals("Microcircuit: scales 1.5 (neurons) and 1.5 (in-degrees); give fractions above 0 and at most 1 (1 is the full model)",
            assertThrows(SynfireException.class, () -> Microcircuit.scaled(1.5)).getMessage());
        assertTrue(assertThrows(SynfireException.class, () -> Microcircuit.scaled(1e-4)).getMessage()
            .contains("leaves L5I without a neuron"));
        assertTrue(assertThrows(SynfireException.class, () -> Microcircuit.scaled(0.1).thalamicInput(ms.of(-1), ms.of(10), Hz.of(120)))
            .getMessage().startsWith("Microcircuit.thalamicInput: start -1 ms"));
    }
}
