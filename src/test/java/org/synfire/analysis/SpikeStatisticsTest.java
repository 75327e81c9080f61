package org.synfire.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synfire.units.Units.ms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.synfire.probe.SpikeTrains;
import org.synfire.units.Units;

/**
 * Rates, interval and count statistics on trains with known answers: independent Poisson trains
 * (made here with java.util.Random, not with the code under test) and clock-like regular trains.
 */
class SpikeStatisticsTest {
    private static final int NEURONS = 100;
    private static final double RATE = 20;
    private static final double SECONDS = 50;

    /** 100 independent 20 Hz Poisson trains of 50 s: about 1000 spikes per neuron. */
    private static final SpikeTrains POISSON = poisson(new Random(11));

    private static SpikeTrains poisson(Random random) {
        double[][] trains = new double[NEURONS][];
        for (int i = 0; i < NEURONS; i++) {
            double[] t = new double[(int) (RATE * SECONDS * 2)];
            int n = 0;
            for (double now = -Math.log(1 - random.nextDouble()) / RATE; now < SECONDS; now += -Math.log(1 - random.nextDouble()) / RATE) {
                t[n++] = now;
            }
            trains[i] = Arrays.copyOf(t, n);
        }
        return SpikeTrains.of("poisson", trains, Units.second);
    }

    /** Each neuron fires every 10 ms, neuron i at phase i·0.1 ms, for 2 s. */
    private static SpikeTrains regular() {
        double[][] trains = new double[10][200];
        for (int i = 0; i < 10; i++) {
            for (int k = 0; k < 200; k++) {
                trains[i][k] = 5 + 10 * k + 0.1 * i;
            }
        }
        return SpikeTrains.of("regular", trains, ms);
    }

    @Test
    void poissonTrainsHaveTheirRateAndUnitCvLvAndFano() {
        // 100,000 spikes expected: the count's sd is 316, so the mean rate is 20 Hz ± 0.063 Hz.
        assertEquals(RATE, Rates.mean(POISSON, ms.of(0), Units.second.of(SECONDS)).in(Units.Hz), 0.4);
        // CV and LV of ~1000 exponential intervals each have sd about 1/sqrt(1000) = 0.03 per neuron;
        // averaged over 100 neurons, 0.003. 0.02 is more than 6 sd.
        assertEquals(1, Intervals.meanCv(POISSON), 0.02);
        assertEquals(1, Intervals.meanLv(POISSON), 0.02);
        // Counts in 500 windows of 100 ms (mean 2): a neuron's Fano factor has sd about
        // sqrt(2/499 + 1/(2·500)) = 0.07; over 100 neurons 0.007.
        assertEquals(1, Counts.meanFano(POISSON, ms.of(100), ms.of(0), Units.second.of(SECONDS)), 0.04);
        // Independent trains: each pair's count correlation has sd 1/sqrt(500) = 0.045; the mean of
        // 4950 pairs is near 0 (within 0.01, several times its sd).
        assertEquals(0, Counts.meanCorrelation(POISSON, ms.of(100), ms.of(0), Units.second.of(SECONDS)), 0.01);
        // χ of N independent neurons is 1/sqrt(N) = 0.1.
        assertEquals(0.1, Synchrony.chi(POISSON, ms.of(5), ms.of(0), Units.second.of(SECONDS)), 0.02);
    }

    @Test
    void regularTrainsHaveZeroVariability() {
        SpikeTrains s = regular();
        for (double cv : Intervals.cv(s)) {
            assertEquals(0, cv, 1e-9);
        }
        assertEquals(0, Intervals.meanLv(s), 1e-9);
        assertEquals(100, Rates.mean(s, ms.of(0), ms.of(2000)).in(Units.Hz), 1e-9);
        // A 100 ms window always holds exactly 10 spikes.
        assertEquals(0, Counts.meanFano(s, ms.of(100), ms.of(0), ms.of(2000)), 1e-12);
        double[] isi = Intervals.of(s, Units.ms);
        assertEquals(10 * 199, isi.length);
        double[] one = Intervals.of(s, 3, Units.ms);
        assertEquals(199, one.length);
        assertEquals(10, one[42], 1e-9);
        // 3 ms bins keep the 10 ms intervals (10 ± rounding) away from an edge.
        Histogram h = Intervals.histogram(s, ms.of(3), ms.of(30));
        assertEquals(10, h.counts().length);
        assertEquals(isi.length, h.counts()[3], "all intervals are 10 ms, in the bin [9, 12)");
        assertEquals(isi.length, h.total());
    }

