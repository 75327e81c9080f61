package org.synfire.equations;

/**
 * One step of a state update, evaluated per neuron in order: a temporary ({@code _k1_v}) or a
 * state variable receives a value. Temporaries start with an underscore.
 *
 * @param target           the name assigned
 * @param value            what it receives
 * @param unlessRefractory whether a refractory neuron keeps its old value instead
 */
public record Assignment(String target, Expr value, boolean unlessRefractory) {

    @Override
    public String toString() {
        return target + " = " + value + (unlessRefractory ? "   (unless refractory)" : "");
    }
}
