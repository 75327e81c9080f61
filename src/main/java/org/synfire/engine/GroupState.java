package org.synfire.engine;

import java.util.Arrays;
import java.util.List;
import org.synfire.kernel.NeuronKernel;
import org.synfire.probe.Checkpointed;
import org.synfire.units.Dimension;
import org.synfire.units.Quantity;
import org.synfire.units.Unit;

/**
 * The state of a neuron group as structure of arrays (one {@code double[]} per state variable and
 * per-neuron parameter, SI units), its shared parameters, and the compiled kernel that advances
 * it. Variables can be read and changed between runs by name, with units checked.
 *
 * <pre>{@code
 * GroupState exc = sim.group("exc");
 * exc.set("I", Units.nA.of(0.5));         // every neuron
 * Quantity v3 = exc.get("v", 3);
 * }</pre>
 */
public final class GroupState implements Population {
    /** Before any spike, a neuron's last spike lies this far in the past (far beyond any refractory period). */
    static final long NEVER = Long.MIN_VALUE / 4;

    private final String name;
    private final int size;
    private final List<String> arrayNames;
    private final List<Dimension> arrayDimensions;
    private final double[][] arrays;
    private final List<String> sharedNames;
    private final List<Dimension> sharedDimensions;
    private final double[] shared;
    private final long[] lastSpike;
    private final NeuronKernel kernel;
    private final double nanosPerNeuron;
    private final long rngKey;

    /**
     * @param arrayNames       names of the per-neuron arrays, in the order the kernel binds them
     * @param arrayDimensions  their dimensions
     * @param arrays           their initial values (SI), owned by this state from now on
     * @param sharedNames      names of the shared parameters, in binding order
     * @param sharedDimensions their dimensions
     * @param shared           their values (SI)
     * @param kernel           the compiled kernel, bound here
     * @param tables           tabulated function values, in binding order
     * @param tableDt          their sampling intervals (seconds)
     * @param rngKey           the group's random stream key
     * @param nanosPerNeuron   a rough estimate of the update's cost per neuron and step, for choosing threads
     */
    public GroupState(String name, int size, List<String> arrayNames, List<Dimension> arrayDimensions, double[][] arrays,
                      List<String> sharedNames, List<Dimension> sharedDimensions, double[] shared, NeuronKernel kernel,
                      double[][] tables, double[] tableDt, long rngKey, double nanosPerNeuron) {
        this.nanosPerNeuron = nanosPerNeuron;
        this.name = name;
        this.size = size;
        this.arrayNames = List.copyOf(arrayNames);
        this.arrayDimensions = List.copyOf(arrayDimensions);
        this.arrays = arrays;
        this.sharedNames = List.copyOf(sharedNames);
        this.sharedDimensions = List.copyOf(sharedDimensions);
        this.shared = shared;
        this.lastSpike = new long[size];
        Arrays.fill(lastSpike, NEVER);
        this.kernel = kernel;
        this.rngKey = rngKey;
        kernel.bind(arrays, shared, lastSpike, tables, tableDt, rngKey);
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
    }

    @Override
    public int update(long step, int[] spikes) {
        return kernel.update(0, size, step, spikes);
    }

    /** Every per-neuron array, the shared parameters and the last-spike steps. */
    @Override
    public void writeState(java.io.DataOutput out) throws java.io.IOException {
        for (double[] a : arrays) {
            Checkpointed.writeDoubles(out, a, a.length);
        }
        Checkpointed.writeDoubles(out, shared, shared.length);
        Checkpointed.writeLongs(out, lastSpike);
    }

    @Override
    public void readState(java.io.DataInput in) throws java.io.IOException {
        for (double[] a : arrays) {
            Checkpointed.readDoubles(in, a);
        }
        Checkpointed.readDoubles(in, shared);
        Checkpointed.readLongs(in, lastSpike);
    }

    /** What identifies this group's structure for a checkpoint: name, size, variables, kernel and random stream. */
    String fingerprint() {
        return "group " + name + ": " + size + " neurons, " + variables() + ", kernel " + kernel.getClass().getName()
            + ", stream " + Long.toHexString(rngKey);
    }

    /** Estimated nanoseconds to advance the whole group by one step. */
    double nanosPerStep() {
        return nanosPerNeuron * size;
    }

