package org.synfire.probe;

import java.util.Arrays;
import org.synfire.units.Quantity;
import org.synfire.units.Unit;
import org.synfire.units.Units;

/**
 * The spikes recorded from one group: parallel arrays of neuron index and spike time, in the order
 * they occurred (time ascending, then index ascending). Immutable.
 *
 * <pre>{@code
 * SpikeTrains s = sim.spikes(probe);
 * s.count();                    // all spikes
 * s.timesOf(3, Units.ms);       // spike times of neuron 3 in ms
 * }</pre>
 */
public final class SpikeTrains {
    private final String name;
    private final int groupSize;
    private final int[] recorded;
    private final int[] neurons;
    private final double[] times;

    SpikeTrains(String name, int groupSize, int[] recorded, int[] neurons, double[] times) {
        this.name = name;
        this.groupSize = groupSize;
        this.recorded = recorded;
        this.neurons = neurons;
        this.times = times;
    }

    /** The probe's name. */
    public String name() {
        return name;
    }

    /** The number of neurons in the recorded group. */
    public int groupSize() {
        return groupSize;
    }

    /** Total number of spikes. */
    public int count() {
        return neurons.length;
    }

    /** Neuron index of every spike. */
    public int[] indices() {
        return neurons.clone();
    }

    /** Time of every spike, in {@code unit}. */
    public double[] times(Unit unit) {
        double factor = factorOf(unit);
        return Arrays.stream(times).map(x -> x * factor).toArray();
    }

    /** Time of spike {@code k}. */
    public Quantity time(int k) {
        return Quantity.of(times[k], Units.second);
    }

    /** Spike times of one neuron, ascending, in {@code unit}. */
    public double[] timesOf(int neuron, Unit unit) {
        double factor = factorOf(unit);
        return java.util.stream.IntStream.range(0, neurons.length).filter(k -> neurons[k] == neuron)
            .mapToDouble(k -> times[k] * factor).toArray();
    }

    /** Number of spikes of each neuron of the group (0 for neurons that were not recorded). */
    public int[] counts() {
        int[] counts = new int[groupSize];
        for (int n : neurons) {
            counts[n]++;
        }
        return counts;
    }

    /** The recorded neurons, or all of the group when every neuron was recorded. */
    public int[] recordedNeurons() {
        return recorded == null ? java.util.stream.IntStream.range(0, groupSize).toArray() : recorded.clone();
    }

    /** One second expressed in {@code unit}; fails clearly when the unit is not a time. */
    private static double factorOf(Unit unit) {
        return Quantity.of(1, Units.second).in(unit);
    }

    @Override
    public String toString() {
        return "SpikeTrains " + name + ": " + count() + " spikes from " + (recorded == null ? groupSize : recorded.length) + " neurons";
    }
}
