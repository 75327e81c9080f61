package org.synfire.analysis;

import org.synfire.probe.SpikeTrains;
import org.synfire.units.Quantity;
import org.synfire.units.Units;

/**
 * Cross- and auto-correlograms: histograms of the lags {@code t_b - t_a} between every spike of
 * one train and every spike of another within {@code ±maxLag}, in milliseconds. A peak at a
 * positive lag means {@code b} tends to fire after {@code a}.
 *
 * <pre>{@code
 * Histogram h = Correlograms.cross(exc, 0, exc, 1, ms.of(1), ms.of(50));
 * }</pre>
 */
public final class Correlograms {
    private Correlograms() {
    }

    /**
     * The cross-correlogram of neuron {@code i} of {@code a} and neuron {@code j} of {@code b}.
     *
     * @param a      the first neuron's recording
     * @param i      the first neuron
     * @param b      the second neuron's recording (may be {@code a})
     * @param j      the second neuron
     * @param bin    the width of each lag bin, a time
     * @param maxLag the largest lag counted either way, a time
     * @return counts of {@code t_b - t_a} per lag bin from {@code -maxLag} to {@code maxLag}, in ms
     */
    public static Histogram cross(SpikeTrains a, int i, SpikeTrains b, int j, Quantity bin, Quantity maxLag) {
        Trains.checkNeuron("Correlograms.cross", a, i);
        Trains.checkNeuron("Correlograms.cross", b, j);
        return lags(a.timesOf(i, Units.ms), b.timesOf(j, Units.ms), bin, maxLag, false);
    }

    /**
     * The auto-correlogram of one neuron, without the zero lag of each spike with itself.
     *
     * @param s      the recording
     * @param i      the neuron
     * @param bin    the width of each lag bin, a time
     * @param maxLag the largest lag counted either way, a time
     * @return counts per lag bin from {@code -maxLag} to {@code maxLag}, in ms
     */
    public static Histogram auto(SpikeTrains s, int i, Quantity bin, Quantity maxLag) {
        Trains.checkNeuron("Correlograms.auto", s, i);
        double[] t = s.timesOf(i, Units.ms);
        return lags(t, t, bin, maxLag, true);
    }

    /**
     * The correlogram of two ascending trains given in milliseconds.
     *
     * @param aMs    the first train's spike times, in ms, ascending
     * @param bMs    the second train's spike times, in ms, ascending
     * @param bin    the width of each lag bin, a time
     * @param maxLag the largest lag counted either way, a time
     * @return counts of {@code b - a} per lag bin, in ms
     */
    public static Histogram cross(double[] aMs, double[] bMs, Quantity bin, Quantity maxLag) {
        return lags(aMs, bMs, bin, maxLag, false);
    }

    private static Histogram lags(double[] a, double[] b, Quantity bin, Quantity maxLag, boolean skipSelf) {
        double width = Trains.positiveSeconds("Correlograms", "bin", bin) * 1e3;
        double max = Trains.positiveSeconds("Correlograms", "maxLag", maxLag) * 1e3;
        // Bins are centred on multiples of the bin width, so zero lag sits in the middle of a bin.
        int half = (int) Math.ceil(max / width - 0.5 - 1e-9);
        double low = -(half + 0.5) * width;
        int bins = 2 * half + 1;
        double[] edges = new double[bins + 1];
        for (int k = 0; k <= bins; k++) {
            edges[k] = low + k * width;
        }
        int[] counts = new int[bins];
        int start = 0;
        for (int p = 0; p < a.length; p++) {
            // b is ascending: the first b within reach of a[p] only moves forward.
            while (start < b.length && b[start] < a[p] + low) {
                start++;
            }
            for (int q = start; q < b.length && b[q] < a[p] + edges[bins]; q++) {
                if (skipSelf && q == p) {
                    continue;
                }
                int k = (int) Math.floor((b[q] - a[p] - low) / width);
                if (k >= 0 && k < bins) {
                    counts[k]++;
                }
            }
        }
        return new Histogram("lag", Units.ms, edges, counts);
    }
}
