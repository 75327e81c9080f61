package org.synfire.notebook;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;

/**
 * A cell's stdout and stderr as the notebook receives them: what the cell prints is gathered and
 * sent as one {@code stream} message every {@link #FLUSH_MS}, as soon as {@link #BATCH_BYTES}
 * have gathered, before any other output of the cell (a display, its result, its error) and at
 * its end. Sent line by line, as the library's streams do, a cell printing in a loop costs one
 * message per line: the notebook falls minutes behind and Jupyter's server drops output past its
 * IOPub rate limit (1,000 messages a second by default).
 *
 * <p>One buffer holds both streams, so a switch from stdout to stderr (or back) first sends what
 * came before it and the two keep their interleaving. Threads: the cell writes, a timer sends, and
 * whoever publishes another output goes through {@link #inOrder}; one lock orders them all.
 */
final class CellOutput {
    /** The longest printed text waits before it is sent. */
    static final long FLUSH_MS = 50;
    /** How much text, in bytes of UTF-8, is sent at once without waiting for the timer. */
    static final int BATCH_BYTES = 64 * 1024;

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "synfire-output");
        t.setDaemon(true);
        return t;
    });

    private final Object lock = new Object();
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    /** Which stream the pending bytes belong to: true for stderr. */
    private boolean pendingErr;
    private ShellReplyEnvironment env;
    private ScheduledFuture<?> tick;

    /** The cell's {@code System.out}. */
    final PrintStream out = new PrintStream(new Sink(false), true, StandardCharsets.UTF_8);
    /** The cell's {@code System.err}. */
    final PrintStream err = new PrintStream(new Sink(true), true, StandardCharsets.UTF_8);

    /** Sends what the streams receive from now on to {@code env}'s cell. */
    void attach(ShellReplyEnvironment env) {
        synchronized (lock) {
            this.env = env;
            pending.reset();
            tick = TIMER.scheduleWithFixedDelay(this::flush, FLUSH_MS, FLUSH_MS, TimeUnit.MILLISECONDS);
        }
    }

    /** Sends what is left and stops sending; later text (from threads the cell left running) is dropped. */
    void detach() {
        synchronized (lock) {
            send(true);
            tick.cancel(false);
            env = null;
        }
    }

    /** Sends what has gathered. */
    void flush() {
        synchronized (lock) {
            send(false);
        }
    }

    /** Publishes another output of the cell after the text printed before it. */
    void inOrder(Runnable publish) {
        synchronized (lock) {
            send(true);
            publish.run();
        }
    }

    private void append(boolean toErr, byte[] bytes, int offset, int length) {
        synchronized (lock) {
            if (env == null) {
                return;
            }
            if (toErr != pendingErr) {
                send(true);
                pendingErr = toErr;
            }
            pending.write(bytes, offset, length);
            if (pending.size() >= BATCH_BYTES) {
                send(false);
            }
        }
    }

    /**
     * Sends the pending text up to its last whole character, or all of it when {@code all} (a
     * character the encoder split across two writes is then completed by the next write: only the
     * timer and the size limit can fall between its halves).
     */
    private void send(boolean all) {
        if (env == null || pending.size() == 0) {
            return;
        }
        byte[] bytes = pending.toByteArray();
        int end = all ? bytes.length : wholeCharacters(bytes);
        String text = new String(bytes, 0, end, StandardCharsets.UTF_8);
        pending.reset();
        pending.write(bytes, end, bytes.length - end);
        if (pendingErr) {
            env.writeToStdErr(text);
        } else {
            env.writeToStdOut(text);
        }
    }

    /** The length of the longest prefix of UTF-8 {@code bytes} that does not end inside a character. */
    static int wholeCharacters(byte[] bytes) {
        int lead = bytes.length - 1;
        while (lead >= 0 && bytes.length - lead < 4 && (bytes[lead] & 0xC0) == 0x80) {
            lead--;
        }
        if (lead < 0) {
            return bytes.length;
        }
        int b = bytes[lead] & 0xFF;
        int needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
        return bytes.length - lead >= needed ? bytes.length : lead;
    }

    /** One of the two streams; flushing it sends nothing, the batching decides when to send. */
    private final class Sink extends OutputStream {
        private final boolean toErr;

        Sink(boolean toErr) {
            this.toErr = toErr;
        }

        @Override
        public void write(int b) {
            append(toErr, new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            append(toErr, bytes, offset, length);
        }
    }
}
