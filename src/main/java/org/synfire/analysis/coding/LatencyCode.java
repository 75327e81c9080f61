package org.synfire.analysis.coding;

import org.synfire.probe.SpikeTrains;
import org.synfire.units.Quantity;
import org.synfire.units.Units;

/**
 * The time-to-first-spike (latency) code: a value in {@code [min, max]} is the latency of a
 * neuron's first spike after stimulus onset, linearly from {@code latest} (for {@code min}) to
 * {@code earliest} (for {@code max}), as a stronger stimulus makes a neuron fire sooner. Spike
 * times exist only on the simulation grid, so a decoded value is uncertain by
 * {@link #resolution(Quantity) resolution(dt)} {@code = dt·(max-min)/(latest-earliest)}.
 *
 * <pre>{@code
 * LatencyCode code = new LatencyCode(0, 1, ms.of(5), ms.of(25));
 * SpikeTrains first = code.encode(new double[] {0.2, 0.9});   // spikes at 21 ms and 7 ms
 * double[] back = code.decode(first);                          // {0.2, 0.9}
 * }</pre>
 */
public final class LatencyCode {
    private final Linear map;

    /**
     * Values in {@code [min, max]} onto latencies in {@code [earliest, latest]}.
     *
     * @param min      the smallest value, coded by the latest spike
     * @param max      the largest value, coded by the earliest spike
     * @param earliest the latency coding {@code max}, 0 or more
     * @param latest   the latency coding {@code min}, later than {@code earliest}
     * @throws CodingException if the range is empty or the times are not ordered times
     */
    public LatencyCode(double min, double max, Quantity earliest, Quantity latest) {
        this.map = new Linear("LatencyCode", min, max, earliest, latest);
    }

    /**
     * One spike per neuron, at the latency of its value (stimulus onset at 0).
     *
     * @param values one value per neuron, each in {@code [min, max]}
     * @return one single-spike train per value
     * @throws CodingException if a value lies outside the range
     */
    public SpikeTrains encode(double[] values) {
        return encode(values, Units.second.of(0));
    }

    /**
     * One spike per neuron, at {@code onset} plus the latency of its value; decode with {@code decode(s, onset)}.
     *
     * @param values one value per neuron, each in {@code [min, max]}
     * @param onset  the stimulus onset
     * @return one single-spike train per value
     * @throws CodingException if a value lies outside the range
     */
    public SpikeTrains encode(double[] values, Quantity onset) {
        double start = onset.in(Units.second);
        double[][] trains = new double[values.length][];
        for (int k = 0; k < values.length; k++) {
            trains[k] = new double[] {start + map.time(k, values[k])};
        }
        return SpikeTrains.of("latency code", trains, Units.second);
    }

    /**
     * The value of every neuron from its first spike; NaN for neurons that did not fire.
     *
     * @param s recorded or encoded trains, timed from the stimulus onset at 0
     * @return one value per neuron of {@code s}
     */
    public double[] decode(SpikeTrains s) {
        return decode(s, Units.second.of(0));
    }

    /**
     * The values when the spikes arrive {@code lag} after the stimulus onset (an onset, a relay's delay): each first spike is moved back by it.
     *
     * @param s   recorded trains
     * @param lag how late the spikes arrive compared with {@link #encode(double[])}'s times
     * @return one value per neuron of {@code s}; NaN for neurons that did not fire
     */
    public double[] decode(SpikeTrains s, Quantity lag) {
        double shift = lag.in(Units.second);
        double[] first = new double[s.groupSize()];
        java.util.Arrays.fill(first, Double.NaN);
        int[] neurons = s.indices();
        double[] times = s.times(Units.second);
        for (int k = 0; k < times.length; k++) {
            if (Double.isNaN(first[neurons[k]])) {
                first[neurons[k]] = times[k];
            }
        }
        double[] values = new double[first.length];
        for (int i = 0; i < first.length; i++) {
            values[i] = Double.isNaN(first[i]) ? Double.NaN : map.value(first[i] - shift);
        }
        return values;
    }

    /**
     * The value that one step of {@code dt} in the first-spike time stands for.
     *
     * @param dt the simulation step the spikes were recorded on
     * @return the uncertainty of a decoded value, in the values' units
     */
    public double resolution(Quantity dt) {
        return dt.in(Units.second) / map.slope();
    }

    @Override
    public String toString() {
        return "LatencyCode [" + map.min + ", " + map.max + "] → " + Units.second.of(map.longest) + " .. " + Units.second.of(map.shortest);
    }
}
