package org.synfire.connectivity;

import java.util.Arrays;
import org.synfire.SynfireException;

/**
 * Which pairs (source {@code i}, target {@code j}) of two populations get a synapse. Immutable;
 * made by the factories of {@link Connect}. Autapses ({@code i == j} when a population connects
 * to itself) are allowed unless a rule says otherwise, as in Brian2 and NEST; sampled rules never
 * create two synapses for one pair unless {@code multapses(true)} is asked for.
 */
public sealed interface ConnectionRule {

    /** {@return whether {@code i == j} may be connected when source and target are the same population} */
    boolean autapses();

    /**
     * The same rule with autapses allowed or not.
     *
     * @param allowed whether a neuron may connect to itself when source and target are one population
     * @return a rule that differs from this one in that only
     */
    ConnectionRule autapses(boolean allowed);

    /** Every source to every target. */
    record AllToAll(boolean autapses) implements ConnectionRule {
        @Override
        public AllToAll autapses(boolean allowed) {
            return new AllToAll(allowed);
        }

        @Override
        public String toString() {
            return "all-to-all" + (autapses ? "" : " without autapses");
        }
    }

    /** Source {@code i} to target {@code i}; both populations must have the same size. */
    record OneToOne() implements ConnectionRule {
        @Override
        public boolean autapses() {
            return true;
        }

        @Override
        public OneToOne autapses(boolean allowed) {
            if (!allowed) {
                throw new SynfireException("Connect.oneToOne: without autapses a population connected one-to-one to itself "
                    + "has no synapses; connect it to another population instead");
            }
            return this;
        }

        @Override
        public String toString() {
            return "one-to-one";
        }
    }

    /** Each pair independently with probability {@code p} (Brian2's {@code connect(p=...)}). */
    record Probability(double p, boolean autapses) implements ConnectionRule {
        /**
         * @param p        the probability of each pair, in [0, 1]
         * @param autapses whether {@code i == j} may be connected within one population
         * @throws org.synfire.SynfireException if {@code p} is outside [0, 1]
         */
        public Probability {
            requireProbability("probability", p);
        }

        @Override
        public Probability autapses(boolean allowed) {
            return new Probability(p, allowed);
        }

        @Override
        public String toString() {
            return "probability " + p + (autapses ? "" : " without autapses");
        }
    }

    /** Every target receives exactly {@code k} synapses from sources drawn at random (NEST's {@code fixed_indegree}). */
    record FixedInDegree(int k, boolean autapses, boolean multapses) implements ConnectionRule {
        /**
         * @param k         synapses each target receives
         * @param autapses  whether {@code i == j} may be connected within one population
         * @param multapses whether sources are drawn with replacement
         * @throws org.synfire.SynfireException if {@code k} is negative
         */
        public FixedInDegree {
            requireDegree("fixedInDegree", k);
        }

        @Override
        public FixedInDegree autapses(boolean allowed) {
            return new FixedInDegree(k, allowed, multapses);
        }

        /**
         * The same rule, drawing sources with replacement ({@code true}) or without.
         *
         * @param allowed whether a target may receive several synapses from one source
         * @return a rule that differs from this one in that only
         */
        public FixedInDegree multapses(boolean allowed) {
            return new FixedInDegree(k, autapses, allowed);
        }

        @Override
        public String toString() {
            return "fixed in-degree " + k + (autapses ? "" : " without autapses") + (multapses ? " with multapses" : "");
        }
    }

    /** Every source makes exactly {@code k} synapses onto targets drawn at random (NEST's {@code fixed_outdegree}). */
    record FixedOutDegree(int k, boolean autapses, boolean multapses) implements ConnectionRule {
        /**
         * @param k         synapses each source makes
         * @param autapses  whether {@code i == j} may be connected within one population
         * @param multapses whether targets are drawn with replacement
         * @throws org.synfire.SynfireException if {@code k} is negative
         */
        public FixedOutDegree {
            requireDegree("fixedOutDegree", k);
        }

        @Override
        public FixedOutDegree autapses(boolean allowed) {
            return new FixedOutDegree(k, allowed, multapses);
        }

        /**
         * The same rule, drawing targets with replacement ({@code true}) or without.
         *
         * @param allowed whether a source may make several synapses onto one target
         * @return a rule that differs from this one in that only
         */
        public FixedOutDegree multapses(boolean allowed) {
            return new FixedOutDegree(k, autapses, allowed);
        }

