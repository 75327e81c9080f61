package org.synfire.model;

/** Something to record during a run; the simulation returns its data keyed by the probe. */
public sealed interface ProbeSpec permits SpikeProbeSpec, StateProbeSpec, RateProbeSpec, SynapseProbeSpec {

    /** {@return the probe's name, unique within the network} */
    String name();

    /** {@return the name of the population (or, for synapse probes, the projection) recorded} */
    String target();

    /** {@return the target as tables and legends name it: {@code exc}, {@code exc[0:400]} for a slice of it, or a projection} */
    String targetLabel();

    /** {@return the part of the run recorded} */
    TimeWindow window();
}
