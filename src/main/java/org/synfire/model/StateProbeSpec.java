package org.synfire.model;

import java.util.List;
import org.synfire.units.Quantity;

/**
 * Records variables (state, parameters or sub-expressions) of chosen neurons of a group at a
 * sampling interval. Make one with {@link Probe#state} and add it with {@link Network#probe}.
 * By default it records neuron 0 at every step.
 */
public final class StateProbeSpec extends SampledProbeSpec<StateProbeSpec> implements ProbeSpec {

    StateProbeSpec(String name, String target, List<String> variables, int[] neurons, Quantity every, TimeWindow window) {
        super(name, target, variables, neurons, every, window);
    }

    @Override
    StateProbeSpec copy(String newName, int[] newIndices, Quantity newEvery, TimeWindow newWindow) {
        return new StateProbeSpec(newName, target(), variables(), newIndices, newEvery, newWindow);
    }

    /** The same probe, recording the given neurons. */
    public StateProbeSpec neurons(int... indices) {
        return choosing(indices);
    }

    /** The neurons recorded, a copy. */
    public int[] neurons() {
        return indices();
    }

    @Override
    public String toString() {
        return "StateProbe " + name() + " of " + target() + " " + variables() + " (" + sampling("neurons")
            + (window().equals(TimeWindow.ALWAYS) ? "" : ", during " + window()) + ")";
    }
}
