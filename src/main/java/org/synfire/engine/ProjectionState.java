package org.synfire.engine;

import java.util.Arrays;
import java.util.List;
import org.synfire.kernel.NeuronKernel;
import org.synfire.kernel.SynapseKernel;
import org.synfire.probe.Checkpointed;
import org.synfire.probe.IntList;
import org.synfire.probe.VariableReader;

/**
 * The runtime of one projection: synapses in CSR rows by source (targets ascending within a row),
 * per-synapse variables as structure of arrays, the compiled {@link SynapseKernel}, and the queue
 * that holds spikes until their delay has passed.
 *
 * <p>Delivery contract: a spike reported at time {@code s·dt} (the end of step {@code s-1}) through
 * a synapse of delay {@code d} steps acts at time {@code (s+d)·dt}, before state probes sample
 * that time and before the target integrates from it. Two queues serve this:
 * <ul>
 *   <li>homogeneous delay {@code D}: a ring of {@code D+1} slots of spiking sources, by arrival
 *       step (Brian2's spike queue). At arrival the kernel runs {@code on_pre} over each source's
 *       row. Memory: the spikes in flight only; no per-step cost without spikes.</li>
 *   <li>per-synapse delays, additive {@code on_pre}: each spike's increments are summed at once into
 *       an {@link InputRing} of the target variable, shared by every such projection onto it, with
 *       one row per arrival step modulo its length (NEST's ring buffer); each step the last of
 *       them adds the due row into the variable and clears it.</li>
 *   <li>per-synapse delays, other {@code on_pre} code: each worker queues its synapses of each
 *       spike into one of {@code maxDelay+1} slots by arrival step (Brian2's spike queue of
 *       synapse indices) and runs the code for a slot's synapses when it comes due.</li>
 * </ul>
 * Worker {@code w} of {@code T} handles only the synapses onto its block of targets (a sub-range
 * of each row, since rows are sorted by target), so delivery needs no locks, and every target
 * receives its inputs in the same order for any {@code T}.
 */
public final class ProjectionState implements SynapticInput {
    private final String name;
    private final int sourcePopulation;
    private final GroupState target;
    private final int[] rowStart;
    private final int[] targets;
    private final List<String> variables;
    private final double[][] synapse;
    private final float[][] singles;
    private final double[] lastUpdate;
    private final SynapseKernel kernel;
    private final int delay;
    private final DelaySteps delays;
    /** The ring its additive delayed input waits in, shared with the other projections onto the variable; set by the engine. */
    private InputRing ring;
    /** Whether this projection is the last of its ring's, which adds the due row into the variable after all have delivered. */
    private boolean drainsRing;
    private final double[] ringTarget;
    private final int slots;
    private final int[][] spikeSlots;
    private final int[] spikeSlotCounts;
    private final int[] colStart;
    private final int[] colSynapses;
    private final int[] colSources;
    private final boolean readsSourceState;
    private final boolean ringGated;
    private final double[][] summedTargets;
    private final boolean integrates;
    private int[][] split;
    /** Per-synapse delays with general code: per worker and arrival slot, (synapse, source) pairs waiting. */
    private IntList[][] queues = new IntList[0][];

