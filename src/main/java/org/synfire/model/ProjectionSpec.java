package org.synfire.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.synfire.connectivity.ConnectionRule;
import org.synfire.units.Dimension;
import org.synfire.units.Quantity;

/**
 * Synapses from one population onto a neuron group (or onto itself): a synapse model, a
 * connection rule, values of synaptic variables and a delay. Immutable; made by {@link Network#connect}.
 *
 * @param name        unique among the network's projections
 * @param source      the population whose spikes the synapses receive
 * @param sourceSlice the part of {@code source} connected, or {@code null} for all of it
 * @param target      the neuron group the synapses act on
 * @param targetSlice the part of {@code target} connected, or {@code null} for all of it
 * @param targetCompartments the compartments of every spatial neuron of {@code target} the synapses sit on, counted by
 *                    {@code j} neuron by neuron; {@code null} for its elements as they are (neurons, or each compartment)
 * @param model       the synapse model
 * @param rule        which pairs are connected, {@code i} and {@code j} counted from the slices' starts
 * @param values      synaptic variable → initializer (constant, an expression of {@code i}, {@code j}, pre/post variables and
 *                    {@code rand()}, or draws from a distribution)
 * @param delay       the transmission delay: a constant, a per-synapse expression or draws; rounded to whole steps
 * @param sourceEvent the source's custom event that triggers {@code on_pre}, or {@code null} for its spikes
 */
