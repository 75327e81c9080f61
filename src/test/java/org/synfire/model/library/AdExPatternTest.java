package org.synfire.model.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The firing patterns of Naud et al. (2008), Fig. 4, each from rest under its Table-1 step current
 * (the preset's default I) for 600 ms at dt = 0.1 ms, as in the paper's figures. Thresholds sit
 * between what the pattern does and what the neighbouring patterns do; measured values are in
 * the comments (they agree to 0.1–1 ms with dt = 0.01 ms).
 */
class AdExPatternTest {
    private static SpikeIntervals run(String pattern) {
        return SpikeIntervals.simulate(Library.adex(pattern), 0.1, 600, g -> { });
    }

    @Test
    void tonicFiresRegularly() {
        // Measured: ISIs 9.0, 9.2, ... settling at 9.7 ms (b = 0: only the slow a-current adapts).
        // After the first 100 ms the CV of the ISIs is 0.003; 0.02 leaves room and is far below
        // the adapting (0.6) and irregular (0.5) patterns.
        SpikeIntervals s = run("tonic");
        assertTrue(s.count() > 40, s.toString());
        assertTrue(SpikeIntervals.cv(s.isisAfter(100)) < 0.02, "regular after the transient: " + s);
    }

    @Test
    void adaptingSlowsDown() {
        // Measured: ISIs 11.3, 14.5, 19.7, 29.5, 47.8, 67.7, 74.8, 75.8, 76.0 ms: monotonic
        // lengthening to 6.7 times the first ISI. Tonic lengthens by 8 % only.
        SpikeIntervals s = run("adapting");
        double[] isis = s.isis();
        for (int k = 1; k < isis.length; k++) {
            assertTrue(isis[k] >= isis[k - 1] - 0.2, "ISIs never shorten (beyond one step of jitter): " + s);
        }
        assertTrue(isis[isis.length - 1] > 3 * isis[0], "strong adaptation: " + s);
    }

    @Test
    void initialBurstThenTonic() {
        // Measured: 3 spikes with ISIs 3.5 and 7.4 ms, then 54.8 and 64.0 ms to the end.
        SpikeIntervals s = run("initial burst");
        assertTrue(s.isi(0) < 10 && s.isi(1) < 10, "initial burst: " + s);
        double[] later = Arrays.copyOfRange(s.isis(), 2, s.isis().length);
        assertTrue(later.length >= 5 && Arrays.stream(later).allMatch(isi -> isi > 40), "then single spikes: " + s);
        assertTrue(SpikeIntervals.cv(Arrays.copyOfRange(later, 1, later.length)) < 0.02, "tonic: " + s);
    }

    @Test
    void regularBurstingRepeatsBursts() {
        // Measured: doublets (ISI 5.4 ms) every 138.6 ms after an initial triplet. Every ISI is
        // either intra-burst (< 10 ms) or inter-burst (> 100 ms): a bimodal distribution.
        SpikeIntervals s = run("bursting");
        double[] isis = s.isis();
        long intra = Arrays.stream(isis).filter(isi -> isi < 10).count();
        long inter = Arrays.stream(isis).filter(isi -> isi > 100).count();
        assertEquals(isis.length, intra + inter, "bimodal ISIs: " + s);
        assertTrue(inter >= 3 && intra >= inter, "repeated bursts: " + s);
    }

    @Test
    void irregularSpikingIsIrregular() {
        // Measured: ISIs between 6.5 and 39 ms without a repeating order, CV 0.55 after 100 ms;
        // every regular pattern here has CV < 0.02 in that window.
        SpikeIntervals s = run("irregular");
        assertTrue(s.count() > 15, s.toString());
        assertTrue(SpikeIntervals.cv(s.isisAfter(100)) > 0.3, "irregular: " + s);
    }

    @Test
    void transientSpikingStops() {
        // Measured: one spike at 30.4 ms, then the neuron settles at its stable fixed point
        // (the 180 pA step is below the fold current of 288 pA, see Library.adex(String)).
        SpikeIntervals s = run("transient");
        assertTrue(s.count() >= 1 && s.times()[0] < 100, "fires at the onset: " + s);
        assertEquals(0, s.countAfter(150), "then stops: " + s);
    }

    @Test
    void delayedSpikingAccelerates() {
        // Measured: first spike at 33.6 ms (tonic: 14.3 ms with a larger current), then ISIs
        // shortening from 20.7 to 11 ms (a < 0: the subthreshold current is depolarising).
        SpikeIntervals s = run("delayed");
        assertTrue(s.times()[0] > 25, "delayed onset: " + s);
        double[] isis = s.isis();
        assertTrue(isis[isis.length - 1] < 0.7 * isis[0], "accelerating: " + s);
    }

    @Test
    void delayedRegularBurstingStartsLateAndBursts() {
        // Measured: first spike at 57.3 ms, then bursts of 4 (ISIs 3.3, 4.3, 7.0 ms) every
        // 71 ms; bimodal ISIs (< 10 ms or > 40 ms).
        SpikeIntervals s = run("delayed regular bursting");
        assertTrue(s.times()[0] > 40, "delayed onset: " + s);
        double[] isis = s.isis();
        long intra = Arrays.stream(isis).filter(isi -> isi < 10).count();
        long inter = Arrays.stream(isis).filter(isi -> isi > 40).count();
        assertEquals(isis.length, intra + inter, "bimodal ISIs: " + s);
        assertTrue(inter >= 4 && intra >= 2 * inter, "bursts of 3 or more: " + s);
    }
}
