package org.synfire.engine;

import org.synfire.probe.Checkpointed;

/**
 * What acts on a group's variables at the start of each step, before probes sample and the group
 * integrates: a projection delivering spikes, or a Poisson input. Worker {@code w} of {@code T}
 * handles only its own block of targets (see {@link Blocks}), so no locks are needed.
 */
interface SynapticInput extends Checkpointed {

    /** The group acted on. */
    GroupState target();

    /** Recomputes per-run constants for {@code threads} workers; called at the start of every run. */
    void prepare(double dt, int threads);

    /**
     * Acts on worker {@code w}'s targets at time {@code step·dt}.
     *
     * @param postSpikes the target group's spikes reported at {@code step·dt}, ascending
     */
    void deliver(int w, int threads, long step, int[] postSpikes, int postCount);

    /** {@return whether {@link #integrate} has work: clock-driven synaptic variables} */
    default boolean integrates() {
        return false;
    }

    /**
     * Advances worker {@code w}'s part of the input's own state from {@code step·dt} by one step,
     * after probes sampled and before the groups integrate (reading their state at {@code step·dt}).
     * Does nothing unless {@link #integrates()}.
     *
     * @param w       the worker, from 0
     * @param threads the number of workers
     * @param step    the step advanced from
     */
    default void integrate(int w, int threads, long step) {
    }

    /** After every worker has delivered step {@code step}: empties what was consumed. */
    void delivered(long step);

    /** Whether delivery reads per-neuron variables of other groups, so it must not overlap their update. */
    boolean readsSourceState();

    /** Drops everything in flight (queued spikes, ring buffer rows, update times), as right after the build. */
    void rewind();

    /** A line identifying the input's structure, for checkpoints. */
    String fingerprint();
}
