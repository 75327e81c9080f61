package org.synfire.sim;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.synfire.build.Backend;
import org.synfire.build.BuildReport;
import org.synfire.build.Builder;
import org.synfire.build.BuiltNetwork;
import org.synfire.engine.Engine;
import org.synfire.engine.GroupState;
import org.synfire.engine.Population;
import org.synfire.engine.ProjectionState;
import org.synfire.model.Network;
import org.synfire.model.NetworkSpec;
import org.synfire.model.Numbering;
import org.synfire.model.PopulationSpec;
import org.synfire.model.ProbeSpec;
import org.synfire.model.ProjectionSpec;
import org.synfire.model.RateProbeSpec;
import org.synfire.model.Slice;
import org.synfire.model.SpikeProbeSpec;
import org.synfire.model.StateProbeSpec;
import org.synfire.model.SynapseProbeSpec;
import org.synfire.probe.PopulationRate;
import org.synfire.probe.Recorder;
import org.synfire.probe.Recordings;
import org.synfire.probe.SpikeTrains;
import org.synfire.probe.StateTrace;
import org.synfire.units.Dimension;
import org.synfire.units.Quantity;
import org.synfire.units.Units;

/**
 * A built network, ready to run: what a user holds. {@link #run} advances it and may be called
 * again to continue; {@link #data} returns what a probe recorded; {@link #group} and
 * {@link #projection} read and change state with units between runs. The step loop itself is
 * {@code org.synfire.engine}'s; this class checks what users pass and turns steps and SI values
 * into quantities.
 *
 * <pre>{@code
 * Simulation sim = Simulation.build(net);
 * sim.run(Units.ms.of(500));
 * SpikeTrains s = sim.data(spikeProbe);
 * sim.group("exc").set("I", Units.nA.of(0.5));
 * }</pre>
 */
public final class Simulation {
    private final Engine engine;
    private final Map<ProbeSpec, Recorder> recorders;
    private final Map<String, GroupView> groups = new LinkedHashMap<>();
    private final Map<String, ProjectionView> projections = new LinkedHashMap<>();
    private final Map<String, Integer> populationIndex = new LinkedHashMap<>();
    /** The populations as described, by name: how their spikes are counted follows from them. */
    private final Map<String, PopulationSpec> populationSpecs = new LinkedHashMap<>();
    private final BuildReport report;
    private final Runnable initialize;
    private final LongConsumer reseed;
    private final long builtSeed;
    private final List<NetworkOperation> operations = new ArrayList<>();
    private boolean operating;
    private long seed;

    private Simulation(BuiltNetwork built, NetworkSpec spec) {
        this.engine = built.engine();
        this.recorders = built.recorders();
        this.report = built.report();
        this.initialize = built.initialize();
        this.reseed = built.reseed();
        this.builtSeed = spec.seed();
        this.seed = spec.seed();
        List<Population> populations = engine.populations();
        for (int k = 0; k < populations.size(); k++) {
            Population p = populations.get(k);
            populationIndex.put(p.name(), k);
            if (p instanceof GroupState g) {
                groups.put(p.name(), new GroupView(g, built.groupUnits().get(p.name())));
            }
        }
        spec.populations().forEach(p -> populationSpecs.put(p.name(), p));
        Map<String, ProjectionSpec> projectionSpecs = new LinkedHashMap<>();
        spec.projections().forEach(p -> projectionSpecs.put(p.name(), p));
        for (ProjectionState p : engine.projections()) {
            ProjectionSpec ends = projectionSpecs.get(p.name());
            projections.put(p.name(), new ProjectionView(p, built.projectionUnits().get(p.name()),
                Numbering.source(ends, populationSpecs.get(ends.source())), Numbering.target(ends, populationSpecs.get(ends.target()))));
        }
    }

    /**
     * Builds the network described so far with compiled kernels: checks everything, compiles each
     * group's kernel (cached by hash), generates connectivity and allocates state.
     *
     * @throws org.synfire.build.BuildException listing every problem found, each naming its group, source or probe
     * @param network the network described so far
     * @return a simulation at time 0
     */
    public static Simulation build(Network network) {
        return build(network.spec());
    }

