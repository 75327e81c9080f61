package org.synfire.engine;

/** Anything that advances one step at a time and may emit spikes: a neuron group or a spike source. Its state can be checkpointed. */
public interface Population extends org.synfire.probe.Checkpointed {

    /** {@return the name used in messages, tables and legends} */
    String name();

    /** {@return the number of neurons (or sources)} */
    int size();

    /**
     * Recomputes per-run constants; called at the start of every run.
     *
     * @param dt the time step in seconds
     */
    void prepare(double dt);

    /**
     * Advances every member from step {@code step} to {@code step + 1}.
     *
     * @param step   the step advanced from
     * @param spikes receives the indices that spiked during the step, ascending, from position 0
     * @return how many spiked
     */
    int update(long step, int[] spikes);

    /** Forgets the past (last spikes, events replayed), as right after the build; the build sets the variables again. */
    void rewind();
}
