package org.synfire.analysis;

import org.synfire.probe.SpikeTrains;
import org.synfire.units.Dimension;
import org.synfire.units.Quantity;
import org.synfire.units.Units;

/** Shared checks and the split of a recording into one ascending array of SI times per neuron. */
final class Trains {
    private Trains() {
    }

    /** {@code result[i]} holds the spike times of neuron {@code i} in seconds, ascending: one pass, no per-neuron scan. */
    static double[][] byNeuron(SpikeTrains s) {
        int[] counts = s.counts();
        double[][] out = new double[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            out[i] = new double[counts[i]];
        }
        int[] fill = new int[counts.length];
        int[] neurons = s.indices();
        double[] times = s.times(Units.second);
        for (int k = 0; k < neurons.length; k++) {
            out[neurons[k]][fill[neurons[k]]++] = times[k];
        }
        return out;
    }

    /** The neurons the trains were recorded from; fails when there are none, as no rate can be had. */
    static int[] recorded(String where, SpikeTrains s) {
        int[] recorded = s.recordedNeurons();
        if (recorded.length == 0) {
            throw new AnalysisException(where + ": " + s.name() + " recorded no neurons");
        }
        return recorded;
    }

    /** The SI value of a time, failing with the argument's name when it is not a time. */
    static double seconds(String where, String argument, Quantity q) {
        if (!q.hasDimension(Dimension.TIME)) {
            throw new AnalysisException(where + ": " + argument + " must be a time, e.g. Units.ms.of(10); got " + q);
        }
        return q.si();
    }

    /** A positive time, in seconds. */
    static double positiveSeconds(String where, String argument, Quantity q) {
        double s = seconds(where, argument, q);
        if (!(s > 0) || !Double.isFinite(s)) {
            throw new AnalysisException(where + ": " + argument + " must be positive and finite; got " + q);
        }
        return s;
    }

    /** A window {@code [from, to)} in seconds; fails unless {@code from < to}. */
    static double[] window(String where, Quantity from, Quantity to) {
        double a = seconds(where, "from", from);
        double b = seconds(where, "to", to);
        if (!(b > a)) {
            throw new AnalysisException(where + ": the window [" + from + ", " + to + ") is empty; give from < to");
        }
        return new double[] {a, b};
    }

    static void checkNeuron(String where, SpikeTrains s, int neuron) {
        if (neuron < 0 || neuron >= s.groupSize()) {
            throw new AnalysisException(where + ": neuron " + neuron + " is outside " + s.name() + "'s 0.." + (s.groupSize() - 1));
        }
    }

    static double mean(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return sum / x.length;
    }

    /** Unbiased sample variance (n - 1 in the denominator). */
    static double variance(double[] x) {
        double m = mean(x);
        double sum = 0;
        for (double v : x) {
            sum += (v - m) * (v - m);
        }
        return sum / (x.length - 1);
    }

    /** The mean of the finite entries; NaN when there are none. */
    static double finiteMean(double[] x) {
        double sum = 0;
        int n = 0;
        for (double v : x) {
            if (Double.isFinite(v)) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
