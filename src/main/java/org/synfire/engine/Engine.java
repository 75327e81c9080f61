package org.synfire.engine;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.synfire.probe.Checkpointed;
import org.synfire.probe.SpikeSink;
import org.synfire.probe.StateSampler;

/**
 * The step loop of a built network: populations, the synaptic inputs onto them, and the recorders
 * of probes, advanced one {@link Phase phase} after another. Everything here is raw: time is an
 * integer step ({@code t = step·dt}, never accumulated) and values are SI doubles; units, names
 * for users and results live in {@code org.synfire.sim}, which drives this class.
 *
 * <p>Threads: {@link #run} uses {@link #threads()} threads, the caller's included, and returns
 * with every worker stopped; the other methods must be called between runs, from one thread at a
 * time (only {@link #cancel()} may come from another thread during a run).
 */
public final class Engine {
    private final double dt;
    private final List<Population> populations;
    /** The populations, then every group's custom events: whatever emits spikes or events, indexed as spike buffers are. */
    private final List<Population> emitters;
    private final Map<String, SpikeSink> spikeSinks;
    private final Map<Population, List<SpikeSink>> spikeSinksOf = new LinkedHashMap<>();
    private final Map<String, StateSampler> samplers;
    private final List<ProjectionState> projections;
    private final List<SynapticInput> afferents;
    private final int[][] spikeBuffers;
    private final int[] lastCounts;
    private final long[] spikeCounts;
    private final List<Scheduled> scheduled = new ArrayList<>();
    private final ThreadChoice threadChoice;
    private int threads;
    private long step;
    private volatile boolean cancelRequested;
    private boolean cancelled;
    private long runNanos;

    /**
     * @param dt          the time step in seconds
     * @param populations the populations, in update order
     * @param spikeSinks  a line identifying each probe (for checkpoints) → recorder of spikes or rates
     * @param sinkSources the same lines → the population (or a group's {@link EventStream}) each records
     * @param samplers    the same lines → recorders of state
     * @param projections the synapses between populations
     * @param inputs      Poisson inputs to groups
     */
    public Engine(double dt, List<Population> populations, Map<String, SpikeSink> spikeSinks, Map<String, Population> sinkSources,
                  Map<String, StateSampler> samplers, List<ProjectionState> projections, List<PoissonInputState> inputs) {
        this.dt = dt;
        this.projections = List.copyOf(projections);
        shareRings(projections);
        List<SynapticInput> all = new ArrayList<>(projections);
        all.addAll(inputs);
        this.afferents = List.copyOf(all);
        this.populations = List.copyOf(populations);
        this.emitters = emitters(populations);
        for (Population p : emitters) {
            spikeSinksOf.put(p, new ArrayList<>());
        }
        this.spikeSinks = new LinkedHashMap<>(spikeSinks);
        spikeSinks.forEach((key, sink) -> spikeSinksOf.get(sinkSources.get(key)).add(sink));
        this.samplers = new LinkedHashMap<>(samplers);
        this.spikeBuffers = new int[emitters.size()][];
        for (int k = 0; k < spikeBuffers.length; k++) {
            spikeBuffers[k] = new int[emitters.get(k).size()];
        }
        this.lastCounts = new int[emitters.size()];
        this.spikeCounts = new long[emitters.size()];
        double work = populations.stream().filter(p -> p instanceof GroupState).mapToDouble(p -> ((GroupState) p).nanosPerStep()).sum();
        for (ProjectionState p : projections) {
            work += p.size() * TYPICAL_RATE_HZ * dt * NANOS_PER_EVENT;
        }
        this.threadChoice = ThreadChoice.of(work, Runtime.getRuntime().availableProcessors());
        this.threads = threadChoice.threads();
    }

