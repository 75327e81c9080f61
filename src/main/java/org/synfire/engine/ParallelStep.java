package org.synfire.engine;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs the phases of a step on several threads for the length of one run: delivery of synaptic
 * input and the update of neuron groups. Each step is cut into one contiguous block per thread of
 * every group (see {@link Blocks}); a block delivers only to its own targets and writes its spikes
 * into its own buffer, and blocks are joined in order, so spikes come out exactly as on one thread
 * (kernels draw random numbers per neuron and step, never per thread).
 *
 * <p>Blocks are not tied to threads: each thread claims the next unclaimed block of the step, the
 * calling thread included, until none is left. A helper that the operating system has descheduled
 * (on a small machine, a JIT compiler thread or another tenant takes its core for a hundred
 * microseconds at a time) then costs one thread's speed instead of stalling every step: the caller
 * runs the block itself. Threads spin briefly between steps (a step of 4,000 LIF neurons takes
 * microseconds, far less than parking and waking a thread), then yield, then park for short
 * intervals, so an oversubscribed machine slows down rather than stalls.
 */
final class ParallelStep implements AutoCloseable {
    private static final long STOP = Long.MIN_VALUE;
    /** A claim is {@code ticket << BLOCK_BITS | next block}, so a thread still on an old step cannot claim a block of the new one. */
    private static final int BLOCK_BITS = 16;
    /** The most threads (blocks) a claim can count. */
    static final int MAX_THREADS = (1 << BLOCK_BITS) - 1;
    private static final int SPINS_BEFORE_YIELD = 2_000;
    private static final int YIELDS_BEFORE_PARKING = 200;
    private static final long PARK_NANOS = 20_000;

    /** Work done on one block of one step, e.g. delivering synaptic input to the block's targets. */
    @FunctionalInterface
    interface BlockWork {
        void run(int block, int blocks, long step);
    }

    private final List<GroupState> groups;
    private final BlockWork delivery;
    private final BlockWork integration;
    private final int threads;
    private final int[][] bounds;
    private final int[][][] buffers;
    private final int[][] counts;
    private final Thread[] helpers;
    private final AtomicLong claim = new AtomicLong(-1L << BLOCK_BITS);
    private final AtomicInteger finished = new AtomicInteger();
    private long nextTicket;
    private long currentStep;
    private int phases;
    private volatile Throwable failure;

    ParallelStep(List<GroupState> groups, BlockWork delivery, BlockWork integration, int threads) {
        this.groups = groups;
        this.delivery = delivery;
        this.integration = integration;
        this.threads = threads;
        this.bounds = new int[groups.size()][threads + 1];
        this.buffers = new int[groups.size()][threads][];
        this.counts = new int[groups.size()][threads];
        for (int g = 0; g < groups.size(); g++) {
            for (int w = 0; w <= threads; w++) {
                bounds[g][w] = Blocks.start(groups.get(g), w, threads);
            }
            for (int w = 0; w < threads; w++) {
                buffers[g][w] = new int[bounds[g][w + 1] - bounds[g][w]];
            }
        }
        this.helpers = new Thread[threads - 1];
        for (int w = 1; w < threads; w++) {
            helpers[w - 1] = new Thread(this::work, "synfire-worker-" + w);
            helpers[w - 1].setDaemon(true);
            helpers[w - 1].start();
        }
    }

    /**
     * Runs the given block phases (a mask of {@link Phase#DELIVER}, {@link Phase#INTEGRATE} and
     * {@link Phase#UPDATE} bits, run in that order) of one step on every block; returns when all
     * blocks are done.
     */
    void step(long step, int which) {
        // Plain fields written before the claim is published are visible to the threads that claim from it.
        currentStep = step;
        phases = which;
        finished.set(0);
        long ticket = nextTicket++;
        claim.set(ticket << BLOCK_BITS);
        while (claimAndRun(ticket)) {
            // The helpers may all be descheduled: this thread runs whatever they have not claimed.
        }
        int spins = 0;
        while (finished.get() != threads) {
            if (failure != null) {
                throw new IllegalStateException("a worker thread failed", failure);
            }
            spins = pause(spins);
        }
    }

    /** Claims the next block of step {@code ticket} and runs it; false when none is left to claim. */
    private boolean claimAndRun(long ticket) {
        while (true) {
            long c = claim.get();
            int block = (int) (c & ((1 << BLOCK_BITS) - 1));
            if (c >> BLOCK_BITS != ticket || block >= threads) {
                return false;
            }
            if (claim.compareAndSet(c, c + 1)) {
                runBlock(block, currentStep, phases);
                finished.incrementAndGet();
                return true;
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

    private void runBlock(int b, long step, int which) {
        if (Phase.DELIVER.in(which)) {
            delivery.run(b, threads, step);
        }
        if (Phase.INTEGRATE.in(which)) {
            integration.run(b, threads, step);
        }
        if (Phase.UPDATE.in(which)) {
            for (int g = 0; g < groups.size(); g++) {
                counts[g][b] = groups.get(g).update(bounds[g][b], bounds[g][b + 1], step, buffers[g][b]);
            }
        }
    }

    private void work() {
        long seen = -1;
        int spins = 0;
        while (true) {
            long c = claim.get();
            if (c == STOP) {
                return;
            }
            long ticket = c >> BLOCK_BITS;
            if (ticket == seen) {
                spins = pause(spins);
                continue;
            }
            spins = 0;
            try {
                while (claimAndRun(ticket)) {
                    // More blocks than threads awake: keep taking them.
                }
            } catch (Throwable e) {
                failure = e;
                return;
            }
            seen = ticket;
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
        claim.set(STOP);
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
