package org.synfire.connectivity;

/**
 * The connection rules, to pass to {@code Network.connect}.
 *
 * <pre>{@code
 * net.connect("ee", exc, exc, model, Connect.probability(0.02));
 * net.connect("ext", poisson, exc, model, Connect.fixedInDegree(1000).autapses(false));
 * net.connect("near", exc, exc, model, Connect.condition("abs(i - j) <= 5 and i != j"));
 * net.connect("l4e_l23e", l4e, l23e, model, Connect.fixedTotalNumber(8_000_000));
 * }</pre>
 */
public final class Connect {
    private Connect() {
    }

    /** {@return every source to every target} */
    public static ConnectionRule.AllToAll allToAll() {
        return new ConnectionRule.AllToAll(true);
    }

    /** {@return the rule connecting source {@code i} to target {@code i}, for populations of equal size} */
    public static ConnectionRule.OneToOne oneToOne() {
        return new ConnectionRule.OneToOne();
    }

    /**
     * Each pair independently with probability {@code p}, autapses excluded when source and target are one population.
     *
     * @param p the probability of each pair, in [0, 1]
     * @return the rule
     * @throws org.synfire.SynfireException if {@code p} is outside [0, 1]
     */
    public static ConnectionRule.Probability probability(double p) {
        return new ConnectionRule.Probability(p, true);
    }

    /**
     * Exactly {@code k} random sources per target, without replacement.
     *
     * @param k synapses each target receives, 0 or more
     * @return the rule
     * @throws org.synfire.SynfireException if {@code k} is negative
     */
    public static ConnectionRule.FixedInDegree fixedInDegree(int k) {
        return new ConnectionRule.FixedInDegree(k, true, false);
    }

    /**
     * Exactly {@code k} random targets per source, without replacement.
     *
     * @param k synapses each source makes, 0 or more
     * @return the rule
     * @throws org.synfire.SynfireException if {@code k} is negative
     */
    public static ConnectionRule.FixedOutDegree fixedOutDegree(int k) {
        return new ConnectionRule.FixedOutDegree(k, true, false);
    }

    /**
     * Exactly {@code n} synapses, each between a source and a target drawn at random (NEST's
     * {@code fixed_total_number}; pairs may repeat).
     *
     * @param n the number of synapses
     * @return the rule
     */
    public static ConnectionRule.FixedTotalNumber fixedTotalNumber(long n) {
        return new ConnectionRule.FixedTotalNumber(n, true);
    }

    /**
     * Every pair for which the condition holds.
     *
     * @param expression model text in {@code i}, {@code j} and the groups' variables with {@code _pre}/{@code _post},
     *                   e.g. {@code "abs(x_pre - x_post) < 50*um"}
     * @return the rule
     * @throws org.synfire.SynfireException if the expression is empty
     */
    public static ConnectionRule.Condition condition(String expression) {
        return new ConnectionRule.Condition(expression, 1, true);
    }

    /**
     * Every pair for which the condition holds, each kept with probability {@code p}.
     *
     * @param expression model text in {@code i}, {@code j} and the groups' variables, as for {@link #condition(String)}
     * @param p          the probability of keeping each pair that satisfies it, in [0, 1]
     * @return the rule
     * @throws org.synfire.SynfireException if the expression is empty or {@code p} is outside [0, 1]
     */
    public static ConnectionRule.Condition condition(String expression, double p) {
        return new ConnectionRule.Condition(expression, p, true);
    }

    /**
     * Exactly the given pairs: synapse {@code k} connects {@code sources[k]} to {@code targets[k]}.
     *
     * @param sources the source neuron of each synapse (copied)
     * @param targets the target neuron of each synapse, as many as sources (copied)
     * @return the rule
     * @throws org.synfire.SynfireException if the arrays differ in length
     */
    public static ConnectionRule.Explicit explicit(int[] sources, int[] targets) {
        return new ConnectionRule.Explicit(sources, targets);
    }
}
