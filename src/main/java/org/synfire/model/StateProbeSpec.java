package org.synfire.model;

import java.util.List;
import java.util.Objects;
import org.synfire.units.Quantity;

/**
 * Records variables (state, parameters or sub-expressions) of chosen neurons of a group at a
 * sampling interval. Make one with {@link Probe#state} and add it with {@link Network#probe}.
 * By default it records neuron 0 at every step. On a slice of a group, neurons count from the
 * slice's start.
 */
public final class StateProbeSpec extends SampledProbeSpec<StateProbeSpec> implements ProbeSpec {
    private final Slice slice;

    StateProbeSpec(String name, String target, Slice slice, List<String> variables, int[] neurons, Quantity every, TimeWindow window) {
        super(name, target, variables, neurons, every, window);
        this.slice = slice;
    }

    @Override
    StateProbeSpec copy(String newName, int[] newIndices, Quantity newEvery, TimeWindow newWindow) {
        return new StateProbeSpec(newName, target(), slice, variables(), newIndices, newEvery, newWindow);
    }

    /** {@return the part of the group recorded, or {@code null} for all of it} */
    public Slice slice() {
        return slice;
    }

    @Override
    public String targetLabel() {
        return Slice.label(target(), slice);
    }

    /**
     * The same probe, recording the given neurons.
     *
     * @param indices the neurons, counted from the slice's start
     * @return a copy with that change; this probe is unchanged
     */
    public StateProbeSpec neurons(int... indices) {
        return choosing(indices);
    }

    /** {@return the neurons recorded, a copy} */
    public int[] neurons() {
        return indices();
    }

    @Override
    public boolean equals(Object o) {
        return super.equals(o) && Objects.equals(((StateProbeSpec) o).slice, slice);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }

    @Override
    public String toString() {
        return "StateProbe " + name() + " of " + targetLabel() + " " + variables() + " (" + sampling("neurons")
            + (window().equals(TimeWindow.ALWAYS) ? "" : ", during " + window()) + ")";
    }
}
