package org.synfire.probe;

import java.util.Arrays;

/** A growable {@code double[]}: amortised O(1) append, no boxing. */
final class DoubleList {
    private double[] values = new double[64];
    private int size;

    public void add(double v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[size++] = v;
    }

    /** Empties the list, keeping its capacity. */
    public void clear() {
        size = 0;
    }

    public int size() {
        return size;
    }

    public double get(int k) {
        return values[k];
    }

    /** Writes the contents, for a checkpoint. */
    public void writeTo(java.io.DataOutput out) throws java.io.IOException {
        Checkpointed.writeDoubles(out, values, size);
    }

    /** Replaces the contents by what {@link #writeTo} wrote. */
    public void readFrom(java.io.DataInput in) throws java.io.IOException {
        int count = in.readInt();
        if (count < 0) {
            throw new java.io.IOException("a negative length in the checkpoint");
        }
        values = new double[Math.max(64, count)];
        for (int k = 0; k < count; k++) {
            values[k] = in.readDouble();
        }
        size = count;
    }

    /** A copy of the contents. */
    public double[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
