package org.synfire.engine;

import java.util.Arrays;
import org.synfire.kernel.KernelMath;
import org.synfire.kernel.NeuronKernel;
import org.synfire.random.RandomStreams;

/**
 * Independent Poisson input to every neuron of a group: at each step neuron {@code j}'s variable
 * grows by {@code weight} times a Binomial({@code n}, {@code rate·dt}) count drawn from the
 * counter-based stream of ({@code j}, step) by inversion of a tabulated distribution function,
 * as Brian2's {@code PoissonInput} does; the rate is
 * read each step from a table of samples (one sample for a constant rate). It has no
 * state of its own, so checkpoints save nothing for it.
 */
public final class PoissonInputState implements SynapticInput {
    private final String name;
    private final GroupState target;
    private final double[] variable;
    private final int n;
    private final double[] rates;
    private final double rateDt;
    private final double weight;
    private long key;
    private long[] neuronKeys;
    private final boolean gated;
    private double dt;

    /**
     * @param name     the input's name, for messages
     * @param target   the group acted on
     * @param variable the live array the input adds to
     * @param n        the number of independent Poisson sources driving each target neuron
     * @param rates    the rate of each source in hertz, a sample every {@code rateDt} seconds, the last held after the end
     * @param rateDt   the interval between samples of {@code rates}, in seconds
     * @param weight   the jump per source spike, SI
     * @param key      the input's random stream key
     * @param gated    whether the variable is held while refractory, so refractory neurons drop the input (as in Brian2)
     */
    public PoissonInputState(String name, GroupState target, double[] variable, int n, double[] rates, double rateDt, double weight,
                             long key, boolean gated) {
        this.gated = gated;
        this.name = name;
        this.target = target;
        this.variable = variable;
        this.n = n;
        this.rates = rates.clone();
        this.rateDt = rateDt;
        this.weight = weight;
        this.key = key;
        this.neuronKeys = neuronKeys(key);
    }

    /**
     * Draws the input's spikes from another stream from the next step on (a simulation reset with a new seed).
     *
     * @param newKey the new stream's key, from {@link org.synfire.random.RandomStreams#streamKey}
     */
    public void reseed(long newKey) {
        this.key = newKey;
        this.neuronKeys = neuronKeys(newKey);
    }

    /** Each neuron's half of its draws, which does not change from step to step. */
    private long[] neuronKeys(long forKey) {
        long[] keys = new long[target.size()];
        for (int j = 0; j < keys.length; j++) {
            keys[j] = RandomStreams.indexKey(forKey, j);
        }
        return keys;
    }

    /** A Poisson input keeps nothing between steps. */
    @Override
    public void rewind() {
    }

    @Override
    public GroupState target() {
        return target;
    }

    @Override
    public void prepare(double dt, int threads) {
        this.dt = dt;
        this.tables = new Distribution[threads];
        this.uniforms = new double[threads][];
        for (int w = 0; w < threads; w++) {
            tables[w] = new Distribution();
            uniforms[w] = new double[Blocks.start(target, w + 1, threads) - Blocks.start(target, w, threads)];
        }
    }

    /** Per worker, the uniforms of its neurons for the step being drawn. */
    private double[][] uniforms = new double[0][];

    @Override
    public void deliver(int w, int threads, long step, int[] postSpikes, int postCount) {
        int from = Blocks.start(target, w, threads);
        int to = Blocks.start(target, w + 1, threads);
        NeuronKernel neurons = target.kernel();
        double p = Math.min(1, KernelMath.table(rates, rateDt, step * dt) * dt);
        double mean = n * p;
        Distribution table = tables[w];
        if (mean > NORMAL_ABOVE) {
            for (int j = from; j < to; j++) {
                if (!gated || neurons.active(j, step)) {
                    addCount(j, normal(mean, p, j, step));
                }
            }
            return;
        }
        table.of(p);
        // The uniforms first, in a loop of their own that the compiler can run in vector lanes, then the inversions.
        double[] u = uniforms[w];
        long[] keys = neuronKeys;
        for (int j = from; j < to; j++) {
            u[j - from] = RandomStreams.uniform(keys[j], step, 0);
        }
        if (!gated) {
            for (int j = from; j < to; j++) {
                variable[j] += table.increment(table.inverse(u[j - from]));
            }
            return;
        }
        for (int j = from; j < to; j++) {
            if (neurons.active(j, step)) {
                variable[j] += table.increment(table.inverse(u[j - from]));
            }
        }
    }

