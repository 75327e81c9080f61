package org.synfire.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.synfire.units.Dimension;
import org.synfire.units.Quantity;

/**
 * A complete, immutable description of a network: the time step, the seed of every random
 * stream, the populations, the projections between them and the probes. Building it
 * ({@code Simulation.build(spec)}) makes a runnable simulation; the spec itself never simulates.
 *
 * @param dt          the time step
 * @param seed        the seed from which every random stream is derived
 * @param populations the groups and sources, in update order
 * @param projections the synapses between them
 * @param inputs      Poisson inputs to groups
 * @param probes      the probes
 * @param locations   where the user added each object, by {@link #objectKey} (objects made where no line is known are absent)
 */
public record NetworkSpec(Quantity dt, long seed, List<PopulationSpec> populations, List<ProjectionSpec> projections,
                          List<PoissonInputSpec> inputs, List<ProbeSpec> probes, Map<String, SourceLocation> locations) {

    /** @throws SpecException if {@code dt} is not a positive, finite duration */
    public NetworkSpec {
        requireTimeStep(dt);
        populations = List.copyOf(populations);
        projections = List.copyOf(projections);
        inputs = List.copyOf(inputs);
        probes = List.copyOf(probes);
        locations = Map.copyOf(locations);
    }

    /** Where the user added the object {@code kind 'name'} (e.g. {@code "Group", "exc"}), if known. */
    public Optional<SourceLocation> locationOf(String kind, String name) {
        return Optional.ofNullable(locations.get(objectKey(kind, name)));
    }

    /** An object as messages name it: {@code Group 'exc'}. */
    static String objectKey(String kind, String name) {
        return kind + " '" + name + "'";
    }

    /**
     * The one check of a time step, wherever it is given: every later stage (the build, the
     * kernels' {@code prepare(dt)}) relies on it.
     *
     * @throws SpecException if {@code step} is not a positive, finite duration
     */
    static Quantity requireTimeStep(Quantity step) {
        if (!step.dimension().equals(Dimension.TIME) || !(step.si() > 0) || Double.isInfinite(step.si())) {
            throw new SpecException("Network", "network", "dt", step + " is not a positive duration; use e.g. 0.1 ms");
        }
        return step;
    }
}
