package org.synfire.engine;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.synfire.probe.Checkpointed;
import org.synfire.probe.PopulationRate;
import org.synfire.probe.RateRecorder;
import org.synfire.probe.SpikeFileRecorder;
import org.synfire.probe.SpikeRecorder;
import org.synfire.probe.SpikeSink;
import org.synfire.probe.SpikeTrains;
import org.synfire.probe.StateRecorder;
import org.synfire.probe.StateTrace;
import org.synfire.units.Dimension;
import org.synfire.units.Quantity;
import org.synfire.units.Units;

/**
 * A built network, ready to run: populations, recorders and the clock. Time is an integer step
 * ({@code t = step·dt}, never accumulated). {@link #run} may be called again to continue, and
 * variables may be changed between runs through {@link #group}.
 *
 * <p>Order within a step (the phases of Brian2's schedule, in its order): synaptic input that acts
 * at time {@code step·dt} is delivered (spikes whose delay has passed, then {@code on_post} for
 * the neurons that spiked at that time); state probes sample; every population advances to
 * {@code (step+1)·dt}, detecting and resetting spikes; spike probes record them at
 * {@code (step+1)·dt}, and projections queue them.
 *
 * <pre>{@code
 * Simulation sim = Builder.build(net);
 * sim.run(Units.ms.of(500));
 * SpikeTrains s = sim.spikes(spikeProbe);
 * }</pre>
 */
public final class Simulation {
    private final double dt;
    private final List<Population> populations;
    private final Map<String, Population> byName = new LinkedHashMap<>();
    private final Map<Object, SpikeSink> spikeSinks;
    private final Map<Population, List<SpikeSink>> spikeSinksOf = new LinkedHashMap<>();
    private final Map<Object, StateRecorder> stateRecorders;
    private final List<ProjectionState> projections;
    private final List<SynapticInput> afferents;
    private final Map<String, ProjectionState> projectionsByName = new LinkedHashMap<>();
    private final int[][] spikeBuffers;
    private final int[] lastCounts;
    private final long[] spikeCounts;
    private final BuildReport report;
    private int threads;
    private long step;
    private volatile boolean cancelRequested;
    private boolean cancelled;
    private long runNanos;

    /**
     * @param dt              the time step in seconds
     * @param populations     the populations, in update order
     * @param spikeSinks      probe key → recorder of spikes or rates
     * @param sinkSources     probe key → the population it records
     * @param stateRecorders  probe key → recorder
     * @param projections     the synapses between populations
     * @param inputs          Poisson inputs to groups
     * @param report          what the build decided
     */
    public Simulation(double dt, List<Population> populations, Map<Object, SpikeSink> spikeSinks,
                      Map<Object, Population> sinkSources, Map<Object, StateRecorder> stateRecorders,
                      List<ProjectionState> projections, List<PoissonInputState> inputs, BuildReport report) {
        this.dt = dt;
        this.projections = List.copyOf(projections);
        List<SynapticInput> all = new ArrayList<>(projections);
        all.addAll(inputs);
        this.afferents = List.copyOf(all);
        projections.forEach(p -> projectionsByName.put(p.name(), p));
        this.report = report;
        this.populations = List.copyOf(populations);
        for (Population p : populations) {
            byName.put(p.name(), p);
            spikeSinksOf.put(p, new ArrayList<>());
        }
        this.spikeSinks = new LinkedHashMap<>(spikeSinks);
        spikeSinks.forEach((key, sink) -> spikeSinksOf.get(sinkSources.get(key)).add(sink));
        this.stateRecorders = new LinkedHashMap<>(stateRecorders);
        this.spikeBuffers = new int[populations.size()][];
        for (int k = 0; k < spikeBuffers.length; k++) {
            spikeBuffers[k] = new int[populations.get(k).size()];
        }
        this.lastCounts = new int[populations.size()];
        this.spikeCounts = new long[populations.size()];
        double work = populations.stream().filter(p -> p instanceof GroupState).mapToDouble(p -> ((GroupState) p).nanosPerStep()).sum();
        for (ProjectionState p : projections) {
            work += p.size() * TYPICAL_RATE_HZ * dt * NANOS_PER_EVENT;
        }
        this.threads = work < MIN_PARALLEL_NANOS ? 1 : Runtime.getRuntime().availableProcessors();
    }