    @Test
    void identicalNeuronsAreFullySynchronous() {
        double[][] same = new double[20][];
        Arrays.fill(same, POISSON.timesOf(0, Units.second));
        SpikeTrains s = SpikeTrains.of("same", same, Units.second);
        assertEquals(1, Synchrony.chi(s, ms.of(5), ms.of(0), Units.second.of(SECONDS)), 1e-9);
        double[][] r = Counts.correlations(s, ms.of(100), ms.of(0), Units.second.of(SECONDS));
        assertEquals(1, r[3][7], 1e-9);
    }

    @Test
    void perNeuronRatesAndCountsUseHalfOpenWindows() {
        SpikeTrains s = SpikeTrains.of("hand", new double[][] {{0, 10, 20, 99.9, 100}, {50}, {}}, ms);
        assertArrayEquals(new double[] {40, 10, 0}, Rates.perNeuron(s, ms.of(0), ms.of(100)), 1e-9);
        int[][] c = Rates.counts(s, ms.of(50), ms.of(0), ms.of(100));
        assertArrayEquals(new int[] {3, 1}, c[0]);
        assertArrayEquals(new int[] {0, 1}, c[1]);
        RateSignal binned = Rates.binned(s, ms.of(50), ms.of(0), ms.of(100));
        // 4 spikes in 3 neurons × 50 ms per bin: bin 0 has 3 spikes = 20 Hz, bin 1 has 2 = 13.3 Hz.
        assertArrayEquals(new double[] {20, 40.0 / 3}, binned.hz(), 1e-9);
        assertArrayEquals(new double[] {0, 50}, binned.times(ms), 1e-9);
    }

    @Test
    void smoothingKernelsHaveUnitAreaAndTheirShape() {
        SpikeTrains one = SpikeTrains.of("one", new double[][] {{50.05}}, ms);
        double step = 0.1e-3;
        RateSignal g = Rates.smoothed(one, Kernel.gaussian(ms.of(2)), ms.of(0.1), ms.of(0), ms.of(100));
        double[] hz = g.hz();
        assertEquals(1, Arrays.stream(hz).sum() * step, 1e-9, "one spike in, one spike out");
        int peak = argmax(hz);
        assertEquals(500, peak);
        // A Gaussian's peak is 1/(sqrt(2 pi) sigma) = 199.47 Hz; cutting at ±4 sigma drops 6e-5 of the
        // area and renormalising raises the peak by as much, so within 1e-4 relative.
        assertEquals(1 / (Math.sqrt(2 * Math.PI) * 2e-3), hz[peak], 199.47e-4);
        assertEquals(hz[peak - 20], hz[peak + 20], 1e-9, "symmetric");
        assertEquals(hz[peak] * Math.exp(-0.5), hz[peak + 20], 1e-6, "one sigma away");

        double[] e = Rates.smoothed(one, Kernel.exponential(ms.of(5)), ms.of(0.1), ms.of(0), ms.of(100)).hz();
        assertEquals(0, e[499], 0, "causal: nothing before the spike");
        assertEquals(e[500] * Math.exp(-1), e[550], 1e-9, "decays by e in tau");
        assertEquals(1, Arrays.stream(e).sum() * step, 1e-9);

        double[] r = Rates.smoothed(one, Kernel.rectangular(ms.of(5)), ms.of(0.1), ms.of(0), ms.of(100)).hz();
        assertEquals(1, Arrays.stream(r).sum() * step, 1e-9);
        assertEquals(r[500], r[476], 0);
        assertEquals(0, r[474], 0);
        assertEquals(1 / 5.1e-3, r[500], 1e-6, "51 samples of 0.1 ms");

        // Smoothing keeps the mean rate of a long train (edges aside).
        RateSignal smooth = Rates.smoothed(POISSON, Kernel.gaussian(ms.of(5)), ms.of(1), Units.second.of(1), Units.second.of(49));
        RateSignal binned = Rates.binned(POISSON, ms.of(1), Units.second.of(1), Units.second.of(49));
        assertEquals(binned.mean().in(Units.Hz), smooth.mean().in(Units.Hz), 0.05);
    }

