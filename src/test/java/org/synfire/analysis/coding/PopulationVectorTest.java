package org.synfire.analysis.coding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synfire.units.Units.mV;
import static org.synfire.units.Units.ms;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.synfire.probe.SpikeTrains;

/**
 * The population vector against spike counts made from known tunings: cosine tuning rounded to
 * whole spikes (a bound on the error from the rounding), Poisson counts of the same tuning (the
 * error's spread against its analytic value), the wrap-around of the angle at ±180° and at 0°, and
 * the bins' edges.
 */
class PopulationVectorTest {
    private static final double BIN_MS = 50;

    /** Spikes with {@code counts[k][i]} spikes of neuron i in bin k of 50 ms from 0, spread evenly inside the bin. */
    private static SpikeTrains trains(int[][] counts) {
        List<Integer> who = new ArrayList<>();
        List<Double> when = new ArrayList<>();
        for (int k = 0; k < counts.length; k++) {
            for (int i = 0; i < counts[k].length; i++) {
                for (int j = 0; j < counts[k][i]; j++) {
                    who.add(i);
                    when.add(BIN_MS * (k + (j + 0.5) / counts[k][i]));
                }
            }
        }
        return SpikeTrains.of("ring", counts[0].length, who.stream().mapToInt(Integer::intValue).toArray(),
            when.stream().mapToDouble(Double::doubleValue).toArray(), ms);
    }

    /** The difference of two angles in degrees, the short way round: -180 to 180. */
    private static double onCircle(double a, double b) {
        return ((a - b) % 360 + 540) % 360 - 180;
    }

    @Test
    void cosineTuningDecodesItsPeakOnBothSidesOfEveryWrap() {
        // n_i = round(A (1 + kappa cos(theta_i - theta))) on N evenly spread angles: unrounded,
        // P = A kappa N/2 (cos theta, sin theta) exactly. Rounding moves each count by at most 1/2,
        // so P by at most N/2, which turns it by at most asin(1/(A kappa)) = 1.43 degrees and puts
        // r = |P|/sum n in [(A kappa - 1)/(2A + 1), (A kappa + 1)/(2A - 1)] around kappa/2.
        int n = 64;
        double a = 50;
        double kappa = 0.8;
        // 179.9 and 180.1 lie either side of atan2's cut at +-180; 358 and 2 either side of 0/360.
        double[] peaks = {30, 179.9, 180.1, 358, 2, 271.3};
        int[][] counts = new int[peaks.length][n];
        for (int k = 0; k < peaks.length; k++) {
            for (int i = 0; i < n; i++) {
                counts[k][i] = (int) Math.round(a * (1 + kappa * Math.cos(Math.toRadians(360.0 * i / n - peaks[k]))));
            }
        }
        PopulationVector pv = PopulationVector.ring(trains(counts), ms.of(BIN_MS), ms.of(0), ms.of(BIN_MS * peaks.length));
        assertEquals(peaks.length, pv.bins());
        double bound = Math.toDegrees(Math.asin(1 / (a * kappa)));
        double[] angles = pv.anglesDeg();
        double[] lengths = pv.lengths();
        for (int k = 0; k < peaks.length; k++) {
            assertTrue(angles[k] >= 0 && angles[k] < 360, "in [0, 360): " + angles[k]);
            assertEquals(0, onCircle(angles[k], peaks[k]), bound, "peak at " + peaks[k] + " decoded as " + angles[k]);
            assertTrue(lengths[k] >= (a * kappa - 1) / (2 * a + 1) && lengths[k] <= (a * kappa + 1) / (2 * a - 1), "r = " + lengths[k]);
        }
        assertTrue(angles[3] > 350 && angles[4] < 10, "358 and 2 stay either side of 0: " + angles[3] + ", " + angles[4]);
    }

    @Test
    void poissonCountsScatterTheAngleAsTheirVarianceSays() {
        // Counts Poisson with mean lambda_i = c (1 + cos(theta_i - theta)): the angle's error is to
        // first order the component of P across the mean vector over its length, variance
        // sum lambda_i sin^2(theta_i - theta)/|E P|^2 = (c N/2)/(c N/2)^2 = 2/(c N): 2.56 degrees
        // for c = 10, N = 100. Over 400 bins the measured mean square has a relative sd of
        // sqrt(2/400) = 7 %, so the RMS is within 20 % (6 sd of the RMS) of it; the mean error
        // is within 4 sd of 0 (sd 2.56/sqrt(400) degrees).
        int n = 100;
        int bins = 400;
        double c = 10;
        SplittableRandom random = new SplittableRandom(11);
        double[] peaks = new double[bins];
        int[][] counts = new int[bins][n];
        for (int k = 0; k < bins; k++) {
            peaks[k] = 360 * random.nextDouble();
            for (int i = 0; i < n; i++) {
                counts[k][i] = poisson(random, c * (1 + Math.cos(Math.toRadians(360.0 * i / n - peaks[k]))));
            }
        }
        PopulationVector pv = PopulationVector.ring(trains(counts), ms.of(BIN_MS), ms.of(0), ms.of(BIN_MS * bins));
        double sd = Math.toDegrees(Math.sqrt(2 / (c * n)));
        double sum = 0;
        double squares = 0;
        for (int k = 0; k < bins; k++) {
            double error = onCircle(pv.anglesDeg()[k], peaks[k]);
            sum += error;
            squares += error * error;
        }
        double rms = Math.sqrt(squares / bins);
        assertEquals(sd, rms, 0.2 * sd, "RMS error against sqrt(2/(c N))");
        assertEquals(0, sum / bins, 4 * sd / Math.sqrt(bins), "unbiased");
    }

