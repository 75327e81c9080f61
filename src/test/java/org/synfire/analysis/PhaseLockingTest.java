package org.synfire.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synfire.units.Units.ms;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.synfire.probe.SpikeTrains;
import org.synfire.units.Units;

/** Spike phases and vector strength on trains whose locking is known: exact phases, a modulated Poisson rate, none at all. */
class PhaseLockingTest {
    private static final double F = 5;

    @Test
    void spikesAtOnePhaseHaveVectorStrengthOne() {
        // Two neurons firing at the signal's peak (phase pi/2: t = 50 ms + k 200 ms), one a cycle late.
        double[][] trains = {{0.05, 0.25, 0.45, 0.65}, {0.25, 0.45}};
        SpikeTrains s = SpikeTrains.of("peaks", trains, Units.second);
        double[] phases = PhaseLocking.phases(s, Units.Hz.of(F), ms.of(0), ms.of(1000));
        assertEquals(6, phases.length);
        for (double p : phases) {
            assertEquals(Math.PI / 2, p, 1e-9);
        }
        assertEquals(1, PhaseLocking.vectorStrength(s, Units.Hz.of(F), ms.of(0), ms.of(1000)), 1e-12);
        // The window is [from, to): the spikes at 250 ms are in [250, 450), those at 450 are not.
        assertArrayEquals(new double[] {Math.PI / 2, Math.PI / 2}, PhaseLocking.phases(s, Units.Hz.of(F), ms.of(250), ms.of(450)), 1e-9);
        assertTrue(Double.isNaN(PhaseLocking.vectorStrength(s, Units.Hz.of(F), ms.of(700), ms.of(800))), "no spikes: no vector strength");
    }

    @Test
    void aModulatedPoissonRateLocksByHalfItsDepth() {
        // Rate 40 Hz (1 + 0.6 sin(2 pi 5 Hz t)), drawn by thinning: the phase density is
        // (1 + 0.6 sin phase)/(2 pi), whose mean vector has length 0.3 at phase pi/2. Over 200 trains
        // of 20 s (160,000 spikes) the estimate's sd is about 1/sqrt(2n) = 0.002: 0.015 is over 6 sd.
        Random random = new Random(3);
        double[][] trains = new double[200][];
        for (int i = 0; i < trains.length; i++) {
            double[] t = new double[2000];
            int n = 0;
            for (double now = -Math.log(1 - random.nextDouble()) / 64; now < 20; now -= Math.log(1 - random.nextDouble()) / 64) {
                if (random.nextDouble() * 64 < 40 * (1 + 0.6 * Math.sin(2 * Math.PI * F * now))) {
                    t[n++] = now;
                }
            }
            trains[i] = Arrays.copyOf(t, n);
        }
        SpikeTrains s = SpikeTrains.of("modulated", trains, Units.second);
        assertEquals(0.3, PhaseLocking.vectorStrength(s, Units.Hz.of(F), ms.of(0), ms.of(20_000)), 0.015);
        // Unmodulated at another frequency: 7 Hz is no harmonic of 5 Hz over the 20 s, so the phases
        // are uniform and n vs^2 is an exponential variable of mean 1 (below 15 with probability 1 - 3e-7).
        int n = PhaseLocking.phases(s, Units.Hz.of(7), ms.of(0), ms.of(20_000)).length;
        double vs = PhaseLocking.vectorStrength(s, Units.Hz.of(7), ms.of(0), ms.of(20_000));
        assertTrue(n * vs * vs < 15, "n vs^2 = " + n * vs * vs);
    }

    @Test
    void badFrequenciesAndWindowsNameTheCallAndTheFix() {
        SpikeTrains s = SpikeTrains.of("one", new double[][] {{0.1}}, Units.second);
        AnalysisException unit = assertThrows(AnalysisException.class, () -> PhaseLocking.vectorStrength(s, ms.of(5), ms.of(0), ms.of(10)));
        assertTrue(unit.getMessage().contains("PhaseLocking.phases: the frequency must be a positive rate such as Units.Hz.of(5)"),
            unit.getMessage());
        AnalysisException window = assertThrows(AnalysisException.class, () -> PhaseLocking.phases(s, Units.Hz.of(5), ms.of(10), ms.of(10)));
        assertTrue(window.getMessage().contains("give from < to"), window.getMessage());
    }
}
