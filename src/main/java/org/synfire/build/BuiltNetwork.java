package org.synfire.build;

import java.util.Map;
import java.util.function.LongConsumer;
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
 * @param initialize      sets every variable of every group and projection to the value the build gave it
 *                        (on the same synapses, with the same draws)
 * @param reseed          points every stream the network draws from while running (noise, Poisson inputs) at a
 *                        new seed, leaving what the build drew (connectivity, initial values, delays) as it is
 * @param report          methods, kernels, timings and memory
 */
public record BuiltNetwork(Engine engine, Map<ProbeSpec, Recorder> recorders, Map<String, Map<String, Dimension>> groupUnits,
                           Map<String, Map<String, Dimension>> projectionUnits, Runnable initialize, LongConsumer reseed,
                           BuildReport report) {

    /**
     * Copies the maps, so they never change; the recorders keep the network's probe order.
     *
     * @param engine          the step loop over the network's state
     * @param recorders       probe → its recorder
     * @param groupUnits      group name → variable → dimension
     * @param projectionUnits projection name → per-synapse variable → dimension
     * @param initialize      sets every variable to the value the build gave it
     * @param reseed          points the streams drawn while running at a new seed
     * @param report          methods, kernels, timings and memory
     */
    public BuiltNetwork {
        recorders = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(recorders));
        groupUnits = Map.copyOf(groupUnits);
        projectionUnits = Map.copyOf(projectionUnits);
    }
}
