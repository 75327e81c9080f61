package org.synfire.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.synfire.equations.Equation;
import org.synfire.equations.Equations;
import org.synfire.units.Quantity;
import org.synfire.units.UnitException;

/**
 * The variables a model lets users set (every declared name but sub-expressions), looked up and
 * checked the same way for neuron and synapse models, groups and projections; an instance collects
 * the values one group or projection gives them.
 */
final class Settable {
    private final Equations equations;
    private final String kind;
    private final String owner;
    private final String unknown;
    private final Map<String, Initializer> values = new LinkedHashMap<>();

    /**
     * @param kind    {@code Group} or {@code Projection}, for messages
     * @param owner   its name
     * @param unknown what to say of a variable the model does not declare
     */
    Settable(Equations equations, String kind, String owner, String unknown) {
        this.equations = equations;
        this.kind = kind;
        this.owner = owner;
        this.unknown = unknown;
    }

    /** One value for every neuron or synapse; the unit must fit. */
    void set(String variable, Quantity value) {
        values.put(variable, checked(variable, value));
    }

    /** A quantity or an expression as text; expressions are checked at build. */
    void set(String variable, String text) {
        values.put(variable, checked(variable, text));
    }

    /** What {@link #set(String, Quantity)} stores, checked as it checks it. */
    Initializer checked(String variable, Quantity value) {
        accepting(equations, kind, owner, variable, unknown, value);
        return new Initializer.Constant(value);
    }

    /** Draws from a distribution; its unit must fit. */
    Initializer checked(String variable, Initializer.Normal draws) {
        accepting(equations, kind, owner, variable, unknown, draws.mean());
        return draws;
    }

    /** What {@link #set(String, String)} stores, checked as it checks it. */
    Initializer checked(String variable, String text) {
        Initializer init = fromText(text);
        if (init instanceof Initializer.Constant c) {
            return checked(variable, c.value());
        }
        declared(variable);
        return init;
    }

    /** The equation declaring {@code variable}, or a message listing the known ones. */
    Equation declared(String variable) {
        return declared(equations, kind, owner, variable, unknown);
    }

    /** Records a value already checked by the caller. */
    void put(String variable, Initializer init) {
        values.put(variable, init);
    }

    /** The values given so far, in order. */
    Map<String, Initializer> values() {
        return values;
    }

    /** Names of the parameters and state variables of {@code equations}, in order written. */
    static List<String> names(Equations equations) {
        List<String> out = new ArrayList<>();
        for (Equation eq : equations.all()) {
            if (eq.kind() != Equation.Kind.SUBEXPRESSION) {
                out.add(eq.variable());
            }
        }
        return out;
    }

    /**
     * The equation declaring {@code variable}.
     *
     * @param unknown what to say when no equation declares it
     * @throws SpecException {@code Kind 'owner'.variable: ...; known: ...} when it is unknown or a sub-expression
     */
    static Equation declared(Equations equations, String kind, String owner, String variable, String unknown) {
        Equation eq = equations.get(variable);
        if (eq == null || eq.kind() == Equation.Kind.SUBEXPRESSION) {
            throw new SpecException(kind, owner, variable, SpecException.choices(eq == null ? unknown
                : "is a sub-expression, computed from the others", names(equations)));
        }
        return eq;
    }

    /** Like {@link #declared}, and checks that {@code value} has the variable's unit. */
    static Equation accepting(Equations equations, String kind, String owner, String variable, String unknown, Quantity value) {
        Equation eq = declared(equations, kind, owner, variable, unknown);
        if (!value.dimension().equals(eq.dimension())) {
            throw new SpecException(kind, owner, variable, value + " does not fit a variable declared in " + eq.unitText());
        }
        return eq;
    }

    /** A value given as text: a quantity ({@code "10 ms"}) when it parses as one, else an expression checked at build. */
    static Initializer fromText(String text) {
        try {
            return new Initializer.Constant(Quantity.parse(text));
        } catch (UnitException notAQuantity) {
            return new Initializer.Expression(text);
        }
    }
}
