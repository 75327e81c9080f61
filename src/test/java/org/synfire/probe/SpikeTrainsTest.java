package org.synfire.probe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.synfire.units.Units;

/** Spike trains made outside a simulation come out in the order a recorder writes: time, then neuron. */
class SpikeTrainsTest {

    @Test
    void trainsAreSortedByTimeThenNeuron() {
        SpikeTrains s = SpikeTrains.of("x", 4, new int[] {3, 1, 2, 0, 1}, new double[] {5, 1, 5, 2, 5}, Units.ms);
        assertArrayEquals(new int[] {1, 0, 1, 2, 3}, s.indices());
        assertArrayEquals(new double[] {1, 2, 5, 5, 5}, s.times(Units.ms), 1e-12);
        assertArrayEquals(new double[] {0.001, 0.002, 0.005, 0.005, 0.005}, s.times(Units.second), 1e-15);
        SpikeTrains byNeuron = SpikeTrains.of("y", new double[][] {{3, 9}, {}, {1}}, Units.ms);
        assertArrayEquals(new int[] {2, 0, 0}, byNeuron.indices());
        assertEquals(3, byNeuron.groupSize());
        assertArrayEquals(new int[] {2, 0, 1}, byNeuron.counts());
    }

    @Test
    void badTrainsNameTheSpike() {
        IllegalArgumentException length = assertThrows(IllegalArgumentException.class,
            () -> SpikeTrains.of("x", 2, new int[] {0}, new double[] {1, 2}, Units.ms));
        assertTrue(length.getMessage().contains("1 neuron indices but 2 times"), length.getMessage());
        IllegalArgumentException time = assertThrows(IllegalArgumentException.class,
            () -> SpikeTrains.of("x", 2, new int[] {0, 1}, new double[] {1, Double.NaN}, Units.ms));
        assertTrue(time.getMessage().contains("spike 1 has time NaN"), time.getMessage());
        assertThrows(org.synfire.units.UnitException.class, () -> SpikeTrains.of("x", new double[][] {{1}}, Units.mV));
    }
}
