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
    /** Network operations and regular statements due at the step, on the calling thread. */
    START,
    /** Synaptic input acting at {@code step·dt} arrives; a block phase. */
    DELIVER,
    /** State probes read the delivered state, on the calling thread. */
    SAMPLE,
    /** Clock-driven synaptic variables advance; a block phase. */
    INTEGRATE,
    /** Every population advances to {@code (step+1)·dt}; a block phase. */
    UPDATE,
    /** Spike probes take the step's spikes, on the calling thread. */
    RECORD,
    /** Projections queue the step's spikes for delivery, on the calling thread. */
    QUEUE;

    private final int bit = 1 << ordinal();

    /** {@return this phase's bit in a mask of phases: {@code 1 << ordinal()}} */
    public int bit() {
        return bit;
    }

    /**
     * Whether {@code mask} includes this phase.
     *
     * @param mask an OR of {@link #bit()}s
     * @return whether this phase's bit is set in it
     */
    public boolean in(int mask) {
        return (mask & bit) != 0;
    }
}
