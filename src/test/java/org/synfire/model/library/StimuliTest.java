package org.synfire.model.library;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synfire.units.Units.Hz;
import static org.synfire.units.Units.mV;
import static org.synfire.units.Units.ms;
import static org.synfire.units.Units.nA;

import org.junit.jupiter.api.Test;
import org.synfire.model.GroupSpec;
import org.synfire.model.Network;
import org.synfire.model.NeuronModel;
import org.synfire.model.Probe;
import org.synfire.model.SpecException;
import org.synfire.model.SpikeProbeSpec;
import org.synfire.model.TimedArray;
import org.synfire.sim.Simulation;

/** The stimulus library: each shape sampled every 0.1 ms, zero outside its window, and driving a model's parameter. */
class StimuliTest {
    private static double at(TimedArray a, double ms) {
        return a.siValues()[(int) Math.round(ms / 0.1)];
    }

    @Test
    void shapesHaveTheirValuesInTheirWindowAndZeroOutside() {
        TimedArray step = Stimuli.step(ms.of(10), ms.of(20), nA.of(0.5));
        assertEquals(0, at(step, 9.9));
        assertEquals(0.5e-9, at(step, 10), 1e-21);
        assertEquals(0.5e-9, at(step, 19.9), 1e-21);
        assertEquals(0, at(step, 20), "zero from the end on, and the last sample holds after");

        TimedArray ramp = Stimuli.ramp(ms.of(0), ms.of(10), nA.of(0), nA.of(1));
        assertEquals(0.5e-9, at(ramp, 5), 1e-15);

        TimedArray sine = Stimuli.sinusoid(ms.of(0), ms.of(100), mV.of(2), Hz.of(10), mV.of(1));
        assertEquals(3e-3, at(sine, 25), 1e-12, "offset + amplitude at a quarter period");
        assertEquals(-1e-3, at(sine, 75), 1e-12);

        TimedArray pulses = Stimuli.pulses(ms.of(5), ms.of(10), ms.of(2), 3, nA.of(1));
        double[] expected = {0, 1e-9, 0, 1e-9, 0, 1e-9, 0};
        double[] sampled = {at(pulses, 4.9), at(pulses, 6.9), at(pulses, 7), at(pulses, 15), at(pulses, 17.5), at(pulses, 26.9), at(pulses, 27)};
        assertArrayEquals(expected, sampled, 1e-21);
    }

    @Test
    void anOrnsteinUhlenbeckCurrentHasItsMeanAndSpreadAndRepeatsForASeed() {
        TimedArray ou = Stimuli.ornsteinUhlenbeck(ms.of(0), ms.of(20_000), nA.of(0.2), nA.of(0.05), ms.of(5), 4);
        double[] v = ou.siValues();
        double sum = 0;
        double squares = 0;
        for (int k = 0; k < v.length - 1; k++) {
            sum += v[k];
            squares += v[k] * v[k];
        }
        int n = v.length - 1;
        double mean = sum / n;
        double sd = Math.sqrt(squares / n - mean * mean);
        // 20 s at tau = 5 ms: about 2,000 independent values, standard errors of 2.2 % of sigma
        // for the mean and 1.6 % for the spread.
        assertEquals(0.2e-9, mean, 0.1 * 0.05e-9);
        assertEquals(0.05e-9, sd, 0.08 * 0.05e-9);
        assertArrayEquals(v, Stimuli.ornsteinUhlenbeck(ms.of(0), ms.of(20_000), nA.of(0.2), nA.of(0.05), ms.of(5), 4).siValues());
    }

    @Test
    void aStepDrivesALifOnlyWhileItLasts() {
        Network net = Network.create();
        NeuronModel driven = Library.lif().drive("I", Stimuli.step(ms.of(50), ms.of(150), nA.of(0.3)));
        GroupSpec g = net.group("g", 1, driven);
        SpikeProbeSpec spikes = net.probe(Probe.spikes(g));
        double[] t = Simulation.build(net).run(ms.of(250)).data(spikes).times(ms);
        assertTrue(t.length > 5, "it fires while driven: " + t.length + " spikes");
        assertTrue(t[0] > 50 && t[t.length - 1] < 151, "and only then: " + java.util.Arrays.toString(t));
    }

    @Test
    void mistakesSayWhatToGive() {
        SpecException grid = assertThrows(SpecException.class, () -> Stimuli.step(ms.of(10.05), ms.of(20), nA.of(1)));
        assertTrue(grid.getMessage().contains("both on the 0.1 ms grid"), grid.getMessage());
        SpecException reversed = assertThrows(SpecException.class, () -> Stimuli.step(ms.of(20), ms.of(10), nA.of(1)));
        assertTrue(reversed.getMessage().contains("needs 0 <= start < end"), reversed.getMessage());
        SpecException units = assertThrows(SpecException.class, () -> Stimuli.ramp(ms.of(0), ms.of(10), nA.of(0), mV.of(1)));
        assertTrue(units.getMessage().contains("are in different units"), units.getMessage());
        SpecException frequency = assertThrows(SpecException.class,
            () -> Stimuli.sinusoid(ms.of(0), ms.of(10), nA.of(1), ms.of(5), nA.of(0)));
        assertTrue(frequency.getMessage().contains("give a frequency such as 5.Hz"), frequency.getMessage());
        SpecException width = assertThrows(SpecException.class, () -> Stimuli.pulses(ms.of(0), ms.of(10), ms.of(12), 3, nA.of(1)));
        assertTrue(width.getMessage().contains("0 < width <= period"), width.getMessage());
        SpecException notParameter = assertThrows(SpecException.class, () -> Library.lif().drive("v", Stimuli.step(ms.of(0), ms.of(1), mV.of(1))));
        assertTrue(notParameter.getMessage().contains("is not a parameter, so no timed array can drive it; parameters: "), notParameter.getMessage());
        SpecException wrongUnit = assertThrows(SpecException.class, () -> Library.lif().drive("I", Stimuli.step(ms.of(0), ms.of(1), mV.of(1))));
        assertTrue(wrongUnit.getMessage().contains("is in amp, and the timed array driving it in volt; give one in amp"), wrongUnit.getMessage());
    }
}