    /**
     * The default number of threads and why, from the build's cost model: the estimated work of
     * one step against what sharing it costs. A step on several threads ends on a barrier where
     * the threads wait for each other, longer when another process holds a core. Sharing among
     * {@code t} threads saves {@code work·(1 − 1/t)} a step; the step is shared only when that
     * saving is at least twice {@link #BARRIER_NANOS}, a margin for the estimate's error, so that
     * the default is never slower than one thread (README, benchmarks, has the measured cases).
     *
     * @param threads       the default number of threads
     * @param nanosPerStep  the estimated work of one step on one thread
     * @param reason        the comparison that chose it, for the build report
     */
    public record ThreadChoice(int threads, double nanosPerStep, String reason) {
        /**
         * @param nanosPerStep the estimated work of one step
         * @param cores        the processors available
         * @return as many threads as cores when sharing the step saves at least twice a barrier, else one
         */
        public static ThreadChoice of(double nanosPerStep, int cores) {
            double saved = nanosPerStep * (1 - 1.0 / Math.max(cores, 1));
            String estimate = String.format(java.util.Locale.ROOT, "a step is about %.1f µs of work", nanosPerStep * 1e-3);
            if (cores <= 1) {
                return new ThreadChoice(1, nanosPerStep, estimate + "; one core");
            }
            String comparison = String.format(java.util.Locale.ROOT, "%d threads would save %.1f µs a step, %s twice a barrier's %.1f µs",
                cores, saved * 1e-3, saved >= 2 * BARRIER_NANOS ? "at least" : "less than", BARRIER_NANOS * 1e-3);
            return new ThreadChoice(saved >= 2 * BARRIER_NANOS ? cores : 1, nanosPerStep, estimate + "; " + comparison);
        }
    }

    /**
     * {@return the default threads and the reason, decided when the engine was made ({@link #threads(int)} overrides the
     * count)}
     */
    public ThreadChoice threadChoice() {
        return threadChoice;
    }

    /**
     * Gives the projections with per-synapse delays onto the same variable one ring (see
     * {@link InputRing}), as long as the longest of their delays needs; the last of them in
     * delivery order adds the due row into the variable. Delivery sums what arrives in a step
     * into that row and adds it once, so several projections onto one variable add their
     * inputs as one sum, in the order the spikes were delivered.
     */
    private static void shareRings(List<ProjectionState> projections) {
        Map<double[], List<ProjectionState>> byVariable = new java.util.IdentityHashMap<>();
        List<double[]> order = new ArrayList<>();
        for (ProjectionState p : projections) {
            double[] variable = p.ringTarget();
            if (variable != null) {
                byVariable.computeIfAbsent(variable, v -> {
                    order.add(v);
                    return new ArrayList<>();
                }).add(p);
            }
        }
        for (double[] variable : order) {
            List<ProjectionState> sharing = byVariable.get(variable);
            int slots = sharing.stream().mapToInt(ProjectionState::ringSlots).max().orElseThrow();
            ProjectionState last = sharing.get(sharing.size() - 1);
            InputRing ring = new InputRing(last.target(), variable, last.ringGated(), slots);
            sharing.forEach(p -> p.useRing(ring, p == last));
        }
    }

    /**
     * The populations, then the custom events of each group in order: the sources a projection's
     * {@code sourcePopulation} index counts through.
     *
     * @param populations the network's populations, in update order
     * @return a new list: the populations, then every group's event streams
     */
    public static List<Population> emitters(List<Population> populations) {
        List<Population> all = new ArrayList<>(populations);
        for (Population p : populations) {
            if (p instanceof GroupState g) {
                all.addAll(g.events());
            }
        }
        return List.copyOf(all);
    }

    /** What one barrier of a shared step costs, as {@link ThreadChoice} takes it. */
    static final double BARRIER_NANOS = 12_500;

    /**
     * For that estimate, synaptic work: a delivered event costs about 3 ns, and sources are taken
     * to fire at 10 Hz, so Brunel's 15.6 million synapses (some 50 µs a step) share their steps
     * and CUBA's 320,000 (1 µs) do not.
     */
    private static final double TYPICAL_RATE_HZ = 10;
    private static final double NANOS_PER_EVENT = 3;

    /** The most threads a run may use (what one claim word of {@link ParallelStep} counts). */
    public static final int MAX_THREADS = ParallelStep.MAX_THREADS;

    /**
     * Sets the number of threads that update neuron groups and deliver their input (default: the
     * {@link #threadChoice()}, all cores or one). Spikes and state
     * are identical for every thread count.
     *
     * @param count from 1 to {@link #MAX_THREADS}, checked by the caller
     */
    public void threads(int count) {
        this.threads = count;
    }

    /** {@return the number of threads that update neuron groups, 1 or more} */
    public int threads() {
        return threads;
    }

    /** Receives the progress of a run on the thread that runs it, about ten times a second and once at the end. */
    @FunctionalInterface
    public interface Progress {
        /**
         * @param now the step reached
         * @param end the step the run will reach
         */
        void update(long now, long end);
    }

