package org.synfire.connectivity;

import java.util.Arrays;

/**
 * The synapses of one projection in compressed sparse rows by source: the synapses of source
 * {@code i} are {@code rowStart[i] .. rowStart[i+1]-1}, their targets ascending within the row.
 * A synapse's index is its position in this order, the same for every thread count. Memory:
 * 4 bytes per synapse plus 4 per source.
 *
 * <p>The arrays are shared with the engine, not copied; accessors that return arrays copy them.
 */
public final class Connections {
    private final int sourceCount;
    private final int targetCount;
    private final int[] rowStart;
    private final int[] targets;

    /**
     * Synapses in compressed rows: the targets of source {@code s} are {@code targets[rowStart[s]]}
     * to {@code targets[rowStart[s + 1] - 1]}. The arrays are kept, not copied.
     *
     * @param sourceCount neurons in the source population
     * @param targetCount neurons in the target population
     * @param rowStart    {@code sourceCount + 1} offsets, non-decreasing, from 0 to the synapse count
     * @param targets     the target of each synapse, ascending within each row
     */
    public Connections(int sourceCount, int targetCount, int[] rowStart, int[] targets) {
        if (rowStart.length != sourceCount + 1 || rowStart[0] != 0 || rowStart[sourceCount] != targets.length) {
            throw new IllegalArgumentException("row offsets do not match " + sourceCount + " sources and " + targets.length + " synapses");
        }
        this.sourceCount = sourceCount;
        this.targetCount = targetCount;
        this.rowStart = rowStart;
        this.targets = targets;
    }

    /**
     * These synapses, generated between slices, placed in the populations the slices belong to:
     * a row for each of the {@code sourceCount} sources, empty outside the source slice, and
     * targets shifted by {@code targetFrom}. The run then needs no mapping at all. The targets are
     * shifted in place and shared with the result, so only the result may be used afterwards;
     * between whole populations the result is this.
     *
     * @param sourceCount size of the source population
     * @param sourceFrom  the first neuron of the source slice
     * @param targetCount size of the target population
     * @param targetFrom  the first neuron of the target slice
     * @return the synapses indexed within the whole populations
     */
    public Connections placedIn(int sourceCount, int sourceFrom, int targetCount, int targetFrom) {
        if (sourceFrom < 0 || sourceFrom + this.sourceCount > sourceCount || targetFrom < 0 || targetFrom + this.targetCount > targetCount) {
            throw new IllegalArgumentException("slices of " + this.sourceCount + " sources from " + sourceFrom + " and " + this.targetCount
                + " targets from " + targetFrom + " do not fit populations of " + sourceCount + " and " + targetCount);
        }
        if (sourceCount == this.sourceCount && targetCount == this.targetCount) {
            return this;
        }
        int[] rows = new int[sourceCount + 1];
        System.arraycopy(rowStart, 0, rows, sourceFrom, this.sourceCount + 1);
        Arrays.fill(rows, sourceFrom + this.sourceCount + 1, sourceCount + 1, targets.length);
        for (int s = 0; s < targets.length; s++) {
            targets[s] += targetFrom;
        }
        return new Connections(sourceCount, targetCount, rows, targets);
    }

    /** {@return the number of synapses} */
    public int size() {
        return targets.length;
    }

    /** {@return the number of source neurons (rows)} */
    public int sourceCount() {
        return sourceCount;
    }

    /** {@return the number of target neurons} */
    public int targetCount() {
        return targetCount;
    }

    /** {@return the live row offsets, for the engine (do not modify)} */
    public int[] rowStartArray() {
        return rowStart;
    }

    /** {@return the live targets, for the engine (do not modify)} */
    public int[] targetArray() {
        return targets;
    }

    /** {@return the source of every synapse, in synapse order} */
    public int[] sources() {
        int[] out = new int[targets.length];
        for (int i = 0; i < sourceCount; i++) {
            Arrays.fill(out, rowStart[i], rowStart[i + 1], i);
        }
        return out;
    }

    /** {@return the target of every synapse, in synapse order} */
    public int[] targets() {
        return targets.clone();
    }

    /** {@return the synapses leaving each source, indexed by source} */
    public int[] outDegrees() {
        int[] out = new int[sourceCount];
        for (int i = 0; i < sourceCount; i++) {
            out[i] = rowStart[i + 1] - rowStart[i];
        }
        return out;
    }

    /** {@return the synapses arriving at each target, indexed by target} */
    public int[] inDegrees() {
        int[] in = new int[targetCount];
        for (int j : targets) {
            in[j]++;
        }
        return in;
    }

    @Override
    public String toString() {
        return "Connections (" + size() + " synapses from " + sourceCount + " to " + targetCount + ")";
    }
}
