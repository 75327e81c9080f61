package org.synfire.engine;

import org.synfire.kernel.KernelMath;
import org.synfire.kernel.NeuronKernel;
import org.synfire.random.RandomStreams;

/**
 * Independent Poisson input to every neuron of a group: at each step neuron {@code j}'s variable
 * grows by {@code weight} times a Binomial({@code n}, {@code rate·dt}) count drawn from the
 * counter-based stream of ({@code j}, step), as Brian2's {@code PoissonInput} does; the rate is
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
    private final boolean gated;
    private double dt;

    /**
     * @param variable the live array the input adds to
     * @param rates    the rate of each source in hertz, a sample every {@code rateDt} seconds, the last held after the end
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
    }

    /** Draws the input's spikes from another stream from the next step on (a simulation reset with a new seed). */
    public void reseed(long newKey) {
        this.key = newKey;
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
    }

    @Override
    public void deliver(int w, int threads, long step, int[] postSpikes, int postCount) {
        int from = Blocks.start(target, w, threads);
        int to = Blocks.start(target, w + 1, threads);
        NeuronKernel neurons = target.kernel();
        double p = Math.min(1, KernelMath.table(rates, rateDt, step * dt) * dt);
        for (int j = from; j < to; j++) {
            if (gated && !neurons.active(j, step)) {
                continue;
            }
            int k = binomial(RandomStreams.uniform(key, j, step, 0), p, j, step);
            if (k > 0) {
                variable[j] += k * weight;
            }
        }
    }

    /**
     * A Binomial(n, p) draw by inversion of its distribution function from one uniform (a few
     * iterations at the n·p of a few that cortical inputs have); where (1-p)^n would underflow
     * (n·p above ~700) a normal approximation, exact to far below one count in relative terms.
     */
    private int binomial(double u, double p, int j, long step) {
        double mean = n * p;
        if (mean > 500) {
            double z = RandomStreams.normal(key, j, step, 1);
            return (int) Math.max(0, Math.min(n, Math.round(mean + Math.sqrt(mean * (1 - p)) * z)));
        }
        double probability = Math.pow(1 - p, n);
        double cumulative = probability;
        int k = 0;
        double ratio = p / (1 - p);
        while (u >= cumulative && k < n) {
            probability *= (n - k) * ratio / (k + 1);
            k++;
            cumulative += probability;
        }
        return k;
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
