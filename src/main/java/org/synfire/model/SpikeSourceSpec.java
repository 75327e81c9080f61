package org.synfire.model;

import java.util.Arrays;
import org.synfire.units.Quantity;
import org.synfire.units.Units;

/**
 * A group of sources that spike at given times (Brian2's {@code SpikeGeneratorGroup}). Made by
 * {@link Network#spikeSource}.
 *
 * @param name    unique within the network
 * @param size    number of sources
 * @param indices the source of each event
 * @param times   the time of each event, in seconds
 */
public record SpikeSourceSpec(String name, int size, int[] indices, double[] times) implements PopulationSpec {

    /**
     * Copies the events, so a spec never changes.
     *
     * @param name    unique within the network
     * @param size    number of sources
     * @param indices the source of each event
     * @param times   the time of each event, in seconds
     * @throws SpecException for a size below 1, indices and times of different lengths, an index outside {@code [0, size)} or a negative or
     *                       non-finite time
     */
    public SpikeSourceSpec {
        if (size < 1) {
            throw new SpecException("SpikeSource", name, "size", size + " sources is impossible; give at least 1");
        }
        if (indices.length != times.length) {
            throw new SpecException("SpikeSource", name, "times", indices.length + " indices but " + times.length
                + " times; give one time per event");
        }
        for (int k = 0; k < indices.length; k++) {
            if (indices[k] < 0 || indices[k] >= size) {
                throw new SpecException("SpikeSource", name, "indices", "event " + k + " names source " + indices[k]
                    + "; valid sources are 0.." + (size - 1));
            }
            if (!(times[k] >= 0) || Double.isInfinite(times[k])) {
                throw new SpecException("SpikeSource", name, "times", "event " + k + " has time " + Quantity.of(times[k], Units.second)
                    + "; times must be finite and not negative");
            }
        }
        indices = indices.clone();
        times = times.clone();
    }

    /**
     * {@return the source of each event, as a copy}
     */
    @Override
    public int[] indices() {
        return indices.clone();
    }

    /**
     * {@return the time of each event in seconds, as a copy}
     */
    @Override
    public double[] times() {
        return times.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SpikeSourceSpec s && s.name.equals(name) && s.size == size
            && Arrays.equals(s.indices, indices) && Arrays.equals(s.times, times);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(indices);
    }

    @Override
    public String toString() {
        return "SpikeSource " + name + " (" + size + " sources, " + times.length + " events)";
    }
}
