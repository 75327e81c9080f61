package org.synfire.dsl;

import org.synfire.sim.GroupView;
import org.synfire.model.GroupSpec;
import org.synfire.model.PopulationSpec;
import org.synfire.units.Quantity;

/**
 * A neuron group (or spike source) in a script. Before the network is built, assigning
 * ({@code exc.v = '-60*mV + rand()*10*mV'}) sets initial values and parameters; afterwards,
 * reading ({@code exc.v}, {@code exc.tau}) gives the current values and assigning changes them for
 * the next run, as in Brian2. Names other than the model's variables are ordinary properties
 * ({@code name}, {@code size}).
 */
public final class Group extends Handle {
    private final int size;
    private PopulationSpec spec;

    Group(Session session, PopulationSpec spec) {
        super(session, spec.name());
        this.size = spec.size();
        this.spec = spec;
    }

    public String getName() {
        return name;
    }

    public int size() {
        return size;
    }

    public int getSize() {
        return size;
    }

    /** The current spec (it changes as values are set before the build). */
    public PopulationSpec spec() {
        return spec;
    }

    /** A variable's values: a quantity for a shared parameter, {@link Values} for per-neuron ones. */
    public Object get(String variable) {
        GroupView state = state(variable);
        if (!state.isPerNeuron(variable)) {
            return state.get(variable, 0);
        }
        return new Values(name + "." + variable, state.dimension(variable), state.valuesSi(variable));
    }

    /**
     * Sets a variable: a quantity (or a plain number for a dimensionless one) for every neuron, or
     * before the build also an expression evaluated per neuron ({@code 'El + rand()*5*mV'}).
     */
    @Override
    public void set(String variable, Object value) {
        String word = name + "." + variable;
        Arguments.PerElement perNeuron = Arguments.perElement(word, value, size, "neuron");
        if (!Session.isBuilt(scope)) {
            if (!(spec instanceof GroupSpec g)) {
                throw new DslException(word, "a spike source has no variables to set");
            }
            spec = session.describing(scope, word).configure(g, b -> {
                if (perNeuron != null) {
                    b.set(variable, perNeuron.values(), perNeuron.unit());
                } else {
                    Arguments.setValue(b::set, b::set, variable, value, name);
                }
            });
            return;
        }
        if (perNeuron != null) {
            state(variable).set(variable, perNeuron.values(), perNeuron.unit());
            return;
        }
        state(variable).set(variable, Arguments.quantity(word, value,
            "after the build a variable takes a quantity (e.g. 15.ms) or one per neuron (a list); expressions are evaluated only when the network is built"));
    }

    /** Adds regular statements to the group's spec; only before the build, which compiles them into the kernel. */
    void runRegularly(String statements, Quantity interval) {
        String word = "runRegularly " + name;
        if (!(spec instanceof GroupSpec g)) {
            throw new DslException(word, "a spike source has no variables for statements to change");
        }
        spec = session.describing(scope, word).configure(g, b -> b.runRegularly(statements, interval));
    }

    private GroupView state(String variable) {
        GroupView state = session.built(scope, name + "." + variable).group(name);
        if (!state.variables().contains(variable)) {
            throw DslException.missing(name + "." + variable, "group '" + name + "'", variable, state.variables());
        }
        return state;
    }

    @Override
    public Object getProperty(String property) {
        return switch (property) {
            case "name" -> name;
            case "size" -> size;
            case "spec" -> spec;
            default -> get(property);
        };
    }

    @Override
    public String toString() {
        return spec.toString();
    }
}
