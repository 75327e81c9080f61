package org.synfire.model;

/** Something with neurons that spike and can be probed: a neuron group or a spike source. */
public sealed interface PopulationSpec permits GroupSpec, SpikeSourceSpec {

    String name();

    int size();
}