    /** A Poisson count of mean {@code mean} (Knuth's product of uniforms; fine for means up to a few tens). */
    private static int poisson(SplittableRandom random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int k = 0;
        while (product > limit) {
            product *= random.nextDouble();
            k++;
        }
        return k;
    }

    @Test
    void binsAreHalfOpenWholeAndEmptyOnesAreUndefined() {
        // Three neurons preferring 0, 90 and 180 degrees. Bin [0, 50): neuron 1 twice; [50, 100):
        // nothing; [100, 150): neuron 0 once, at exactly 100 ms (a bin holds its start), and neuron 2
        // once at 149.9 ms: opposite vectors, whose sum has length 0 (to rounding) and no meaningful angle;
        // a spike at 150 ms belongs to a bin that does not fit before 170 ms.
        SpikeTrains s = SpikeTrains.of("three", 3, new int[] {1, 1, 0, 2, 1}, new double[] {10, 20, 100, 149.9, 150}, ms);
        PopulationVector pv = PopulationVector.of(s, new double[] {0, 90, 180}, ms.of(50), ms.of(0), ms.of(170));
        assertEquals(3, pv.bins());
        assertArrayEquals(new int[] {2, 0, 2}, pv.counts());
        assertArrayEquals(new double[] {0, 50, 100}, pv.times(ms), 1e-12);
        assertEquals(90, pv.anglesDeg()[0], 1e-12);
        assertEquals(1, pv.lengths()[0], 1e-12);
        assertTrue(Double.isNaN(pv.anglesDeg()[1]) && Double.isNaN(pv.lengths()[1]), "no spikes, no angle");
        assertEquals(0, pv.lengths()[2], 1e-12, "cancelling spikes: a vector of length 0");
        // Preferred angles need not lie in [0, 360): -90 is 270.
        PopulationVector shifted = PopulationVector.of(s, new double[] {0, -90, 180}, ms.of(50), ms.of(0), ms.of(50));
        assertEquals(270, shifted.anglesDeg()[0], 1e-12);
        // One window: the whole of [100, 150), which holds the spike at 100 ms and not the one at 150 ms.
        PopulationVector window = PopulationVector.ring(s, ms.of(100), ms.of(150));
        assertEquals(1, window.bins());
        assertArrayEquals(new int[] {2}, window.counts());
        assertEquals("three", pv.name());
        assertTrue(pv.toString().contains("3 bins") && pv.toString().contains("4 spikes"), pv.toString());
        double[] copy = pv.anglesDeg();
        copy[0] = -1;
        assertEquals(90, pv.anglesDeg()[0], 1e-12, "the result does not change through its arrays");
    }

    @Test
    void badArgumentsSayWhatToGive() {
        SpikeTrains s = SpikeTrains.of("three", 3, new int[] {0}, new double[] {10}, ms);
        CodingException count = assertThrows(CodingException.class,
            () -> PopulationVector.of(s, new double[] {0, 90}, ms.of(50), ms.of(0), ms.of(100)));
        assertTrue(count.getMessage().contains("2 preferred angles for the 3 neurons of three"), count.getMessage());
        CodingException nan = assertThrows(CodingException.class,
            () -> PopulationVector.of(s, new double[] {0, Double.NaN, 180}, ms.of(50), ms.of(0), ms.of(100)));
        assertTrue(nan.getMessage().contains("preferred angle of neuron 1 is NaN"), nan.getMessage());
        CodingException unit = assertThrows(CodingException.class, () -> PopulationVector.ring(s, mV.of(50), ms.of(0), ms.of(100)));
        assertTrue(unit.getMessage().contains("must be times") && unit.getMessage().contains("50 mV"), unit.getMessage());
        CodingException zero = assertThrows(CodingException.class, () -> PopulationVector.ring(s, ms.of(0), ms.of(0), ms.of(100)));
        assertTrue(zero.getMessage().contains("bin must be positive"), zero.getMessage());
        CodingException empty = assertThrows(CodingException.class, () -> PopulationVector.ring(s, ms.of(40), ms.of(40)));
        assertTrue(empty.getMessage().contains("the window [40 ms, 40 ms) is empty"), empty.getMessage());
        CodingException fits = assertThrows(CodingException.class, () -> PopulationVector.ring(s, ms.of(50), ms.of(0), ms.of(40)));
        assertTrue(fits.getMessage().contains("no bin of 50 ms fits in [") && fits.getMessage().contains(", 40 ms)"), fits.getMessage());
        CodingException arrays = assertThrows(CodingException.class,
            () -> new PopulationVector("x", 0, 0.05, new double[2], new double[2], new int[1]));
        assertTrue(arrays.getMessage().contains("one of each per bin"), arrays.getMessage());
    }
}
