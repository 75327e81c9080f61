package org.synfire.model;

/** Something to record during a run; the simulation returns its data keyed by the probe. */
public sealed interface ProbeSpec permits SpikeProbeSpec, StateProbeSpec, RateProbeSpec, SynapseProbeSpec {

    /** The probe's name, unique within the network. */
    String name();

    /** The name of the population (or, for synapse probes, the projection) recorded. */
    String target();

    /** The target as tables and legends name it: {@code exc}, {@code exc[0:400]} for a slice of it, or a projection. */
    String targetLabel();

    /** The part of the run recorded. */
    TimeWindow window();
}
