package org.synfire.probe;

/** Receives the spikes of one population, step by step: a spike recorder, a spike file or a rate recorder. */
public interface SpikeSink extends Recorder {

    /**
     * Takes the spikes of one step.
     *
     * @param spiking indices of the neurons that spiked, ascending; only the first {@code count} are valid
     * @param count   the number of neurons that spiked
     * @param step    the step at whose end they spiked (spike time {@code step·dt})
     */
    void record(int[] spiking, int count, long step);

    /** Called at the end of every run, so what was recorded is complete between runs (files are flushed). */
    default void endOfRun() {
    }
}
