package org.synfire.notebook;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs user code on a thread of its own so that an interrupt, which arrives on the control
 * channel's thread, has something to interrupt. A Synfire simulation checks its thread's interrupt
 * flag every step, so it stops at a step boundary with its state and recordings intact and the
 * cell ends normally; code that never looks at the flag (a bare busy loop) is stopped by force
 * after {@link #GRACE_MS}, the only way left on the JVM.
 */
final class CellRunner {
    /** How long interrupted code may take to notice before its thread is stopped by force. */
    static final long GRACE_MS = 2_000;

    private final ExecutorService cells = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "synfire-cell");
        t.setDaemon(true);
        return t;
    });
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "synfire-interrupt");
        t.setDaemon(true);
        return t;
    });
    private volatile Thread running;
    private volatile boolean interrupted;
    private volatile boolean forced;
    /** Counts cells, so a late forced stop never hits the next cell on the same thread. */
    private volatile long cell;

    /** Thrown when a cell was interrupted; what it computed before that is kept. */
    static final class Interrupted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Interrupted(boolean forced) {
            super(forced
                ? "the cell did not stop within " + GRACE_MS / 1000 + " s of the interrupt and was stopped by force; "
                    + "variables it was changing may be half-updated"
                : "the cell was interrupted; a running simulation stopped at the end of its step and keeps its state and recordings");
        }
    }

    /**
     * Runs {@code code} on the cell thread and returns its result, rethrowing what it throws.
     *
     * @throws Interrupted if {@link #interrupt} was called while it ran
     */
    <T> T call(Callable<T> code) throws Exception {
        interrupted = false;
        forced = false;
        cell++;
        Future<T> result = cells.submit(() -> {
            running = Thread.currentThread();
            try {
                return code.call();
            } finally {
                running = null;
                // The flag stays set after a simulation stops; the next cell must not inherit it.
                Thread.interrupted();
            }
        });
        try {
            T value = result.get();
            if (interrupted) {
                throw new Interrupted(false);
            }
            return value;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            // The ThreadDeath may arrive wrapped (JShell calls cells through reflection).
            if (forced) {
                throw new Interrupted(true);
            }
            if (interrupted && cause instanceof InterruptedException) {
                throw new Interrupted(false);
            }
            if (cause instanceof Exception ex) {
                throw ex;
            }
            throw (Error) cause;
        }
    }

    /** Whether a cell is running now. */
    boolean busy() {
        return running != null;
    }

    /** Interrupts the running cell, if any; from any thread. */
    void interrupt() {
        Thread t = running;
        if (t == null) {
            return;
        }
        interrupted = true;
        long which = cell;
        t.interrupt();
        watchdog.schedule(() -> stop(t, which), GRACE_MS, TimeUnit.MILLISECONDS);
    }

    @SuppressWarnings("deprecation")
    private void stop(Thread t, long which) {
        if (running == t && cell == which) {
            forced = true;
            try {
                t.stop();
            } catch (UnsupportedOperationException e) {
                // JDK 20 and later cannot stop a thread; the cell runs on until it returns.
            }
        }
    }

    void shutdown() {
        cells.shutdownNow();
        watchdog.shutdownNow();
    }
}
