package org.synfire.engine;

/**
 * The phases of one step, in the order they run (the schedule of Brian2's {@code Network}, with
 * NEST's delivery first). A step advances the network from {@code step·dt} to {@code (step+1)·dt}:
 * <ol>
 *   <li>{@link #START}: network operations due at this step, then each group's regular statements
 *       ({@code runRegularly}) due at it, on the state at {@code step·dt};</li>
 *   <li>{@link #DELIVER}: synaptic input that acts at {@code step·dt} arrives (queued spikes whose
 *       delay has passed, Poisson inputs, then {@code on_post} code for the neurons that spiked at
 *       {@code step·dt});</li>
 *   <li>{@link #SAMPLE}: state probes read the delivered state at {@code step·dt};</li>
 *   <li>{@link #INTEGRATE}: clock-driven synaptic variables advance, reading neurons at {@code step·dt};</li>
 *   <li>{@link #UPDATE}: every population advances to {@code (step+1)·dt}, crossing threshold and
 *       resetting;</li>
 *   <li>{@link #RECORD}: spike probes take the step's spikes (spike time {@code (step+1)·dt});</li>
 *   <li>{@link #QUEUE}: projections queue them for delivery after their delays.</li>
 * </ol>
 * The block phases ({@code DELIVER}, {@code INTEGRATE}, {@code UPDATE}) touch only one block of
 * targets each and may run on worker threads; the others run on the calling thread between them.
 * A set of block phases is passed as a bit mask of {@link #bit()}s, so a step allocates nothing.
 */
public enum Phase {
    START,
    DELIVER,
    SAMPLE,
    INTEGRATE,
    UPDATE,
    RECORD,
    QUEUE;

    private final int bit = 1 << ordinal();

    /** This phase's bit in a mask of phases. */
    public int bit() {
        return bit;
    }

    /** Whether {@code mask} includes this phase. */
    public boolean in(int mask) {
        return (mask & bit) != 0;
    }
}