    /**
     * Below this estimated work per step, handing a step to other threads and waiting for them
     * (several microseconds on the shared 2-core machines measured) costs more than it saves:
     * 4,000 LIF neurons (about 6 µs a step) run faster on one thread, 4,000 Hodgkin–Huxley
     * neurons (about 250 µs) almost twice as fast on two.
     */
    static final double MIN_PARALLEL_NANOS = 50_000;

    /**
     * For that estimate, synaptic work: a delivered event costs about 3 ns, and sources are taken
     * to fire at 10 Hz, so Brunel's 15.6 million synapses (some 50 µs a step) share their steps
     * and CUBA's 320,000 (1 µs) do not.
     */
    private static final double TYPICAL_RATE_HZ = 10;
    private static final double NANOS_PER_EVENT = 3;

    /**
     * Sets the number of threads that update neuron groups and deliver their input (default: the
     * available cores when a step is estimated to cost at least 50 µs, else 1). Spikes and state are identical for every
     * thread count.
     */
    public Simulation threads(int count) {
        if (count < 1 || count > ParallelStep.MAX_THREADS) {
            throw new SimulationException("threads(" + count + "): give from 1 to " + ParallelStep.MAX_THREADS + " threads (this machine has "
                + Runtime.getRuntime().availableProcessors() + " cores)");
        }
        this.threads = count;
        return this;
    }

    /** The number of threads that update neuron groups. */
    public int threads() {
        return threads;
    }

    /**
     * Receives the progress of a run on the thread that runs it, about ten times a second and once
     * at the end, e.g. to draw a progress bar.
     */
    @FunctionalInterface
    public interface Progress {
        /**
         * @param now the simulated time reached
         * @param end the simulated time the run will reach
         */
        void update(Quantity now, Quantity end);
    }

    /** Wall-clock nanoseconds between progress updates. */
    private static final long PROGRESS_NANOS = 100_000_000L;

    /**
     * Advances the simulation by {@code duration} (rounded to whole steps) and returns it.
     *
     * @throws SimulationException if the duration is not a time or is negative, or (after the run,
     *         keeping its results) if a variable became NaN or infinite
     */
    public Simulation run(Quantity duration) {
        return run(duration, null);
    }

    /**
     * Stops a run in progress at the end of its current step, from any thread; the state and
     * everything recorded up to that step are kept, and {@link #run} may continue later. A run
     * also stops this way when its thread is interrupted (the interrupt stays set).
     */
    public void cancel() {
        cancelRequested = true;
    }

    /** Whether the last run stopped before its end because of {@link #cancel} or an interrupt. */
    public boolean wasCancelled() {
        return cancelled;
    }

