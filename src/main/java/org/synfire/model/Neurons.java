package org.synfire.model;

/**
 * Neurons that projections and probes can name: a whole population ({@link PopulationSpec}) or a
 * contiguous part of one ({@link Subgroup}, Brian2's {@code G[from:to]}). Wherever a method takes
 * {@code Neurons}, a subgroup goes where its population would.
 *
 * <pre>{@code
 * GroupSpec neurons = net.group("neurons", 4000, Library.lif());
 * Subgroup exc = neurons.slice(0, 3200);
 * Subgroup inh = neurons.slice(3200, 4000);
 * net.connect("ei", exc, inh, SynapseModel.onSpike("v += 0.2*mV"), Connect.probability(0.02));
 * }</pre>
 */
public sealed interface Neurons permits PopulationSpec, Subgroup {

    /** {@return the whole population these neurons belong to} */
    PopulationSpec population();

    /** {@return the number of neurons} */
    int size();

    /** {@return how reports, tables and messages name these neurons: {@code exc}, or {@code exc[0:400]} for a subgroup} */
    String label();

    /** {@return the index in the population of the first of these neurons: 0 for a whole population} */
    default int from() {
        return 0;
    }

    /**
     * Neurons {@code [from, to)} of these, numbered as here (as {@link java.util.List#subList} and
     * Brian2's {@code G[from:to]}): a slice of a subgroup is a subgroup of the same population.
     * Nothing is copied; the build maps the slice's indices onto the population's.
     *
     * @param from the first neuron, counted from the first of these
     * @param to   one past the last
     * @return the subgroup
     * @throws SpecException unless {@code 0 <= from < to <= size()}, naming the population, its size and the slice
     */
    default Subgroup slice(int from, int to) {
        Subgroup.check(this, from, to);
        return new Subgroup(population(), from() + from, from() + to);
    }
}
