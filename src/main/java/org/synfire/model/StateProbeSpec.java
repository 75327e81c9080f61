package org.synfire.model;

import java.util.Arrays;
import java.util.List;
import org.synfire.units.Quantity;

/**
 * Records variables (state, parameters or sub-expressions) of chosen neurons of a group at a
 * sampling interval. Make one with {@link Probe#state} and add it with {@link Network#probe}.
 *
 * @param name      unique within the network; assigned by the network when empty
 * @param target    the group recorded
 * @param variables the variables recorded
 * @param neurons   the neurons recorded (by default neuron 0)
 * @param every     the sampling interval, or {@code null} for every step
 */
public record StateProbeSpec(String name, String target, List<String> variables, int[] neurons, Quantity every) implements ProbeSpec {

    public StateProbeSpec {
        variables = List.copyOf(variables);
        neurons = neurons.clone();
    }

    /** The same probe, recording the given neurons. */
    public StateProbeSpec neurons(int... indices) {
        return new StateProbeSpec(name, target, variables, indices, every);
    }

    /** The same probe, sampling every {@code interval} (a multiple of dt). */
    public StateProbeSpec every(Quantity interval) {
        return new StateProbeSpec(name, target, variables, neurons, interval);
    }

    /** The same probe under a name. */
    public StateProbeSpec named(String newName) {
        return new StateProbeSpec(newName, target, variables, neurons, every);
    }

    @Override
    public int[] neurons() {
        return neurons.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StateProbeSpec p && p.name.equals(name) && p.target.equals(target) && p.variables.equals(variables)
            && Arrays.equals(p.neurons, neurons) && java.util.Objects.equals(p.every, every);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + target.hashCode();
    }

    @Override
    public String toString() {
        return "StateProbe " + name + " of " + target + " " + variables + " (" + neurons.length + " neurons"
            + (every == null ? "" : ", every " + every) + ")";
    }
}
