package org.synfire.sim;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * The envelope of a checkpoint file: a start marker and the format version, the engine's bytes,
 * then a trailer of an end marker, the length of all before it and its CRC-32. A checkpoint is written to a temporary file beside the target and
 * renamed over it only when complete, so a crash while writing leaves the last good checkpoint in
 * place; reading checks length and checksum before the state is touched, so a truncated or
 * damaged file is refused with what is wrong and the simulation stays as it was.
 */
final class CheckpointFile {
    /** "SYNFCKPT": a checkpoint starts with it. */
    private static final long START = 0x53594E46434B5054L;
    /**
     * The layout of the engine's bytes; it changes whenever {@code Engine.writeCheckpoint} writes
     * something else. 2: delayed additive input onto one variable waits in one ring for all the
     * projections onto it, saved once (format 1 saved a ring per projection).
     */
    static final int FORMAT = 2;
    /** "SYNFEND1": the trailer starts with it; a file cut short has none. */
    private static final long END = 0x53594E46454E4431L;
    private static final int TRAILER = 24;

    @FunctionalInterface
    interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    @FunctionalInterface
    interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    private CheckpointFile() {
    }

    static void write(Path file, Writer body) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".writing");
        try {
            CRC32 crc = new CRC32();
            long length;
            try (OutputStream raw = Files.newOutputStream(temporary);
                 CountingStream counted = new CountingStream(new CheckedOutputStream(new BufferedOutputStream(raw, 1 << 16), crc));
                 DataOutputStream out = new DataOutputStream(counted)) {
                out.writeLong(START);
                out.writeInt(FORMAT);
                body.write(out);
                out.flush();
                length = counted.count;
                DataOutputStream trailer = new DataOutputStream(raw);
                trailer.writeLong(END);
                trailer.writeLong(length);
                trailer.writeLong(crc.getValue());
                trailer.flush();
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Reads a checkpoint after checking it whole.
     *
     * @throws IOException saying how the file is cut short or damaged, before {@code body} sees any byte
     */
    static <T> T read(Path file, Reader<T> body) throws IOException {
        long size = Files.size(file);
        long length;
        long expected;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer trailer = ByteBuffer.allocate(TRAILER);
            if (size < TRAILER || channel.read(trailer, size - TRAILER) < TRAILER || trailer.getLong(0) != END) {
                throw new IOException("not a Synfire checkpoint, or one cut short while it was written or copied: it holds " + size
                    + " bytes and no end marker");
            }
            length = trailer.getLong(8);
            expected = trailer.getLong(16);
        }
        if (length != size - TRAILER) {
            throw new IOException("damaged: its trailer says " + length + " bytes of state, the file holds " + (size - TRAILER));
        }
        CRC32 crc = new CRC32();
        try (InputStream in = new CheckedInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16), crc)) {
            byte[] buffer = new byte[1 << 16];
            for (long left = length; left > 0; ) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    throw new IOException("cut short at byte " + (length - left) + " of " + length);
                }
                left -= n;
            }
        }
        if (crc.getValue() != expected) {
            throw new IOException("damaged: checksum mismatch (CRC-32 " + Long.toHexString(crc.getValue()) + ", written "
                + Long.toHexString(expected) + ")");
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readLong() != START) {
                throw new IOException("not a Synfire checkpoint: it does not start with one's marker");
            }
            int format = in.readInt();
            if (format != FORMAT) {
                throw new IOException("written in checkpoint format " + format + ", and this Synfire reads format " + FORMAT
                    + "; restore it with the Synfire version that wrote it");
            }
            return body.read(in);
        }
    }

    /** Counts the bytes that pass, for the trailer. */
    private static final class CountingStream extends java.io.FilterOutputStream {
        private long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
