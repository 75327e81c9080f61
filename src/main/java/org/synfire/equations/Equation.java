package org.synfire.equations;

import java.util.Set;
import org.synfire.units.Dimension;

/**
 * One line of a model: a differential equation ({@code dv/dt = ... : volt}), a named
 * sub-expression ({@code I_syn = g*(E - v) : amp}) or a parameter ({@code tau : second}).
 *
 * @param kind       which of the three it is
 * @param variable   the name it defines
 * @param expression the right-hand side; {@code null} for a parameter
 * @param dimension  the declared dimension of the variable (not of its derivative)
 * @param unitText   the unit as written, for messages
 * @param flags      flags in parentheses after the unit
 * @param span       the variable's name in the text
 */
public record Equation(Kind kind, String variable, Expr expression, Dimension dimension, String unitText,
                       Set<Flag> flags, Span span) {

    /** What an equation line defines. */
    public enum Kind {
        /** {@code dv/dt = ... : unit}: a state variable the integrator advances. */
        DIFFERENTIAL,
        /** {@code I = ... : unit}: a named expression, evaluated where it is used. */
        SUBEXPRESSION,
        /** {@code tau : unit}: a value set from outside, per neuron or shared. */
        PARAMETER
    }

    /** Flags written in parentheses after the unit, e.g. {@code (unless refractory)}. */
    public enum Flag {
        /** The variable does not change while the neuron is refractory. */
        UNLESS_REFRACTORY("unless refractory"),
        /** The parameter does not change during a run (it may change between runs). */
        CONSTANT("constant"),
        /** One value for the whole group rather than one per neuron. */
        SHARED("shared"),
        /** A sub-expression evaluated once per step (accepted for Brian2 compatibility). */
        CONSTANT_OVER_DT("constant over dt"),
        /** A synaptic differential equation integrated only when an event reaches the synapse. */
        EVENT_DRIVEN("event-driven"),
        /** A synaptic expression whose sum over a target's synapses sets a variable of the target. */
        SUMMED("summed"),
        /**
         * A parameter that must be greater than zero (a time constant, a capacitance): the build
         * refuses zero, negative and NaN values, naming the neuron.
         */
        POSITIVE("positive"),
        /**
         * A parameter that reads another group's variable, copied at the start of every step
         * (Brian2's {@code linked_var}); read-only in its own group.
         */
        LINKED("linked"),
        /**
         * A current in amperes injected at one compartment of a spatial neuron (Brian2's
         * {@code (point current)}): the cable solver divides it by the compartment's area and adds
         * it to the membrane current {@code Im}.
         */
        POINT_CURRENT("point current");

        private final String text;

        Flag(String text) {
            this.text = text;
        }

        /** {@return the flag as written in model text} */
        public String text() {
            return text;
        }

        /** Every flag as written in model text, for messages. */
        static String all() {
            return String.join(", ", java.util.Arrays.stream(values()).map(Flag::text).toList());
        }
    }

    /**
     * Copies the flags, so an equation never changes.
     *
     * @param kind       which of the three it is
     * @param variable   the name it defines
     * @param expression the right-hand side; {@code null} for a parameter
     * @param dimension  the declared dimension of the variable
     * @param unitText   the unit as written
     * @param flags      flags in parentheses after the unit
     * @param span       the variable's name in the text
     */
    public Equation {
        flags = Set.copyOf(flags);
    }

    /**
     * Whether the line carries a flag.
     *
     * @param flag e.g. {@link Flag#CONSTANT}
     * @return whether it was written in the line's parentheses
     */
    public boolean has(Flag flag) {
        return flags.contains(flag);
    }

    /**
     * Whether the variable is declared {@code : boolean}, Brian2's true/false type: stored as 1 and
     * 0, read as a condition ({@code enabled and v > theta}), assigned from one.
     *
     * @return whether the unit is {@code boolean}
     */
    public boolean isBoolean() {
        return unitText.strip().equals("boolean");
    }

    /** {@return whether the variable is declared {@code : integer}: dimensionless, an assigned value truncated toward zero} */
    public boolean isInteger() {
        return unitText.strip().equals("integer");
    }

    /** Whether a unit text names one of the two dimensionless kinds, {@code boolean} and {@code integer}. */
    static boolean isWholeKind(String unitText) {
        String kind = unitText.strip();
        return kind.equals("boolean") || kind.equals("integer");
    }

    @Override
    public String toString() {
        String lhs = kind == Kind.DIFFERENTIAL ? "d" + variable + "/dt = " + expression
            : kind == Kind.SUBEXPRESSION ? variable + " = " + expression : variable;
        StringBuilder out = new StringBuilder(lhs).append(" : ").append(unitText);
        if (!flags.isEmpty()) {
            out.append(" (").append(String.join(", ", flags.stream().map(Flag::text).sorted().toList())).append(')');
        }
        return out.toString();
    }
}
