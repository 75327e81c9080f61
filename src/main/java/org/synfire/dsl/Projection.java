package org.synfire.dsl;

import org.synfire.sim.ProjectionView;
import org.synfire.model.ProjectionSpec;

/**
 * A projection in a script. Like {@link Group}: before the build, assigning sets synaptic values
 * ({@code ee.w = 'rand()*0.5*nS'}); afterwards, reading gives them ({@code ee.w}) and assigning a
 * quantity changes them. Connectivity reads back as {@code sources}, {@code targets},
 * {@code delays} (in steps) and {@code size}.
 */
public final class Projection extends Handle {
    private ProjectionSpec spec;

    Projection(Session session, ProjectionSpec spec) {
        super(session, spec.name());
        this.spec = spec;
    }

    /** {@return the current description of the projection; it changes as values are set before the build} */
    public ProjectionSpec spec() {
        return spec;
    }

    /**
     * {@return the built projection: connectivity, degrees and synaptic state (see {@link ProjectionView})}
     *
     * @throws DslException before the network is built
     */
    public ProjectionView state() {
        return session.built(scope, name).projection(name);
    }

    /**
     * {@return every synapse with its source, target, delay and variables, as {@link org.synfire.table.Tables#synapses} gives them}
     *
     * @throws DslException before the network is built
     */
    public tech.tablesaw.api.Table table() {
        return org.synfire.table.Tables.synapses(session.built(scope, name), name);
    }

    /**
     * A synaptic variable, one value per synapse, after the build.
     *
     * @param variable a per-synapse variable of the model, e.g. {@code w}
     * @return the values, in the order of {@code sources} and {@code targets}
     * @throws DslException before the network is built, or for a name that is no such variable
     */
    public Values get(String variable) {
        ProjectionView state = state();
        if (!state.variables().contains(variable)) {
            throw DslException.missing(name + "." + variable, "projection '" + name + "'", variable, state.variables());
        }
        return new Values(name + "." + variable, state.dimension(variable), state.valuesSi(variable));
    }

    /**
     * Sets a synaptic variable: before the build a value or an expression for every synapse,
     * afterwards a quantity for every synapse or a list of one per synapse.
     *
     * @param variable a per-synapse variable of the model, e.g. {@code w}
     * @param value    a quantity, an expression as text (before the build), or a list (after it)
     * @throws DslException for a list before the build, a list of the wrong length, or a value of the wrong kind
     */
    @Override
    public void set(String variable, Object value) {
        if (value instanceof java.util.List<?> || value instanceof double[]) {
            if (!Session.isBuilt(scope)) {
                throw new DslException(name + "." + variable, "one value per synapse can be given once the synapses exist: "
                    + "build() first, then set them in the order of " + name + ".sources and " + name + ".targets");
            }
            Arguments.PerElement perSynapse = Arguments.perElement(name + "." + variable, value, state().size(), "synapse");
            state().set(variable, perSynapse.values(), perSynapse.unit());
            return;
        }
        if (!Session.isBuilt(scope)) {
            spec = session.describing(scope, name + "." + variable).configure(spec, b -> Arguments.setValue(b::set, b::set, b::set, variable, value,
                name));
            return;
        }
        state().set(variable, Arguments.quantity(name + "." + variable, value,
            "after the build a synaptic variable takes a quantity (e.g. 0.5.nS) or a list with one per synapse"));
    }

    @Override
    java.util.List<String> properties() {
        return java.util.List.of("size", "sources", "targets", "delays");
    }

    @Override
    public Object getProperty(String property) {
        return switch (property) {
            case "name" -> name;
            case "spec" -> spec;
            case "size" -> state().size();
            case "sources" -> state().sources();
            case "targets" -> state().targets();
            case "delays" -> state().delaySteps();
            default -> get(property);
        };
    }

    @Override
    public String toString() {
        return spec.toString();
    }
}
