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
 * @param window    the part of the run recorded
 */
public record StateProbeSpec(String name, String target, List<String> variables, int[] neurons, Quantity every, TimeWindow window)
    implements ProbeSpec {

    public StateProbeSpec {
        variables = List.copyOf(variables);
        neurons = neurons.clone();
    }

    /** The same probe, recording the given neurons. */
    public StateProbeSpec neurons(int... indices) {
        return new StateProbeSpec(name, target, variables, indices, every, window);
    }

    /** The same probe, sampling every {@code interval} (a multiple of dt). */
    public StateProbeSpec every(Quantity interval) {
        return new StateProbeSpec(name, target, variables, neurons, interval, window);
    }

    /** The same probe, sampling from {@code start} until {@code stop} only. */
    public StateProbeSpec between(Quantity start, Quantity stop) {
        return new StateProbeSpec(name, target, variables, neurons, every, new TimeWindow(start, stop));
    }

    /** The same probe under a name. */
    public StateProbeSpec named(String newName) {
        return new StateProbeSpec(newName, target, variables, neurons, every, window);
    }

    @Override
    public int[] neurons() {
        return neurons.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StateProbeSpec p && p.name.equals(name) && p.target.equals(target) && p.variables.equals(variables)
            && Arrays.equals(p.neurons, neurons) && java.util.Objects.equals(p.every, every) && p.window.equals(window);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + target.hashCode();
    }

    @Override
    public String toString() {
        return "StateProbe " + name + " of " + target + " " + variables + " (" + neurons.length + " neurons"
            + (every == null ? "" : ", every " + every) + (window.equals(TimeWindow.ALWAYS) ? "" : ", during " + window) + ")";
    }
}
