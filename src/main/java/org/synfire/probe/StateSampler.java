package org.synfire.probe;

/**
 * Samples state at the start of chosen steps, after synaptic input has been delivered: the
 * interface through which the engine drives state and synapse recorders (see {@link StateRecorder}).
 */
public interface StateSampler extends Recorder {

    /**
     * @param step a simulation step
     * @return whether {@link #sample} records anything at {@code step}
     */
    boolean samplesAt(long step);

    /**
     * Records the state at time {@code step·dt}, if {@code step} is one to sample.
     *
     * @param step the simulation step
     * @param dt   the time step, in seconds
     */
    void sample(long step, double dt);
}
