package org.synfire.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * Where a {@code (linked)} parameter of a group reads its value: a per-neuron variable of another
 * group (or of a slice of one), neuron by neuron or through an index, as Brian2's
 * {@code linked_var}. The value is copied at the start of every step, before any phase that reads
 * it, so every group sees the source as it was at {@code t} whatever the threads and the order of
 * groups; it is read-only where it is linked. Give it with {@link GroupSpec.Builder#link}.
 *
 * <pre>{@code
 * NeuronModel dendrite = NeuronModel.of("dendrite", """
 *         dvd/dt = (v_soma - vd)/tau : volt
 *         v_soma : volt (linked)
 *         tau : second (shared, constant)
 *         """).with("tau", "5 ms");
 * net.group("dend", 100, dendrite, b -> b.link("v_soma", LinkedVariable.of(soma, "v")));
 * net.group("one", 10, dendrite, b -> b.link("v_soma", LinkedVariable.of(soma, "v").index(0, 0, 1, 1, 2, 2, 3, 3, 4, 4)));
 * }</pre>
 *
 * @param source   the group read
 * @param slice    the part of it read, or {@code null} for all of it; indices count from its start
 * @param variable the variable read: a state variable or a per-neuron parameter of the source
 * @param index    for each neuron of the linking group, the source neuron it reads; {@code null} for one to one
 */
public record LinkedVariable(String source, Slice slice, String variable, int[] index) {

    /**
     * Copies {@code index}, so a link never changes.
     *
     * @param source   the group read
     * @param slice    the part of it read, or {@code null} for all of it; indices count from its start
     * @param variable the variable read: a state variable or a per-neuron parameter of the source
     * @param index    for each neuron of the linking group, the source neuron it reads; {@code null} for one to one
     */
    public LinkedVariable {
        index = index == null ? null : index.clone();
    }

    /**
     * The variable {@code variable} of {@code source}, read one to one (the two must have the same size).
     *
     * @param source   a neuron group or a slice of one
     * @param variable a state variable or per-neuron parameter of its model
     * @return the link
     * @throws SpecException if {@code source} is a spike source or its model has no such variable
     */
    public static LinkedVariable of(Neurons source, String variable) {
        if (!(source.population() instanceof GroupSpec g)) {
            throw new SpecException("Link", source.label(), variable, "'" + source.label() + "' is a spike source, which has no variables");
        }
        if (g.model().equations().get(variable) == null) {
            throw new SpecException("Link", source.label(), variable, "is no variable of model '" + g.model().name() + "'; its variables: "
                + String.join(", ", g.model().equations().names()));
        }
        return new LinkedVariable(g.name(), Slice.of(source), variable, null);
    }

    /**
     * The same link, neuron {@code k} of the linking group reading neuron {@code index[k]} of the source.
     *
     * @param indices for each neuron of the linking group, the source neuron it reads, counted from the slice's start
     * @return the link with that index; copied
     */
    public LinkedVariable index(int... indices) {
        return new LinkedVariable(source, slice, variable, indices);
    }

    /**
     * The source neuron neuron {@code k} reads, counted in the source's whole group.
     *
     * @param k a neuron of the linking group
     * @return the neuron of the source's group it reads
     */
    public int sourceNeuron(int k) {
        return (slice == null ? 0 : slice.from()) + (index == null ? k : index[k]);
    }

    /** {@return the source as reports name it, with the variable: {@code soma.v}, {@code soma[0:10].v}} */
    public String label() {
        return Slice.label(source, slice) + "." + variable;
    }

    /**
     * {@return for each neuron of the linking group, the source neuron it reads (a copy), or {@code null} for one to one}
     */
    @Override
    public int[] index() {
        return index == null ? null : index.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinkedVariable l && l.source.equals(source) && Objects.equals(l.slice, slice) && l.variable.equals(variable)
            && Arrays.equals(l.index, index);
    }

    @Override
    public int hashCode() {
        return source.hashCode() * 31 + variable.hashCode();
    }

    @Override
    public String toString() {
        return "linked to " + label() + (index == null ? "" : " by index");
    }
}