public record ProjectionSpec(String name, String source, Slice sourceSlice, String target, Slice targetSlice,
                             Compartments targetCompartments, SynapseModel model, ConnectionRule rule, Map<String, Initializer> values,
                             Initializer delay, String sourceEvent) {

    /**
     * Copies the values, so a spec never changes.
     *
     * @param name               unique within the network
     * @param source             the source population's name
     * @param sourceSlice        the part of it connected, or {@code null} for all of it
     * @param target             the target group's name
     * @param targetSlice        the part of it connected, or {@code null} for all of it
     * @param targetCompartments the compartments connected in spatial neurons, or {@code null}
     * @param model              the synapse model
     * @param rule               which pairs are connected
     * @param values             synaptic variable → initializer
     * @param delay              the transmission delay
     * @param sourceEvent        the source's custom event that triggers {@code on_pre}, or {@code null} for its spikes
     */
    public ProjectionSpec {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** {@return the source as reports name it: {@code exc}, or {@code exc[0:400]} for a slice} */
    public String sourceLabel() {
        return Slice.label(source, sourceSlice);
    }

    /** {@return the target as reports name it: {@code inh}, {@code inh[0:100]} for a slice, {@code cells.dend[400 um]} for compartments} */
    public String targetLabel() {
        return targetCompartments != null ? targetCompartments.label() : Slice.label(target, targetSlice);
    }

    @Override
    public String toString() {
        return "Projection " + name + " (" + sourceLabel() + " → " + targetLabel() + ", " + rule + ", " + model.name()
            + (values.isEmpty() ? "" : ", " + values) + ", delay " + delay + (sourceEvent == null ? "" : ", on event " + sourceEvent) + ")";
    }

    /**
     * Collects a projection's values; used inside {@link Network#connect}. Names and units are
     * checked at once, against the synapse model.
     */
    public static final class Builder {
        private final String name;
        private final SynapseModel model;
        private final Settable values;
        private Initializer delay = new Initializer.Constant(Quantity.si(0, Dimension.TIME));
        private String sourceEvent;

        Builder(String name, SynapseModel model) {
            this.name = name;
            this.model = model;
            this.values = new Settable(model.equations(), "Projection", name, "unknown variable of synapse model '" + model.name() + "'");
        }

        /**
         * Sets a synaptic variable to one value for every synapse, e.g. {@code set("w", Units.nS.of(0.5))}.
         *
         * @param variable a per-synapse parameter or variable of the model
         * @param value    its value, in the variable's dimension
         * @return this builder
         * @throws SpecException if the model declares no such variable, or the value does not fit its unit
         */
        public Builder set(String variable, Quantity value) {
            values.set(variable, value);
            return this;
        }

        /**
         * Sets a synaptic variable from text: a quantity ({@code "0.5 nS"}) or an expression
         * evaluated per synapse ({@code "rand()*wmax"}, {@code "0.1*mV*(i + j)"}); expressions are checked at build.
         *
         * @param variable a per-synapse parameter or variable of the model
         * @param value    a quantity or an expression, as model text
         * @return this builder
         * @throws SpecException if the model declares no such variable, or a quantity does not fit its unit
         */
        public Builder set(String variable, String value) {
            values.set(variable, value);
            return this;
        }

        /**
         * Draws a synaptic variable for each synapse from a (truncated) normal distribution, e.g.
         * {@code set("w", Initializer.normal(Units.pA.of(87.8), Units.pA.of(8.8)).within(Units.pA.of(0), null))}.
         *
         * @param variable a per-synapse parameter or variable of the model
         * @param draws    the distribution, in the variable's dimension
         * @return this builder
         * @throws SpecException if the model declares no such variable, or the draws do not fit its unit
         */
        public Builder set(String variable, Initializer.Normal draws) {
            values.put(variable, values.checked(variable, draws));
            return this;
        }

        /**
         * The same delay for every synapse (default 0), rounded to a whole number of steps.
         *
         * @param value a time of zero or more
         * @return this builder
         * @throws SpecException if {@code value} is not a time of zero or more
         */
        public Builder delay(Quantity value) {
            if (!value.dimension().equals(Dimension.TIME) || !(value.si() >= 0) || Double.isInfinite(value.si())) {
                throw new SpecException("Projection", name, "delay", value + " is not a duration of zero or more; use e.g. 1.5 ms");
            }
            delay = new Initializer.Constant(value);
            return this;
        }

        /**
         * A delay per synapse from text: a quantity or an expression such as {@code "1*ms + rand()*2*ms"}.
         *
         * @param value a time or an expression of one, as model text; checked at build
         * @return this builder
         */
        public Builder delay(String value) {
            Initializer init = Settable.fromText(value);
            if (init instanceof Initializer.Constant c) {
                return delay(c.value());
            }
            delay = init;
            return this;
        }

        /**
         * A delay per synapse drawn from a (truncated) normal distribution, each rounded to the
         * nearest whole number of steps as NEST rounds drawn delays (without the warning an
         * off-grid constant or expression gets: drawn values are never on the grid). The bounds
         * must keep every delay at zero or more.
         *
         * @param draws the distribution of delays, a time
         * @return this builder
         * @throws SpecException if the draws are not times or their bounds allow a negative delay
         */
        public Builder delay(Initializer.Normal draws) {
            if (!draws.mean().dimension().equals(Dimension.TIME) || !(draws.lowSi() >= 0)) {
                throw new SpecException("Projection", name, "delay", draws + " is not a distribution of durations of zero or more; "
                    + "give times and a lower bound, e.g. normal(1.5 ms, 0.75 ms) within [0.05 ms, inf]");
            }
            delay = draws;
            return this;
        }

        /**
         * Triggers {@code on_pre} with the source's custom event {@code event} instead of its
         * spikes (Brian2's {@code on_event}); the event is one of the source model's
         * ({@code NeuronModel.event}), checked at build. {@code on_post} stays with the target's spikes.
         *
         * @param event the event's name
         * @return this builder
         */
        public Builder onEvent(String event) {
            if (event == null || event.isBlank()) {
                throw new SpecException("Projection", name, "onEvent", "needs the name of an event of the source's model, e.g. \"plateau\"");
            }
            sourceEvent = event.equals("spike") ? null : event;
            return this;
        }

        /** Starts from the values, delay and triggering event {@code existing} already has. */
        Builder(ProjectionSpec existing) {
            this(existing.name(), existing.model());
            existing.values().forEach(values::put);
            delay = existing.delay();
            sourceEvent = existing.sourceEvent();
        }

        ProjectionSpec build(String source, Slice sourceSlice, String target, Slice targetSlice, Compartments at, ConnectionRule rule) {
            return new ProjectionSpec(name, source, sourceSlice, target, targetSlice, at, model, rule, values.values(), delay, sourceEvent);
        }
    }
}
