package org.synfire.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.synfire.units.Quantity;

/**
 * What state and synapse probes have in common: variables of chosen elements of their target
 * (neurons of a group, synapses of a projection) sampled at an interval during a part of the run,
 * and the copies with one of these changed. Immutable: every change returns a copy, made by the
 * subclass.
 *
 * @param <P> the probe type itself
 */
public abstract sealed class SampledProbeSpec<P extends SampledProbeSpec<P>> permits StateProbeSpec, SynapseProbeSpec {
    private final String name;
    private final String target;
    private final List<String> variables;
    private final int[] indices;
    private final Quantity every;
    private final TimeWindow window;

    SampledProbeSpec(String name, String target, List<String> variables, int[] indices, Quantity every, TimeWindow window) {
        this.name = name;
        this.target = target;
        this.variables = List.copyOf(variables);
        this.indices = indices.clone();
        this.every = every;
        this.window = window;
    }

    /** A copy with these parts, its target and variables as they are. */
    abstract P copy(String newName, int[] newIndices, Quantity newEvery, TimeWindow newWindow);

    /**
     * The same probe, sampling every {@code interval} (a multiple of dt).
     *
     * @param interval a positive time, checked at build to be a whole number of steps
     * @return a copy with that change; this probe is unchanged
     */
    public P every(Quantity interval) {
        return copy(name, indices, interval, window);
    }

    /**
     * The same probe, sampling from {@code start} until {@code stop} only.
     *
     * @param start when sampling starts, a time of zero or more
     * @param stop  when it stops, after {@code start}, or {@code null} for the run's end
     * @return a copy with that change; this probe is unchanged
     * @throws SpecException unless {@code 0 <= start < stop}
     */
    public P between(Quantity start, Quantity stop) {
        return copy(name, indices, every, new TimeWindow(start, stop));
    }

    /**
     * The same probe under a name.
     *
     * @param newName unique within the network
     * @return a copy with that change; this probe is unchanged
     */
    public P named(String newName) {
        return copy(newName, indices, every, window);
    }

    /** The same probe, recording the elements {@code chosen}. */
    P choosing(int[] chosen) {
        return copy(name, chosen, every, window);
    }

    /**
     * Unique within the network; assigned by the network when empty.
     *
     * @return the name; empty before the network assigns one
     */
    public String name() {
        return name;
    }

    /** {@return the name of the group or projection recorded} */
    public String target() {
        return target;
    }

    /** {@return the variables recorded} */
    public List<String> variables() {
        return variables;
    }

    /** The indices of the elements recorded, a copy. */
    int[] indices() {
        return indices.clone();
    }

    /** {@return the sampling interval, or {@code null} for every step} */
    public Quantity every() {
        return every;
    }

    /** {@return the part of the run recorded} */
    public TimeWindow window() {
        return window;
    }

    /** {@code 3 neurons, every 1 ms}: how many elements, called {@code elements}, are sampled how often. */
    String sampling(String elements) {
        return indices.length + " " + elements + (every == null ? "" : ", every " + every);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SampledProbeSpec<?> p && p.getClass() == getClass() && p.name.equals(name) && p.target.equals(target)
            && p.variables.equals(variables) && Arrays.equals(p.indices, indices) && Objects.equals(p.every, every)
            && p.window.equals(window);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + target.hashCode();
    }
}
