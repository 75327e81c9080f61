package org.synfire.model;

/**
 * Neurons {@code [from, to)} of a population (Brian2's {@code G[from:to]}), usable wherever the
 * population is: as the source or target of a projection, in spike, state and rate probes, and
 * to set values before the build ({@link Network#configure(Neurons, java.util.function.Consumer)}).
 * A view, not a copy: its neurons are the population's.
 *
 * <p>As in Brian2, indices inside a subgroup count from 0 at {@code from}: the {@code i} and
 * {@code N} of value expressions, the {@code i}, {@code j}, {@code N_pre} and {@code N_post} of
 * connection conditions and synaptic values, the neurons a probe records and the neuron indices
 * of its spike trains, and the sources and targets a projection reads back. Made by
 * {@link Neurons#slice}.
 *
 * <pre>{@code
 * GroupSpec neurons = net.group("neurons", 4000, Library.lif());
 * Subgroup exc = neurons.slice(0, 3200);
 * net.configure(exc.slice(0, 10), g -> g.set("v", Units.mV.of(-55)));
 * SpikeProbeSpec first = net.probe(Probe.spikes(exc.slice(0, 100)));   // named spikes_neurons[0:100]
 * }</pre>
 *
 * @param population the whole population
 * @param from       the first neuron, in the population's numbering
 * @param to         one past the last neuron
 */
public record Subgroup(PopulationSpec population, int from, int to) implements Neurons {

    /**
     * @param population the whole population
     * @param from       the first neuron, in the population's numbering
     * @param to         one past the last neuron
     * @throws SpecException unless {@code 0 <= from < to <= population.size()}
     */
    public Subgroup {
        check(population, from, to);
    }

    @Override
    public int size() {
        return to - from;
    }

    /** {@code exc[0:400]}. */
    @Override
    public String label() {
        return Slice.label(population.name(), Slice.of(this));
    }

    /** Its {@link #label()}, {@code exc[0:400]}. */
    @Override
    public String toString() {
        return label();
    }

    /** Refuses a slice {@code [from, to)} that is not a non-empty part of {@code within}, naming both. */
    static void check(Neurons within, int from, int to) {
        String problem = from < 0 ? "starts below 0"
            : to > within.size() ? "reaches past the end"
            : from == to ? "is empty"
            : from > to ? "is reversed" : null;
        if (problem != null) {
            PopulationSpec whole = within.population();
            throw new SpecException(whole instanceof GroupSpec ? "Group" : "SpikeSource", whole.name(), "slice", "[" + from + ":" + to
                + "] " + problem + "; " + within.label() + " has " + within.size() + " neurons, so a slice [from:to] needs "
                + "0 <= from < to <= " + within.size() + " (to is excluded, as in subList)");
        }
    }
}