    /**
     * Builds a network description with compiled kernels; see {@link #build(Network)}.
     *
     * @param spec the network's description
     * @return a simulation at time 0
     * @throws org.synfire.build.BuildException listing every problem found
     */
    public static Simulation build(NetworkSpec spec) {
        return build(spec, Backend.COMPILED);
    }

    /**
     * Builds a network on the chosen backend ({@link Backend#INTERPRETED} is the slow reference,
     * {@link Backend#SCALAR} the compiled kernels without vector lanes, for checking the default).
     *
     * @param spec    the network's description
     * @param backend compiled (the default), scalar compiled or interpreted
     * @return a simulation at time 0
     * @throws org.synfire.build.BuildException listing every problem found
     */
    public static Simulation build(NetworkSpec spec, Backend backend) {
        return new Simulation(Builder.build(spec, backend), spec);
    }

    /**
     * Sets the number of threads that update neuron groups and deliver their input (default: the
     * build's choice, all cores when the estimated work of a step repays sharing it, else 1; see
     * {@link BuildReport#threads()} and its reason). Spikes and state
     * are identical for every thread count.
     *
     * @throws SimulationException for fewer than 1 or more than {@link Engine#MAX_THREADS}
     * @param count threads, from 1
     * @return this simulation, for chaining
     */
    public Simulation threads(int count) {
        if (count < 1 || count > Engine.MAX_THREADS) {
            throw new SimulationException("threads(" + count + "): give from 1 to " + Engine.MAX_THREADS + " threads (this machine has "
                + Runtime.getRuntime().availableProcessors() + " cores)");
        }
        engine.threads(count);
        return this;
    }