    @Test
    void correlogramsFindAShiftedCopy() {
        double[] a = POISSON.timesOf(0, ms);
        double[] b = Arrays.stream(a).map(t -> t + 3).toArray();
        Histogram h = Correlograms.cross(a, b, ms.of(1), ms.of(20));
        assertEquals(41, h.counts().length, "bins centred on -20..20 ms");
        assertEquals(3, h.centres()[argmax(toDoubles(h.counts()))], 1e-9);
        assertTrue(h.counts()[23] >= a.length, "every spike of a has its copy 3 ms later");
        SpikeTrains pair = SpikeTrains.of("pair", new double[][] {a, b}, ms);
        assertEquals(h, Correlograms.cross(pair, 0, pair, 1, ms.of(1), ms.of(20)), "the same from a recording");
        Histogram auto = Correlograms.auto(POISSON, 0, ms.of(1), ms.of(20));
        assertTrue(auto.counts()[20] < a.length / 10, "zero lag without each spike paired with itself");
        assertEquals(auto.counts()[15], auto.counts()[25], "an auto-correlogram is symmetric");
    }

    @Test
    void distancesMatchHandComputedValues() {
        double tau = 10;
        assertEquals(Math.sqrt(0.5), Distances.vanRossum(new double[] {20}, new double[0], ms, ms.of(tau)), 1e-12);
        assertEquals(Math.sqrt(1 - Math.exp(-0.5)), Distances.vanRossum(new double[] {20}, new double[] {25}, ms, ms.of(tau)), 1e-12);
        assertEquals(0, Distances.vanRossum(new double[] {1, 7}, new double[] {1, 7}, ms, ms.of(tau)), 1e-7);
        // Far apart spikes do not interact: two unshared spikes each add 1/2 to D².
        assertEquals(1, Distances.vanRossum(new double[] {0}, new double[] {10_000}, ms, ms.of(tau)), 1e-12);
        // Same in seconds as in ms.
        assertEquals(Math.sqrt(1 - Math.exp(-0.5)), Distances.vanRossum(new double[] {0.020}, new double[] {0.025}, Units.second, ms.of(tau)), 1e-12);

        // Shifting 10 ms -> 12 ms costs 100/s × 2 ms = 0.2; at 2000/s deleting and adding (2) is cheaper.
        assertEquals(0.2, Distances.victorPurpura(new double[] {10}, new double[] {12}, ms, Units.Hz.of(100)), 1e-12);
        assertEquals(2, Distances.victorPurpura(new double[] {10}, new double[] {12}, ms, Units.Hz.of(2000)), 1e-12);
        assertEquals(3, Distances.victorPurpura(new double[] {10, 20, 30}, new double[0], ms, Units.Hz.of(100)), 1e-12);
        assertEquals(2, Distances.victorPurpura(new double[] {10, 20, 30}, new double[] {50}, ms, Units.Hz.of(0)), 1e-12);
        // 10 -> 11 (0.1), then 20 -> 40 would cost 2.0, the same as deleting one and adding the other.
        assertEquals(2.1, Distances.victorPurpura(new double[] {10, 20}, new double[] {11, 40}, ms, Units.Hz.of(100)), 1e-12);
        SpikeTrains s = SpikeTrains.of("two", new double[][] {{10}, {12}}, ms);
        assertEquals(0.2, Distances.victorPurpura(s, 0, s, 1, Units.Hz.of(100)), 1e-12);
        assertEquals(Math.sqrt(1 - Math.exp(-0.2)), Distances.vanRossum(s, 0, s, 1, ms.of(tau)), 1e-12);
    }

