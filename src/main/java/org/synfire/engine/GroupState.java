package org.synfire.engine;

import java.util.Arrays;
import java.util.List;
import org.synfire.kernel.NeuronKernel;
import org.synfire.probe.Checkpointed;

/**
 * The state of a neuron group as structure of arrays (one {@code double[]} per state variable and
 * per-neuron parameter, SI values), its shared parameters, and the compiled kernel that advances
 * it. Users read and change it with units through {@code org.synfire.sim.GroupView}, which checks
 * names, indices and dimensions before it reaches these arrays.
 */
public final class GroupState implements Population {
    /** Before any spike, a neuron's last spike lies this far in the past (far beyond any refractory period). */
    static final long NEVER = Long.MIN_VALUE / 4;

    private final String name;
    private final int size;
    private final List<String> arrayNames;
    private final double[][] arrays;
    private final List<String> sharedNames;
    private final double[] shared;
    private final long[] lastSpike;
    private final NeuronKernel kernel;
    private final double nanosPerNeuron;
    private final long[] regularSteps;
    private final long[][] lastEvent;
    private final List<EventStream> events;
    private long rngKey;
    /** The cable equation of spatial neurons, or null for point neurons. */
    private CableState cable;
    /** For spatial neurons, the kernel that tests the threshold after the cable solve; the other kernel then only integrates. */
    private NeuronKernel spiking;
    private final double[][] tables;
    private final double[] tableDt;

    /**
     * @param name             the group's name, for messages, tables and legends
     * @param size             the number of neurons
     * @param arrayNames       names of the per-neuron arrays, in the order the kernel binds them
     * @param arrays           their initial values (SI), owned by this state from now on
     * @param sharedNames      names of the shared parameters, in binding order
     * @param shared           their values (SI)
     * @param kernel           the compiled kernel, bound here
     * @param tables           tabulated function values, in binding order
     * @param tableDt          their sampling intervals (seconds)
     * @param rngKey           the group's random stream key
     * @param nanosPerNeuron   a rough estimate of the update's cost per neuron and step, for choosing threads
     * @param regularSteps     the interval in steps of each of the kernel's regular operations, in their order
     * @param eventNames       the model's custom events, in the kernel's order
     */
    public GroupState(String name, int size, List<String> arrayNames, double[][] arrays, List<String> sharedNames, double[] shared,
                      NeuronKernel kernel, double[][] tables, double[] tableDt, long rngKey, double nanosPerNeuron, long[] regularSteps,
                      List<String> eventNames) {
        this.nanosPerNeuron = nanosPerNeuron;
        this.regularSteps = regularSteps.clone();
        this.name = name;
        this.size = size;
        this.arrayNames = List.copyOf(arrayNames);
        this.arrays = arrays;
        this.sharedNames = List.copyOf(sharedNames);
        this.shared = shared;
        this.lastSpike = new long[size];
        Arrays.fill(lastSpike, NEVER);
        this.lastEvent = new long[eventNames.size()][size];
        List<EventStream> streams = new java.util.ArrayList<>();
        for (int e = 0; e < eventNames.size(); e++) {
            Arrays.fill(lastEvent[e], NEVER);
            streams.add(new EventStream(this, eventNames.get(e), lastEvent[e]));
        }
        this.events = List.copyOf(streams);
        this.kernel = kernel;
        this.rngKey = rngKey;
        this.tables = tables;
        this.tableDt = tableDt;
        kernel.bind(arrays, shared, lastSpike, lastEvent, tables, tableDt, rngKey);
    }

    /**
     * Makes this a group of spatial neurons: each update of a block of neurons runs the kernel
     * (the gating variables advance, {@code v} held), then the cable solve (the new {@code v}),
     * then {@code spikes}, a kernel of the same model bound here to the same state, which tests
     * the threshold, resets and records spikes and events.
     *
     * @param state  the morphology's arrays and the solver over them
     * @param spikes the kernel that tests the threshold after the solve
     */
    public void solveCable(CableState state, NeuronKernel spikes) {
        this.cable = state;
        this.spiking = spikes;
        spikes.bind(arrays, shared, lastSpike, lastEvent, tables, tableDt, rngKey);
    }

    /** Elements per neuron: 1 for point neurons, compartments for spatial ones; a parallel block never splits a neuron. */
    int granule() {
        return cable == null ? 1 : cable.compartments();
    }

    /**
     * The group's custom events as populations of their own: what probes and projections of an event listen to.
     *
     * @return the event streams in the model's order; empty when the model has no custom events
     */
    public List<EventStream> events() {
        return events;
    }

