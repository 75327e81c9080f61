package org.synfire.probe;

import java.util.Arrays;

/** A growable {@code int[]}: amortised O(1) append, no boxing. */
public final class IntList {
    private int[] values = new int[64];
    private int size;

    public void add(int v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[size++] = v;
    }

    /** Appends {@code count} values from {@code source}. */
    public void addAll(int[] source, int count) {
        if (size + count > values.length) {
            values = Arrays.copyOf(values, Math.max(values.length * 2, size + count));
        }
        System.arraycopy(source, 0, values, size, count);
        size += count;
    }

    /** Empties the list, keeping its capacity. */
    public void clear() {
        size = 0;
    }

    /** The live backing array (valid up to {@link #size()}), for hot loops that must not copy. */
    public int[] backingArray() {
        return values;
    }

    /** Adds {@code amount} to element {@code k}. */
    public void increment(int k, int amount) {
        values[k] += amount;
    }

    public int size() {
        return size;
    }

    public int get(int k) {
        return values[k];
    }

    /** Writes the contents, for a checkpoint. */
    public void writeTo(java.io.DataOutput out) throws java.io.IOException {
        Checkpointed.writeInts(out, values, size);
    }

    /** Replaces the contents by what {@link #writeTo} wrote. */
    public void readFrom(java.io.DataInput in) throws java.io.IOException {
        int count = in.readInt();
        if (count < 0) {
            throw new java.io.IOException("a negative length in the checkpoint");
        }
        values = new int[Math.max(64, count)];
        for (int k = 0; k < count; k++) {
            values[k] = in.readInt();
        }
        size = count;
    }

    /** A copy of the contents. */
    public int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
