package org.synfire.engine;

import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs the phases of a step on several threads for the length of one run: delivery of synaptic
 * input and the update of neuron groups. Each thread owns one contiguous block of every group
 * (see {@link Blocks}): it delivers only to its own targets and writes its spikes into its own
 * buffer; blocks are joined in order, so spikes come out exactly as on one thread (kernels draw
 * random numbers per neuron and step, never per thread). Threads spin briefly between steps (a step of 4,000 LIF
 * neurons takes microseconds, far less than parking and waking a thread), then yield, then park
 * for short intervals, so an oversubscribed machine slows down rather than stalls.
 */
final class ParallelStep implements AutoCloseable {
    private static final long STOP = Long.MIN_VALUE;
    private static final int SPINS_BEFORE_YIELD = 2_000;
    private static final int YIELDS_BEFORE_PARKING = 200;
    private static final long PARK_NANOS = 20_000;

    /** Work done by each worker on its own block for one step, e.g. delivering synaptic input. */
    @FunctionalInterface
    interface Phase {
        void run(int worker, int threads, long step);
    }

    private final List<GroupState> groups;
    private final Phase delivery;
    private final Phase integration;
    private final int threads;
    private final int[][] bounds;
    private final int[][][] buffers;
    private final int[][] counts;
    private final Thread[] helpers;
    private final AtomicLongArray done;
    private volatile long ticket = -1;
    private long nextTicket;
    private long currentStep;
    private int phases;
    private volatile Throwable failure;

    /** Phase flags for {@link #step}. */
    static final int DELIVER = 1;
    static final int UPDATE = 2;
    static final int INTEGRATE = 4;

    ParallelStep(List<GroupState> groups, Phase delivery, Phase integration, int threads) {
        this.groups = groups;
        this.delivery = delivery;
        this.integration = integration;
        this.threads = threads;
        this.bounds = new int[groups.size()][threads + 1];
        this.buffers = new int[groups.size()][threads][];
        this.counts = new int[groups.size()][threads];
        for (int g = 0; g < groups.size(); g++) {
            int size = groups.get(g).size();
            for (int w = 0; w <= threads; w++) {
                bounds[g][w] = Blocks.start(size, w, threads);
            }
            for (int w = 0; w < threads; w++) {
                buffers[g][w] = new int[bounds[g][w + 1] - bounds[g][w]];
            }
        }
        this.done = new AtomicLongArray(threads);
        for (int w = 0; w < threads; w++) {
            done.set(w, -1);
        }
        this.helpers = new Thread[threads - 1];
        for (int w = 1; w < threads; w++) {
            int worker = w;
            helpers[w - 1] = new Thread(() -> work(worker), "synfire-worker-" + w);
            helpers[w - 1].setDaemon(true);
            helpers[w - 1].start();
        }
    }

    /**
     * Runs the given phases ({@link #DELIVER}, {@link #INTEGRATE}, {@link #UPDATE}, in that order) of one step
     * on every block; returns when all blocks are done.
     */
    void step(long step, int which) {
        // Plain fields written before the volatile ticket are visible to the workers that read it.
        currentStep = step;
        phases = which;
        long ticketValue = nextTicket++;
        ticket = ticketValue;
        runBlock(0, step, which);
        for (int w = 1; w < threads; w++) {
            int spins = 0;
            while (done.get(w) != ticketValue) {
                if (failure != null) {
                    throw new IllegalStateException("a worker thread failed", failure);
                }
                spins = pause(spins);
            }
        }
    }

    /** Copies group {@code g}'s spikes of the last step into {@code out}, ascending; returns their number. */
    int spikes(int g, int[] out) {
        int n = 0;
        for (int w = 0; w < threads; w++) {
            System.arraycopy(buffers[g][w], 0, out, n, counts[g][w]);
            n += counts[g][w];
        }
        return n;
    }

    private void runBlock(int w, long step, int which) {
        if ((which & DELIVER) != 0) {
            delivery.run(w, threads, step);
        }
        if ((which & INTEGRATE) != 0) {
            integration.run(w, threads, step);
        }
        if ((which & UPDATE) != 0) {
            for (int g = 0; g < groups.size(); g++) {
                counts[g][w] = groups.get(g).update(bounds[g][w], bounds[g][w + 1], step, buffers[g][w]);
            }
        }
    }

    private void work(int w) {
        long seen = -1;
        int spins = 0;
        while (true) {
            long t = ticket;
            if (t == STOP) {
                return;
            }
            if (t == seen) {
                spins = pause(spins);
                continue;
            }
            spins = 0;
            try {
                runBlock(w, currentStep, phases);
            } catch (Throwable e) {
                failure = e;
                return;
            }
            seen = t;
            done.set(w, t);
        }
    }

    /**
     * Waits a little: spinning first (a step usually ends within microseconds), then yielding,
     * then parking briefly, so that with more threads than free cores the waiting threads give
     * theirs to the one still working instead of competing with it.
     */
    private static int pause(int spins) {
        if (spins < SPINS_BEFORE_YIELD) {
            Thread.onSpinWait();
        } else if (spins < SPINS_BEFORE_YIELD + YIELDS_BEFORE_PARKING) {
            Thread.yield();
        } else {
            LockSupport.parkNanos(PARK_NANOS);
        }
        return spins + 1;
    }

    @Override
    public void close() {
        ticket = STOP;
        for (Thread t : helpers) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
