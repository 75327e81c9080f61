package org.synfire.kernel;

/**
 * The compiled per-step code of one neuron group, generated from its equations by
 * {@code org.synfire.codegen}. A kernel owns no state: it is bound to the group's
 * structure-of-arrays state and advances any contiguous block of neurons, so that later a
 * worker thread can own each block.
 *
 * <p>Time contract of {@link #update}: on entry the state of neurons {@code [from, to)} is the
 * state at time {@code step·dt}; on return it is the state at {@code (step+1)·dt}, and every
 * neuron that crossed threshold during the step has been reset, has its last-spike step set to
 * {@code step+1} and is listed in {@code spikes}; every neuron where a custom event's condition
 * held has that event's last step set to {@code step+1} and has run its statements.
 */
public interface NeuronKernel {

    /**
     * Binds the kernel to a group's state.
     *
     * @param arrays    per-neuron arrays, state variables first, then per-neuron parameters, in the model's order
     * @param shared    shared parameters, in the model's order
     * @param lastSpike per neuron, the step of its last spike
     * @param lastEvent per custom event (in the model's order), per neuron, the step it last held
     * @param tables    values of tabulated functions (row-major time × neuron for per-neuron tables), in the model's order
     * @param tableDt   sampling interval of each table, in seconds
     * @param rngKey    the group's random-number key (from seed and group), see {@link org.synfire.random.RandomStreams#uniform}
     */
    void bind(double[][] arrays, double[] shared, long[] lastSpike, long[][] lastEvent, double[][] tables, double[] tableDt, long rngKey);

    /**
     * Draws the random numbers of later steps from another stream (a simulation reset with a new
     * seed); the state stays bound.
     *
     * @param rngKey the new key, from {@link org.synfire.random.RandomStreams#streamKey}
     */
    void reseed(long rngKey);

    /**
     * Recomputes what stays constant during a run (propagators, refractory steps) from the current
     * parameters. Called at the start of every run, so parameters may change between runs.
     *
     * @param dt the time step in seconds
     */
    void prepare(double dt);

    /**
     * Advances neurons {@code [from, to)} from step {@code step} to {@code step + 1}.
     *
     * @param from   the first neuron of the block
     * @param to     one past its last neuron
     * @param step   the step the state is at on entry
     * @param spikes receives the indices of the neurons that spiked, from position 0, ascending
     * @return how many neurons spiked
     */
    int update(int from, int to, long step, int[] spikes);

    /**
     * Runs the group's regular statements number {@code operation} (in the order the group lists
     * them) on neurons {@code [from, to)} at time {@code step·dt}, before that step's input and
     * {@link #update}: on entry and on return the state is the state at {@code step·dt}. Random
     * numbers are drawn per neuron and step at sites of their own, so they do not depend on
     * blocks or threads.
     *
     * @param operation which of the group's regular operations, from 0
     * @param from      the first neuron of the block
     * @param to        one past its last neuron
     * @param step      the current step
     */
    void runRegularly(int operation, int from, int to, long step);

    /**
     * Whether neuron {@code i} integrates in step {@code step} (is not refractory), decided as
     * {@link #update} decides it. Synaptic effects and inputs on variables held while refractory
     * are dropped for neurons that are not active, as in Brian2.
     *
     * @param i    the neuron
     * @param step the step
     * @return {@code false} while the neuron is refractory
     */
    boolean active(int i, long step);

    /**
     * The value of sub-expression {@code k} (in the model's order) of neuron {@code i} at time
     * {@code step·dt}, for probes.
     *
     * @param k    the sub-expression's position among the model's sub-expressions
     * @param i    the neuron
     * @param step the step whose time the expression reads
     * @return its value in SI units
     */
    double subexpression(int k, int i, long step);
}