    /** Advances neurons {@code [from, to)} only; their spikes go to {@code spikes} from position 0. */
    int update(int from, int to, long step, int[] spikes) {
        return kernel.update(from, to, step, spikes);
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

    /** The compiled kernel (for sub-expression probes). */
    public NeuronKernel kernel() {
        return kernel;
    }

    /** Names of every stored variable: per-neuron arrays, then shared parameters. */
    public List<String> variables() {
        List<String> all = new java.util.ArrayList<>(arrayNames);
        all.addAll(sharedNames);
        return all;
    }

    /** Whether {@code variable} is stored per neuron. */
    public boolean isPerNeuron(String variable) {
        return arrayNames.contains(variable);
    }

    /** The dimension of a stored variable. */
    public Dimension dimension(String variable) {
        int k = arrayNames.indexOf(variable);
        if (k >= 0) {
            return arrayDimensions.get(k);
        }
        return sharedDimensions.get(sharedIndex(variable));
    }

    /** The live SI values of the shared parameters, in the order of {@link #variables()}, for synaptic kernels. */
    public double[] sharedArray() {
        return shared;
    }

    /** The live SI array of a per-neuron variable, for probes. */
    public double[] array(String variable) {
        return arrays[arrayIndex(variable)];
    }

    /** The value of a variable for neuron {@code i} (for a shared parameter, {@code i} is ignored). */
    public Quantity get(String variable, int i) {
        int k = arrayNames.indexOf(variable);
        if (k >= 0) {
            checkIndex(i);
            return Quantity.si(arrays[k][i], arrayDimensions.get(k));
        }
        int s = sharedIndex(variable);
        return Quantity.si(shared[s], sharedDimensions.get(s));
    }

    /** The values of a variable for every neuron, in {@code unit}. */
    public double[] values(String variable, Unit unit) {
        int k = arrayNames.indexOf(variable);
        if (k < 0) {
            double[] out = new double[size];
            Arrays.fill(out, get(variable, 0).in(unit));
            return out;
        }
        double factor = Quantity.si(1, arrayDimensions.get(k)).in(unit);
        double[] out = new double[size];
        for (int i = 0; i < size; i++) {
            out[i] = arrays[k][i] * factor;
        }
        return out;
    }

    /** Sets a variable to one value for every neuron. Takes effect at the next run. */
    public GroupState set(String variable, Quantity value) {
        Dimension d = dimension(variable);
        requireDimension(variable, d, value);
        int k = arrayNames.indexOf(variable);
        if (k >= 0) {
            Arrays.fill(arrays[k], value.si());
        } else {
            shared[sharedIndex(variable)] = value.si();
        }
        return this;
    }

    /** Sets a per-neuron variable of one neuron. */
    public GroupState set(String variable, int i, Quantity value) {
        int k = arrayIndex(variable);
        checkIndex(i);
        requireDimension(variable, arrayDimensions.get(k), value);
        arrays[k][i] = value.si();
        return this;
    }

    /** Sets a per-neuron variable from values given in {@code unit}, one per neuron. */
    public GroupState set(String variable, double[] values, Unit unit) {
        int k = arrayIndex(variable);
        if (values.length != size) {
            throw new SimulationException("Group '" + name + "'." + variable + ": " + values.length + " values given for "
                + size + " neurons; give exactly one per neuron");
        }
        requireDimension(variable, arrayDimensions.get(k), unit.of(1));
        for (int i = 0; i < size; i++) {
            arrays[k][i] = unit.of(values[i]).si();
        }
        return this;
    }

    private void requireDimension(String variable, Dimension d, Quantity value) {
        if (!value.dimension().equals(d)) {
            throw new SimulationException("Group '" + name + "'." + variable + ": " + value + " does not fit a variable in "
                + d + "; give a value in " + d);
        }
    }

    private int arrayIndex(String variable) {
        int k = arrayNames.indexOf(variable);
        if (k < 0) {
            throw unknown(variable, sharedNames.contains(variable) ? " (it is shared: one value for the group)" : "");
        }
        return k;
    }

    private int sharedIndex(String variable) {
        int k = sharedNames.indexOf(variable);
        if (k < 0) {
            throw unknown(variable, "");
        }
        return k;
    }

    private SimulationException unknown(String variable, String detail) {
        return new SimulationException("Group '" + name + "'." + variable + ": no such per-neuron variable" + detail
            + "; known variables: " + String.join(", ", variables()));
    }

    private void checkIndex(int i) {
        if (i < 0 || i >= size) {
            throw new SimulationException("Group '" + name + "': neuron index " + i + " is out of range; valid indices are 0.." + (size - 1));
        }
    }

    @Override
    public String toString() {
        return "GroupState " + name + " (" + size + " neurons; " + String.join(", ", variables()) + ")";
    }
}
