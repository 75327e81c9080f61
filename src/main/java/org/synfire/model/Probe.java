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
 * SpikeProbeSpec some = net.probe(Probe.spikes(exc.slice(0, 10)));   // neurons 0..9 of exc, numbered 0..9
 * SpikeProbeSpec plateaus = net.probe(Probe.events(exc, "plateau"));  // a custom event of exc's model
 * }</pre>
 *
 * <p>A probe of a {@link Subgroup} records its neurons only and numbers them from the slice's
 * start, in what it records and in the neurons it is told to record.
 */
public final class Probe {
    private Probe() {
    }

    /**
     * Records every spike of a population or a slice of one.
     *
     * @param neurons a population or a slice of one
     * @return the probe's spec, unnamed until {@link Network} adds it
     */
    public static SpikeProbeSpec spikes(Neurons neurons) {
        return new SpikeProbeSpec("", neurons.population().name(), Slice.of(neurons), null, TimeWindow.ALWAYS, null, null);
    }

    /**
     * Records when a custom event of a group (or a slice of one) holds, as Brian2's
     * {@code EventMonitor}: the same recording as {@link #spikes}, of the event instead of the spike.
     *
     * @param group a neuron group or a slice of one
     * @param event one of its model's custom events
     * @return the probe's spec, unnamed until {@link Network} adds it
     * @throws SpecException if the group's model has no such event
     */
    public static SpikeProbeSpec events(Neurons group, String event) {
        List<String> events = group.population() instanceof GroupSpec g ? g.model().eventNames() : List.of();
        if (!events.contains(event)) {
            throw new SpecException("Probe", "events", "event", "'" + group.population().name() + "' has no event '" + event + "'; "
                + (events.isEmpty() ? "its model declares none (declare one with NeuronModel.event(name, condition))"
                : "its events: " + String.join(", ", events)));
        }
        return new SpikeProbeSpec("", group.population().name(), Slice.of(group), null, TimeWindow.ALWAYS, null, event);
    }

    /**
     * Records variables of a group or a slice of one, by default of its neuron 0 at every step.
     *
     * @param group     a neuron group or a slice of one
     * @param variables the variables recorded: state variables, parameters or sub-expressions of its model
     * @return the probe's spec, unnamed until {@link Network} adds it
     */
    public static StateProbeSpec state(Neurons group, String... variables) {
        if (!(group.population() instanceof GroupSpec)) {
            throw new SpecException("Probe", "state", "target", "'" + group.label() + "' is a spike source, which has no variables to "
                + "record");
        }
        if (variables.length == 0) {
            throw new SpecException("Probe", "state", "variables", "name at least one variable of group '" + group.population().name()
                + "' to record");
        }
        return new StateProbeSpec("", group.population().name(), Slice.of(group), List.of(variables), new int[] {0}, null,
            TimeWindow.ALWAYS);
    }

    /**
     * Records variables at compartments of spatial neurons, in every neuron: a location, a
     * stretch or a section ({@code Probe.state(cells.section("dend"), "v")}, Brian2's
     * {@code StateMonitor(neuron.dend, 'v', record=True)}). The recorded elements are the group's,
     * neuron by neuron ({@link Compartments#elements()}), so {@code Tables.alongCable} gives each
     * its neuron, compartment and distance from the soma.
     *
     * @param where     compartments of a spatial group
     * @param variables the variables recorded
     * @return the probe's spec, recording every compartment of {@code where}, unnamed until {@link Network} adds it
     */
    public static StateProbeSpec state(Compartments where, String... variables) {
        if (variables.length == 0) {
            throw new SpecException("Probe", "state", "variables", "name at least one variable of group '" + where.group() + "' to record");
        }
        return new StateProbeSpec("", where.group(), null, List.of(variables), where.elements(), null, TimeWindow.ALWAYS);
    }

    /**
     * Records the firing rate of a population, or a slice of one, in bins of {@code bin}, e.g. {@code rate(exc, Units.ms.of(1))}.
     *
     * @param neurons a population or a slice of one
     * @param bin     the bin width, a positive time
     * @return the probe's spec, unnamed until {@link Network} adds it
     */
    public static RateProbeSpec rate(Neurons neurons, Quantity bin) {
        return new RateProbeSpec("", neurons.population().name(), Slice.of(neurons), bin, TimeWindow.ALWAYS);
    }

    /**
     * Records per-synapse variables of a projection, by default of synapse 0 at every step.
     *
     * @param projection a projection
     * @param variables  its per-synapse variables recorded
     * @return the probe's spec, unnamed until {@link Network} adds it
     */
    public static SynapseProbeSpec synapses(ProjectionSpec projection, String... variables) {
        if (variables.length == 0) {
            throw new SpecException("Probe", "synapses", "variables", "name at least one variable of projection '" + projection.name()
                + "' to record");
        }
        return new SynapseProbeSpec("", projection.name(), List.of(variables), new int[] {0}, null, TimeWindow.ALWAYS);
    }
}
