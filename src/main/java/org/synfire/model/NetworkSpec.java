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

    /**
     * Copies the collections, so a spec never changes.
     *
     * @param dt          the time step
     * @param seed        the seed from which every random stream is derived
     * @param populations the groups and sources, in update order
     * @param projections the synapses between them
     * @param inputs      Poisson inputs to groups
     * @param probes      the probes
     * @param locations   where the user added each object, by {@link #objectKey} (objects made where no line is known are absent)
     * @throws SpecException if {@code dt} is not a positive, finite duration
     */
    public NetworkSpec {
        requireTimeStep(dt);
        populations = List.copyOf(populations);
        projections = List.copyOf(projections);
        inputs = List.copyOf(inputs);
        probes = List.copyOf(probes);
        locations = Map.copyOf(locations);
    }

    /**
     * Where the user added the object {@code kind 'name'} (e.g. {@code "Group", "exc"}), if known.
     *
     * @param kind the object's kind, e.g. {@code Group}
     * @param name its name
     * @return the script line or Java call that added it; empty where no line is known
     */
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

    /**
     * A summary a person reads at a glance, one line per part: {@code Network (dt 0.1 ms, seed 1, 4,000
     * neurons): group exc (3,200 × lif_conductance), ...}; the parts' full descriptions are their own
     * {@code toString}s.
     */
    @Override
    public String toString() {
        long neurons = populations.stream().mapToLong(PopulationSpec::size).sum();
        String step = new java.math.BigDecimal(Double.toString(dt.si())).scaleByPowerOfTen(3).stripTrailingZeros().toPlainString();
        StringBuilder out = new StringBuilder(String.format(java.util.Locale.ROOT, "Network (dt %s ms, seed %d, %,d neurons)", step, seed,
            neurons));
        for (PopulationSpec p : populations) {
            out.append("\n  ").append(p instanceof GroupSpec g ? String.format(java.util.Locale.ROOT, "group %s (%,d × %s)", g.name(),
                g.size(), g.model().name()) : String.format(java.util.Locale.ROOT, "spike source %s (%,d)", p.name(), p.size()));
        }
        for (ProjectionSpec p : projections) {
            out.append("\n  projection ").append(p.name()).append(" (").append(p.sourceLabel()).append(" → ").append(p.targetLabel())
                .append(", ").append(p.model().name()).append(", ").append(p.rule()).append(')');
        }
        for (PoissonInputSpec p : inputs) {
            out.append("\n  ").append(p);
        }
        if (!probes.isEmpty()) {
            out.append("\n  probes: ").append(String.join(", ", probes.stream().map(p -> p.name() + " of " + p.targetLabel()).toList()));
        }
        return out.toString();
    }
}
