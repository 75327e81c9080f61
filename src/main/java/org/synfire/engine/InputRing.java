package org.synfire.engine;

import java.util.Arrays;
import org.synfire.kernel.NeuronKernel;

/**
 * Where the delayed additive inputs to one variable of a group wait for their arrival step
 * (NEST's ring buffer of a neuron's input port): {@code slots} rows of one value per neuron,
 * row {@code t % slots} holding what arrives at step {@code t}. Every projection with per-synapse
 * delays and additive {@code on_pre} onto the variable adds into this one ring, and each step
 * the row now due is added to the variable once and cleared. One ring per variable rather than
 * one per projection: a network's rings together hold {@code slots} rows of its neurons once,
 * and the per-step pass over them, which is memory-bound when they exceed the caches (the
 * cortical microcircuit's 64 projections onto 8 groups), reads one row per neuron instead of
 * one per projection.
 *
 * <p>Size: {@code slots} is one more than the longest delay of the projections sharing it, so a
 * row is never written for a step more than {@code slots - 1} ahead of the one being drained.
 */
final class InputRing {
    private final GroupState group;
    private final double[] variable;
    private final boolean gated;
    private final int slots;
    private final double[] rows;

    /**
     * @param variable the live array the ring adds into
     * @param gated    whether the variable is held while refractory, so refractory targets drop their input
     */
    InputRing(GroupState group, double[] variable, boolean gated, int slots) {
        this.group = group;
        this.variable = variable;
        this.gated = gated;
        this.slots = slots;
        this.rows = new double[Math.multiplyExact(slots, group.size())];
    }

    int slots() {
        return slots;
    }

    /** The rows, for the kernels that add into them. */
    double[] rows() {
        return rows;
    }

    /** Adds the row due at {@code step} into the variable for neurons {@code [from, to)} and clears it. */
    void drain(int from, int to, long step) {
        int row = (int) (step % slots) * group.size();
        NeuronKernel neurons = group.kernel();
        for (int j = from; j < to; j++) {
            if (!gated || neurons.active(j, step)) {
                variable[j] += rows[row + j];
            }
            rows[row + j] = 0;
        }
    }

    void write(java.io.DataOutput out) throws java.io.IOException {
        org.synfire.probe.Checkpointed.writeDoubles(out, rows, rows.length);
    }

    void read(java.io.DataInput in) throws java.io.IOException {
        org.synfire.probe.Checkpointed.readDoubles(in, rows);
    }

    void clear() {
        Arrays.fill(rows, 0);
    }
}