    /**
     * @param name             the projection's name, for messages and tables
     * @param sourcePopulation index of the source among the simulation's populations
     * @param target           the group the synapses act on
     * @param rowStart         CSR offsets by source
     * @param targets          target of each synapse
     * @param variables        names of the per-synapse arrays, in the kernel's order
     * @param synapse          their values (SI), owned from now on; {@code null} for variables stored in single precision
     * @param singles          the single-precision ones ({@code null} for the others)
     * @param lastUpdate       per synapse, when its event-driven variables were last updated (empty without any)
     * @param kernel           the bound kernel
     * @param delay            the homogeneous delay in steps, or -1 when {@code delays} is given
     * @param delays           per-synapse delays in steps, or {@code null}
     * @param ringTarget       for per-synapse delays: the target variable the ring adds into
     * @param ringGated        whether that variable is held while refractory, so refractory targets drop their input
     * @param summedTargets    the target variables summed expressions replace each step (zeroed, then summed into)
     * @param integrates       whether the kernel has clock-driven variables to advance each step
     * @param hasOnPost        whether the kernel has {@code on_post} code (builds the by-target index)
     * @param readsSourceState whether {@code on_pre} reads per-neuron variables of the source, so
     *                         delivery must not overlap the update of the source group
     */
    public ProjectionState(String name, int sourcePopulation, GroupState target, int[] rowStart, int[] targets,
                           List<String> variables, double[][] synapse, float[][] singles,
                           double[] lastUpdate,
                           SynapseKernel kernel,
                           int delay, DelaySteps delays, double[] ringTarget, boolean ringGated, double[][] summedTargets,
                           boolean integrates, boolean hasOnPost, boolean readsSourceState) {
        this.name = name;
        this.sourcePopulation = sourcePopulation;
        this.target = target;
        this.rowStart = rowStart;
        this.targets = targets;
        this.variables = List.copyOf(variables);
        this.synapse = synapse;
        this.singles = singles;
        this.lastUpdate = lastUpdate;
        this.kernel = kernel;
        this.delay = delay;
        this.delays = delays;
        this.readsSourceState = readsSourceState;
        this.ringTarget = ringTarget;
        this.ringGated = ringGated;
        this.summedTargets = summedTargets;
        this.integrates = integrates;
        if (delays != null) {
            this.slots = delays.max() + 1;
            this.spikeSlots = new int[1][rowStart.length - 1];
            this.spikeSlotCounts = new int[1];
        } else {
            this.slots = delay + 1;
            this.spikeSlots = new int[slots][rowStart.length - 1];
            this.spikeSlotCounts = new int[slots];
        }
        if (hasOnPost) {
            int n = target.size();
            colStart = new int[n + 1];
            for (int j : targets) {
                colStart[j + 1]++;
            }
            for (int j = 0; j < n; j++) {
                colStart[j + 1] += colStart[j];
            }
            colSynapses = new int[targets.length];
            colSources = new int[targets.length];
            int[] fill = Arrays.copyOf(colStart, n);
            for (int i = 0; i + 1 < rowStart.length; i++) {
                for (int s = rowStart[i]; s < rowStart[i + 1]; s++) {
                    int at = fill[targets[s]]++;
                    colSynapses[at] = s;
                    colSources[at] = i;
                }
            }
        } else {
            colStart = null;
            colSynapses = null;
            colSources = null;
        }
    }

    /** {@return the projection's name} */
    public String name() {
        return name;
    }

    /** The variable its delayed additive input is summed into through a ring, or {@code null} when it has none. */
    double[] ringTarget() {
        return delays != null ? ringTarget : null;
    }

    /** Whether refractory targets drop what the ring brings them. */
    boolean ringGated() {
        return ringGated;
    }

    /** The ring rows its longest delay needs. */
    int ringSlots() {
        return slots;
    }

    /**
     * Makes this projection add into {@code shared}; the one that {@code drains} it adds the row
     * due into the variable, so it must be the last of them to deliver in each step, and it alone
     * saves the ring in checkpoints.
     */
    void useRing(InputRing shared, boolean drains) {
        this.ring = shared;
        this.drainsRing = drains;
    }

    /** Index of the source among the simulation's populations. */
    int sourcePopulation() {
        return sourcePopulation;
    }

    /** {@return the number of synapses} */
    public int size() {
        return targets.length;
    }

    @Override
    public GroupState target() {
        return target;
    }

    @Override
    public boolean readsSourceState() {
        return readsSourceState;
    }