    /**
     * Advances the simulation by {@code duration}, reporting progress to {@code progress} (may be
     * {@code null}); see {@link #run(Quantity)} and {@link #cancel()}.
     */
    public Simulation run(Quantity duration, Progress progress) {
        if (!duration.dimension().equals(Dimension.TIME) || duration.si() < 0) {
            throw new SimulationException("run(" + duration + "): the duration must be a time of zero or more, e.g. 100 ms");
        }
        long steps = Math.round(duration.si() / dt);
        if (step + steps > Integer.MAX_VALUE) {
            throw new SimulationException("run(" + duration + "): runs past 2^31 steps (" + Quantity.si(Integer.MAX_VALUE * dt, Dimension.TIME)
                + " at this dt) are not supported");
        }
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
                    progress.update(t(), Quantity.of(end * dt, Units.second));
                }
                each.advance(step);
            }
        }
        runNanos += System.nanoTime() - start;
        spikeSinks.values().forEach(SpikeSink::endOfRun);
        if (progress != null) {
            progress.update(t(), Quantity.of(end * dt, Units.second));
        }
        for (Population p : populations) {
            String diverged = p instanceof GroupState g ? g.divergence() : null;
            if (diverged != null) {
                throw new SimulationException(diverged + " at t = " + t() + ": the equations diverged (often an exponential "
                    + "term overflowing before threshold). Reduce dt, cap the variable (e.g. clip), or choose another method. "
                    + "The state and recordings up to now are kept.");
            }
        }
        return this;
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
        private final ParallelStep.Phase delivery = (block, blocks, now) -> {
            for (int k = 0; k < targetOf.length; k++) {
                afferents.get(k).deliver(block, blocks, now, spikeBuffers[targetOf[k]], lastCounts[targetOf[k]]);
            }
        };
        private final ParallelStep.Phase integration = (block, blocks, now) -> {
            for (SynapticInput p : integrating) {
                p.integrate(block, blocks, now);
            }
        };
        private final ParallelStep workers;

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
            boolean parallel = workers != null;
            boolean sampling = false;
            for (StateRecorder r : stateRecorders.values()) {
                sampling |= r.samplesAt(step);
            }
            // Each block delivers to, integrates and updates only its own targets, so phases run
            // straight into each other on one barrier, except where a probe must see the
            // delivered state or synaptic code reads source neurons another block is updating.
            int pending = afferents.isEmpty() ? 0 : ParallelStep.DELIVER;
            if (pending != 0 && (!parallel || sampling || deliveryReadsSources)) {
                runPhases(step, pending);
                delivered(step);
                pending = 0;
            }
            for (StateRecorder r : stateRecorders.values()) {
                r.sample(step, dt);
            }
            if (!integrating.isEmpty()) {
                pending |= ParallelStep.INTEGRATE;
                if (!parallel || deliveryReadsSources) {
                    runPhases(step, pending);
                    pending = 0;
                }
            }
            if (parallel) {
                workers.step(step, pending | ParallelStep.UPDATE);
            }
            if ((pending & ParallelStep.DELIVER) != 0) {
                delivered(step);
            }
            for (int k = 0, g = 0; k < populations.size(); k++) {
                Population p = populations.get(k);
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
            if ((phases & ParallelStep.DELIVER) != 0) {
                delivery.run(0, 1, step);
            }
            if ((phases & ParallelStep.INTEGRATE) != 0) {
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
     * Saves the whole state of the simulation to {@code file}: the clock, every variable of every
     * group and synapse, spikes in flight in delay queues and ring buffers, the last step's spikes,
     * spike counts and everything recorded so far (random numbers are counter-based, so the clock
     * is their whole state). {@link #restore} continues it in a fresh build of the same network,
     * with exactly the spikes the uninterrupted run would give. Spike probes that stream to a file
     * record how far the file goes; the file itself stays in place.
     *
     * @throws SimulationException if the file cannot be written
     */
    public void checkpoint(Path file) {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            out.writeLong(CHECKPOINT_MAGIC);
            byte[] description = fingerprint().getBytes(StandardCharsets.UTF_8);
            out.writeInt(description.length);
            out.write(description);
            out.writeLong(step);
            Checkpointed.writeLongs(out, spikeCounts);
            for (int k = 0; k < populations.size(); k++) {
                Checkpointed.writeInts(out, spikeBuffers[k], lastCounts[k]);
            }
            for (Checkpointed part : checkpointed()) {
                part.writeState(out);
            }
        } catch (IOException e) {
            throw new SimulationException("checkpoint(" + file + "): cannot write: " + e.getMessage());
        }
    }

    /**
     * Replaces the state of this simulation by a checkpoint written by {@link #checkpoint}, from a
     * simulation built from the same network (models, sizes, seed, connectivity, probes).
     *
     * @throws SimulationException naming the first difference if the checkpoint comes from another
     *         network (the state is then unchanged), or if the file cannot be read
     */
    public void restore(Path file) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readLong() != CHECKPOINT_MAGIC) {
                throw new SimulationException("restore(" + file + "): not a Synfire checkpoint");
            }
            byte[] description = new byte[in.readInt()];
            in.readFully(description);
            String theirs = new String(description, StandardCharsets.UTF_8);
            String ours = fingerprint();
            if (!theirs.equals(ours)) {
                throw new SimulationException("restore(" + file + "): the checkpoint was written by a different network; "
                    + firstDifference(theirs, ours) + ". Build the same network (same models, sizes, seed and probes) to restore it");
            }
            step = in.readLong();
            Checkpointed.readLongs(in, spikeCounts);
            for (int k = 0; k < populations.size(); k++) {
                lastCounts[k] = Checkpointed.readInts(in, spikeBuffers[k]);
            }
            for (Checkpointed part : checkpointed()) {
                part.readState(in);
            }
        } catch (IOException e) {
            throw new SimulationException("restore(" + file + "): cannot read: " + e.getMessage());
        }
    }

    private List<Checkpointed> checkpointed() {
        List<Checkpointed> parts = new ArrayList<>(populations);
        parts.addAll(afferents);
        parts.addAll(spikeSinks.values());
        parts.addAll(stateRecorders.values());
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
        stateRecorders.keySet().forEach(k -> out.append("probe ").append(k).append('\n'));
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

    /** The current time. */
    public Quantity t() {
        return Quantity.of(step * dt, Units.second);
    }

    /** The current step: the number of steps simulated so far. */
    public long step() {
        return step;
    }

    /** The time step. */
    public Quantity dt() {
        return Quantity.of(dt, Units.second);
    }

    /** What the build decided: methods, kernels, timings, memory. */
    public BuildReport report() {
        return report;
    }

    /** Wall-clock seconds spent in {@link #run} so far. */
    public double runSeconds() {
        return runNanos * 1e-9;
    }

    /** Spikes emitted so far by the named population, recorded or not. */
    public long spikeCount(String population) {
        return spikeCounts[populations.indexOf(population(population))];
    }

    /** The state of a neuron group, to read or change between runs. */
    public GroupState group(String name) {
        Population p = population(name);
        if (!(p instanceof GroupState g)) {
            throw new SimulationException("'" + name + "' is a spike source, not a neuron group; it has no variables");
        }
        return g;
    }

    /** The synapses of a projection, to read back connectivity and synaptic variables or change them between runs. */
    public ProjectionState projection(String name) {
        ProjectionState p = projectionsByName.get(name);
        if (p == null) {
            throw new SimulationException("no projection named '" + name + "'; projections: " + String.join(", ", projectionsByName.keySet()));
        }
        return p;
    }

    private Population population(String name) {
        Population p = byName.get(name);
        if (p == null) {
            throw new SimulationException("no group named '" + name + "'; groups: " + String.join(", ", byName.keySet()));
        }
        return p;
    }

    /** The spikes recorded so far by a spike probe (read back from its file when it streams to one). */
    public SpikeTrains spikes(Object probe) {
        SpikeSink sink = spikeSinks.get(probe);
        if (sink instanceof SpikeRecorder r) {
            return r.result(dt);
        }
        if (sink instanceof SpikeFileRecorder f) {
            f.endOfRun();
            return SpikeFileRecorder.read(f.file());
        }
        throw new SimulationException("no spike probe " + probe + " in this simulation");
    }

    /** The population rate recorded so far by a rate probe. */
    public PopulationRate rate(Object probe) {
        if (spikeSinks.get(probe) instanceof RateRecorder r) {
            return r.result(dt, step);
        }
        throw new SimulationException("no rate probe " + probe + " in this simulation");
    }

    /** The traces recorded so far by a state or synapse probe. */
    public StateTrace trace(Object probe) {
        StateRecorder r = stateRecorders.get(probe);
        if (r == null) {
            throw new SimulationException("no state probe " + probe + " in this simulation");
        }
        return r.result();
    }

    @Override
    public String toString() {
        return "Simulation at t = " + t() + " (dt = " + dt() + "; " + String.join(", ", byName.keySet()) + ")";
    }
}
