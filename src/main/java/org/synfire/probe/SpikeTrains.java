package org.synfire.probe;

import org.synfire.units.Quantity;
import org.synfire.units.Unit;
import org.synfire.units.Units;

/**
 * The spikes recorded from one group: parallel arrays of neuron index and spike time, in the order
 * they occurred (time ascending, then index ascending). Immutable.
 *
 * <pre>{@code
 * SpikeTrains s = sim.data(probe);
 * s.count();                    // all spikes
 * s.timesOf(3, Units.ms);       // spike times of neuron 3 in ms
 * }</pre>
 */
public final class SpikeTrains implements Recordings {
    private final String name;
    private final int groupSize;
    private final int[] recorded;
    private final int[] neurons;
    private final Times times;
    private final String label;
    private final Times end;

    SpikeTrains(String name, int groupSize, int[] recorded, int[] neurons, Times times) {
        this(name, groupSize, recorded, neurons, times, null, null);
    }

    private SpikeTrains(String name, int groupSize, int[] recorded, int[] neurons, Times times, String label, Times end) {
        this.name = name;
        this.groupSize = groupSize;
        this.recorded = recorded;
        this.neurons = neurons;
        this.times = times;
        this.label = label;
        this.end = end;
    }

    /**
     * The same spikes, described for figures and legends: {@code label} says what they are of
     * ({@code "exc, first 100 of 3,200"}) and the recording ran for {@code steps} steps of
     * {@code dt} seconds, so a raster's time axis ends where the run did.
     *
     * @param newLabel what the spikes are of
     * @param steps    the steps the recording ran for
     * @param dt       the time step, in seconds
     * @return the same spikes with that label and {@link #end()}
     */
    public SpikeTrains described(String newLabel, long steps, double dt) {
        return new SpikeTrains(name, groupSize, recorded, neurons, times, newLabel, Times.ofSteps(new int[] {(int) steps}, dt));
    }

    /** {@return what the spikes are of, for legends: the description given by the simulation, else the probe's name} */
    public String label() {
        return label != null ? label : name;
    }

    /** {@return when the recording ended (the simulated time when it was read), or {@code null} for spikes made by hand} */
    public Quantity end() {
        return end == null ? null : Quantity.of(end.in(0, Units.ms), Units.ms);
    }

