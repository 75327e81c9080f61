package org.synfire.probe;

/** The runtime of one probe: it takes what the engine hands it during runs and gives back {@link Recordings}. */
public interface Recorder extends Checkpointed {

    /**
     * A snapshot of what was recorded so far.
     *
     * @param dt  the simulation's time step in seconds
     * @param now the simulation's current step
     * @return what was recorded in the steps before {@code now}
     */
    Recordings recordings(double dt, long now);

    /** Forgets everything recorded, as if just built (a simulation reset); a spike file starts over at the next spike. */
    void rewind();
}
