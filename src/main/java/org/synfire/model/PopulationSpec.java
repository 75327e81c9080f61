package org.synfire.model;

/** Something with neurons that spike and can be probed: a neuron group or a spike source. */
public sealed interface PopulationSpec extends Neurons permits GroupSpec, SpikeSourceSpec {

    /**
     * {@return the population's name, unique within the network}
     */
    String name();

    @Override
    int size();

    /** Its name. */
    @Override
    default String label() {
        return name();
    }

    /** Itself: a population is the whole of its neurons. */
    @Override
    default PopulationSpec population() {
        return this;
    }
}
