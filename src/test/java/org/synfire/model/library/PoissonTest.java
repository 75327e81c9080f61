package org.synfire.model.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synfire.units.Units.Hz;
import static org.synfire.units.Units.mV;
import static org.synfire.units.Units.ms;
import static org.synfire.units.Units.second;

import org.junit.jupiter.api.Test;
import org.synfire.sim.Simulation;
import org.synfire.model.GroupSpec;
import org.synfire.model.Network;
import org.synfire.model.Probe;
import org.synfire.model.SpecException;
import org.synfire.model.SpikeProbeSpec;
import org.synfire.probe.SpikeTrains;

/**
 * Poisson sources: in each step of dt = 0.1 ms a source fires with probability p = rate·dt, so the
 * total count over N sources and T is binomial with mean N·T·rate and standard deviation
 * sqrt(N·(T/dt)·p(1 - p)); intervals are geometric with CV sqrt(1 - p). Fixed seeds make the
 * tests deterministic; the tolerances are 4 standard deviations, which a correct generator
 * passes for almost every seed (two-sided p = 6e-5).
 */
class PoissonTest {

    @Test
    void constantRateHasTheRightMeanAndPoissonIntervals() {
        int n = 1000;
        double rate = 20;
        double duration = 2;
        Network net = Network.create().seed(3);
        GroupSpec g = net.group("p", n, Library.poisson(Hz.of(rate)));
        SpikeProbeSpec probe = net.probe(Probe.spikes(g));
        Simulation sim = Simulation.build(net).run(second.of(duration));
        assertEquals("none", sim.report().group("p").method());
        SpikeTrains spikes = sim.data(probe);
        double p = rate * 1e-4;
        double mean = n * duration * rate;
        double sd = Math.sqrt(n * (duration / 1e-4) * p * (1 - p));
        assertEquals(mean, spikes.count(), 4 * sd, "total count (sd " + sd + ")");
        // ISIs pooled over sources: ~39 000 intervals, so the CV's standard error is about
        // 1/sqrt(39000) = 0.005; 0.03 is a generous bound around sqrt(1 - p) = 0.999. (The mean
        // ISI is not compared with 1/rate: intervals that fit in a finite window are biased short.)
        double sum = 0;
        double sumSq = 0;
        int count = 0;
        for (int i = 0; i < n; i++) {
            double[] t = spikes.timesOf(i, ms);
            for (int k = 1; k < t.length; k++) {
                double isi = t[k] - t[k - 1];
                sum += isi;
                sumSq += isi * isi;
                count++;
            }
        }
        double m = sum / count;
        double cv = Math.sqrt(sumSq / count - m * m) / m;
        assertEquals(Math.sqrt(1 - p), cv, 0.03, "CV of ISIs");
        int[] counts = spikes.counts();
        assertTrue(java.util.Arrays.stream(counts).min().orElseThrow() < java.util.Arrays.stream(counts).max().orElseThrow(),
            "sources are independent, not identical");
    }

    @Test
    void rateExpressionModulatesFiringInTime() {
        // rates = 20 Hz (1 + sin(2 pi 5 Hz t)): the mean rate is 20 Hz (1 + 2/pi) over the first
        // half of each 200 ms period (sin > 0) and 20 Hz (1 - 2/pi) over the second, so in 2 s
        // (10 periods) the first halves get N · 10 · 0.1 s · 20 Hz (1 + 2/pi) spikes and the
        // second halves N · 10 · 0.1 s · 20 Hz (1 - 2/pi); counts are Poisson-like, sd sqrt(mean).
        int n = 1000;
        Network net = Network.create().seed(5);
        GroupSpec g = net.group("p", n, Library.poisson("20*Hz*(1 + sin(2*pi*5*Hz*t))"));
        SpikeProbeSpec probe = net.probe(Probe.spikes(g));
        Simulation sim = Simulation.build(net).run(second.of(2));
        double[] times = sim.data(probe).times(ms);
        int first = 0;
        int second = 0;
        for (double t : times) {
            if (t % 200 < 100) {
                first++;
            } else {
                second++;
            }
        }
        double expectedFirst = n * 10 * 0.1 * 20 * (1 + 2 / Math.PI);
        double expectedSecond = n * 10 * 0.1 * 20 * (1 - 2 / Math.PI);
        assertEquals(expectedFirst, first, 4 * Math.sqrt(expectedFirst), "first half-periods");
        assertEquals(expectedSecond, second, 4 * Math.sqrt(expectedSecond), "second half-periods");
    }