    /** Recomputes per-run constants and, for {@code threads} workers, each worker's sub-range of every row. */
    @Override
    public void prepare(double dt, int threads) {
        kernel.prepare(dt);
        if (delays != null && ringTarget == null) {
            queues = requeue(threads);
        }
        int sources = rowStart.length - 1;
        split = new int[threads + 1][];
        // The first worker's part of a row starts where the row does and the last one's ends where it does; only the
        // boundaries between workers need a search, whose reads into every row are cache misses that in networks of
        // hundreds of millions of synapses add up to a noticeable part of a short run.
        split[0] = Arrays.copyOf(rowStart, sources);
        split[threads] = Arrays.copyOfRange(rowStart, 1, sources + 1);
        for (int w = 1; w < threads; w++) {
            int first = Blocks.start(target, w, threads);
            split[w] = new int[sources];
            for (int i = 0; i < sources; i++) {
                split[w][i] = lowerBound(targets, rowStart[i], rowStart[i + 1], first);
            }
        }
    }

    /** The first position in {@code sorted[from, to)} whose value is at least {@code value}. */
    private static int lowerBound(int[] sorted, int from, int to, int value) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The waiting synapses regrouped for {@code threads} workers, each taking those onto its own
     * targets. Every target keeps the order of its entries, so delivery is the same for any
     * number of threads (and after a checkpoint).
     */
    private IntList[][] requeue(int threads) {
        IntList[][] next = new IntList[threads][slots];
        for (IntList[] worker : next) {
            for (int k = 0; k < slots; k++) {
                worker[k] = new IntList();
            }
        }
        int[] bounds = new int[threads + 1];
        for (int w = 0; w <= threads; w++) {
            bounds[w] = Blocks.start(target, w, threads);
        }
        for (IntList[] worker : queues) {
            for (int k = 0; k < slots; k++) {
                for (int e = 0; e < worker[k].size(); e += 2) {
                    int s = worker[k].get(e);
                    int owner = 0;
                    while (targets[s] >= bounds[owner + 1]) {
                        owner++;
                    }
                    next[owner][k].add(s);
                    next[owner][k].add(worker[k].get(e + 1));
                }
            }
        }
        return next;
    }

    /**
     * Queues the spikes a source emitted in one step (reported at {@code spikeStep·dt}).
     * Called by one thread between steps.
     */
    void enqueue(int[] spikes, int count, long spikeStep) {
        int slot = delays != null ? 0 : (int) ((spikeStep + delay) % slots);
        System.arraycopy(spikes, 0, spikeSlots[slot], spikeSlotCounts[slot], count);
        spikeSlotCounts[slot] += count;
    }

    /**
     * Delivers to worker {@code w}'s targets everything that acts at time {@code step·dt}: queued
     * spikes whose delay has passed, then {@code on_post} for the targets that spiked at that time.
     *
     * @param postSpikes the target group's spikes reported at {@code step·dt}, ascending
     */
    @Override
    public void deliver(int w, int threads, long step, int[] postSpikes, int postCount) {
        int from = Blocks.start(target, w, threads);
        int to = Blocks.start(target, w + 1, threads);
        if (delays == null) {
            int slot = (int) (step % slots);
            int[] sources = spikeSlots[slot];
            for (int k = 0, n = spikeSlotCounts[slot]; k < n; k++) {
                int i = sources[k];
                kernel.onPre(i, split[w][i], split[w + 1][i], step);
            }
        } else if (ringTarget == null) {
            IntList[] mine = queues[w];
            int[] sources = spikeSlots[0];
            for (int k = 0, n = spikeSlotCounts[0]; k < n; k++) {
                int i = sources[k];
                for (int s = split[w][i]; s < split[w + 1][i]; s++) {
                    IntList slot = mine[(int) ((step + delays.get(s)) % slots)];
                    slot.add(s);
                    slot.add(i);
                }
            }
            IntList now = mine[(int) (step % slots)];
            kernel.onPreQueued(now.backingArray(), now.size() / 2, step);
            now.clear();
        } else {
            int[] sources = spikeSlots[0];
            for (int k = 0, n = spikeSlotCounts[0]; k < n; k++) {
                int i = sources[k];
                delays.accumulate(kernel, i, split[w][i], split[w + 1][i], step, ring.rows(), ring.slots());
            }
            if (drainsRing) {
                ring.drain(from, to, step);
            }
        }
        if (colStart != null) {
            for (int k = lowerBound(postSpikes, 0, postCount, from); k < postCount && postSpikes[k] < to; k++) {
                int j = postSpikes[k];
                kernel.onPost(j, colSynapses, colSources, colStart[j], colStart[j + 1], step);
            }
        }
        if (summedTargets.length > 0) {
            for (double[] x : summedTargets) {
                Arrays.fill(x, from, to, 0);
            }
            for (int i = 0; i + 1 < rowStart.length; i++) {
                kernel.summed(i, split[w][i], split[w + 1][i], step);
            }
        }
    }

