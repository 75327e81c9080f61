package org.synfire.model;

/** Something to record during a run; the simulation returns its data keyed by the probe. */
public sealed interface ProbeSpec permits SpikeProbeSpec, StateProbeSpec {

    /** The probe's name, unique within the network. */
    String name();

    /** The name of the population recorded. */
    String target();
}