    /**
     * Spike trains made outside a simulation (an encoder's output, a train read from a file, a test's
     * hand-made train), put into recording order (time ascending, then neuron ascending).
     *
     * <pre>{@code
     * SpikeTrains s = SpikeTrains.of("input", 2, new int[] {0, 1, 0}, new double[] {1, 2, 5}, Units.ms);
     * }</pre>
     *
     * @param name      a name for tables and legends
     * @param groupSize neurons in the group; every index must lie in {@code [0, groupSize)}
     * @param neurons   the neuron of each spike
     * @param times     the time of each spike, in {@code unit}, finite
     * @param unit      a unit of time
     * @return the spikes, in recording order
     * @throws IllegalArgumentException naming the first bad spike
     * @throws org.synfire.units.UnitException if {@code unit} is not a unit of time
     */
    public static SpikeTrains of(String name, int groupSize, int[] neurons, double[] times, Unit unit) {
        if (neurons.length != times.length) {
            throw new IllegalArgumentException("SpikeTrains.of(" + name + "): " + neurons.length + " neuron indices but "
                + times.length + " times; give one time per spike");
        }
        if (groupSize < 0) {
            throw new IllegalArgumentException("SpikeTrains.of(" + name + "): group size " + groupSize + " is negative");
        }
        Quantity.of(1, unit).in(Units.second);
        for (int k = 0; k < neurons.length; k++) {
            if (neurons[k] < 0 || neurons[k] >= groupSize) {
                throw new IllegalArgumentException("SpikeTrains.of(" + name + "): spike " + k + " is from neuron " + neurons[k]
                    + ", outside the group's 0.." + (groupSize - 1));
            }
            if (!Double.isFinite(times[k])) {
                throw new IllegalArgumentException("SpikeTrains.of(" + name + "): spike " + k + " has time " + times[k]
                    + "; spike times must be finite");
            }
        }
        boolean ordered = true;
        for (int k = 1; k < neurons.length && ordered; k++) {
            ordered = times[k - 1] < times[k] || times[k - 1] == times[k] && neurons[k - 1] <= neurons[k];
        }
        if (ordered) {
            return new SpikeTrains(name, groupSize, null, neurons.clone(), Times.of(times.clone(), unit));
        }
        // Sort an index permutation by (time, neuron), the order every recorder produces, without
        // boxing: a million spikes from an encoder come neuron by neuron.
        int[] order = new int[neurons.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        mergeSort(order, new int[order.length], 0, order.length, times, neurons);
        int[] sortedNeurons = new int[neurons.length];
        double[] sortedTimes = new double[times.length];
        for (int k = 0; k < order.length; k++) {
            sortedNeurons[k] = neurons[order[k]];
            sortedTimes[k] = times[order[k]];
        }
        return new SpikeTrains(name, groupSize, null, sortedNeurons, Times.of(sortedTimes, unit));
    }

    /** Sorts {@code order[from, to)} by (time, neuron); stable, O(n log n), using {@code buffer} of the same length. */
    private static void mergeSort(int[] order, int[] buffer, int from, int to, double[] times, int[] neurons) {
        if (to - from < 2) {
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(order, buffer, from, mid, times, neurons);
        mergeSort(order, buffer, mid, to, times, neurons);
        int a = from;
        int b = mid;
        int k = from;
        while (a < mid && b < to) {
            int x = order[a];
            int y = order[b];
            boolean takeB = times[y] < times[x] || times[y] == times[x] && neurons[y] < neurons[x];
            buffer[k++] = takeB ? order[b++] : order[a++];
        }
        while (a < mid) {
            buffer[k++] = order[a++];
        }
        while (b < to) {
            buffer[k++] = order[b++];
        }
        System.arraycopy(buffer, from, order, from, to - from);
    }

    /**
     * Spike trains given neuron by neuron: {@code trains[i]} holds the spike times of neuron
     * {@code i}, in {@code unit}.
     *
     * <pre>{@code
     * SpikeTrains s = SpikeTrains.of("hand-made", new double[][] {{1, 5}, {2}}, Units.ms);
     * }</pre>
     *
     * @param name   a name for tables and legends
     * @param trains one array of spike times per neuron, in {@code unit}, finite; the group has
     *               {@code trains.length} neurons
     * @param unit   a unit of time
     * @return the spikes, in recording order
     * @throws IllegalArgumentException naming the first spike whose time is not finite
     * @throws org.synfire.units.UnitException if {@code unit} is not a unit of time
     */
    public static SpikeTrains of(String name, double[][] trains, Unit unit) {
        int total = 0;
        for (double[] train : trains) {
            total += train.length;
        }
        int[] neurons = new int[total];
        double[] times = new double[total];
        int k = 0;
        for (int i = 0; i < trains.length; i++) {
            for (double t : trains[i]) {
                neurons[k] = i;
                times[k++] = t;
            }
        }
        return of(name, trains.length, neurons, times, unit);
    }

    /** {@return the probe's name, or the name given to {@code of}} */
    @Override
    public String name() {
        return name;
    }

    /** {@return the number of neurons in the recorded group, recorded or not} */
    public int groupSize() {
        return groupSize;
    }

    /** {@return the total number of spikes} */
    public int count() {
        return neurons.length;
    }

    /** {@return the neuron index of every spike, in recording order, a copy} */
    public int[] indices() {
        return neurons.clone();
    }

    /**
     * Time of every spike, in {@code unit}: recorded spikes at the decimal step·dt (so that 3,000
     * steps of 0.1 ms read 300 ms), hand-made ones with the digits they were given.
     *
     * @param unit a unit of time
     * @return one time per spike, in recording order
     */
    public double[] times(Unit unit) {
        return times.in(unit);
    }

    /**
     * @param k the spike, from 0 in recording order, below {@link #count()}
     * @return its time, in seconds
     */
    public Quantity time(int k) {
        return Quantity.of(times.in(k, Units.second), Units.second);
    }

    /**
     * @param neuron the neuron's index in the group
     * @param unit   a unit of time
     * @return the neuron's spike times, ascending, in {@code unit}; empty when it did not spike or was not recorded
     */
    public double[] timesOf(int neuron, Unit unit) {
        return times.select(java.util.stream.IntStream.range(0, neurons.length).filter(k -> neurons[k] == neuron).toArray()).in(unit);
    }

    /** {@return the number of spikes of each neuron of the group (0 for neurons that were not recorded)} */
    public int[] counts() {
        int[] counts = new int[groupSize];
        for (int n : neurons) {
            counts[n]++;
        }
        return counts;
    }

    /** {@return the recorded neurons, ascending, or all of the group when every neuron was recorded} */
    public int[] recordedNeurons() {
        return recorded == null ? java.util.stream.IntStream.range(0, groupSize).toArray() : recorded.clone();
    }

    @Override
    public String toString() {
        return "SpikeTrains " + name + ": " + count() + " spikes from " + (recorded == null ? groupSize : recorded.length) + " neurons";
    }
}