    /**
     * The stream of one custom event.
     *
     * @param event the event's name
     * @return its stream, or {@code null} when the model has no event of that name
     */
    public EventStream event(String event) {
        return events.stream().filter(e -> e.event().equals(event)).findFirst().orElse(null);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void prepare(double dt) {
        kernel.prepare(dt);
        if (cable != null) {
            cable.prepare(dt);
            spiking.prepare(dt);
        }
    }

    @Override
    public int update(long step, int[] spikes) {
        return update(0, size, step, spikes);
    }

    /** Whether the group has regular statements ({@code runRegularly}). */
    boolean runsRegularly() {
        return regularSteps.length > 0;
    }

    /**
     * Runs the regular operations due at {@code step} (a multiple of their interval) on the whole
     * group, in their order, on the calling thread: they run once every so many steps, so a
     * sequential pass costs little beside the steps between, and it needs no barrier.
     */
    void runRegularly(long step) {
        for (int k = 0; k < regularSteps.length; k++) {
            if (step % regularSteps[k] == 0) {
                kernel.runRegularly(k, 0, size, step);
            }
        }
    }

    /** Every per-neuron array, the shared parameters, the last-spike steps and those of each custom event. */
    @Override
    public void writeState(java.io.DataOutput out) throws java.io.IOException {
        for (double[] a : arrays) {
            Checkpointed.writeDoubles(out, a, a.length);
        }
        Checkpointed.writeDoubles(out, shared, shared.length);
        Checkpointed.writeLongs(out, lastSpike);
        for (long[] e : lastEvent) {
            Checkpointed.writeLongs(out, e);
        }
    }

    @Override
    public void readState(java.io.DataInput in) throws java.io.IOException {
        for (double[] a : arrays) {
            Checkpointed.readDoubles(in, a);
        }
        Checkpointed.readDoubles(in, shared);
        Checkpointed.readLongs(in, lastSpike);
        for (long[] e : lastEvent) {
            Checkpointed.readLongs(in, e);
        }
    }

    /** What identifies this group's structure for a checkpoint: name, size, variables, kernel and random stream. */
    String fingerprint() {
        return "group " + name + ": " + size + " neurons, " + variables() + ", kernel " + kernel.getClass().getName()
            + ", stream " + Long.toHexString(rngKey) + (regularSteps.length == 0 ? "" : ", regular every " + Arrays.toString(regularSteps)
            + " steps") + (events.isEmpty() ? "" : ", events " + events.stream().map(EventStream::event).toList())
            + (cable == null ? "" : ", cables of " + cable.compartments() + " compartments, spikes by " + spiking.getClass().getName());
    }

    /** Estimated nanoseconds to advance the whole group by one step. */
    double nanosPerStep() {
        return nanosPerNeuron * size;
    }

    /** Advances neurons {@code [from, to)} only (whole spatial neurons); their spikes go to {@code spikes} from position 0. */
    int update(int from, int to, long step, int[] spikes) {
        if (cable == null) {
            return kernel.update(from, to, step, spikes);
        }
        kernel.update(from, to, step, spikes);
        cable.solve(kernel, from, to, step);
        return cable.spikes(spiking, from, to, step, spikes);
    }

    /**
     * A description of the first variable that is NaN or infinite, or {@code null} when all are
     * finite. A diverged value never recovers (every comparison with NaN is false, so the neuron
     * silently stops spiking), so the simulation reports it.
     */
    String divergence() {
        for (int k = 0; k < arrays.length; k++) {
            for (int i = 0; i < size; i++) {
                if (!Double.isFinite(arrays[k][i])) {
                    return "Group '" + name + "'." + arrayNames.get(k) + " is " + arrays[k][i] + " for neuron " + i;
                }
            }
        }
        return null;
    }

    @Override
    public void rewind() {
        Arrays.fill(lastSpike, NEVER);
        for (long[] e : lastEvent) {
            Arrays.fill(e, NEVER);
        }
    }

    /**
     * Draws the kernel's random numbers from another stream from the next step on (a simulation reset with a new seed).
     *
     * @param key the new stream's key, from {@link org.synfire.random.RandomStreams#streamKey}
     */
    public void reseed(long key) {
        rngKey = key;
        kernel.reseed(key);
        if (spiking != null) {
            spiking.reseed(key);
        }
    }

    /** {@return the compiled kernel, bound to this state (for sub-expression probes)} */
    public NeuronKernel kernel() {
        return kernel;
    }

    /** {@return names of every stored variable: per-neuron arrays, then shared parameters} */
    public List<String> variables() {
        List<String> all = new java.util.ArrayList<>(arrayNames);
        all.addAll(sharedNames);
        return all;
    }

    /**
     * Whether a variable is stored per neuron.
     *
     * @param variable a variable's name
     * @return {@code true} for a per-neuron array; {@code false} for a shared parameter or a name the group does not store
     */
    public boolean isPerNeuron(String variable) {
        return arrayNames.contains(variable);
    }

    /** {@return the live SI values of the shared parameters, in the order of {@link #variables()}, for synaptic kernels} */
    public double[] sharedArray() {
        return shared;
    }

    /**
     * The live SI array of a per-neuron variable: writes to it change the group's state.
     *
     * @param variable one of {@link #variables()} stored per neuron
     * @return the array, one value per neuron
     * @throws IllegalArgumentException if the group stores no per-neuron variable of that name
     */
    public double[] array(String variable) {
        return arrays[indexIn(arrayNames, variable)];
    }

    /**
     * The SI value of a shared parameter.
     *
     * @param variable one of {@link #variables()} that is shared
     * @return its value
     * @throws IllegalArgumentException if the group has no shared parameter of that name
     */
    public double shared(String variable) {
        return shared[indexIn(sharedNames, variable)];
    }

    /**
     * Sets a shared parameter; takes effect at the next run.
     *
     * @param variable one of {@link #variables()} that is shared
     * @param si       the new value in SI units
     * @throws IllegalArgumentException if the group has no shared parameter of that name
     */
    public void setShared(String variable, double si) {
        shared[indexIn(sharedNames, variable)] = si;
    }

    private int indexIn(List<String> names, String variable) {
        int k = names.indexOf(variable);
        if (k < 0) {
            throw new IllegalArgumentException("group " + name + " stores no " + variable + " there; it stores " + variables());
        }
        return k;
    }

    @Override
    public String toString() {
        return "GroupState " + name + " (" + size + " neurons; " + String.join(", ", variables()) + ")";
    }
}
