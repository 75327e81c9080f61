package org.synfire.model;

import java.util.List;
import org.synfire.units.Quantity;

/**
 * Records per-synapse variables (e.g. weights under plasticity) of chosen synapses of a
 * projection at a sampling interval. Synapses are numbered as the projection reads them back
 * (CSR order: by source, then target). Event-driven variables are recorded as of their last
 * update, as Brian2 records them. Make one with {@link Probe#synapses}. By default it records
 * synapse 0 at every step.
 */
public final class SynapseProbeSpec extends SampledProbeSpec<SynapseProbeSpec> implements ProbeSpec {

    SynapseProbeSpec(String name, String target, List<String> variables, int[] synapses, Quantity every, TimeWindow window) {
        super(name, target, variables, synapses, every, window);
    }

    @Override
    SynapseProbeSpec copy(String newName, int[] newIndices, Quantity newEvery, TimeWindow newWindow) {
        return new SynapseProbeSpec(newName, target(), variables(), newIndices, newEvery, newWindow);
    }

    /**
     * The same probe, recording the given synapses.
     *
     * @param indices the synapses, in the projection's synapse order
     * @return a copy with that change; this probe is unchanged
     */
    public SynapseProbeSpec synapses(int... indices) {
        return choosing(indices);
    }

    /** {@return the synapses recorded, a copy} */
    public int[] synapses() {
        return indices();
    }

    @Override
    public String targetLabel() {
        return target();
    }

    @Override
    public String toString() {
        return "SynapseProbe " + name() + " of " + target() + " " + variables() + " (" + sampling("synapses") + ")";
    }
}
