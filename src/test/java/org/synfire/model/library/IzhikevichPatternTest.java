package org.synfire.model.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synfire.units.Units.mV;
import static org.synfire.units.Units.ms;
import static org.synfire.units.Units.pA;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.synfire.sim.Simulation;
import org.synfire.model.GroupSpec;
import org.synfire.model.Network;
import org.synfire.model.Probe;
import org.synfire.model.SpikeProbeSpec;
import org.synfire.model.StateProbeSpec;

/**
 * The cell classes of Izhikevich (2003), Fig. 2, under the paper's protocol: from rest, a step of
 * I = 10 (here 10 pA, see {@link Library#izhikevich()}) for 500 ms at dt = 0.1 ms. Each test checks
 * the feature the paper names the class by, through ISI statistics, with thresholds set between
 * what the class does and what the other classes do (measured values in the comments; they
 * change by less than 0.3 ms between dt = 0.1 and 0.01 ms, RK4 being accurate here).
 */
class IzhikevichPatternTest {
    private static final double DT = 0.1;
    private static final double STEP_PA = 10;

    private static SpikeIntervals step(String preset) {
        return SpikeIntervals.simulate(Library.izhikevich(preset), DT, 500, g -> g.set("I", pA.of(STEP_PA)));
    }

    @Test
    void regularSpikingAdapts() {
        // Measured: ISIs 17.3, then 45.0 ms throughout. Fig. 2 (RS): "spike frequency adaptation",
        // low-frequency single spikes. A ratio of 1.5 is well below the measured 2.6 and above
        // anything a non-adapting cell gives (1.0); 10 ms excludes bursts (IB/CH ISIs are < 7 ms).
        SpikeIntervals s = step("RS");
        assertTrue(s.count() >= 8, s.toString());
        assertTrue(s.isi(1) > 1.5 * s.isi(0), "later ISIs clearly longer than the first: " + s);
        assertTrue(Arrays.stream(s.isis()).allMatch(isi -> isi > 10), "single spikes, no bursts: " + s);
        double steadyHz = 1000 / SpikeIntervals.mean(s.isisAfter(100));
        assertTrue(steadyHz > 10 && steadyHz < 40, "low steady rate (measured 22 Hz): " + steadyHz);
    }

    @Test
    void fastSpikingFiresFastWithoutAdaptation() {
        // Measured: ISIs 4.0, 5.6, 7.0, 7.4, then 7.5 ms ± 0.1 for the rest of the step: an onset
        // transient of ~20 ms (1/a = 10 ms) and no adaptation afterwards; Fig. 2 (FS): "high
        // frequency without adaptation". The steady rate (133 Hz) is six times RS's at the same
        // current (22 Hz); the early and late steady rates agree to 0.5 %.
        SpikeIntervals fs = step("FS");
        SpikeIntervals rs = step("RS");
        double early = SpikeIntervals.mean(Arrays.copyOfRange(fs.isisAfter(50), 0, 10));
        double late = SpikeIntervals.mean(fs.isisAfter(400));
        assertTrue(late < 10, "above 100 Hz: " + fs);
        assertTrue(Math.abs(late / early - 1) < 0.03, "no adaptation during the step: early " + early + " ms, late " + late + " ms");
        assertTrue(SpikeIntervals.cv(fs.isisAfter(50)) < 0.03, "regular: " + fs);
        assertTrue(fs.count() > 4 * rs.count(), "FS fires far faster than RS: " + fs.count() + " vs " + rs.count());
    }

    @Test
    void intrinsicallyBurstingBurstsThenSpikesTonically() {
        // Measured: burst of 3 (ISIs 2.2, 3.4 ms), then 37.5 and 31.3 ms to the end. Fig. 2 (IB):
        // "a stereotypical burst followed by repetitive single spikes".
        SpikeIntervals s = step("IB");
        assertTrue(s.isi(0) < 6 && s.isi(1) < 6, "initial burst: " + s);
        double[] tonic = Arrays.copyOfRange(s.isis(), 2, s.isis().length);
        assertTrue(tonic.length >= 8 && Arrays.stream(tonic).allMatch(isi -> isi > 20), "then single spikes: " + s);
        assertTrue(SpikeIntervals.cv(Arrays.copyOfRange(tonic, 1, tonic.length)) < 0.05, "tonic (regular): " + s);
    }

    @Test
    void chatteringBurstsRepeatedly() {
        // Measured: bursts of 5 spikes (ISIs 1.9–5.2 ms) separated by 48 ms. Fig. 2 (CH): bursts
        // of closely spaced spikes, repeated. The ISI distribution is bimodal: every ISI is
        // either intra-burst (< 8 ms) or inter-burst (> 30 ms), with nothing between.
        SpikeIntervals s = step("CH");
        double[] isis = s.isis();
        long intra = Arrays.stream(isis).filter(isi -> isi < 8).count();
        long inter = Arrays.stream(isis).filter(isi -> isi > 30).count();
        assertEquals(isis.length, intra + inter, "bimodal ISIs: " + s);
        assertTrue(inter >= 5, "repeated bursts: " + s);
        assertTrue(intra >= 2 * (inter + 1), "at least 3 spikes per burst: " + s);
    }