    /** {@return the number of threads that update neuron groups} */
    public int threads() {
        return engine.threads();
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

    /**
     * Advances the simulation by {@code duration} (rounded to whole steps) and returns it.
     *
     * @throws SimulationException if the duration is not a time or is negative, or (after the run,
     *         keeping its results) if a variable became NaN or infinite
     * @param duration the simulated time to add, e.g. {@code Units.ms.of(100)}
     * @return this simulation, for chaining
     */
    public Simulation run(Quantity duration) {
        return run(duration, null);
    }

    /**
     * Advances the simulation by {@code duration}, reporting progress to {@code progress} (may be
     * {@code null}); see {@link #run(Quantity)} and {@link #cancel()}.
     *
     * @param duration the simulated time to add
     * @param progress receives the progress, or {@code null}
     * @return this simulation, for chaining
     */
    public Simulation run(Quantity duration, Progress progress) {
        refuseInsideOperation("run(" + duration + ")");
        if (!duration.dimension().equals(Dimension.TIME) || !(duration.si() >= 0)) {
            throw new SimulationException("run(" + duration + "): the duration must be a time of zero or more, e.g. 100 ms");
        }
        double dt = engine.dt();
        long steps = Math.round(duration.si() / dt);
        if (engine.step() + steps > Integer.MAX_VALUE) {
            throw new SimulationException("run(" + duration + "): runs past 2^31 steps (" + Quantity.si(Integer.MAX_VALUE * dt, Dimension.TIME)
                + " at this dt) are not supported");
        }
        engine.run(steps, progress == null ? null : (now, end) -> progress.update(time(now), time(end)));
        String diverged = engine.divergence();
        if (diverged != null) {
            throw new SimulationException(diverged + " at t = " + t() + ": the equations diverged (often an exponential "
                + "term overflowing before threshold). Reduce dt, cap the variable (e.g. clip), or choose another method. "
                + "The state and recordings up to now are kept.");
        }
        return this;
    }

    /**
     * Calls {@code operation} with this simulation at the start of every step whose time is a
     * multiple of {@code interval} (t = 0 included), for what no equation expresses (Brian2's
     * {@code network_operation}); see {@link NetworkOperation} for when exactly. It is named
     * {@code operation<k>}, k counting this simulation's operations from 0. It may read and set
     * state through {@link #group} and {@link #projection} (parameters that fix a run's constants,
     * such as exact propagators or a refractory period, take effect at the next run), but not run,
     * reset or restore. Operations added during a run take effect at the next run. They stay
     * through {@link #reset()} and {@link #restore}: they are code, not state, so a checkpoint
     * does not hold them (nor anything the code keeps for itself), and a simulation that restores
     * one continues with its own operations. If one throws, the run stops at the start of that
     * step with a {@link SimulationException} naming the operation; state and recordings up to
     * that step are kept, and the next run calls the operation again at that step.
     *
     * <pre>{@code
     * sim.every(Units.ms.of(1), s -> {
     *     GroupView exc = s.group("exc");
     *     exc.set("I", Units.nA.of(exc.values("v", Units.mV)[0] > -55 ? 0 : 0.5));
     * });
     * }</pre>
     *
     * @param interval a positive whole number of steps
     * @throws SimulationException if the interval is not a positive multiple of dt
     * @param operation what to do, given this simulation; it may read and set state but not run
     * @return the operation, whose {@code calls()} and {@code seconds()} say what it cost
     */
    public NetworkOperation every(Quantity interval, Consumer<Simulation> operation) {
        return every("operation" + operations.size(), interval, operation);
    }

    /**
     * Like {@link #every(Quantity, Consumer)}, under a name of one's own, used in messages.
     *
     * @param name      the operation's name
     * @param interval  how often it runs, a whole number of steps
     * @param operation what to do, given this simulation
     * @return the operation, whose {@code calls()} and {@code seconds()} say what it cost
     */
    public NetworkOperation every(String name, Quantity interval, Consumer<Simulation> operation) {
        String word = "every(" + name + ", " + interval + ")";
        double steps = interval.si() / engine.dt();
        long whole = Math.round(steps);
        if (!interval.dimension().equals(Dimension.TIME) || whole < 1 || Math.abs(steps - whole) > 1e-6 * whole) {
            throw new SimulationException(word + ": the interval must be a positive whole number of steps of dt = " + dt());
        }
        if (operations.stream().anyMatch(o -> o.name().equals(name))) {
            throw new SimulationException(word + ": this simulation already has a network operation named '" + name + "'");
        }
        NetworkOperation added = new NetworkOperation(name, interval, operation);
        operations.add(added);
        engine.every(whole, step -> {
            operating = true;
            try {
                added.call(this);
            } finally {
                operating = false;
            }
        });
        return added;
    }

    /** {@return the network operations, in the order they run within a step; each counts its calls and time} */
    public List<NetworkOperation> operations() {
        return List.copyOf(operations);
    }

    private void refuseInsideOperation(String word) {
        if (operating) {
            throw new SimulationException(word + ": a network operation may read and set state, not run, reset or restore "
                + "the simulation that calls it");
        }
    }

    /**
     * Stops a run in progress at the end of its current step, from any thread; the state and
     * everything recorded up to that step are kept, and {@link #run} may continue later. A run
     * also stops this way when its thread is interrupted (the interrupt stays set).
     */
    public void cancel() {
        engine.cancel();
    }

    /** {@return whether the last run stopped before its end because of {@link #cancel} or an interrupt} */
    public boolean wasCancelled() {
        return engine.wasCancelled();
    }

    /**
     * Saves the whole state of the simulation to {@code file}: the clock, every variable of every
     * group and synapse, spikes in flight in delay queues and ring buffers, the last step's spikes,
     * spike counts and everything recorded so far (random numbers are counter-based, so the clock
     * is their whole state). {@link #restore} continues it in a fresh build of the same network,
     * with exactly the spikes the uninterrupted run would give. Spike probes that stream to a file
     * record how far the file goes; the file itself stays in place. The file is written beside
     * {@code file} and renamed over it when complete, with a length and checksum that
     * {@link #restore} checks, so a crash while writing keeps the last good checkpoint.
     *
     * @throws SimulationException if the file cannot be written
     * @param file where to write it, e.g. {@code out/net.ckpt}
     */
    public void checkpoint(Path file) {
        try {
            CheckpointFile.write(file, engine::writeCheckpoint);
        } catch (IOException e) {
            throw new SimulationException("checkpoint(" + file + "): cannot write (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                + "); an earlier checkpoint at that path is kept");
        }
    }

    /**
     * Replaces the state of this simulation by a checkpoint written by {@link #checkpoint}, from a
     * simulation built from the same network (models, sizes, seed, connectivity, probes).
     *
     * @throws SimulationException naming the first difference if the checkpoint comes from another
     *         network (the state is then unchanged), or if the file cannot be read
     * @param file a checkpoint file
     */
    public void restore(Path file) {
        refuseInsideOperation("restore(" + file + ")");
        String difference;
        try {
            difference = CheckpointFile.read(file, engine::readCheckpoint);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new SimulationException("restore(" + file + "): no such file");
        } catch (IOException e) {
            throw new SimulationException("restore(" + file + "): " + e.getMessage() + "; the state is unchanged");
        }
        if (difference != null) {
            throw new SimulationException("restore(" + file + "): the checkpoint was written by a different network; "
                + difference + ". Build the same network (same models, sizes, seed and probes) to restore it");
        }
    }

    /**
     * Goes back to the state the build made, without building again (as Nengo's
     * {@code Simulator.reset}): time 0, every variable as initialised (changes made since, by
     * runs or by hand, are undone), no spikes in flight, every probe empty (a spike file starts
     * over), and the random numbers of the next runs drawn as in the first. Connectivity, delays
     * and compiled kernels stay.
     *
     * @return this simulation, for chaining
     */
    public Simulation reset() {
        return reset(builtSeed);
    }

    /**
     * Like {@link #reset()}, but the next runs draw their random numbers (noise in equations and
     * synaptic code, Poisson inputs) from streams of {@code seed}: another trial of the same
     * network. What the build drew from the network's seed (connectivity, initial values given
     * with {@code rand()}, delays) stays as built; for other draws of those, build again with
     * another seed.
     *
     * @param newSeed the seed of the next runs' random numbers
     * @return this simulation, for chaining
     */
    public Simulation reset(long newSeed) {
        refuseInsideOperation("reset(" + newSeed + ")");
        engine.rewind();
        initialize.run();
        reseed.accept(newSeed);
        seed = newSeed;
        return this;
    }

    /** {@return the seed the random numbers of runs are drawn from: the network's, or the last {@link #reset(long)}'s} */
    public long seed() {
        return seed;
    }

    /** {@return the current time} */
    public Quantity t() {
        return time(engine.step());
    }

    private Quantity time(long step) {
        return Quantity.of(step * engine.dt(), Units.second);
    }

    /** {@return the current step: the number of steps simulated so far} */
    public long step() {
        return engine.step();
    }

    /** {@return the time step} */
    public Quantity dt() {
        return Quantity.of(engine.dt(), Units.second);
    }

    /** {@return what the build decided: methods, kernels, timings, memory} */
    public BuildReport report() {
        return report;
    }

    /** {@return the wall-clock seconds spent in {@link #run} so far} */
    public double runSeconds() {
        return engine.runSeconds();
    }

    /**
     * Spikes emitted so far by the named population, recorded or not.
     *
     * @param population a neuron group or spike source of the network
     * @return the count since the build (or the last reset)
     * @throws SimulationException if there is no such population, naming those there are
     */
    public long spikeCount(String population) {
        Integer k = populationIndex.get(population);
        if (k == null) {
            throw unknown("group", population, populationIndex.keySet());
        }
        return engine.spikeCount(k);
    }

    /** {@return the names of the populations (neuron groups and spike sources), in build order} */
    public List<String> populations() {
        return List.copyOf(populationIndex.keySet());
    }

    /** {@return the names of the projections, in build order} */
    public List<String> projections() {
        return List.copyOf(projections.keySet());
    }

    /**
     * The state of a neuron group, to read or change with units between runs.
     *
     * @param name the group's name
     * @return a live view of its state
     * @throws SimulationException if there is no such group (or it is a spike source), naming the groups
     */
    public GroupView group(String name) {
        GroupView g = groups.get(name);
        if (g == null) {
            if (populationIndex.containsKey(name)) {
                throw new SimulationException("'" + name + "' is a spike source, not a neuron group; it has no variables");
            }
            throw unknown("group", name, populationIndex.keySet());
        }
        return g;
    }

    /**
     * The synapses of a projection, to read back connectivity and synaptic variables or change them between runs.
     *
     * @param name the projection's name
     * @return a live view of its synapses
     * @throws SimulationException if there is no such projection, naming the projections
     */
    public ProjectionView projection(String name) {
        ProjectionView p = projections.get(name);
        if (p == null) {
            throw unknown("projection", name, projections.keySet());
        }
        return p;
    }

    private static SimulationException unknown(String kind, String name, java.util.Collection<String> known) {
        return new SimulationException("no " + kind + " named '" + name + "'; " + kind + "s: " + String.join(", ", known));
    }

    /**
     * What a probe recorded so far, as an immutable snapshot (spikes of a spike probe streamed to
     * a file are read back from it).
     *
     * @throws SimulationException if the probe is not part of this simulation's network
     * @param probe a probe of the network this simulation was built from
     * @return what it recorded, which later runs do not change
     */
    public Recordings data(ProbeSpec probe) {
        Recorder r = recorders.get(probe);
        if (r == null) {
            throw new SimulationException("no probe " + probe + " in this simulation; its probes: "
                + String.join(", ", recorders.keySet().stream().map(ProbeSpec::name).toList()));
        }
        Recordings recorded = r.recordings(engine.dt(), engine.step());
        if (recorded instanceof PopulationRate rate) {
            return rate.described(probe.targetLabel());
        }
        return recorded instanceof SpikeTrains s && probe instanceof SpikeProbeSpec p
            ? s.described(describe(p, s), recordedUntil(p), engine.dt()) : recorded;
    }

    /** The step a spike probe's recording ended: now, or the end of its window if that came first. */
    private long recordedUntil(SpikeProbeSpec probe) {
        Quantity stop = probe.window() == null ? null : probe.window().stop();
        return stop == null ? engine.step() : Math.min(engine.step(), Math.round(stop.si() / engine.dt()));
    }

    /** What a spike probe records, as a legend says it: {@code exc}, {@code exc, first 100 of 3,200}, {@code exc, plateau events}. */
    private String describe(SpikeProbeSpec probe, SpikeTrains s) {
        // Spatial neurons' spikes are counted by neuron, not by compartment.
        int whole = Numbering.spikes(populationSpecs.get(probe.target()), null, probe.event(), "Probe", probe.name(), "target").count();
        int recorded = s.recordedNeurons().length;
        Slice slice = probe.slice();
        String part = slice == null && recorded == whole ? ""
            : slice != null && slice.from() == 0 && recorded == slice.size() ? String.format(java.util.Locale.ROOT, ", first %,d of %,d",
                recorded, whole)
            : String.format(java.util.Locale.ROOT, ", %,d of %,d", recorded, whole);
        return probe.target() + part + (probe.event() == null ? "" : ", " + probe.event() + " events");
    }

    /**
     * The spikes a spike probe recorded so far; see {@link #data(ProbeSpec)}.
     *
     * @param probe a probe of this simulation's network
     * @return the spikes so far, a snapshot
     * @throws SimulationException if the probe is not part of this simulation's network
     */
    public SpikeTrains data(SpikeProbeSpec probe) {
        return (SpikeTrains) data((ProbeSpec) probe);
    }

    /**
     * The population rate a rate probe recorded so far; see {@link #data(ProbeSpec)}.
     *
     * @param probe a probe of this simulation's network
     * @return the rate so far, a snapshot
     * @throws SimulationException if the probe is not part of this simulation's network
     */
    public PopulationRate data(RateProbeSpec probe) {
        return (PopulationRate) data((ProbeSpec) probe);
    }

    /**
     * The traces a state probe recorded so far; see {@link #data(ProbeSpec)}.
     *
     * @param probe a probe of this simulation's network
     * @return the traces so far, a snapshot
     * @throws SimulationException if the probe is not part of this simulation's network
     */
    public StateTrace data(StateProbeSpec probe) {
        return (StateTrace) data((ProbeSpec) probe);
    }

    /**
     * The traces a synapse probe recorded so far; see {@link #data(ProbeSpec)}.
     *
     * @param probe a probe of this simulation's network
     * @return the traces so far, a snapshot
     * @throws SimulationException if the probe is not part of this simulation's network
     */
    public StateTrace data(SynapseProbeSpec probe) {
        return (StateTrace) data((ProbeSpec) probe);
    }

    @Override
    public String toString() {
        return "Simulation at t = " + t() + " (dt = " + dt() + "; " + String.join(", ", populationIndex.keySet()) + ")";
    }
}
