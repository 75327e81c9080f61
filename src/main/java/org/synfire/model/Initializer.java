package org.synfire.model;

import java.util.List;
import java.util.stream.Collectors;
import org.synfire.SynfireException;
import org.synfire.units.Dimension;
import org.synfire.units.Quantity;

/**
 * How a group's variable gets its values at build: one quantity for all neurons, one value per
 * neuron, an expression evaluated per neuron (with {@code i}, {@code N}, other variables,
 * units and {@code rand()}, as Brian2's {@code G.v = 'El + rand()*5*mV'}), draws from a
 * (truncated) normal distribution, or one of these for each of several slices of the group.
 * Projections take the same kinds, but per-neuron values, for their synaptic variables and delays.
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
        /**
         * @param si        one value per neuron, in SI units; copied
         * @param dimension their dimension
         */
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
     * Values drawn at build from a normal distribution, one per neuron or synapse, each drawn
     * again while it falls outside {@code [low, high]}: a truncated normal, as NEST's
     * {@code redraw} of a {@code normal} parameter and PyNN's {@code normal_clipped} give it (not
     * clipped to the bounds, which would pile values up there). Draws are counter-based, keyed by
     * the object, the variable and the neuron or synapse, so they do not depend on threads. A
     * value that {@code 10,000} draws in a row put outside the bounds ends the build with an error.
     *
     * <pre>{@code
     * net.connect("ee", exc, exc, model, rule, p -> p.set("w", Initializer.normal(Units.pA.of(87.8), Units.pA.of(8.8)).within(Units.pA.of(0), null))
     *     .delay(Initializer.normal(Units.ms.of(1.5), Units.ms.of(0.75)).within(Units.ms.of(0.05), null)));
     * }</pre>
     *
     * @param mean the mean
     * @param sd   the standard deviation, zero or more, in the unit of the mean
     * @param low  the smallest value kept, or {@code null} for none
     * @param high the largest value kept, or {@code null} for none
     */
    record Normal(Quantity mean, Quantity sd, Quantity low, Quantity high) implements Initializer {
        /**
         * @param mean the mean
         * @param sd   the standard deviation, zero or more, in the unit of the mean
         * @param low  the smallest value kept, or {@code null} for none
         * @param high the largest value kept, or {@code null} for none
         * @throws SynfireException for a bound or deviation in another unit than the mean, a mean that is not finite, a negative deviation,
         *                          {@code low > high}, or a zero deviation with the mean outside the bounds
         */
        public Normal {
            for (Quantity q : new Quantity[] {sd, low, high}) {
                if (q != null && !q.dimension().equals(mean.dimension())) {
                    throw new SynfireException("Initializer.normal: " + q + " does not have the unit of the mean " + mean
                        + "; give the standard deviation and bounds in the mean's unit");
                }
            }
            if (!Double.isFinite(mean.si()) || !(sd.si() >= 0) || Double.isInfinite(sd.si())) {
                throw new SynfireException("Initializer.normal: mean " + mean + ", sd " + sd
                    + ": give a finite mean and a standard deviation of zero or more");
            }
            if (low != null && high != null && !(low.si() <= high.si())) {
                throw new SynfireException("Initializer.normal: low " + low + " is above high " + high + "; give low <= high");
            }
            if (sd.si() == 0 && ((low != null && mean.si() < low.si()) || (high != null && mean.si() > high.si()))) {
                throw new SynfireException("Initializer.normal: sd 0 makes every value " + mean + ", outside " + bounds(low, high)
                    + "; move the mean into the bounds");
            }
        }

        /**
         * The same distribution, keeping only values from {@code low} to {@code high} (either {@code null} for no bound).
         *
         * @param low  the smallest value kept, in the unit of the mean, or {@code null}
         * @param high the largest value kept, in the unit of the mean, or {@code null}
         * @return the truncated distribution
         * @throws SynfireException for a bound or deviation in another unit than the mean, a mean that is not finite, a negative deviation,
         *                          {@code low > high}, or a zero deviation with the mean outside the bounds
         */
        public Normal within(Quantity low, Quantity high) {
            return new Normal(mean, sd, low, high);
        }

        /**
         * The smallest value kept, in SI ({@code -Infinity} without a bound).
         *
         * @return the bound in SI units
         */
        public double lowSi() {
            return low == null ? Double.NEGATIVE_INFINITY : low.si();
        }

        /**
         * The largest value kept, in SI ({@code Infinity} without a bound).
         *
         * @return the bound in SI units
         */
        public double highSi() {
            return high == null ? Double.POSITIVE_INFINITY : high.si();
        }

        private static String bounds(Quantity low, Quantity high) {
            return "[" + (low == null ? "-inf" : low) + ", " + (high == null ? "inf" : high) + "]";
        }

        @Override
        public String toString() {
            return "normal(" + mean + ", sd " + sd + (low == null && high == null ? "" : ", within " + bounds(low, high)) + ")";
        }
    }

    /**
     * Values drawn from a normal distribution with this mean and standard deviation (see {@link Normal}).
     *
     * @param mean the mean, a finite quantity
     * @param sd   the standard deviation, zero or more, in the unit of the mean
     * @return the distribution, without bounds until {@link Normal#within} gives them
     * @throws SynfireException for a bound or deviation in another unit than the mean, a mean that is not finite, a negative deviation,
     *                          {@code low > high}, or a zero deviation with the mean outside the bounds
     */
    static Normal normal(Quantity mean, Quantity sd) {
        return new Normal(mean, sd, null, null);
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
        /**
         * @param parts in the order given, their slices in the group's numbering; copied
         */
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
