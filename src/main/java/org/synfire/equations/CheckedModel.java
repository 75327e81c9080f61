package org.synfire.equations;

import java.util.List;
import java.util.Map;
import org.synfire.units.Dimension;

/**
 * A neuron model that passed every check, in the form code generation needs: variables sorted by
 * storage (per-neuron state, per-neuron parameters, shared parameters), every expression with
 * sub-expressions, constants and units expanded (so only stored names and {@code t}, {@code dt},
 * {@code i}, {@code N} remain), and the integration scheme chosen.
 *
 * @param equations          the equations as parsed
 * @param stateVariables     variables with a differential equation, in order written
 * @param neuronParameters   parameters with one value per neuron
 * @param sharedParameters   parameters with one value per group
 * @param dimensions         dimension of every variable, sub-expression and parameter
 * @param subexpressions     expanded definition of each sub-expression
 * @param scheme             the state update
 * @param threshold          the expanded spike condition, or {@code null} for a group that never spikes
 * @param reset              the reset, targets checked and values expanded
 * @param refractoryKind     how refractoriness is decided
 * @param refractory         the expanded duration (seconds) or condition; {@code null} for none
 * @param events             the custom events, in the order declared
 */
public record CheckedModel(Equations equations,
                           List<String> stateVariables,
                           List<String> neuronParameters,
                           List<String> sharedParameters,
                           Map<String, Dimension> dimensions,
                           Map<String, Expr> subexpressions,
                           UpdateScheme scheme,
                           Expr threshold,
                           List<Assignment> reset,
                           RefractoryKind refractoryKind,
                           Expr refractory,
                           List<Event> events) {

    /**
     * A checked custom event (see {@link CustomEvent}).
     *
     * @param name      its name
     * @param condition the expanded condition, read on the state after integration
     * @param code      the statements run where it holds, after the spike's reset
     */
    public record Event(String name, Expr condition, List<Assignment> code) {
    }

    /** How a neuron's refractoriness is decided at the start of each step. */
    public enum RefractoryKind {
        /** Never refractory. */
        NONE,
        /** Refractory for a duration after its last spike. */
        DURATION,
        /** Refractory while a condition holds. */
        CONDITION
    }
}
