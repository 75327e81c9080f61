package org.synfire.analysis;

import java.util.Arrays;
import org.synfire.probe.SpikeTrains;
import org.synfire.units.Quantity;
import org.synfire.units.Unit;
import org.synfire.units.Units;

/**
 * Inter-spike intervals and their regularity. CV is the standard deviation over the mean of a
 * neuron's intervals (1 for a Poisson process, 0 for a clock); LV (Shinomoto et al. 2003,
 * Neural Comput 15:2823) compares neighbouring intervals,
 * {@code 3/(n-1) Σ ((I_k - I_{k+1}) / (I_k + I_{k+1}))²}, so slow rate changes do not raise it:
 * also 1 for Poisson and 0 for a clock.
 *
 * <pre>{@code
 * double[] isi = Intervals.of(spikes, Units.ms);   // every neuron's intervals, pooled
 * double cv = Intervals.meanCv(spikes);            // averaged over neurons with 3 or more spikes
 * Hazard h = Intervals.hazard(spikes, Units.ms.of(1), Units.ms.of(200));   // how fast an interval ends, by its age
 * }</pre>
 */
public final class Intervals {
    private Intervals() {
    }

    /**
     * All inter-spike intervals of all neurons, pooled, in {@code unit}.
     *
     * @param s    the recording
     * @param unit a unit of time
     * @return the intervals, neuron after neuron
     */
    public static double[] of(SpikeTrains s, Unit unit) {
        double factor = Quantity.of(1, Units.second).in(unit);
        double[][] trains = Trains.byNeuron(s);
        int n = 0;
        for (double[] t : trains) {
            n += Math.max(0, t.length - 1);
        }
        double[] out = new double[n];
        int at = 0;
        for (double[] t : trains) {
            for (int k = 1; k < t.length; k++) {
                out[at++] = (t[k] - t[k - 1]) * factor;
            }
        }
        return out;
    }

    /**
     * The intervals of one neuron, in {@code unit}.
     *
     * @param s      the recording
     * @param neuron the neuron
     * @param unit   a unit of time
     * @return its intervals in order; empty below two spikes
     */
    public static double[] of(SpikeTrains s, int neuron, Unit unit) {
        Trains.checkNeuron("Intervals.of", s, neuron);
        double[] t = s.timesOf(neuron, unit);
        double[] out = new double[Math.max(0, t.length - 1)];
        for (int k = 0; k < out.length; k++) {
            out[k] = t[k + 1] - t[k];
        }
        return out;
    }

    /**
     * The coefficient of variation of some intervals, with the sample standard deviation (divided
     * by n − 1); NaN for fewer than two. NumPy's {@code np.std}, which Brian2 users often take,
     * divides by n: for 5 intervals it gives a CV 11 % lower ({@code sqrt(4/5)}).
     *
     * @param intervals intervals in any unit
     * @return the standard deviation over the mean
     */
    public static double cv(double[] intervals) {
        if (intervals.length < 2) {
            return Double.NaN;
        }
        return Math.sqrt(Trains.variance(intervals)) / Trains.mean(intervals);
    }

    /**
     * The local variation of consecutive intervals (Shinomoto et al. 2003); NaN for fewer than two.
     *
     * @param intervals intervals in any unit, in the order they occurred
     * @return about 1 for a Poisson train, 0 for a regular one
     */
    public static double lv(double[] intervals) {
        if (intervals.length < 2) {
            return Double.NaN;
        }
        double sum = 0;
        for (int k = 0; k + 1 < intervals.length; k++) {
            double d = (intervals[k] - intervals[k + 1]) / (intervals[k] + intervals[k + 1]);
            sum += d * d;
        }
        return 3 * sum / (intervals.length - 1);
    }

    /**
     * The CV of every neuron (NaN for neurons with fewer than three spikes).
     *
     * @param s the recording
     * @return one CV per neuron
     */
    public static double[] cv(SpikeTrains s) {
        return perNeuron(s, false);
    }

    /**
     * The LV of every neuron (NaN for neurons with fewer than three spikes).
     *
     * @param s the recording
     * @return one LV per neuron
     */
    public static double[] lv(SpikeTrains s) {
        return perNeuron(s, true);
    }

    /**
     * The CV averaged over the neurons that have one.
     *
     * @param s the recording
     * @return the mean, or NaN when no neuron has one
     */
    public static double meanCv(SpikeTrains s) {
        return Trains.finiteMean(cv(s));
    }

    /**
     * The LV averaged over the neurons that have one.
     *
     * @param s the recording
     * @return the mean, or NaN when no neuron has one
     */
    public static double meanLv(SpikeTrains s) {
        return Trains.finiteMean(lv(s));
    }

    private static double[] perNeuron(SpikeTrains s, boolean local) {
        double[][] trains = Trains.byNeuron(s);
        double[] out = new double[trains.length];
        for (int i = 0; i < trains.length; i++) {
            double[] t = trains[i];
            double[] isi = new double[Math.max(0, t.length - 1)];
            for (int k = 0; k < isi.length; k++) {
                isi[k] = t[k + 1] - t[k];
            }
            out[i] = local ? lv(isi) : cv(isi);
        }
        return out;
    }

    /**
     * The distribution of all intervals in bins of {@code bin} up to {@code max}, in milliseconds.
     *
     * @param s   the recording
     * @param bin the bin width, a time
     * @param max where the last bin ends at the earliest, a time
     * @return the histogram of intervals, quantity {@code ISI}
     */
    public static Histogram histogram(SpikeTrains s, Quantity bin, Quantity max) {
        double width = Trains.positiveSeconds("Intervals.histogram", "bin", bin) * 1e3;
        double top = Trains.positiveSeconds("Intervals.histogram", "max", max) * 1e3;
        return Histogram.of("ISI", Units.ms, of(s, Units.ms), width, 0, top);
    }

    /**
     * The hazard of all intervals, pooled, in bins of {@code bin} up to {@code max}, in
     * milliseconds: how fast an interval ends once it has lasted a given time (see {@link Hazard}).
     * When the trains know when their recording ended ({@link SpikeTrains#end()}, as a simulation's
     * do), the time from each neuron's last spike to that end is a censored interval; spikes made
     * by hand have no end and no censored intervals.
     *
     * @param s   the recording
     * @param bin the bin width, a time
     * @param max where the last bin ends at the earliest, a time
     * @return the life table of the intervals, in milliseconds, quantity {@code ISI}
     * @throws AnalysisException if {@code bin} or {@code max} is not a positive time
     */
    public static Hazard hazard(SpikeTrains s, Quantity bin, Quantity max) {
        double width = Trains.positiveSeconds("Intervals.hazard", "bin", bin) * 1e3;
        double top = Trains.positiveSeconds("Intervals.hazard", "max", max) * 1e3;
        double[] censored = new double[0];
        if (s.end() != null) {
            double end = s.end().in(Units.ms);
            double[][] trains = Trains.byNeuron(s);
            censored = Arrays.stream(trains).filter(t -> t.length > 0).mapToDouble(t -> end - t[t.length - 1] * 1e3).toArray();
        }
        return Hazard.of("ISI", Units.ms, of(s, Units.ms), censored, width, top);
    }
}
