package org.synfire.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.synfire.units.Quantity;

/**
 * Records per-synapse variables (e.g. weights under plasticity) of chosen synapses of a
 * projection at a sampling interval. Synapses are numbered as the projection reads them back
 * (CSR order: by source, then target). Event-driven variables are recorded as of their last
 * update, as Brian2 records them. Make one with {@link Probe#synapses}.
 *
 * @param name      unique within the network; assigned by the network when empty
 * @param target    the projection recorded
 * @param variables the per-synapse variables recorded
 * @param synapses  the synapses recorded (by default synapse 0)
 * @param every     the sampling interval, or {@code null} for every step
 * @param window    the part of the run recorded
 */
public record SynapseProbeSpec(String name, String target, List<String> variables, int[] synapses, Quantity every,
                               TimeWindow window) implements ProbeSpec {

    public SynapseProbeSpec {
        variables = List.copyOf(variables);
        synapses = synapses.clone();
    }

    /** The same probe, recording the given synapses. */
    public SynapseProbeSpec synapses(int... indices) {
        return new SynapseProbeSpec(name, target, variables, indices, every, window);
    }

    /** The same probe, sampling every {@code interval} (a multiple of dt). */
    public SynapseProbeSpec every(Quantity interval) {
        return new SynapseProbeSpec(name, target, variables, synapses, interval, window);
    }

    /** The same probe, sampling from {@code start} until {@code stop} only. */
    public SynapseProbeSpec between(Quantity start, Quantity stop) {
        return new SynapseProbeSpec(name, target, variables, synapses, every, new TimeWindow(start, stop));
    }

    /** The same probe under a name. */
    public SynapseProbeSpec named(String newName) {
        return new SynapseProbeSpec(newName, target, variables, synapses, every, window);
    }

    @Override
    public int[] synapses() {
        return synapses.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SynapseProbeSpec p && p.name.equals(name) && p.target.equals(target) && p.variables.equals(variables)
            && Arrays.equals(p.synapses, synapses) && Objects.equals(p.every, every) && p.window.equals(window);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + target.hashCode();
    }

    @Override
    public String toString() {
        return "SynapseProbe " + name + " of " + target + " " + variables + " (" + synapses.length + " synapses"
            + (every == null ? "" : ", every " + every) + ")";
    }
}
