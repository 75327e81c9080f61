package org.synfire.model;

import java.util.List;
import org.synfire.units.Quantity;

/**
 * A complete, immutable description of a network: the time step, the seed of every random
 * stream, the populations, the projections between them and the probes. Building it (see {@code org.synfire.build.Builder})
 * makes a runnable simulation; the spec itself never simulates.
 *
 * @param dt          the time step
 * @param seed        the seed from which every random stream is derived
 * @param populations the groups and sources, in update order
 * @param projections the synapses between them
 * @param inputs      Poisson inputs to groups
 * @param probes      the probes
 */
public record NetworkSpec(Quantity dt, long seed, List<PopulationSpec> populations, List<ProjectionSpec> projections,
                          List<PoissonInputSpec> inputs, List<ProbeSpec> probes) {

    public NetworkSpec {
        populations = List.copyOf(populations);
        projections = List.copyOf(projections);
        inputs = List.copyOf(inputs);
        probes = List.copyOf(probes);
    }
}
