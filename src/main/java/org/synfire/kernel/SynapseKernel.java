package org.synfire.kernel;

/**
 * The compiled per-event code of one projection, generated from its synapse model by
 * {@code org.synfire.codegen}. Like {@link NeuronKernel} it owns no state: it is bound to the
 * projection's per-synapse arrays and to the arrays of the groups it connects, and it processes
 * any range of synapses, so each worker thread handles the synapses onto the targets it owns.
 *
 * <p>Time contract: every method acts at time {@code step·dt}, the arrival time of the spikes it
 * delivers. Event-driven synaptic variables are first brought from their last update to that
 * time, then the statements run, synapse by synapse in the order given.
 */
public interface SynapseKernel {

    /**
     * Binds the kernel.
     *
     * @param synapse    per-synapse arrays, in the checked model's order ({@code null} where stored in single precision)
     * @param singles    the single-precision per-synapse arrays, in the same order ({@code null} elsewhere)
     * @param shared     shared synaptic parameters, in order
     * @param lastUpdate per synapse, the time (seconds) its event-driven variables were last brought up to date
     * @param targets    the target of each synapse (CSR by source)
     * @param pre        per-neuron arrays of the source group, in the layout's order
     * @param preShared  shared parameters of the source group, in order
     * @param post       per-neuron arrays of the target group, in order
     * @param postShared shared parameters of the target group, in order
     * @param preSize    neurons in the source population
     * @param postSize   neurons in the target group
     * @param rngKey     the projection's random-number key
     * @param postKernel the target group's kernel, which says whether a target is refractory
     */
    void bind(double[][] synapse, float[][] singles, double[] shared, double[] lastUpdate, int[] targets, double[][] pre, double[] preShared,
              double[][] post, double[] postShared, int preSize, int postSize, long rngKey, NeuronKernel postKernel);

    /**
     * Draws the random numbers of later events from another stream; see {@link NeuronKernel#reseed}.
     *
     * @param rngKey the new key
     */
    void reseed(long rngKey);

    /**
     * Recomputes per-run constants; called at the start of every run.
     *
     * @param dt the time step in seconds
     */
    void prepare(double dt);

    /**
     * Runs {@code on_pre} for synapses {@code [from, to)}, all from source {@code source}.
     *
     * @param source the presynaptic neuron whose spike arrives
     * @param from   its first synapse to run (an index into the per-synapse arrays)
     * @param to     one past the last
     * @param step   the arrival step
     */
    void onPre(int source, int from, int to, long step);

    /**
     * Runs {@code on_pre} for {@code count} queued synapses: synapse {@code pairs[2k]} from source
     * {@code pairs[2k+1]}, in that order (per-synapse delays with general {@code on_pre} code).
     *
     * @param pairs synapse and source, alternating
     * @param count how many pairs to run
     * @param step  the arrival step
     */
    void onPreQueued(int[] pairs, int count, long step);

    /**
     * The fast path for additive {@code on_pre} with per-synapse delays: adds each synapse's
     * increment into {@code ring} at row {@code (step + delays[s]) % slots}, column target.
     * Every delay is below {@code slots}. Delays come in the narrowest type that holds them,
     * so there is one method per type.
     *
     * @param source the presynaptic neuron that spiked
     * @param from   its first synapse
     * @param to     one past the last
     * @param step   the spike's step
     * @param delays each synapse's delay in steps
     * @param ring   the ring buffer, {@code slots} rows of one value per target
     * @param slots  the ring's rows, more than the longest delay
     */
    void accumulate(int source, int from, int to, long step, byte[] delays, double[] ring, int slots);

    /**
     * {@link #accumulate(int, int, int, long, byte[], double[], int)} for delays up to 32,767 steps.
     *
     * @param source the presynaptic neuron that spiked
     * @param from   its first synapse
     * @param to     one past the last
     * @param step   the spike's step
     * @param delays each synapse's delay in steps
     * @param ring   the ring buffer, {@code slots} rows of one value per target
     * @param slots  the ring's rows, more than the longest delay
     */
    void accumulate(int source, int from, int to, long step, short[] delays, double[] ring, int slots);

    /**
     * {@link #accumulate(int, int, int, long, byte[], double[], int)} for longer delays.
     *
     * @param source the presynaptic neuron that spiked
     * @param from   its first synapse
     * @param to     one past the last
     * @param step   the spike's step
     * @param delays each synapse's delay in steps
     * @param ring   the ring buffer, {@code slots} rows of one value per target
     * @param slots  the ring's rows, more than the longest delay
     */
    void accumulate(int source, int from, int to, long step, int[] delays, double[] ring, int slots);

    /**
     * Adds the summed expressions of synapses {@code [from, to)} (all from source {@code source}) into their targets' variables.
     *
     * @param source the presynaptic neuron
     * @param from   its first synapse
     * @param to     one past the last
     * @param step   the current step
     */
    void summed(int source, int from, int to, long step);

    /**
     * Advances the clock-driven variables of synapses {@code [from, to)} from {@code step·dt} to {@code (step+1)·dt}.
     *
     * @param source the presynaptic neuron of these synapses
     * @param from   the first synapse
     * @param to     one past the last
     * @param step   the step on entry
     */
    void integrate(int source, int from, int to, long step);

    /**
     * Runs {@code on_post} for entries {@code [from, to)} of {@code synapses} (all onto target {@code target}), whose sources are in {@code sources}.
     *
     * @param target   the postsynaptic neuron that spiked
     * @param synapses synapse indices onto it
     * @param sources  the source of each entry of {@code synapses}
     * @param from     the first entry to run
     * @param to       one past the last
     * @param step     the spike's step
     */
    void onPost(int target, int[] synapses, int[] sources, int from, int to, long step);
}
