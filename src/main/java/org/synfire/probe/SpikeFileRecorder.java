package org.synfire.probe;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.BufferedInputStream;

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

    private final String name;
    private final Path file;
    private final boolean[] selected;
    private final Window window;
    private final DataOutputStream out;
    private long written;

    /**
     * @param subset the neurons to record, or {@code null} for all
     * @throws UncheckedIOException if the file cannot be created
     */
    public SpikeFileRecorder(String name, Path file, int groupSize, int[] subset, double dt, Window window) {
        this.name = name;
        this.file = file;
        this.window = window;
        this.selected = SpikeRecorder.mask(groupSize, subset);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
            out.writeLong(MAGIC);
            out.writeInt(groupSize);
            out.writeDouble(dt);
        } catch (IOException e) {
            throw new UncheckedIOException("probe '" + name + "': cannot write spikes to " + file + ": " + e.getMessage(), e);
        }
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
                    out.writeInt(n);
                    out.writeInt((int) step);
                    written++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("probe '" + name + "': writing " + file + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void endOfRun() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("probe '" + name + "': flushing " + file + " failed: " + e.getMessage(), e);
        }
    }

    /** Spikes written so far. */
    public long count() {
        return written;
    }

    /** The file written to. */
    public Path file() {
        return file;
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("probe '" + name + "': closing " + file + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a spike file back into memory.
     *
     * @throws UncheckedIOException if it cannot be read or is not a Synfire spike file
     */
    public static SpikeTrains read(Path file) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readLong() != MAGIC) {
                throw new IOException("not a Synfire spike file (wrong magic number)");
            }
            int groupSize = in.readInt();
            double dt = in.readDouble();
            long pairs = (Files.size(file) - 20) / 8;
            if (pairs > Integer.MAX_VALUE) {
                throw new IOException(pairs + " spikes are more than fit in memory at once; read the file in parts");
            }
            int[] neurons = new int[(int) pairs];
            double[] times = new double[(int) pairs];
            for (int k = 0; k < pairs; k++) {
                neurons[k] = in.readInt();
                times[k] = in.readInt() * dt;
            }
            return new SpikeTrains(file.getFileName().toString(), groupSize, null, neurons, times);
        } catch (EOFException e) {
            throw new UncheckedIOException("spike file " + file + " ends in the middle of a spike", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read spike file " + file + ": " + e.getMessage(), e);
        }
    }
}