        @Override
        public String toString() {
            return "fixed out-degree " + k + (autapses ? "" : " without autapses") + (multapses ? " with multapses" : "");
        }
    }

    /**
     * Exactly {@code n} synapses in all, each joining a source and a target drawn uniformly and
     * independently (NEST's {@code fixed_total_number}, the rule of Potjans &amp; Diesmann 2014):
     * in- and out-degrees are binomial and a pair may be connected more than once (multapses),
     * as in NEST, which offers this rule only with multapses. Autapses may be excluded, in which
     * case each synapse's target is drawn among the neurons other than its source.
     */
    record FixedTotalNumber(long n, boolean autapses) implements ConnectionRule {
        /**
         * @param n        synapses in the whole projection
         * @param autapses whether a synapse may join a neuron to itself within one population
         * @throws org.synfire.SynfireException if {@code n} is negative or more than 2^31 - 9
         */
        public FixedTotalNumber {
            if (n < 0 || n > Integer.MAX_VALUE - 8) {
                throw new SynfireException("Connect.fixedTotalNumber: " + n + " synapses; give 0 to 2^31 - 9 in one projection "
                    + "(split a larger one into several, between parts of the groups)");
            }
        }

        @Override
        public FixedTotalNumber autapses(boolean allowed) {
            return new FixedTotalNumber(n, allowed);
        }

        @Override
        public String toString() {
            return "fixed total number " + n + (autapses ? "" : " without autapses");
        }
    }

    /**
     * Pairs for which a condition holds, e.g. {@code "i != j"} or {@code "abs(x_pre - x_post) < 50*um"},
     * each kept with probability {@code p} (Brian2's {@code connect(condition=..., p=...)}). The
     * condition is model text, checked and evaluated by the build.
     */
    record Condition(String expression, double p, boolean autapses) implements ConnectionRule {
        /**
         * @param expression model text in {@code i}, {@code j} and the groups' variables
         * @param p          the probability of keeping each pair that satisfies it, in [0, 1]
         * @param autapses   whether {@code i == j} may be connected within one population
         * @throws org.synfire.SynfireException if the expression is empty or {@code p} is outside [0, 1]
         */
        public Condition {
            if (expression == null || expression.isBlank()) {
                throw new SynfireException("Connect.condition: the condition is empty; give one such as \"i != j\"");
            }
            requireProbability("condition", p);
        }

        @Override
        public Condition autapses(boolean allowed) {
            return new Condition(expression, p, allowed);
        }

        @Override
        public String toString() {
            return "condition '" + expression + "'" + (p < 1 ? " with probability " + p : "") + (autapses ? "" : " without autapses");
        }
    }

    /** Exactly the pairs given: synapse {@code k} connects {@code sources[k]} to {@code targets[k]}. */
    record Explicit(int[] sources, int[] targets) implements ConnectionRule {
        /**
         * Copies the arrays, so later changes to the caller's arrays do not reach the rule.
         *
         * @param sources the source neuron of each synapse
         * @param targets the target neuron of each synapse, as many as sources
         * @throws org.synfire.SynfireException if the arrays differ in length
         */
        public Explicit {
            if (sources.length != targets.length) {
                throw new SynfireException("Connect.explicit: " + sources.length + " sources but " + targets.length
                    + " targets; give one target per source");
            }
            sources = sources.clone();
            targets = targets.clone();
        }

        @Override
        public boolean autapses() {
            return true;
        }

        @Override
        public Explicit autapses(boolean allowed) {
            if (!allowed) {
                throw new SynfireException("Connect.explicit: explicit pairs are taken as given; leave out the pairs i == j instead");
            }
            return this;
        }

        /** {@return the source of each synapse, a copy} */
        @Override
        public int[] sources() {
            return sources.clone();
        }

        /** {@return the target of each synapse, a copy} */
        @Override
        public int[] targets() {
            return targets.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Explicit e && Arrays.equals(e.sources, sources) && Arrays.equals(e.targets, targets);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(sources) * 31 + Arrays.hashCode(targets);
        }

        @Override
        public String toString() {
            return "explicit (" + sources.length + " pairs)";
        }
    }

    private static void requireProbability(String rule, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new SynfireException("Connect." + rule + ": p = " + p + " is not a probability; give a value from 0 to 1");
        }
    }

    private static void requireDegree(String rule, int k) {
        if (k < 0) {
            throw new SynfireException("Connect." + rule + ": " + k + " synapses per neuron is impossible; give 0 or more");
        }
    }
}