    /** An action called at the start of every step that is a multiple of {@code steps}. */
    private record Scheduled(long steps, LongConsumer action) {
    }

    /**
     * Calls {@code action} with the step number at the start of every step that is a multiple of
     * {@code steps} (step 0 included), in the {@link Phase#START} phase before the groups' regular
     * statements: on the calling thread, with every worker waiting, so it may read and change any
     * state. Actions run in the order added, from the next run on, and stay through
     * {@link #rewind} and {@link #readCheckpoint} (they are code, not state). What an action
     * throws ends the run at that step, before any of its phases, and reaches the caller of
     * {@link #run}.
     *
     * @param steps  one or more, checked by the caller
     * @param action called with the step number
     */
    public void every(long steps, LongConsumer action) {
        scheduled.add(new Scheduled(steps, action));
    }

    /** Wall-clock nanoseconds between progress updates. */
    private static final long PROGRESS_NANOS = 100_000_000L;

    /**
     * Stops a run in progress at the end of its current step, from any thread; the state and
     * everything recorded up to that step are kept, and {@link #run} may continue later. A run
     * also stops this way when its thread is interrupted (the interrupt stays set).
     */
    public void cancel() {
        cancelRequested = true;
    }

    /** {@return whether the last run stopped before its end because of {@link #cancel} or an interrupt} */
    public boolean wasCancelled() {
        return cancelled;
    }

    /**
     * Advances the network by {@code steps} steps, reporting progress to {@code progress} (may be
     * {@code null}). Recorders are told the run ended, so what they hold is complete afterwards.
     *
     * @param steps    zero or more, with {@code step() + steps} below 2^31 (checked by the caller)
     * @param progress told the step reached as the run goes, or {@code null}
     */
    public void run(long steps, Progress progress) {
        long start = System.nanoTime();
        for (Population p : populations) {
            p.prepare(dt);
        }
        for (SynapticInput p : afferents) {
            p.prepare(dt, threads);
        }
        long end = step + steps;
        cancelRequested = false;
        cancelled = false;
        long lastReport = start;
        try (Steps each = new Steps()) {
            for (; step < end; step++) {
                if (cancelRequested || Thread.currentThread().isInterrupted()) {
                    cancelled = true;
                    break;
                }
                if (progress != null && (step & 255) == 0 && System.nanoTime() - lastReport > PROGRESS_NANOS) {
                    lastReport = System.nanoTime();
                    progress.update(step, end);
                }
                each.advance(step);
            }
        } finally {
            runNanos += System.nanoTime() - start;
            spikeSinks.values().forEach(SpikeSink::endOfRun);
        }
        if (progress != null) {
            progress.update(step, end);
        }
    }

    /**
     * The first variable of any group that is NaN or infinite, described with its group and neuron,
     * or {@code null} when all are finite. A diverged value never recovers (every comparison with
     * NaN is false, so the neuron silently stops spiking), so the caller reports it after a run.
     *
     * @return a description naming the group, variable and neuron, or {@code null}
     */
    public String divergence() {
        for (Population p : populations) {
            String diverged = p instanceof GroupState g ? g.divergence() : null;
            if (diverged != null) {
                return diverged;
            }
        }
        return null;
    }

    /**
     * One run's step, with what the run fixes: the phases and, on several threads, the workers.
     * It is its own small method, not the body of {@link #run}'s loop, so that the JIT compiles
     * it quickly and whole instead of replacing a long-running loop mid-run (on two cores, that
     * compile took a core from the workers for a tenth of a second).
     */
    private final class Steps implements AutoCloseable {
        private final int[] targetOf = new int[afferents.size()];
        private final List<SynapticInput> integrating = afferents.stream().filter(SynapticInput::integrates).toList();
        private final boolean deliveryReadsSources = afferents.stream().anyMatch(SynapticInput::readsSourceState);
        private final ParallelStep.BlockWork delivery = (block, blocks, now) -> {
            for (int k = 0; k < targetOf.length; k++) {
                afferents.get(k).deliver(block, blocks, now, spikeBuffers[targetOf[k]], lastCounts[targetOf[k]]);
            }
        };
        private final ParallelStep.BlockWork integration = (block, blocks, now) -> {
            for (SynapticInput p : integrating) {
                p.integrate(block, blocks, now);
            }
        };
        private final ParallelStep workers;
        private final Scheduled[] operations = scheduled.toArray(Scheduled[]::new);
        private final GroupState[] regular = populations.stream()
            .filter(p -> p instanceof GroupState g && g.runsRegularly()).toArray(GroupState[]::new);

