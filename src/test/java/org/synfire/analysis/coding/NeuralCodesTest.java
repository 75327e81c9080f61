package org.synfire.analysis.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synfire.units.Units.ms;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.synfire.connectivity.Connect;
import org.synfire.sim.Simulation;
import org.synfire.model.GroupSpec;
import org.synfire.model.Network;
import org.synfire.model.Probe;
import org.synfire.model.SpikeProbeSpec;
import org.synfire.model.SpikeSourceSpec;
import org.synfire.model.SynapseModel;
import org.synfire.model.library.Library;
import org.synfire.probe.SpikeTrains;
import org.synfire.units.Quantity;
import org.synfire.units.Units;

/**
 * Each code encodes known values, the spikes pass through Synfire LIF neurons (one relay neuron
 * per input, a 30 mV kick that always fires it, no refractory period), and the relay's spikes are
 * decoded. The relay adds a fixed lag: the synaptic delay plus the step in which the crossing is
 * detected. Spike times are rounded to the 0.1 ms grid on the way in, which is the resolution
 * each code's own {@code resolution(dt)} states.
 */
class NeuralCodesTest {
    private static final Quantity DT = ms.of(0.1);
    private static final Quantity DELAY = ms.of(1);
    private static final Quantity LAG = ms.of(1.1);
    /** Spike sources report spikes at the end of a step, so the first may come at dt, not at 0. */
    private static final Quantity ONSET = ms.of(2);

    private static SpikeTrains relay(SpikeTrains input, Quantity runFor) {
        Network net = Network.create().dt(DT);
        int n = input.groupSize();
        SpikeSourceSpec source = net.spikeSource("input", n, input.indices(), input.times(ms), ms);
        GroupSpec relay = net.group("relay", n, Library.lif().with("tref", ms.of(0)));
        net.connect("in", source, relay, SynapseModel.onSpike("v_post += 30*mV"), Connect.oneToOne(), p -> p.delay(DELAY));
        SpikeProbeSpec out = net.probe(Probe.spikes(relay));
        Simulation sim = Simulation.build(net).run(runFor);
        return sim.data(out);
    }

    @Test
    void latencyCodeSurvivesRelayNeurons() {
        double[] values = {0, 0.1, 0.25, 0.333, 0.5, 0.77, 0.9, 1};
        LatencyCode code = new LatencyCode(0, 1, ms.of(5), ms.of(25));
        SpikeTrains in = code.encode(values);
        assertEquals(25, in.timesOf(0, ms)[0], 1e-9, "the smallest value fires latest");
        assertEquals(5, in.timesOf(7, ms)[0], 1e-9);
        double[] decoded = code.decode(relay(in, ms.of(40)), LAG);
        // Rounding a time to the grid moves it by at most half a step.
        double allowed = 0.5 * code.resolution(DT) + 1e-9;
        for (int k = 0; k < values.length; k++) {
            assertEquals(values[k], decoded[k], allowed, "value " + k);
        }
        assertEquals(0.1 / 20, code.resolution(DT), 1e-12, "0.1 ms in a 20 ms range over a unit range");
    }

    @Test
    void intervalCodeSurvivesRelayNeuronsAndIgnoresTheLag() {
        double[] values = {0, 0.15, 0.4, 0.55, 0.8, 1};
        IntervalCode code = new IntervalCode(0, 1, ms.of(4), ms.of(24), 6);
        SpikeTrains in = code.encode(values, ONSET);
        assertEquals(26, in.timesOf(0, ms)[1], 1e-9, "the smallest value, the longest interval");
        double[] decoded = code.decode(relay(in, ms.of(150)));
        // Each end of a train moves by at most half a step: the span by at most one, spread over 5 intervals.
        double allowed = code.resolution(DT) + 1e-9;
        for (int k = 0; k < values.length; k++) {
            assertEquals(values[k], decoded[k], allowed, "value " + k);
        }
    }

    @Test
    void rateCodeSurvivesRelayNeuronsWithinPoissonError() {
        double[] rates = {2, 5, 10, 20, 40, 80, 3, 15, 30, 60};
        // Drawn on the simulation's grid: a spike source fires at most once per step.
        RateCode code = new RateCode(Units.second.of(10)).onGrid(DT);
        SpikeTrains in = code.encode(rates, 42, ONSET);
        SpikeTrains out = relay(in, Units.second.of(10.01));
        assertEquals(in.count(), out.count(), "every input spike fires its relay");
        double[] decoded = code.decode(out, ONSET.plus(LAG));
        for (int k = 0; k < rates.length; k++) {
            // A binomial count has sd sqrt(rT(1 - r dt)): the decoded rate is within 4 sd (a 6e-5 chance per value to fail).
            assertEquals(rates[k], decoded[k], 4 * code.resolution(rates[k]), "rate " + k);
        }
        assertTrue(decoded[5] > 3 * decoded[2], "the decoded rates follow the values");
    }

