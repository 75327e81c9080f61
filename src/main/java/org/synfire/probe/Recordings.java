package org.synfire.probe;

/**
 * What one probe recorded, as an immutable snapshot: the spikes of a spike probe, the traces of a
 * state or synapse probe, the binned rate of a rate probe. A simulation returns it keyed by the
 * probe ({@code sim.data(probe)}, as Nengo's {@code sim.data[probe]}); later runs do not change a
 * snapshot already taken.
 */
public sealed interface Recordings permits SpikeTrains, StateTrace, PopulationRate {

    /** {@return the name of the probe that recorded it} */
    String name();
}