        Steps() {
            for (int k = 0; k < targetOf.length; k++) {
                targetOf[k] = populations.indexOf(afferents.get(k).target());
            }
            List<GroupState> groups = new ArrayList<>();
            for (Population p : populations) {
                if (p instanceof GroupState g) {
                    groups.add(g);
                }
            }
            workers = threads > 1 && !groups.isEmpty() ? new ParallelStep(groups, delivery, integration, threads) : null;
        }

        void advance(long step) {
            for (Scheduled s : operations) {
                if (step % s.steps() == 0) {
                    s.action().accept(step);
                }
            }
            for (GroupState g : regular) {
                g.runRegularly(step);
            }
            boolean parallel = workers != null;
            boolean sampling = false;
            for (StateSampler r : samplers.values()) {
                sampling |= r.samplesAt(step);
            }
            // Each block delivers to, integrates and updates only its own targets, so phases run
            // straight into each other on one barrier, except where a probe must see the
            // delivered state or synaptic code reads source neurons another block is updating.
            int pending = afferents.isEmpty() ? 0 : Phase.DELIVER.bit();
            if (pending != 0 && (!parallel || sampling || deliveryReadsSources)) {
                runPhases(step, pending);
                delivered(step);
                pending = 0;
            }
            for (StateSampler r : samplers.values()) {
                r.sample(step, dt);
            }
            if (!integrating.isEmpty()) {
                pending |= Phase.INTEGRATE.bit();
                if (!parallel || deliveryReadsSources) {
                    runPhases(step, pending);
                    pending = 0;
                }
            }
            if (parallel) {
                workers.step(step, pending | Phase.UPDATE.bit());
            }
            if (Phase.DELIVER.in(pending)) {
                delivered(step);
            }
            // Event streams come after every group, so each lists what its group's finished update decided.
            for (int k = 0, g = 0; k < emitters.size(); k++) {
                Population p = emitters.get(k);
                int count = parallel && p instanceof GroupState
                    ? workers.spikes(g++, spikeBuffers[k]) : p.update(step, spikeBuffers[k]);
                lastCounts[k] = count;
                spikeCounts[k] += count;
                for (SpikeSink r : spikeSinksOf.get(p)) {
                    r.record(spikeBuffers[k], count, step + 1);
                }
            }
            for (ProjectionState p : projections) {
                int k = p.sourcePopulation();
                p.enqueue(spikeBuffers[k], lastCounts[k], step + 1);
            }
        }

        /** Runs phases on the workers, or here when there are none (the update then happens as populations are visited). */
        private void runPhases(long step, int phases) {
            if (workers != null) {
                workers.step(step, phases);
                return;
            }
            if (Phase.DELIVER.in(phases)) {
                delivery.run(0, 1, step);
            }
            if (Phase.INTEGRATE.in(phases)) {
                integration.run(0, 1, step);
            }
        }

        @Override
        public void close() {
            if (workers != null) {
                workers.close();
            }
        }
    }

    private void delivered(long now) {
        for (SynapticInput p : afferents) {
            p.delivered(now);
        }
    }

    private static final long CHECKPOINT_MAGIC = 0x53594E46434B5031L;

    /**
     * Writes the whole state: the clock, every variable of every group and synapse, spikes in
     * flight in delay queues and ring buffers, the last step's spikes, spike counts and everything
     * recorded so far (random numbers are counter-based, so the clock is their whole state).
     * {@link #readCheckpoint} continues it in a fresh build of the same network, with exactly the
     * spikes the uninterrupted run would give.
     *
     * @param out where the bytes go; not closed
     * @throws IOException if {@code out} fails
     */
    public void writeCheckpoint(DataOutputStream out) throws IOException {
        out.writeLong(CHECKPOINT_MAGIC);
        byte[] description = fingerprint().getBytes(StandardCharsets.UTF_8);
        out.writeInt(description.length);
        out.write(description);
        out.writeLong(step);
        Checkpointed.writeLongs(out, spikeCounts);
        for (int k = 0; k < emitters.size(); k++) {
            Checkpointed.writeInts(out, spikeBuffers[k], lastCounts[k]);
        }
        for (Checkpointed part : checkpointed()) {
            part.writeState(out);
        }
    }