    @Override
    public boolean integrates() {
        return integrates;
    }

    /** Advances the clock-driven variables of worker {@code w}'s synapses from {@code step·dt} by one step. */
    @Override
    public void integrate(int w, int threads, long step) {
        for (int i = 0; i + 1 < rowStart.length; i++) {
            kernel.integrate(i, split[w][i], split[w + 1][i], step);
        }
    }

    /** After every worker has delivered step {@code step}: empties what it consumed. */
    @Override
    public void delivered(long step) {
        spikeSlotCounts[delays == null ? (int) (step % slots) : 0] = 0;
    }

    /** Synaptic variables, event times and the spikes in flight (queued sources, ring buffer). */
    @Override
    public void writeState(java.io.DataOutput out) throws java.io.IOException {
        for (int k = 0; k < synapse.length; k++) {
            if (synapse[k] != null) {
                Checkpointed.writeDoubles(out, synapse[k], synapse[k].length);
            } else {
                for (float x : singles[k]) {
                    out.writeFloat(x);
                }
            }
        }
        Checkpointed.writeDoubles(out, lastUpdate, lastUpdate.length);
        for (int k = 0; k < spikeSlots.length; k++) {
            Checkpointed.writeInts(out, spikeSlots[k], spikeSlotCounts[k]);
        }
        if (drainsRing) {
            ring.write(out);
        }
        IntList[][] merged = delays != null && ringTarget == null ? requeue(1) : new IntList[0][];
        for (IntList[] worker : merged) {
            for (IntList slot : worker) {
                slot.writeTo(out);
            }
        }
    }

    @Override
    public void readState(java.io.DataInput in) throws java.io.IOException {
        for (int k = 0; k < synapse.length; k++) {
            if (synapse[k] != null) {
                Checkpointed.readDoubles(in, synapse[k]);
            } else {
                for (int s = 0; s < singles[k].length; s++) {
                    singles[k][s] = in.readFloat();
                }
            }
        }
        Checkpointed.readDoubles(in, lastUpdate);
        for (int k = 0; k < spikeSlots.length; k++) {
            spikeSlotCounts[k] = Checkpointed.readInts(in, spikeSlots[k]);
        }
        if (drainsRing) {
            ring.read(in);
        }
        if (delays != null && ringTarget == null) {
            // Read as one worker's queues; the next run regroups them for its threads.
            queues = new IntList[1][slots];
            for (int k = 0; k < slots; k++) {
                queues[0][k] = new IntList();
                queues[0][k].readFrom(in);
            }
        }
    }

    @Override
    public void rewind() {
        Arrays.fill(lastUpdate, 0);
        Arrays.fill(spikeSlotCounts, 0);
        if (drainsRing) {
            ring.clear();
        }
        for (IntList[] worker : queues) {
            for (IntList slot : worker) {
                slot.clear();
            }
        }
    }

    /**
     * What identifies this projection's structure for a checkpoint: its name, size, kernel and a
     * hash of its connectivity and delays.
     */
    @Override
    public String fingerprint() {
        return "projection " + name + ": " + targets.length + " synapses onto " + target.name() + ", kernel "
            + kernel.getClass().getName() + ", connectivity " + Integer.toHexString(Arrays.hashCode(rowStart) * 31 + Arrays.hashCode(targets))
            + ", delays " + (delays == null ? delay + " steps" : Integer.toHexString(delays.hash()));
    }

    /** {@return the source of every synapse, in synapse order, as a new array} */
    public int[] sources() {
        int[] out = new int[targets.length];
        for (int i = 0; i + 1 < rowStart.length; i++) {
            Arrays.fill(out, rowStart[i], rowStart[i + 1], i);
        }
        return out;
    }

