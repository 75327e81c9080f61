package org.synfire.model;

import java.util.List;
import org.synfire.units.Quantity;

/**
 * Factories for probes, to pass to {@link Network#probe}.
 *
 * <pre>{@code
 * SpikeProbeSpec spikes = net.probe(Probe.spikes(exc));
 * StateProbeSpec v = net.probe(Probe.state(exc, "v").neurons(0, 1, 2).every(Units.ms.of(0.5)));
 * RateProbeSpec r = net.probe(Probe.rate(exc, Units.ms.of(1)));
 * SynapseProbeSpec w = net.probe(Probe.synapses(plastic, "w").synapses(0, 1, 2).every(Units.ms.of(10)));
 * }</pre>
 */
public final class Probe {
    private Probe() {
    }

    /** Records every spike of a population. */
    public static SpikeProbeSpec spikes(PopulationSpec population) {
        return new SpikeProbeSpec("", population.name(), null, TimeWindow.ALWAYS, null);
    }

    /** Records variables of a group, by default of neuron 0 at every step. */
    public static StateProbeSpec state(GroupSpec group, String... variables) {
        if (variables.length == 0) {
            throw new SpecException("Probe", "state", "variables", "name at least one variable of group '" + group.name() + "' to record");
        }
        return new StateProbeSpec("", group.name(), List.of(variables), new int[] {0}, null, TimeWindow.ALWAYS);
    }

    /** Records the firing rate of a population in bins of {@code bin}, e.g. {@code rate(exc, Units.ms.of(1))}. */
    public static RateProbeSpec rate(PopulationSpec population, Quantity bin) {
        return new RateProbeSpec("", population.name(), bin, TimeWindow.ALWAYS);
    }

    /** Records per-synapse variables of a projection, by default of synapse 0 at every step. */
    public static SynapseProbeSpec synapses(ProjectionSpec projection, String... variables) {
        if (variables.length == 0) {
            throw new SpecException("Probe", "synapses", "variables", "name at least one variable of projection '" + projection.name()
                + "' to record");
        }
        return new SynapseProbeSpec("", projection.name(), List.of(variables), new int[] {0}, null, TimeWindow.ALWAYS);
    }
}
