package org.synfire.connectivity;

import java.util.Arrays;
import java.util.function.IntUnaryOperator;

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
     * These synapses, generated between the neurons a projection counts, placed in the populations
     * they belong to: source {@code i}'s row becomes the row of element {@code sourceElement(i)}
     * (every other row empty) and target {@code j} becomes element {@code targetElement(j)}. Both
     * maps must be increasing, so rows stay in order and targets ascending; consecutive slices
     * are the maps {@code i -> from + i}. The run then needs no mapping at all. The targets are
     * mapped in place and shared with the result, so only the result may be used afterwards;
     * between whole populations the result is this.
     *
     * @param sourceCount size of the source population
     * @param sourceElement the element of the source population that source {@code i} is
     * @param targetCount size of the target population
     * @param targetElement the element of the target population that target {@code j} is
     * @return the synapses indexed within the whole populations
     */
    public Connections placedIn(int sourceCount, IntUnaryOperator sourceElement, int targetCount, IntUnaryOperator targetElement) {
        if (this.sourceCount > 0 && (sourceElement.applyAsInt(0) < 0 || sourceElement.applyAsInt(this.sourceCount - 1) >= sourceCount)
            || this.targetCount > 0 && (targetElement.applyAsInt(0) < 0 || targetElement.applyAsInt(this.targetCount - 1) >= targetCount)) {
            throw new IllegalArgumentException(this.sourceCount + " sources and " + this.targetCount + " targets do not map into populations of "
                + sourceCount + " and " + targetCount);
        }
        if (sourceCount == this.sourceCount && targetCount == this.targetCount && sourceElement.applyAsInt(0) == 0
            && targetElement.applyAsInt(0) == 0) {
            return this;
        }
        int[] rows = new int[sourceCount + 1];
        int next = 0;
        for (int i = 0; i < this.sourceCount; i++) {
            int element = sourceElement.applyAsInt(i);
            Arrays.fill(rows, next, element + 1, rowStart[i]);
            next = element + 1;
        }
        Arrays.fill(rows, next, sourceCount + 1, targets.length);
        for (int s = 0; s < targets.length; s++) {
            targets[s] = targetElement.applyAsInt(targets[s]);
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