    /** {@return synapses leaving each source neuron, as a new array} */
    public int[] outDegrees() {
        int[] out = new int[rowStart.length - 1];
        for (int i = 0; i < out.length; i++) {
            out[i] = rowStart[i + 1] - rowStart[i];
        }
        return out;
    }

    /** {@return synapses arriving at each target neuron, as a new array} */
    public int[] inDegrees() {
        int[] in = new int[target.size()];
        for (int j : targets) {
            in[j]++;
        }
        return in;
    }

    /** {@return the target of every synapse, in synapse order, as a new array} */
    public int[] targets() {
        return targets.clone();
    }

    /** {@return the delay of every synapse in steps, in synapse order, as a new array} */
    public int[] delaySteps() {
        if (delays != null) {
            return delays.toArray();
        }
        int[] out = new int[targets.length];
        Arrays.fill(out, delay);
        return out;
    }

    /**
     * Draws the kernel's random numbers from another stream from the next event on (a simulation reset with a new seed).
     *
     * @param key the new stream's key, from {@link org.synfire.random.RandomStreams#streamKey}
     */
    public void reseed(long key) {
        kernel.reseed(key);
    }

    /** {@return names of the per-synapse variables, in the kernel's order} */
    public List<String> variables() {
        return variables;
    }

    /**
     * A reader of a per-synapse variable for probes, whatever its precision.
     *
     * @param variable one of {@link #variables()}
     * @return a reader giving synapse {@code s}'s live value in SI units
     * @throws IllegalArgumentException if the projection has no per-synapse variable of that name
     */
    public VariableReader reader(String variable) {
        int k = index(variable);
        double[] d = synapse[k];
        float[] f = singles[k];
        return d != null ? (s, step) -> d[s] : (s, step) -> f[s];
    }

    /**
     * The value of a per-synapse variable of every synapse, whatever its precision.
     *
     * @param variable one of {@link #variables()}
     * @return the values in SI units, in synapse order, as a copy
     * @throws IllegalArgumentException if the projection has no per-synapse variable of that name
     */
    public double[] valuesSi(String variable) {
        int k = index(variable);
        if (synapse[k] != null) {
            return synapse[k].clone();
        }
        double[] out = new double[targets.length];
        for (int s = 0; s < out.length; s++) {
            out[s] = singles[k][s];
        }
        return out;
    }

    /**
     * The value of a per-synapse variable for one synapse.
     *
     * @param variable one of {@link #variables()}
     * @param s        the synapse, in the order of {@link #sources()}
     * @return its value in SI units
     * @throws IllegalArgumentException if the projection has no per-synapse variable of that name
     */
    public double valueSi(String variable, int s) {
        int k = index(variable);
        return synapse[k] != null ? synapse[k][s] : singles[k][s];
    }

    /**
     * Sets a per-synapse variable from SI values, one per synapse in the order of
     * {@link #sources()} and {@link #targets()}, or from one value for every synapse when
     * {@code si} has length 1. Takes effect for spikes delivered from now on. A variable stored in
     * single precision is rounded to it.
     *
     * @param variable one of {@link #variables()}
     * @param si       one value per synapse, or one for all, in SI units
     * @throws IllegalArgumentException if the projection has no per-synapse variable of that name
     */
    public void setSi(String variable, double[] si) {
        int k = index(variable);
        for (int s = 0; s < targets.length; s++) {
            double value = si.length == 1 ? si[0] : si[s];
            if (synapse[k] != null) {
                synapse[k][s] = value;
            } else {
                singles[k][s] = (float) value;
            }
        }
    }

    private int index(String variable) {
        int k = variables.indexOf(variable);
        if (k < 0) {
            throw new IllegalArgumentException("projection " + name + " has no per-synapse variable " + variable + "; it has " + variables);
        }
        return k;
    }

    @Override
    public String toString() {
        return "ProjectionState " + name + " (" + targets.length + " synapses onto " + target.name() + ")";
    }
}
