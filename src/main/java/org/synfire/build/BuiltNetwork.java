package org.synfire.build;

import java.util.Map;
import org.synfire.engine.Engine;
import org.synfire.model.ProbeSpec;
import org.synfire.probe.Recorder;
import org.synfire.units.Dimension;

/**
 * What the build made of a network: the engine that runs it, the recorder of each probe, the
 * dimension of every stored variable (the engine holds SI doubles only, so {@code org.synfire.sim}
 * reads and writes them with units through these), and the report of what the build decided.
 *
 * @param engine          the step loop over the network's state
 * @param recorders       probe → its recorder, in the network's probe order
 * @param groupUnits      group name → variable → dimension, for every neuron group
 * @param projectionUnits projection name → per-synapse variable → dimension
 * @param report          methods, kernels, timings and memory
 */
public record BuiltNetwork(Engine engine, Map<ProbeSpec, Recorder> recorders, Map<String, Map<String, Dimension>> groupUnits,
                           Map<String, Map<String, Dimension>> projectionUnits, BuildReport report) {

    public BuiltNetwork {
        recorders = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(recorders));
        groupUnits = Map.copyOf(groupUnits);
        projectionUnits = Map.copyOf(projectionUnits);
    }
}