    @Test
    void encodingThenDecodingWithoutNeuronsIsExact() {
        double[] values = {0.05, 0.5, 0.95};
        LatencyCode latency = new LatencyCode(0, 1, ms.of(5), ms.of(25));
        IntervalCode interval = new IntervalCode(-1, 1, ms.of(2), ms.of(12), 3);
        double[] signed = {-0.9, 0, 0.7};
        double[] a = latency.decode(latency.encode(values));
        double[] b = interval.decode(interval.encode(signed));
        for (int k = 0; k < values.length; k++) {
            assertEquals(values[k], a[k], 1e-12);
            assertEquals(signed[k], b[k], 1e-12);
        }
        RateCode rate = new RateCode(ms.of(500));
        assertEquals(Arrays.toString(rate.decode(rate.encode(new double[] {10, 20}, 3))),
            Arrays.toString(rate.decode(rate.encode(new double[] {10, 20}, 3))), "the same seed, the same trains");
        assertEquals(0, rate.encode(new double[] {0}, 1).count());
        // On a grid every spike sits at the end of a step, and the mean count is r·T.
        SpikeTrains grid = rate.onGrid(ms.of(0.1)).encode(new double[] {200, 200, 200, 200}, 9, ms.of(1));
        for (double t : grid.times(ms)) {
            assertEquals(Math.round(t * 10), t * 10, 1e-6, "on the 0.1 ms grid");
        }
        // 4 × 200 Hz × 0.5 s = 400 spikes, sd 19.4.
        assertEquals(400, grid.count(), 80);
    }

    @Test
    void badCodesAndValuesAreRefusedWithTheFix() {
        LatencyCode code = new LatencyCode(0, 1, ms.of(5), ms.of(25));
        CodingException outside = assertThrows(CodingException.class, () -> code.encode(new double[] {0.5, 1.5}));
        assertTrue(outside.getMessage().contains("value 1.5 of neuron 1 is outside the code's range [0.0, 1.0]"), outside.getMessage());
        CodingException times = assertThrows(CodingException.class, () -> new LatencyCode(0, 1, ms.of(25), ms.of(5)));
        assertTrue(times.getMessage().contains("shortest < longest"), times.getMessage());
        CodingException spikes = assertThrows(CodingException.class, () -> new IntervalCode(0, 1, ms.of(5), ms.of(25), 1));
        assertTrue(spikes.getMessage().contains("at least 2 spikes"), spikes.getMessage());
        CodingException rate = assertThrows(CodingException.class, () -> new RateCode(ms.of(100)).encode(new double[] {-1}, 0));
        assertTrue(rate.getMessage().contains("neuron 0"), rate.getMessage());
        CodingException duration = assertThrows(CodingException.class, () -> new RateCode(Units.mV.of(1)));
        assertTrue(duration.getMessage().contains("positive time"), duration.getMessage());
    }

    @Test
    void correlatedTrainsHaveTheirRateAndShareSpikesAtTheAskedCorrelation() {
        RateCode code = new RateCode(Units.second.of(100)).onGrid(DT);
        SpikeTrains s = code.correlated(20, 10, 0.2, 3);
        assertEquals(20, s.groupSize());
        for (int k = 0; k < 20; k++) {
            double[] t = s.timesOf(k, ms);
            // 1,000 spikes expected in 100 s: Poisson sd 32, i.e. 0.32 Hz; allow 4 sd.
            assertEquals(10, t.length / 100.0, 1.3, "train " + k);
            for (int i = 1; i < t.length; i++) {
                assertTrue(t[i] - t[i - 1] > 0.05, "train " + k + ": at most one spike per 0.1 ms step");
            }
            for (double time : t) {
                assertEquals(Math.round(time * 10), time * 10, 1e-6, "on the 0.1 ms grid");
            }
        }
        // Counts in 2,000 windows of 50 ms: each pair's coefficient has sd (1 - c²)/√2000 = 0.02, and the mean over
        // the 190 pairs (which share one mother train) varies less; allow 0.04.
        assertEquals(0.2, org.synfire.analysis.Counts.meanCorrelation(s, ms.of(50), ms.of(0), Units.second.of(100)), 0.04);
        SpikeTrains same = code.correlated(3, 10, 1, 5);
        assertEquals(Arrays.toString(same.timesOf(0, ms)), Arrays.toString(same.timesOf(2, ms)), "c = 1: one train three times");
        assertEquals(Arrays.toString(s.times(ms)), Arrays.toString(code.correlated(20, 10, 0.2, 3).times(ms)), "the same seed, the same trains");
        CodingException zero = assertThrows(CodingException.class, () -> code.correlated(5, 10, 0, 1));
        assertEquals("RateCode.correlated: the correlation 0.0 is not in (0, 1]; for independent trains use encode(rates, seed)", zero.getMessage());
        CodingException dense = assertThrows(CodingException.class, () -> code.correlated(5, 100, 0.005, 1));
        assertTrue(dense.getMessage().contains("needs a shared train of 20000.0 Hz, more than one spike per step"), dense.getMessage());
        assertThrows(CodingException.class, () -> code.correlated(0, 10, 0.5, 1));
        assertThrows(CodingException.class, () -> code.correlated(5, -1, 0.5, 1));
    }

    @Test
    void aVanishingRateOnTheGridGivesNoSpikesInsteadOfRunningAway() {
        // r·dt = 1e-40: the geometric skip is far beyond any long; it must end the train, not wrap around.
        SpikeTrains s = new RateCode(Units.second.of(1)).onGrid(DT).encode(new double[] {1e-36, 20}, 5);
        assertEquals(0, s.timesOf(0, ms).length);
        assertTrue(s.timesOf(1, ms).length > 5);
    }
}
