package org.synfire.analysis.coding;

import org.synfire.probe.SpikeTrains;
import org.synfire.units.Quantity;
import org.synfire.units.Units;

/**
 * The inter-spike-interval code: a value in {@code [min, max]} is the interval between a
 * neuron's consecutive spikes, linearly from {@code longest} (for {@code min}) to
 * {@code shortest} (for {@code max}). Each neuron fires {@code spikes} spikes at that interval;
 * decoding averages the intervals, {@code (t_last - t_first)/(n-1)}, so a constant lag (a relay,
 * a delay) cancels and grid errors of at most one step in each end spike give an uncertainty of
 * {@link #resolution(Quantity) resolution(dt)} {@code = dt/(n-1)·(max-min)/(longest-shortest)}.
 *
 * <pre>{@code
 * IntervalCode code = new IntervalCode(0, 1, ms.of(5), ms.of(25), 5);
 * double[] back = code.decode(code.encode(new double[] {0.2, 0.9}));   // {0.2, 0.9}
 * }</pre>
 */
public final class IntervalCode {
    private final Linear map;
    private final int spikes;

    /**
     * Values in {@code [min, max]} onto intervals in {@code [shortest, longest]}.
     *
     * @param min      the smallest value, coded by the longest interval
     * @param max      the largest value, coded by the shortest interval
     * @param shortest the interval coding {@code max}, a positive time
     * @param longest  the interval coding {@code min}, longer than {@code shortest}
     * @param spikes   spikes per neuron, at least 2
     * @throws CodingException if the range is empty, the times are not ordered times, or {@code spikes} is below 2
     */
    public IntervalCode(double min, double max, Quantity shortest, Quantity longest, int spikes) {
        this.map = new Linear("IntervalCode", min, max, shortest, longest);
        if (spikes < 2) {
            throw new CodingException("IntervalCode: an interval needs at least 2 spikes per neuron; got " + spikes);
        }
        if (!(shortest.si() > 0)) {
            throw new CodingException("IntervalCode: the shortest interval must be positive; got " + shortest);
        }
        this.spikes = spikes;
    }

    /**
     * {@code spikes} spikes per neuron, the first at 0, spaced by the interval of its value.
     *
     * @param values one value per neuron, each in {@code [min, max]}
     * @return one train per value
     * @throws CodingException if a value lies outside the range
     */
    public SpikeTrains encode(double[] values) {
        return encode(values, Units.second.of(0));
    }

    /**
     * {@code spikes} spikes per neuron, the first at {@code onset}, spaced by the interval of its
     * value (a spike source needs its first spike at or after one step).
     *
     * @param values one value per neuron, each in {@code [min, max]}
     * @param onset  the time of every train's first spike
     * @return one train per value
     * @throws CodingException if a value lies outside the range
     */
    public SpikeTrains encode(double[] values, Quantity onset) {
        double start = onset.in(Units.second);
        double[][] trains = new double[values.length][spikes];
        for (int k = 0; k < values.length; k++) {
            double interval = map.time(k, values[k]);
            for (int s = 0; s < spikes; s++) {
                trains[k][s] = start + s * interval;
            }
        }
        return SpikeTrains.of("interval code", trains, Units.second);
    }

    /**
     * The value of every neuron from the mean of its intervals; NaN for neurons with fewer than
     * two spikes.
     *
     * @param s recorded or encoded trains
     * @return one value per neuron of {@code s}
     */
    public double[] decode(SpikeTrains s) {
        double[] first = new double[s.groupSize()];
        double[] last = new double[s.groupSize()];
        int[] count = new int[s.groupSize()];
        int[] neurons = s.indices();
        double[] times = s.times(Units.second);
        for (int k = 0; k < times.length; k++) {
            int i = neurons[k];
            if (count[i]++ == 0) {
                first[i] = times[k];
            }
            last[i] = times[k];
        }
        double[] values = new double[count.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = count[i] < 2 ? Double.NaN : map.value((last[i] - first[i]) / (count[i] - 1));
        }
        return values;
    }

    /**
     * The value that one step of {@code dt} in the span of a neuron's train stands for, spread over its intervals.
     *
     * @param dt the simulation step the spikes were recorded on
     * @return the uncertainty of a decoded value, in the values' units
     */
    public double resolution(Quantity dt) {
        return dt.in(Units.second) / (spikes - 1) / map.slope();
    }

    @Override
    public String toString() {
        return "IntervalCode [" + map.min + ", " + map.max + "] → " + Units.second.of(map.longest) + " .. " + Units.second.of(map.shortest)
            + ", " + spikes + " spikes";
    }
}
