package org.synfire.model;

import java.util.List;
import org.synfire.units.Quantity;

/**
 * What neuron and synapse models have in common for those who fill in their defaults (the DSL's
 * named arguments): the names that can be set, and a copy with one default replaced.
 *
 * @param <M> the model type itself
 */
public interface Template<M extends Template<M>> {
    /** Names of the parameters and state variables {@link #with} accepts. */
    List<String> settable();

    /** A copy with the default of {@code variable} replaced; the unit must fit. */
    M with(String variable, Quantity value);

    /** A copy with the default of {@code variable} given as text: a quantity or an expression. */
    M with(String variable, String value);
}
