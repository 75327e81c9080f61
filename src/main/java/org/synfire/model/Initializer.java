package org.synfire.model;

import org.synfire.units.Dimension;
import org.synfire.units.Quantity;

/**
 * How a group's variable gets its values at build: one quantity for all neurons, one value per
 * neuron, or an expression evaluated per neuron (with {@code i}, {@code N}, other variables,
 * units and {@code rand()}, as Brian2's {@code G.v = 'El + rand()*5*mV'}).
 */
public sealed interface Initializer {

    /** The same value for every neuron. */
    record Constant(Quantity value) implements Initializer {
        @Override
        public String toString() {
            return value.toString();
        }
    }

    /** One value per neuron, in SI. */
    record PerNeuron(double[] si, Dimension dimension) implements Initializer {
        public PerNeuron {
            si = si.clone();
        }

        @Override
        public String toString() {
            return si.length + " values (" + dimension + ")";
        }
    }

    /** An expression evaluated once per neuron at build. */
    record Expression(String text) implements Initializer {
        @Override
        public String toString() {
            return "'" + text + "'";
        }
    }
}
