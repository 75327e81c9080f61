package org.synfire.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.synfire.equations.Equations;
import org.synfire.units.Quantity;
import org.synfire.units.UnitException;

/**
 * What neuron and synapse models have in common: a name, equations, default values of their
 * parameters and initial state, external constants and a description, and the copies with one of
 * these changed; those who fill in defaults (the DSL's named arguments) need only this. Immutable:
 * every change returns a copy, made by the subclass with its own parts unchanged.
 *
 * @param <M> the model type itself
 */
public abstract sealed class Template<M extends Template<M>> permits NeuronModel, SynapseModel {
    private final String name;
    private final Equations equations;
    private final Map<String, Quantity> defaults;
    private final Map<String, Quantity> constants;
    private final String description;

    Template(String name, Equations equations, Map<String, Quantity> defaults, Map<String, Quantity> constants, String description) {
        this.name = name;
        this.equations = equations;
        this.defaults = Collections.unmodifiableMap(new LinkedHashMap<>(defaults));
        this.constants = Collections.unmodifiableMap(new LinkedHashMap<>(constants));
        this.description = description;
    }

    /** A copy with these common parts and the subclass's own parts as they are. */
    abstract M copy(String newName, Map<String, Quantity> newDefaults, Map<String, Quantity> newConstants, String newDescription);

    /** How errors name this kind of model, e.g. {@code Model}. */
    abstract String kind();

    /** What an error says of a name that is not a parameter or variable of the model. */
    abstract String noSuchVariable();

    /**
     * The default value of a parameter or the initial value of a state variable.
     *
     * @param variable a parameter or state variable of the model
     * @param value    its value, in the variable's dimension
     * @return a copy with that change; this model is unchanged
     * @throws SpecException if the model has no such variable or the unit does not fit
     */
    public M with(String variable, Quantity value) {
        Settable.accepting(equations, kind(), name, variable, noSuchVariable(), value);
        return copy(name, putting(defaults, variable, value), constants, description);
    }

    /**
     * {@link #with(String, Quantity)} with the value as text, e.g. {@code with("tau", "10 ms")}.
     *
     * @param variable a parameter or state variable of the model
     * @param value    a quantity as text
     * @return a copy with that change; this model is unchanged
     * @throws SpecException if the text is not a quantity, or as {@link #with(String, Quantity)}
     */
    public M with(String variable, String value) {
        return with(variable, parse(variable, value));
    }

    /**
     * An external constant used in the model's code but not stored per neuron or synapse (inlined into the code).
     *
     * @param constantName the name the model's code uses
     * @param value        its value
     * @return a copy with that change; this model is unchanged
     */
    public M constant(String constantName, Quantity value) {
        return copy(name, defaults, putting(constants, constantName, value), description);
    }

    /**
     * A one-paragraph description with its reference, shown in reports and notebooks.
     *
     * @param text the description
     * @return a copy with that change; this model is unchanged
     */
    public M describedAs(String text) {
        return copy(name, defaults, constants, text);
    }

    /**
     * A copy under another name (e.g. a preset of a template).
     *
     * @param newName the new name
     * @return a copy with that change; this model is unchanged
     */
    public M named(String newName) {
        return copy(newName, defaults, constants, description);
    }

    private Quantity parse(String variable, String value) {
        try {
            return Quantity.parse(value);
        } catch (UnitException e) {
            throw new SpecException(kind(), name, variable, e.getMessage());
        }
    }

    /** {@return the names of the parameters and state variables, in the order written; {@link #with} accepts them} */
    public List<String> settable() {
        return Settable.names(equations);
    }

    /** {@return the model's name, used in error messages and generated code} */
    public String name() {
        return name;
    }

    /** {@return the parsed equations} */
    public Equations equations() {
        return equations;
    }

    /** {@return the default values of parameters and initial values of variables, by name; unmodifiable} */
    public Map<String, Quantity> defaults() {
        return defaults;
    }

    /** {@return the external constants, by name; unmodifiable} */
    public Map<String, Quantity> constants() {
        return constants;
    }

    /** {@return the description, empty if none was given} */
    public String description() {
        return description;
    }

    private static Map<String, Quantity> putting(Map<String, Quantity> map, String key, Quantity value) {
        Map<String, Quantity> copy = new LinkedHashMap<>(map);
        copy.put(key, value);
        return copy;
    }
}