    @Test
    void lowThresholdSpikingAdaptsFromHighFrequencyAndRebounds() {
        // Measured: ISIs 3.0, 3.6, 4.6, 6.6, 10.4, then 13.5 ms. Fig. 2 (LTS): high-frequency
        // trains with pronounced adaptation, and rebound spikes. The onset rate (> 200 Hz) is
        // above RS's (58 Hz) and the adaptation ratio (4.5) above RS's (2.6).
        SpikeIntervals s = step("LTS");
        assertTrue(s.isi(0) < 5, "high-frequency onset: " + s);
        assertTrue(SpikeIntervals.mean(s.isisAfter(100)) > 3 * s.isi(0), "pronounced adaptation: " + s);
        // Rebound: release from 200 ms of hyperpolarisation (I = -10 pA) fires a spike within
        // 30 ms (measured: 7.9 ms after release), which RS, an integrator, does not.
        assertEquals(1, rebound("LTS"), "LTS rebound spike");
        assertEquals(0, rebound("RS"), "RS does not rebound");
    }

    @Test
    void thalamoCorticalFiresAReboundBurst() {
        // Fig. 2 (TC): at a hyperpolarised potential, release produces a rebound burst. Measured:
        // 4 spikes within 35 ms of the release from -10 pA.
        assertTrue(rebound("TC") >= 3, "rebound burst");
    }

    /** Spikes within 30 ms (TC: 50 ms) after release from 200 ms at -10 pA, starting at rest. */
    private static int rebound(String preset) {
        Network net = Network.create().dt(ms.of(DT));
        GroupSpec g = net.group("n", 1, Library.izhikevich(preset));
        SpikeProbeSpec probe = net.probe(Probe.spikes(g));
        Simulation sim = Simulation.build(net).run(ms.of(100));
        assertEquals(0, sim.data(probe).count(), preset + " is silent at rest");
        sim.group("n").set("I", pA.of(-10));
        sim.run(ms.of(200));
        sim.group("n").set("I", pA.of(0));
        sim.run(ms.of(preset.equals("TC") ? 50 : 30));
        return sim.data(probe).count();
    }

    @Test
    void resonatorOscillatesBelowThresholdAtTheLinearisedFrequency() {
        // RZ (a = 0.1, b = 0.26) rests at -62.5 mV, where the linearisation
        // [[0.08 v/mV + 5, -1], [a b, -a]] per ms = [[0, -1], [0.026, -0.1]] has eigenvalues
        // -0.05 ± 0.1533i per ms: a damped oscillation with half-period pi/0.1533 = 20.49 ms
        // and amplitude ratio exp(-0.05 * 20.49) = 0.359 between successive extrema. A 1 ms
        // pulse of 2 pA (a 2 mV kick, below threshold) starts it. Tolerances: 3 % on the
        // half-period and 10 % on the ratio, for the sampling (0.1 ms) and the remaining
        // nonlinearity (0.04 v² at 1 mV amplitude); the first two extrema, larger, are skipped.
        List<double[]> rz = extremaAfterPulse("RZ");
        assertTrue(rz.size() >= 6, "damped oscillation with many extrema: " + rz.size());
        for (int k = 2; k + 1 < rz.size() && k < 6; k++) {
            double halfPeriod = rz.get(k + 1)[0] - rz.get(k)[0];
            double ratio = -rz.get(k + 1)[1] / rz.get(k)[1];
            assertEquals(20.49, halfPeriod, 0.03 * 20.49, "half period " + k);
            assertEquals(0.359, ratio, 0.1 * 0.359, "amplitude ratio " + k);
        }
        // RS, an integrator (real eigenvalues at rest), returns with at most one shallow undershoot.
        List<double[]> rs = extremaAfterPulse("RS");
        assertTrue(rs.size() <= 2 && (rs.size() < 2 || -rs.get(1)[1] < 0.02 * rs.get(0)[1]), "RS does not oscillate");
    }

    /** Extrema of v - v_rest after a 1 ms, 2 pA pulse at 10 ms: {time ms, deviation mV}. */
    private static List<double[]> extremaAfterPulse(String preset) {
        Network net = Network.create().dt(ms.of(DT));
        GroupSpec g = net.group("n", 1, Library.izhikevich(preset));
        StateProbeSpec vp = net.probe(Probe.state(g, "v"));
        SpikeProbeSpec sp = net.probe(Probe.spikes(g));
        Simulation sim = Simulation.build(net).run(ms.of(10));
        sim.group("n").set("I", pA.of(2));
        sim.run(ms.of(1));
        sim.group("n").set("I", pA.of(0));
        sim.run(ms.of(150));
        assertEquals(0, sim.data(sp).count(), "the pulse is subthreshold");
        double[] v = sim.data(vp).values("v", 0, mV);
        double[] t = sim.data(vp).times(ms);
        double rest = v[0];
        List<double[]> out = new ArrayList<>();
        for (int k = 101; k + 1 < v.length; k++) {
            // Below 1e-4 mV the trace is flat to rounding, and its sign changes mean nothing.
            if ((v[k] - v[k - 1]) * (v[k + 1] - v[k]) < 0 && Math.abs(v[k] - rest) > 1e-4) {
                out.add(new double[] {t[k], v[k] - rest});
            }
        }
        return out;
    }
}
