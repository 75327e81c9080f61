package org.synfire.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a study's points on a pool of threads in this JVM, so points share its compiled kernels
 * (the kernel cache is keyed by the generated source, which holds no parameter values, so a point
 * with other values compiles nothing). At most {@code parallel} points run at once, each with
 * {@code threads} threads for its simulations, and {@code parallel × threads} never exceeds the
 * cores ({@link #forCores}). Memory bounds it too: the first point runs alone until it has built
 * its network, and from its size the executor runs only as many points at once as fit in the
 * heap; after an {@link OutOfMemoryError} it runs one point at a time.
 */
public final class LocalExecutor implements Executor {
    /**
     * Each point is counted at twice its build's estimate: the estimate leaves out spike queues,
     * ring buffers, recorders and warm-up copies (docs/architecture.md, known gaps), and the
     * point's tables and figures come on top.
     */
    static final double MEMORY_MARGIN = 2;
    /** The share of the heap points may take, as the build allows a network (the rest is the JVM's and the study's own). */
    static final double HEAP_SHARE = 0.9;

    private final int parallel;
    private final int threads;
    private final List<String> notes;
    private volatile boolean cancelled;
    private volatile ExecutorService pool;

    /**
     * An executor that runs up to {@code parallel} points at once, whatever the machine's cores.
     *
     * @param parallel points at once
     * @param threads  threads per point
     * @throws SweepException if either is below 1
     */
    public LocalExecutor(int parallel, int threads) {
        this(parallel, threads, List.of());
    }

    private LocalExecutor(int parallel, int threads, List<String> notes) {
        if (parallel < 1 || threads < 1) {
            throw new SweepException("a local executor needs 1 or more parallel points and threads per point, not " + parallel + " and " + threads);
        }
        this.parallel = parallel;
        this.threads = threads;
        this.notes = List.copyOf(notes);
    }

    /**
     * The executor for a machine of {@code cores} cores: by default one point per core with one
     * thread each (independent points scale better than threads within one); a parallelism or
     * thread count asked for is lowered until {@code parallel × threads <= cores}, and
     * {@link #notes()} says what was lowered.
     *
     * @param cores    the cores to fill
     * @param parallel points at once, or {@code null} for cores / threads
     * @param threads  threads per point, or {@code null} for cores / parallel
     * @return the executor
     * @throws SweepException if {@code parallel} or {@code threads} is below 1
     */
    public static LocalExecutor forCores(int cores, Integer parallel, Integer threads) {
        if (parallel != null && parallel < 1) {
            throw new SweepException("parallel " + parallel + ": give 1 or more points at a time");
        }
        if (threads != null && threads < 1) {
            throw new SweepException("threads " + threads + ": give 1 or more threads per point");
        }
        List<String> notes = new ArrayList<>();
        int p = parallel != null ? parallel : Math.max(1, cores / (threads != null ? threads : 1));
        if (p > cores) {
            notes.add("runs " + cores + " points at a time, not " + p + ": this machine has " + cores + " cores");
            p = cores;
        }
        int t = threads != null ? threads : Math.max(1, cores / p);
        if (p * t > cores) {
            int fit = Math.max(1, cores / p);
            notes.add("gives each point " + fit + " thread" + (fit == 1 ? "" : "s") + ", not " + t + ": " + p + " points × " + t
                + " threads would need " + p * t + " cores, and this machine has " + cores);
            t = fit;
        }
        return new LocalExecutor(p, t, notes);
    }

    /**
     * The executor for this machine's cores; see {@link #forCores}.
     *
     * @param parallel points at once, or {@code null} for cores / threads
     * @param threads  threads per point, or {@code null} for cores / parallel
     * @return the executor
     * @throws SweepException if {@code parallel} or {@code threads} is below 1
     */
    public static LocalExecutor forThisMachine(Integer parallel, Integer threads) {
        return forCores(Runtime.getRuntime().availableProcessors(), parallel, threads);
    }

    /** {@return what {@link #forCores} lowered, one sentence each, for the user; empty when nothing was} */
    public List<String> notes() {
        return notes;
    }

    /** {@return the most points that run at once} */
    public int parallel() {
        return parallel;
    }

    /** {@return the threads each point's simulations use} */
    public int threads() {
        return threads;
    }

    @Override
    public String description() {
        return String.format(Locale.ROOT, "local: up to %d point%s at a time, %d thread%s each", parallel, parallel == 1 ? "" : "s", threads,
            threads == 1 ? "" : "s");
    }

    /** What a pool thread tells the scheduling loop: a point's network size, or its end. */
    private sealed interface Event permits Built, Ended {
    }

    private record Built(long bytes) implements Event {
    }

    /** @param result null when the point was dropped (cancelled) or stopped the study */
    private record Ended(PointResult result, StudyException stop, boolean outOfMemory) implements Event {
    }

    @Override
    public void execute(List<Point> points, Function<Point, Path> folders, PointTask task, Consumer<PointResult> done)
        throws InterruptedException {
        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        AtomicInteger names = new AtomicInteger();
        pool = Executors.newFixedThreadPool(parallel, r -> {
            Thread t = new Thread(r, "synfire-point-" + names.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        Memory memory = new Memory(parallel);
        StudyException stop = null;
        int next = 0;
        int running = 0;
        try {
            while (true) {
                while (!cancelled && stop == null && next < points.size() && running < memory.limit()) {
                    Point p = points.get(next++);
                    pool.execute(() -> events.add(run(p, folders, task, events, memory)));
                    running++;
                }
                if (running == 0) {
                    break;
                }
                Event e = events.take();
                if (e instanceof Built b) {
                    memory.built(b.bytes());
                } else if (e instanceof Ended end) {
                    running--;
                    memory.ended(end.outOfMemory());
                    if (end.stop() != null && stop == null) {
                        stop = end.stop();
                    } else if (end.result() != null && !cancelled) {
                        done.accept(end.result());
                    }
                }
            }
        } catch (InterruptedException e) {
            cancel();
            throw e;
        } finally {
            pool.shutdownNow();
        }
        if (stop != null) {
            throw stop;
        }
    }

    private Ended run(Point point, Function<Point, Path> folders, PointTask task, BlockingQueue<Event> events, Memory memory) {
        long t0 = System.nanoTime();
        try {
            Path folder = folders.apply(point);
            Files.createDirectories(folder);
            PointContext context = new PointContext(folder, threads, report -> events.add(new Built(report.bytes())));
            var results = task.run(point, context);
            return cancelled ? new Ended(null, null, false) : new Ended(PointResult.ok(point, results == null ? java.util.Map.of() : results,
                seconds(t0)), null, false);
        } catch (StudyException e) {
            return new Ended(null, e, false);
        } catch (OutOfMemoryError e) {
            return new Ended(PointResult.failed(point, "out of memory (" + e.getMessage() + ") with up to " + memory.limit()
                + " points at a time; the rest of the study runs one point at a time", seconds(t0)), null, true);
        } catch (IOException e) {
            return new Ended(PointResult.failed(point, "cannot make the point's folder: " + PointResult.message(e), seconds(t0)), null, false);
        } catch (Exception | Error e) {
            return new Ended(cancelled ? null : PointResult.failed(point, PointResult.message(e), seconds(t0)), null, false);
        }
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) * 1e-9;
    }

    @Override
    public void cancel() {
        cancelled = true;
        ExecutorService p = pool;
        if (p != null) {
            p.shutdownNow();
        }
    }

    /**
     * How many points may run at once: one until the first point's network is built (or the
     * first point ends without saying), then as many as the heap holds at
     * {@link #MEMORY_MARGIN} times the largest network seen, up to {@code parallel}; one after
     * running out of memory. Touched by the scheduling loop only.
     */
    private static final class Memory {
        private final int parallel;
        private int limit = 1;
        private boolean exhausted;
        private long largest;
        private double budget = Double.NaN;

        Memory(int parallel) {
            this.parallel = parallel;
        }

        int limit() {
            return limit;
        }

        void built(long bytes) {
            if (Double.isNaN(budget)) {
                Runtime rt = Runtime.getRuntime();
                // The point that reported is allocated already, so its bytes are part of the heap points may share.
                budget = HEAP_SHARE * (rt.maxMemory() - (rt.totalMemory() - rt.freeMemory()) + bytes);
            }
            largest = Math.max(largest, bytes);
            update();
        }

        void ended(boolean outOfMemory) {
            exhausted |= outOfMemory;
            update();
        }

        private void update() {
            int fit = largest <= 0 ? parallel : (int) Math.min(parallel, Math.floor(budget / (MEMORY_MARGIN * largest)));
            limit = exhausted ? 1 : Math.max(1, fit);
        }
    }
}
