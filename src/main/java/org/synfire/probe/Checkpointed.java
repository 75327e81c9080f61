package org.synfire.probe;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Runtime state that a checkpoint saves and restores: every population, projection and recorder.
 * {@link #readState} restores into an object built from the same network, which the checkpoint
 * has checked beforehand, so sizes match; a mismatch still fails clearly rather than silently.
 * The static helpers write arrays with their length and check it when reading.
 */
public interface Checkpointed {

    /** Writes everything that changes during a run. */
    void writeState(DataOutput out) throws IOException;

    /** Reads what {@link #writeState} wrote, replacing the current state. */
    void readState(DataInput in) throws IOException;

    static void writeDoubles(DataOutput out, double[] values, int count) throws IOException {
        out.writeInt(count);
        for (int k = 0; k < count; k++) {
            out.writeDouble(values[k]);
        }
    }

    /** Reads an array written by {@link #writeDoubles} into the start of {@code into}; returns its length. */
    static int readDoubles(DataInput in, double[] into) throws IOException {
        int count = checkedLength(in, into.length);
        for (int k = 0; k < count; k++) {
            into[k] = in.readDouble();
        }
        return count;
    }

    static void writeInts(DataOutput out, int[] values, int count) throws IOException {
        out.writeInt(count);
        for (int k = 0; k < count; k++) {
            out.writeInt(values[k]);
        }
    }

    /** Reads an array written by {@link #writeInts} into the start of {@code into}; returns its length. */
    static int readInts(DataInput in, int[] into) throws IOException {
        int count = checkedLength(in, into.length);
        for (int k = 0; k < count; k++) {
            into[k] = in.readInt();
        }
        return count;
    }

    static void writeLongs(DataOutput out, long[] values) throws IOException {
        out.writeInt(values.length);
        for (long v : values) {
            out.writeLong(v);
        }
    }

    static void readLongs(DataInput in, long[] into) throws IOException {
        int count = checkedLength(in, into.length);
        for (int k = 0; k < count; k++) {
            into[k] = in.readLong();
        }
    }

    private static int checkedLength(DataInput in, int capacity) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > capacity) {
            throw new IOException("the checkpoint holds " + count + " values where this network has room for " + capacity);
        }
        return count;
    }
}
