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

    /** Every source to every target. */
    public static ConnectionRule.AllToAll allToAll() {
        return new ConnectionRule.AllToAll(true);
    }

    /** Source {@code i} to target {@code i}. */
    public static ConnectionRule.OneToOne oneToOne() {
        return new ConnectionRule.OneToOne();
    }

    /** Each pair independently with probability {@code p}. */
    public static ConnectionRule.Probability probability(double p) {
        return new ConnectionRule.Probability(p, true);
    }

    /** Exactly {@code k} random sources per target, without replacement. */
    public static ConnectionRule.FixedInDegree fixedInDegree(int k) {
        return new ConnectionRule.FixedInDegree(k, true, false);
    }

    /** Exactly {@code k} random targets per source, without replacement. */
    public static ConnectionRule.FixedOutDegree fixedOutDegree(int k) {
        return new ConnectionRule.FixedOutDegree(k, true, false);
    }

    /**
     * Exactly {@code n} synapses, each between a source and a target drawn at random (NEST's
     * {@code fixed_total_number}; pairs may repeat).
     */
    public static ConnectionRule.FixedTotalNumber fixedTotalNumber(long n) {
        return new ConnectionRule.FixedTotalNumber(n, true);
    }

    /** Every pair for which the condition (model text in {@code i}, {@code j} and pre/post variables) holds. */
    public static ConnectionRule.Condition condition(String expression) {
        return new ConnectionRule.Condition(expression, 1, true);
    }

    /** Every pair for which the condition holds, each kept with probability {@code p}. */
    public static ConnectionRule.Condition condition(String expression, double p) {
        return new ConnectionRule.Condition(expression, p, true);
    }

    /** Exactly the given pairs. */
    public static ConnectionRule.Explicit explicit(int[] sources, int[] targets) {
        return new ConnectionRule.Explicit(sources, targets);
    }
}