    @Test
    void theLifCurveIsZeroBelowRheobaseAndMatchesItsPeriod() {
        FiCurve f = FiCurve.lif(new double[] {0.1, 0.15, 0.2}, Units.nA, Units.Mohm.of(100), ms.of(10), Units.mV.of(-65),
            Units.mV.of(-50), Units.mV.of(-65), ms.of(2));
        assertEquals(0, f.rates()[0]);
        assertEquals(0, f.rates()[1]);
        assertEquals(1 / (2e-3 + 10e-3 * Math.log(4)), f.rates()[2], 1e-9, "0.2 nA: a spike every 2 ms + 10 ms ln 4");
    }

    @Test
    void aHandMadeLifeTable() {
        // Intervals 1.5, 2.5, 2.5, 7 and 20 ms and one still open after 5 ms, in bins of 2 ms up to
        // 10 ms: 6 at risk in [0, 2), one ends there; 5 in [2, 4), two end; 3 in [4, 6), where the
        // open one is censored; 2 in [6, 8), one ends; the 20 ms one is at risk everywhere.
        Hazard h = Hazard.of("ISI", ms, new double[] {1.5, 2.5, 2.5, 7, 20}, new double[] {5}, 2, 10);
        assertArrayEquals(new int[] {1, 2, 0, 1, 0}, h.ends());
        assertArrayEquals(new int[] {0, 0, 1, 0, 0}, h.censored());
        assertArrayEquals(new int[] {6, 5, 3, 2, 1}, h.atRisk());
        // ends / (width (atRisk - censored/2 - ends/2)), width 2 ms; the survivor is the product of
        // 1 - ends/(atRisk - censored/2): 1, 5/6, 5/6 * 3/5, the same, then half of it.
        assertArrayEquals(new double[] {1 / 0.011, 2 / 0.008, 0, 1 / 0.003, 0}, h.rates(), 1e-9);
        assertArrayEquals(new double[] {1, 5 / 6.0, 0.5, 0.5, 0.25}, h.survivor(), 1e-12);
        assertArrayEquals(new double[] {1, 3, 5, 7, 9}, h.centres(), 1e-12);
        assertTrue(Double.isNaN(Hazard.of("ISI", ms, new double[0], new double[0], 2, 4).rates()[0]), "no interval at risk: no estimate");
    }