    /**
     * Replaces the state by what {@link #writeCheckpoint} wrote, if it comes from a network of the
     * same structure (models, sizes, seed, connectivity, probes).
     *
     * @param in  bytes {@link #writeCheckpoint} wrote; not closed
     * @return {@code null} when the state was replaced, else the first difference between the
     *         networks, with the state unchanged
     * @throws IOException if the bytes are not a checkpoint or cannot be read
     */
    public String readCheckpoint(DataInputStream in) throws IOException {
        if (in.readLong() != CHECKPOINT_MAGIC) {
            throw new IOException("not a Synfire checkpoint");
        }
        byte[] description = new byte[in.readInt()];
        in.readFully(description);
        String theirs = new String(description, StandardCharsets.UTF_8);
        String ours = fingerprint();
        if (!theirs.equals(ours)) {
            return firstDifference(theirs, ours);
        }
        step = in.readLong();
        Checkpointed.readLongs(in, spikeCounts);
        for (int k = 0; k < emitters.size(); k++) {
            lastCounts[k] = Checkpointed.readInts(in, spikeBuffers[k]);
        }
        for (Checkpointed part : checkpointed()) {
            part.readState(in);
        }
        return null;
    }

    private List<Checkpointed> checkpointed() {
        List<Checkpointed> parts = new ArrayList<>(populations);
        parts.addAll(afferents);
        parts.addAll(spikeSinks.values());
        parts.addAll(samplers.values());
        return parts;
    }

    /** One line per part of the network that a checkpoint depends on. */
    private String fingerprint() {
        StringBuilder out = new StringBuilder("dt " + dt + "\n");
        for (Population p : populations) {
            out.append(p instanceof GroupState g ? g.fingerprint() : ((SpikeSourceState) p).fingerprint()).append('\n');
        }
        afferents.forEach(p -> out.append(p.fingerprint()).append('\n'));
        spikeSinks.keySet().forEach(k -> out.append("probe ").append(k).append('\n'));
        samplers.keySet().forEach(k -> out.append("probe ").append(k).append('\n'));
        return out.toString();
    }

    private static String firstDifference(String theirs, String ours) {
        String[] a = theirs.split("\n");
        String[] b = ours.split("\n");
        for (int k = 0; k < Math.max(a.length, b.length); k++) {
            String x = k < a.length ? a[k] : "(nothing)";
            String y = k < b.length ? b[k] : "(nothing)";
            if (!x.equals(y)) {
                return "it has " + x + " where this simulation has " + y;
            }
        }
        return "they differ";
    }

    /**
     * Back to step 0 with nothing in flight and nothing recorded, as right after the build; the
     * variables are the build's to set again (see {@code org.synfire.sim.Simulation#reset}).
     */
    public void rewind() {
        step = 0;
        Arrays.fill(spikeCounts, 0);
        Arrays.fill(lastCounts, 0);
        populations.forEach(Population::rewind);
        afferents.forEach(SynapticInput::rewind);
        spikeSinks.values().forEach(SpikeSink::rewind);
        samplers.values().forEach(StateSampler::rewind);
    }

    /** {@return the time step in seconds} */
    public double dt() {
        return dt;
    }

    /** {@return the current step: the number of steps simulated so far} */
    public long step() {
        return step;
    }

    /** {@return wall-clock seconds spent in {@link #run} so far} */
    public double runSeconds() {
        return runNanos * 1e-9;
    }

    /** {@return the populations, in update order} */
    public List<Population> populations() {
        return populations;
    }

    /** {@return the projections, in build order} */
    public List<ProjectionState> projections() {
        return projections;
    }

    /**
     * Spikes emitted so far by one population or event stream, recorded or not.
     *
     * @param k the emitter: a population in the order of {@link #populations()}, then the event streams, as {@link #emitters}
     * @return the count since the build or the last {@link #rewind}, or as the checkpoint read last had it
     */
    public long spikeCount(int k) {
        return spikeCounts[k];
    }

    @Override
    public String toString() {
        return "Engine at step " + step + " (dt = " + dt + " s, " + populations.size() + " populations, " + projections.size()
            + " projections)";
    }
}
