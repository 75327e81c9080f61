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

    /**
     * Writes everything that changes during a run.
     *
     * @param out the checkpoint being written
     * @throws IOException if writing fails
     */
    void writeState(DataOutput out) throws IOException;

    /**
     * Reads what {@link #writeState} wrote, replacing the current state.
     *
     * @param in the checkpoint, positioned where {@link #writeState} began
     * @throws IOException if reading fails or the checkpoint holds more values than this object has room for
     */
    void readState(DataInput in) throws IOException;

    /**
     * Writes the first {@code count} values of an array, after their count.
     *
     * @param out    the checkpoint being written
     * @param values the array
     * @param count  how many of its values to write
     * @throws IOException if writing fails
     */
    static void writeDoubles(DataOutput out, double[] values, int count) throws IOException {
        out.writeInt(count);
        for (int k = 0; k < count; k++) {
            out.writeDouble(values[k]);
        }
    }

    /**
     * Reads an array written by {@link #writeDoubles} into the start of {@code into}.
     *
     * @param in   the checkpoint
     * @param into receives the values
     * @return how many values were read
     * @throws IOException if reading fails or there are more values than {@code into} holds
     */
    static int readDoubles(DataInput in, double[] into) throws IOException {
        int count = checkedLength(in, into.length);
        for (int k = 0; k < count; k++) {
            into[k] = in.readDouble();
        }
        return count;
    }

    /**
     * Writes the first {@code count} values of an array, after their count.
     *
     * @param out    the checkpoint being written
     * @param values the array
     * @param count  how many of its values to write
     * @throws IOException if writing fails
     */
    static void writeInts(DataOutput out, int[] values, int count) throws IOException {
        out.writeInt(count);
        for (int k = 0; k < count; k++) {
            out.writeInt(values[k]);
        }
    }

    /**
     * Reads an array written by {@link #writeInts} into the start of {@code into}.
     *
     * @param in   the checkpoint
     * @param into receives the values
     * @return how many values were read
     * @throws IOException if reading fails or there are more values than {@code into} holds
     */
    static int readInts(DataInput in, int[] into) throws IOException {
        int count = checkedLength(in, into.length);
        for (int k = 0; k < count; k++) {
            into[k] = in.readInt();
        }
        return count;
    }

    /**
     * Writes an array, after its length.
     *
     * @param out    the checkpoint being written
     * @param values the array
     * @throws IOException if writing fails
     */
    static void writeLongs(DataOutput out, long[] values) throws IOException {
        out.writeInt(values.length);
        for (long v : values) {
            out.writeLong(v);
        }
    }

    /**
     * Reads an array written by {@link #writeLongs} into the start of {@code into}.
     *
     * @param in   the checkpoint
     * @param into receives the values
     * @throws IOException if reading fails or there are more values than {@code into} holds
     */
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
