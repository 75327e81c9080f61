package org.synfire.model;

import java.util.List;
import java.util.stream.Collectors;
import org.synfire.units.Dimension;
import org.synfire.units.Quantity;

/**
 * How a group's variable gets its values at build: one quantity for all neurons, one value per
 * neuron, an expression evaluated per neuron (with {@code i}, {@code N}, other variables,
 * units and {@code rand()}, as Brian2's {@code G.v = 'El + rand()*5*mV'}), or one of these for
 * each of several slices of the group.
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

    /**
     * Values given to slices of a group ({@code G[0:10].v = ...}), applied in order, a later part
     * over an earlier one where they overlap; neurons no part covers keep zero. Each value counts
     * its neurons from its slice's start: a {@link PerNeuron} holds one value per neuron of the
     * slice, and an expression's {@code i} and {@code N} are the index in the slice and its size.
     * The value the group had before a slice was first set (its own, or the model's default) is
     * the first part, over the whole group.
     *
     * @param parts in the order given, their slices in the group's numbering; none is itself {@code Parts}
     */
    record Parts(List<Part> parts) implements Initializer {
        public Parts {
            parts = List.copyOf(parts);
        }

        @Override
        public String toString() {
            return parts.stream().map(p -> p.slice() + " " + p.value()).collect(Collectors.joining(", "));
        }
    }

    /** One value of {@link Parts}: what {@code slice} of the group gets. */
    record Part(Slice slice, Initializer value) {
    }
}
