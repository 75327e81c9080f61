package org.synfire.probe;

import java.util.Arrays;

/** A growable {@code int[]}: amortised O(1) append, no boxing. */
public final class IntList {
    private int[] values = new int[64];
    private int size;

    /**
     * Appends a value.
     *
     * @param v the value
     */
    public void add(int v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[size++] = v;
    }

    /**
     * Appends the first {@code count} values of an array.
     *
     * @param source the values
     * @param count  how many to append, at most {@code source.length}
     */
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

    /**
     * {@return the live backing array (valid up to {@link #size()}), for hot loops that must not
     * copy; it changes with the next append that grows the list}
     */
    public int[] backingArray() {
        return values;
    }

    /**
     * Adds to an element.
     *
     * @param k      the element, below {@link #size()}
     * @param amount what to add
     */
    public void increment(int k, int amount) {
        values[k] += amount;
    }

    /** {@return the number of values} */
    public int size() {
        return size;
    }

    /**
     * @param k the index, below {@link #size()}
     * @return the value at {@code k}
     */
    public int get(int k) {
        return values[k];
    }

    /**
     * Writes the contents, for a checkpoint.
     *
     * @param out the checkpoint being written
     * @throws java.io.IOException if writing fails
     */
    public void writeTo(java.io.DataOutput out) throws java.io.IOException {
        Checkpointed.writeInts(out, values, size);
    }

    /**
     * Replaces the contents by what {@link #writeTo} wrote.
     *
     * @param in the checkpoint
     * @throws java.io.IOException if reading fails or the length read is negative
     */
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

    /** {@return a copy of the contents} */
    public int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
