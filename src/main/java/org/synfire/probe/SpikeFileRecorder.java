package org.synfire.probe;

import org.synfire.units.Units;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.BufferedInputStream;
import java.io.DataInput;
import java.io.DataOutput;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;

/**
 * Streams the spikes of a population to a file during the run instead of keeping them on the
 * heap, so a hundred million spikes cost 800 MB of disk and no memory. The file is flushed at the
 * end of every run and can be read back with {@link #read}.
 *
 * <p>Format (big-endian): the magic {@code SYNFSPK1}, the population size (int), {@code dt} in
 * seconds (double), then one (neuron int, step int) pair per spike, in the order they occurred.
 */
public final class SpikeFileRecorder implements SpikeSink, AutoCloseable {
    private static final long MAGIC = 0x53594E4653504B31L;

    private static final int HEADER = 20;

    private final String name;
    private final Path file;
    private final boolean[] selected;
    private final int groupSize;
    private final double dt;
    private final Window window;
    private DataOutputStream out;
    private long written;

    /**
     * The file is created at the first write (so building a simulation to restore a checkpoint
     * into does not truncate the spikes the checkpoint refers to); its folder is created now.
     *
     * @param name      the probe's name
     * @param file      the spike file
     * @param groupSize the size of the recorded group
     * @param subset    the neurons to record, or {@code null} for all
     * @param dt        the time step, in seconds
     * @param window    the spike steps recorded
     * @throws UncheckedIOException if the folder cannot be created or written
     */
    public SpikeFileRecorder(String name, Path file, int groupSize, int[] subset, double dt, Window window) {
        this.name = name;
        this.file = file;
        this.groupSize = groupSize;
        this.dt = dt;
        this.window = window;
        this.selected = SpikeRecorder.mask(groupSize, subset);
        Path parent = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("Probe '" + name + "'.file: cannot create " + parent + ": " + e.getMessage(), e);
        }
        if (!Files.isWritable(parent) || Files.isDirectory(file)) {
            throw new UncheckedIOException("Probe '" + name + "'.file: cannot write " + file, new IOException("not writable"));
        }
    }

    /** The stream, opened on first use: a new file, or after a restore the old one cut back to the checkpoint. */
    private DataOutputStream out() throws IOException {
        if (out == null) {
            if (written == 0) {
                out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
                out.writeLong(MAGIC);
                out.writeInt(groupSize);
                out.writeDouble(dt);
            } else {
                long expected = HEADER + 8 * written;
                if (!Files.exists(file) || Files.size(file) < expected) {
                    throw new IOException("it holds fewer than the " + written + " spikes the checkpoint recorded; restoring "
                        + "needs the file as it was at the checkpoint (or later)");
                }
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    channel.truncate(expected);
                }
                out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.APPEND), 1 << 16));
            }
        }
        return out;
    }

    @Override
    public void record(int[] spiking, int count, long step) {
        if (!window.contains(step)) {
            return;
        }
        try {
            for (int k = 0; k < count; k++) {
                int n = spiking[k];
                if (selected == null || selected[n]) {
                    out().writeInt(n);
                    out.writeInt((int) step);
                    written++;
                }
            }
        } catch (IOException e) {
            throw failure("writing", e);
        }
    }

    @Override
    public void endOfRun() {
        try {
            out().flush();
        } catch (IOException e) {
            throw failure("flushing", e);
        }
    }

    private UncheckedIOException failure(String doing, IOException e) {
        return new UncheckedIOException("probe '" + name + "': " + doing + " " + file + " failed: " + e.getMessage(), e);
    }

    /** Records how many spikes the file holds; the file itself stays where it is. */
    @Override
    public void writeState(DataOutput state) throws IOException {
        endOfRun();
        state.writeLong(written);
    }

    /** Continues after the spikes the checkpoint recorded: the next write cuts the file back to them. */
    @Override
    public void readState(DataInput state) throws IOException {
        closeStream();
        written = state.readLong();
    }

    @Override
    public void rewind() {
        close();
        written = 0;
    }

    private void closeStream() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }

    /** {@return the spikes written so far, since the build or the last rewind} */
    public long count() {
        return written;
    }

    /**
     * Everything the file holds so far, read back into memory.
     *
     * @param dt  unused: the file holds its own time step
     * @param now unused: the file holds every spike written
     * @return the spikes in the file
     * @throws UncheckedIOException if the file cannot be read
     */
    @Override
    public SpikeTrains recordings(double dt, long now) {
        endOfRun();
        return read(file);
    }

    /** {@return the file written to} */
    public Path file() {
        return file;
    }

    @Override
    public void close() {
        try {
            closeStream();
        } catch (IOException e) {
            throw failure("closing", e);
        }
    }

    /**
     * Reads a spike file back into memory.
     *
     * @param file a file a spike-file probe wrote
     * @return its spikes
     * @throws UncheckedIOException if it cannot be read, is not a Synfire spike file, or ends in
     *                              the middle of a spike (its writer was killed mid-write): the
     *                              message says how many spikes are whole, which {@link #readWhole} reads
     */
    public static SpikeTrains read(Path file) {
        return read(file, false);
    }

    /**
     * Like {@link #read}, but keeps the whole spikes of a file cut short and drops the part of one after them.
     *
     * @param file a file a spike-file probe wrote
     * @return its whole spikes
     * @throws UncheckedIOException if it cannot be read or is not a Synfire spike file
     */
    public static SpikeTrains readWhole(Path file) {
        return read(file, true);
    }

    private static SpikeTrains read(Path file, boolean wholeOnly) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            long size = Files.size(file);
            if (size < HEADER || in.readLong() != MAGIC) {
                throw new IOException("not a Synfire spike file (" + (size < HEADER ? "only " + size + " bytes" : "wrong magic number") + ")");
            }
            int groupSize = in.readInt();
            double dt = in.readDouble();
            long pairs = (size - HEADER) / 8;
            if (pairs > Integer.MAX_VALUE) {
                throw new IOException(pairs + " spikes are more than fit in memory at once; read the file in parts");
            }
            int[] neurons = new int[(int) pairs];
            int[] steps = new int[(int) pairs];
            for (int k = 0; k < pairs; k++) {
                neurons[k] = in.readInt();
                steps[k] = in.readInt();
            }
            Times times = Times.ofSteps(steps, dt);
            long partial = (size - HEADER) % 8;
            if (partial != 0 && !wholeOnly) {
                throw new IOException("it ends " + partial + " bytes into a spike (its writer was stopped mid-write); the " + pairs
                    + " spikes before" + (pairs == 0 ? "" : ", to t = " + times.in((int) pairs - 1, Units.ms) + " ms,") + " are whole: "
                    + "read them with SpikeFileRecorder.readWhole");
            }
            return new SpikeTrains(file.getFileName().toString(), groupSize, null, neurons, times);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read spike file " + file + ": " + e.getMessage(), e);
        }
    }
}
