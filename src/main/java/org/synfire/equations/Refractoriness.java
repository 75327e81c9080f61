package org.synfire.equations;

import org.synfire.units.Quantity;

/**
 * How long a neuron stays refractory after a spike, as the user gave it: not at all, a fixed
 * duration, or model text (a duration expression such as {@code tref}, or a condition such as
 * {@code v > -20*mV} that holds the neuron refractory while true, as in Brian2).
 */
public sealed interface Refractoriness {

    /** No refractory period. */
    record None() implements Refractoriness {
    }

    /** A fixed duration for every neuron. */
    record Duration(Quantity duration) implements Refractoriness {
    }

    /** A duration expression or a condition, as model text. */
    record Text(Source source) implements Refractoriness {
    }

    /** {@return no refractory period} */
    static Refractoriness none() {
        return new None();
    }

    /**
     * A fixed refractory period.
     *
     * @param duration a time, the same for every neuron
     * @return the refractoriness
     */
    static Refractoriness of(Quantity duration) {
        return new Duration(duration);
    }

    /**
     * A refractory period given as model text.
     *
     * @param text a duration expression such as {@code tref}, or a condition such as {@code v > -20*mV}
     * @return the refractoriness, checked later against the model
     */
    static Refractoriness of(String text) {
        return new Text(new Source("refractory", text));
    }
}
