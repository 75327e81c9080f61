package org.synfire.model;

import java.util.Arrays;

/**
 * Records the spikes of a population (all of it, or chosen neurons). Make one with
 * {@link Probe#spikes} and add it with {@link Network#probe}.
 *
 * @param name    unique within the network; assigned by the network when empty
 * @param target  the population recorded
 * @param neurons the neurons recorded, or {@code null} for all
 */
public record SpikeProbeSpec(String name, String target, int[] neurons) implements ProbeSpec {

    public SpikeProbeSpec {
        neurons = neurons == null ? null : neurons.clone();
    }

    /** The same probe, recording only the given neurons. */
    public SpikeProbeSpec neurons(int... indices) {
        return new SpikeProbeSpec(name, target, indices);
    }

    /** The same probe under a name. */
    public SpikeProbeSpec named(String newName) {
        return new SpikeProbeSpec(newName, target, neurons);
    }

    @Override
    public int[] neurons() {
        return neurons == null ? null : neurons.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SpikeProbeSpec p && p.name.equals(name) && p.target.equals(target) && Arrays.equals(p.neurons, neurons);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + target.hashCode();
    }

    @Override
    public String toString() {
        return "SpikeProbe " + name + " of " + target + (neurons == null ? "" : " (" + neurons.length + " neurons)");
    }
}