    @Test
    void censoringKeepsTheHazardOfAShortRecordingUnbiased() {
        // 20,000 Poisson trains at 20 Hz recorded for 300 ms. An interval of 140 ms is seen whole
        // only if it started in the first 160 ms, so leaving the open ones out favours short
        // intervals and inflates the hazard at long ages. With them censored, every 10 ms bin up to
        // 150 ms has at least ~3,900 at risk and ~700 ends: a relative sd under 4 %, so 15 % is 4 sd.
        // Without censoring the 140 ms bin reads about 29 Hz, 45 % too high.
        Random random = new Random(9);
        List<Integer> neurons = new ArrayList<>();
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            for (double t = -Math.log(1 - random.nextDouble()) / 20; t < 0.3; t -= Math.log(1 - random.nextDouble()) / 20) {
                neurons.add(i);
                times.add(t);
            }
        }
        SpikeTrains handMade = SpikeTrains.of("poisson", 20_000, neurons.stream().mapToInt(Integer::intValue).toArray(),
            times.stream().mapToDouble(Double::doubleValue).toArray(), Units.second);
        SpikeTrains recorded = handMade.described("poisson", 3000, 1e-4);
        double[] fair = Intervals.hazard(recorded, ms.of(10), ms.of(150)).rates();
        double[] naive = Intervals.hazard(handMade, ms.of(10), ms.of(150)).rates();
        for (int k = 0; k < fair.length; k++) {
            assertEquals(20, fair[k], 3, "bin " + k);
        }
        assertTrue(naive[14] > 26, "without censoring the 140 ms bin should read about 29 Hz, not " + naive[14] + " Hz");
    }

    @Test
    void aDeadTimePoissonTrainHasZeroThenConstantHazard() {
        // Intervals 3 ms + exponential at 50 Hz: the hazard is 0 up to 3 ms and 50 Hz after. With
        // 100,000 intervals each 1 ms bin up to 40 ms has at least 100,000 e^-1.85 ~ 15,700 at risk
        // and 780 or more ends, so each estimate has a relative sd below 1/sqrt(780) = 3.6 %: 15 % is
        // over 4 sd. The estimator's own bias, (50 Hz 1 ms)^2/12, is 0.02 %.
        Random random = new Random(5);
        double[][] trains = new double[100][1001];
        for (double[] t : trains) {
            for (int k = 1; k < t.length; k++) {
                t[k] = t[k - 1] + 3e-3 - Math.log(1 - random.nextDouble()) / 50;
            }
        }
        Hazard h = Intervals.hazard(SpikeTrains.of("dead time", trains, Units.second), ms.of(1), ms.of(40));
        double[] rates = h.rates();
        assertEquals(100_000, h.atRisk()[0]);
        for (int k = 0; k < 3; k++) {
            assertEquals(0, rates[k], "no interval shorter than the dead time");
        }
        for (int k = 3; k < rates.length; k++) {
            assertEquals(50, rates[k], 7.5, "bin " + k);
        }
        assertEquals(Math.exp(-(20 - 3) * 50e-3), h.survivor()[20], 0.01, "S(20 ms) = exp(-(20 ms - 3 ms) 50 Hz)");
    }

    @Test
    void badArgumentsNameTheCallAndTheFix() {
        AnalysisException window = assertThrows(AnalysisException.class, () -> Rates.perNeuron(POISSON, ms.of(10), ms.of(10)));
        assertTrue(window.getMessage().contains("Rates.perNeuron") && window.getMessage().contains("give from < to"), window.getMessage());
        AnalysisException unit = assertThrows(AnalysisException.class, () -> Rates.binned(POISSON, Units.mV.of(1), ms.of(0), ms.of(10)));
        assertTrue(unit.getMessage().contains("bin must be a time"), unit.getMessage());
        AnalysisException neuron = assertThrows(AnalysisException.class, () -> Correlograms.auto(POISSON, 100, ms.of(1), ms.of(10)));
        assertTrue(neuron.getMessage().contains("neuron 100 is outside poisson's 0..99"), neuron.getMessage());
        AnalysisException cost = assertThrows(AnalysisException.class,
            () -> Distances.victorPurpura(new double[0], new double[0], ms, ms.of(1)));
        assertTrue(cost.getMessage().contains("Units.Hz.of(100)"), cost.getMessage());
        AnalysisException fi = assertThrows(AnalysisException.class,
            () -> FiCurve.of(new double[] {1}, Units.nA, POISSON, ms.of(0), ms.of(10)));
        assertTrue(fi.getMessage().contains("one current per neuron"), fi.getMessage());
        AnalysisException hazard = assertThrows(AnalysisException.class, () -> Intervals.hazard(POISSON, ms.of(0), ms.of(100)));
        assertTrue(hazard.getMessage().contains("Intervals.hazard: bin must be positive"), hazard.getMessage());
    }

    static int argmax(double[] x) {
        int best = 0;
        for (int k = 1; k < x.length; k++) {
            if (x[k] > x[best]) {
                best = k;
            }
        }
        return best;
    }

    private static double[] toDoubles(int[] c) {
        return Arrays.stream(c).asDoubleStream().toArray();
    }
}