    @Test
    void ratesCanBeSetPerSourceAndBetweenRuns() {
        Network net = Network.create().seed(1);
        GroupSpec g = net.group("p", 2, Library.poisson(Hz.of(0)), b -> b.set("rates", "i*100*Hz"));
        SpikeProbeSpec probe = net.probe(Probe.spikes(g));
        Simulation sim = Simulation.build(net).run(second.of(1));
        int[] counts = sim.data(probe).counts();
        assertEquals(0, counts[0], "rate 0 never fires");
        assertEquals(100, counts[1], 40, "100 Hz for 1 s (sd 10)");
        sim.group("p").set("rates", Hz.of(0));
        sim.run(second.of(1));
        assertEquals(counts[0] + counts[1], sim.data(probe).count(), "silent after the rate is set to 0");
    }

    @Test
    void nonsenseRatesAreRefused() {
        SpecException unit = assertThrows(SpecException.class, () -> Library.poisson(mV.of(3)));
        assertEquals("Model 'poisson'.rates: 3 mV is not a rate of zero or more; use e.g. Units.Hz.of(10)", unit.getMessage());
        assertThrows(SpecException.class, () -> Library.poisson(Hz.of(-1)));
        assertThrows(SpecException.class, () -> Library.poisson((org.synfire.units.Quantity) null));
        SpecException blank = assertThrows(SpecException.class, () -> Library.poisson(" "));
        assertTrue(blank.getMessage().startsWith("Model 'poisson'.rates: ' ' is not a rate expression"), blank.getMessage());
        assertThrows(SpecException.class, () -> Library.poisson("10*Hz\n5*Hz"));
        assertThrows(SpecException.class, () -> Library.poisson("10*Hz # comment"));
    }

    @Test
    void aTimedArrayOfRatesGivesEachBinItsIntegratedRate() {
        int n = 2000;
        double[] rates = {0, 40, 10, 25};
        Network net = Network.create().seed(12);
        GroupSpec g = net.group("p", n, Library.poisson(org.synfire.model.TimedArray.of(rates, Hz, ms.of(100))));
        SpikeProbeSpec probe = net.probe(Probe.spikes(g));
        double[] t = Simulation.build(net).run(ms.of(500)).data(probe).times(ms);
        int[] counts = new int[5];
        for (double time : t) {
            // A step's spike is reported at its end, drawn with the rate of that time: bins [0, 100) ms, ...
            counts[Math.min(4, (int) (time / 100))]++;
        }
        for (int bin = 0; bin < 5; bin++) {
            double rate = rates[Math.min(bin, rates.length - 1)];
            double expected = n * 0.1 * rate;
            // Binomial over n sources and 1,000 steps of p = rate·dt; the last rate holds after the end.
            double sd = Math.sqrt(n * 1000 * rate * 1e-4 * (1 - rate * 1e-4));
            assertEquals(expected, counts[bin], 4 * sd + 1e-9, "bin " + bin + " at " + rate + " Hz");
        }
        SpecException volts = assertThrows(SpecException.class,
            () -> Library.poisson(org.synfire.model.TimedArray.of(new double[] {1}, mV, ms.of(1))));
        assertTrue(volts.getMessage().contains("give rates in hertz"), volts.getMessage());
    }
}