    private void addCount(int j, int k) {
        if (k > 0) {
            variable[j] += k * weight;
        }
    }

    /** Above this mean count (1-p)^n comes near underflow, and a normal draw stands in for the binomial. */
    private static final double NORMAL_ABOVE = 500;

    /** A normal approximation of Binomial(n, p) with a large mean, exact to far below one count in relative terms. */
    private int normal(double mean, double p, int j, long step) {
        double z = RandomStreams.normal(key, j, step, 1);
        return (int) Math.max(0, Math.min(n, Math.round(mean + Math.sqrt(mean * (1 - p)) * z)));
    }

    /** One worker's table of the distribution function and the increments; workers draw in parallel, so each has its own. */
    private Distribution[] tables = new Distribution[0];

    /**
     * The distribution function of Binomial(n, p), tabulated as far as draws have needed it,
     * for the {@code p} of the steps being drawn (constant for a constant rate), so that a draw
     * by inversion of one uniform costs a few comparisons (the n·p of a few that cortical inputs
     * have) instead of a power and a recurrence per neuron and step. Entry {@code k} is computed
     * by the same recurrence, in the same order, as a draw that sums the probabilities as it
     * goes would compute it, so the counts are the same bit for bit.
     */
    private final class Distribution {
        /** Guide entries: the draw starts from the answer for the nearest multiple of 1/GUIDE below u (a power of two, so u·GUIDE is exact). */
        private static final int GUIDE = 256;
        private double p = Double.NaN;
        private double ratio;
        private double probability;
        private double[] cumulative = new double[16];
        /**
         * What k counts add: {@code k·weight}, and −0.0 for none, which leaves every value as it
         * is (x + −0.0 = x, −0.0 included), so the sum needs no branch on k, a branch that the
         * counts' randomness mispredicts a fifth of the time.
         */
        private double[] increments = new double[16];
        private int tabulated;
        private final int[] guide = new int[GUIDE];

        /** Starts the table over when {@code p} differs from the last step's. */
        void of(double next) {
            if (Double.compare(next, p) != 0) {
                p = next;
                ratio = p / (1 - p);
                probability = Math.pow(1 - p, n);
                cumulative[0] = probability;
                increments[0] = -0.0;
                tabulated = 1;
                for (int b = 0; b < GUIDE; b++) {
                    guide[b] = search(b == 0 ? 0 : guide[b - 1], (double) b / GUIDE);
                }
            }
        }

        /**
         * The smallest k for which the distribution function exceeds {@code u}, at most n. The
         * answer only grows with u, so the search may start at the guide's answer for the
         * multiple of 1/GUIDE just below u; it then mostly stops at once, which spares the
         * mispredicted branches of a search from zero.
         */
        int inverse(double u) {
            return search(guide[(int) (u * GUIDE)], u);
        }

        /** The answer for {@code u}, searching up from {@code k}, which must not exceed it. */
        private int search(int from, double u) {
            int k = from;
            while (k < n) {
                if (k >= tabulated) {
                    extend();
                }
                if (!(u >= cumulative[k])) {
                    return k;
                }
                k++;
            }
            return k;
        }

        /** What a count of {@code k} adds to the variable. */
        double increment(int k) {
            return k < tabulated ? increments[k] : k * weight;
        }

        private void extend() {
            if (tabulated == cumulative.length) {
                cumulative = Arrays.copyOf(cumulative, 2 * tabulated);
                increments = Arrays.copyOf(increments, 2 * tabulated);
            }
            int k = tabulated - 1;
            probability *= (n - k) * ratio / (k + 1);
            cumulative[tabulated] = cumulative[k] + probability;
            increments[tabulated] = tabulated * weight;
            tabulated++;
        }
    }

    @Override
    public void delivered(long step) {
        // Nothing is queued.
    }

    @Override
    public boolean readsSourceState() {
        return false;
    }

    @Override
    public String fingerprint() {
        String rate = rates.length == 1 ? rates[0] + " Hz" : java.util.Arrays.toString(rates) + " Hz every " + rateDt + " s";
        return "poisson input " + name + ": " + n + " × " + rate + " onto " + target.name() + ", weight " + weight
            + ", stream " + Long.toHexString(key);
    }

    @Override
    public void writeState(java.io.DataOutput out) {
        // Counter-based draws: the clock is the whole state.
    }

    @Override
    public void readState(java.io.DataInput in) {
        // See writeState.
    }

    @Override
    public String toString() {
        return "PoissonInputState " + name + " (" + n + " sources onto " + target.name() + ")";
    }
}
