package org.synfire.model;

/** Something to record during a run; the simulation returns its data keyed by the probe. */
public sealed interface ProbeSpec permits SpikeProbeSpec, StateProbeSpec, RateProbeSpec, SynapseProbeSpec {

    /** The probe's name, unique within the network. */
    String name();

    /** The name of the population (or, for synapse probes, the projection) recorded. */
    String target();

    /** The part of the run recorded. */
    TimeWindow window();
}
