package org.synfire.probe;

import java.util.Arrays;

/** A growable {@code double[]}: amortised O(1) append, no boxing. */
public final class DoubleList {
    private double[] values = new double[64];
    private int size;

    public void add(double v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[size++] = v;
    }

    public int size() {
        return size;
    }

    public double get(int k) {
        return values[k];
    }

    /** A copy of the contents. */
    public double[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
