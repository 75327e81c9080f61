package org.synfire.engine;

import org.synfire.kernel.SynapseKernel;

/**
 * The delays of a projection's synapses in steps, one per synapse in CSR order, kept in the
 * narrowest array that holds the longest: {@code byte} up to 127 steps, {@code short} up to
 * 32,767, else {@code int} (1, 2 or 4 bytes per synapse). At a 0.1 ms step cortical delays of
 * a few milliseconds take one byte, which at hundreds of millions of synapses is the difference
 * between fitting in memory and not.
 */
public final class DelaySteps {
    private final byte[] bytes;
    private final short[] shorts;
    private final int[] ints;
    private final int size;
    private final int max;

    private DelaySteps(byte[] bytes, short[] shorts, int[] ints, int size, int max) {
        this.bytes = bytes;
        this.shorts = shorts;
        this.ints = ints;
        this.size = size;
        this.max = max;
    }

    /**
     * The delays {@code steps} (zero or more each), in the narrowest type; {@code steps} itself
     * is kept when only {@code int} holds them, else it may be dropped by the caller.
     *
     * @param steps each synapse's delay in steps, in CSR order
     * @return the delays in one of the three storages
     * @throws IllegalArgumentException if a delay is negative
     */
    public static DelaySteps of(int[] steps) {
        int max = 0;
        for (int d : steps) {
            if (d < 0) {
                throw new IllegalArgumentException("a delay of " + d + " steps; delays are zero or more");
            }
            max = Math.max(max, d);
        }
        int n = steps.length;
        if (max <= Byte.MAX_VALUE) {
            byte[] b = new byte[n];
            for (int s = 0; s < n; s++) {
                b[s] = (byte) steps[s];
            }
            return new DelaySteps(b, null, null, n, max);
        }
        if (max <= Short.MAX_VALUE) {
            short[] h = new short[n];
            for (int s = 0; s < n; s++) {
                h[s] = (short) steps[s];
            }
            return new DelaySteps(null, h, null, n, max);
        }
        return new DelaySteps(null, null, steps, n, max);
    }

    /** Bytes per synapse of delays up to {@code max} steps. */
    private static int bytesPerSynapse(int max) {
        return max <= Byte.MAX_VALUE ? 1 : max <= Short.MAX_VALUE ? 2 : 4;
    }

    /** {@return bytes per synapse of these delays: 1, 2 or 4} */
    public int bytesPerSynapse() {
        return bytesPerSynapse(max);
    }

    /** The delay of synapse {@code s} in steps. */
    int get(int s) {
        return bytes != null ? bytes[s] : shorts != null ? shorts[s] : ints[s];
    }

    /** {@return the longest delay in steps; 0 when there are no synapses} */
    public int max() {
        return max;
    }

    int size() {
        return size;
    }

    /** Every delay, as a new array. */
    int[] toArray() {
        int[] out = new int[size];
        for (int s = 0; s < size; s++) {
            out[s] = get(s);
        }
        return out;
    }

    /** The hash {@link java.util.Arrays#hashCode(int[])} gives the delays as ints, whatever the storage (checkpoint fingerprints). */
    int hash() {
        int h = 1;
        for (int s = 0; s < size; s++) {
            h = 31 * h + get(s);
        }
        return h;
    }

    /** Runs the kernel's additive delivery of synapses {@code [from, to)} of source {@code i} with the array these delays live in. */
    void accumulate(SynapseKernel kernel, int i, int from, int to, long step, double[] ring, int slots) {
        if (bytes != null) {
            kernel.accumulate(i, from, to, step, bytes, ring, slots);
        } else if (shorts != null) {
            kernel.accumulate(i, from, to, step, shorts, ring, slots);
        } else {
            kernel.accumulate(i, from, to, step, ints, ring, slots);
        }
    }

    @Override
    public String toString() {
        return size + " delays up to " + max + " steps (" + bytesPerSynapse() + " byte" + (bytesPerSynapse() == 1 ? "" : "s") + " each)";
    }
}
