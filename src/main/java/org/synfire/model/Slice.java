package org.synfire.model;

import org.synfire.SynfireException;

/**
 * Neurons {@code [from, to)} of a population, in its numbering, as projection and probe specs
 * record the {@link Subgroup} they were given; {@code null} in a spec stands for the whole
 * population.
 *
 * @param from the first neuron
 * @param to   one past the last neuron
 */
public record Slice(int from, int to) {

    /**
     * @param from the first neuron
     * @param to   one past the last neuron
     * @throws SynfireException unless {@code 0 <= from < to}
     */
    public Slice {
        if (from < 0 || to <= from) {
            throw new SynfireException("Slice [" + from + ":" + to + "]: not a slice; it needs 0 <= from < to");
        }
    }

    /** {@return the number of neurons} */
    public int size() {
        return to - from;
    }

    /**
     * How specs and reports name a population or a slice of it: {@code exc}, {@code exc[0:400]}.
     *
     * @param population the population's name
     * @param slice      the slice, or {@code null} for the whole population
     * @return the label
     */
    public static String label(String population, Slice slice) {
        return slice == null ? population : population + slice;
    }

    /**
     * The neurons a spec names by population and slice: the population itself for a {@code null}
     * slice, else that subgroup of it.
     *
     * @param population the population
     * @param slice      the slice, or {@code null} for the whole population
     * @return the population or its subgroup
     * @throws SpecException when the slice reaches past the population's end
     */
    public static Neurons neurons(PopulationSpec population, Slice slice) {
        return slice == null ? population : new Subgroup(population, slice.from(), slice.to());
    }

    /** The slice {@code neurons} covers, or {@code null} for a whole population. */
    static Slice of(Neurons neurons) {
        return neurons instanceof Subgroup s ? new Slice(s.from(), s.to()) : null;
    }

    /** {@code [0:400]}. */
    @Override
    public String toString() {
        return "[" + from + ":" + to + "]";
    }
}
