package org.synfire.model;

import java.util.List;

/**
 * Factories for probes, to pass to {@link Network#probe}.
 *
 * <pre>{@code
 * SpikeProbeSpec spikes = net.probe(Probe.spikes(exc));
 * StateProbeSpec v = net.probe(Probe.state(exc, "v").neurons(0, 1, 2).every(Units.ms.of(0.5)));
 * }</pre>
 */
public final class Probe {
    private Probe() {
    }

    /** Records every spike of a population. */
    public static SpikeProbeSpec spikes(PopulationSpec population) {
        return new SpikeProbeSpec("", population.name(), null);
    }

    /** Records variables of a group, by default of neuron 0 at every step. */
    public static StateProbeSpec state(GroupSpec group, String... variables) {
        if (variables.length == 0) {
            throw new SpecException("Probe", "state", "variables", "name at least one variable of group '" + group.name() + "' to record");
        }
        return new StateProbeSpec("", group.name(), List.of(variables), new int[] {0}, null);
    }
}
