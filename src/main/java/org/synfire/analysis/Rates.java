package org.synfire.analysis;

import org.synfire.probe.SpikeTrains;
import org.synfire.units.Quantity;
import org.synfire.units.Units;

/**
 * Firing rates: per neuron, per group, per window, and the population rate binned or smoothed.
 * Windows are half-open, {@code [from, to)}; rates are in hertz.
 *
 * <pre>{@code
 * double[] hz = Rates.perNeuron(spikes, ms.of(100), ms.of(1100));
 * Quantity r  = Rates.mean(spikes, ms.of(100), ms.of(1100));       // the group's mean rate
 * RateSignal p = Rates.smoothed(spikes, Kernel.gaussian(ms.of(2)), ms.of(0.5), ms.of(0), ms.of(1000));
 * }</pre>
 */
public final class Rates {
    private Rates() {
    }

    /**
     * Each neuron's spike count in {@code [from, to)} divided by the window's length, in Hz (0 for neurons not recorded).
     *
     * @param s    the recording
     * @param from the start of the window
     * @param to   its end, later than {@code from}
     * @return one rate per neuron, in Hz
     */
    public static double[] perNeuron(SpikeTrains s, Quantity from, Quantity to) {
        double[] w = Trains.window("Rates.perNeuron", from, to);
        double[] rates = new double[s.groupSize()];
        int[] neurons = s.indices();
        double[] times = s.times(Units.second);
        for (int k = 0; k < times.length; k++) {
            if (times[k] >= w[0] && times[k] < w[1]) {
                rates[neurons[k]]++;
            }
        }
        for (int i = 0; i < rates.length; i++) {
            rates[i] /= w[1] - w[0];
        }
        return rates;
    }

    /**
     * The group's rate: spikes in {@code [from, to)} per recorded neuron per second (a probe that
     * recorded some neurons of a group speaks for those only).
     *
     * @param s    the recording
     * @param from the start of the window
     * @param to   its end, later than {@code from}
     * @return the rate, in hertz
     */
    public static Quantity mean(SpikeTrains s, Quantity from, Quantity to) {
        int[] recorded = Trains.recorded("Rates.mean", s);
        double[] r = perNeuron(s, from, to);
        double sum = 0;
        for (int i : recorded) {
            sum += r[i];
        }
        return Units.Hz.of(sum / recorded.length);
    }

    /**
     * Spike counts per neuron and window: {@code result[i][k]} spikes of neuron {@code i} in
     * {@code [from + k·window, from + (k+1)·window)}, for every whole window that fits before
     * {@code to}; a spike within a billionth of a window before an edge counts as on it (times are
     * rounded), so a spike at 150 ms is in the window that starts at 150 ms.
     *
     * @param s      the recording
     * @param window the length of each window, a time
     * @param from   the start of the first window
     * @param to     the end of the analysis
     * @return counts per neuron and window
     */
    public static int[][] counts(SpikeTrains s, Quantity window, Quantity from, Quantity to) {
        double[] w = Trains.window("Rates.counts", from, to);
        double width = Trains.positiveSeconds("Rates.counts", "window", window);
        int windows = (int) Math.floor((w[1] - w[0]) / width + 1e-9);
        if (windows < 1) {
            throw new AnalysisException("Rates.counts: a window of " + window + " does not fit in [" + from + ", " + to + ")");
        }
        int[][] counts = new int[s.groupSize()][windows];
        int[] neurons = s.indices();
        double[] times = s.times(Units.second);
        for (int k = 0; k < times.length; k++) {
            // Times and edges are rounded seconds: 150 ms is 0.15 but the third edge of 50 ms
            // windows is 3*0.05 = 0.15000000000000002, so a spike on an edge would land in the
            // window before it. Within a billionth of a window of an edge counts as on it.
            int bin = (int) Math.floor((times[k] - w[0]) / width + 1e-9);
            if (bin >= 0 && bin < windows) {
                counts[neurons[k]][bin]++;
            }
        }
        return counts;
    }

    /**
     * The population rate in consecutive bins of {@code bin}: spikes per recorded neuron per second.
     *
     * @param s    the recording
     * @param bin  the bin width, a time
     * @param from the start of the first bin
     * @param to   the end of the analysis
     * @return one sample per bin, at the bin's start
     */
    public static RateSignal binned(SpikeTrains s, Quantity bin, Quantity from, Quantity to) {
        double[] w = Trains.window("Rates.binned", from, to);
        double width = Trains.positiveSeconds("Rates.binned", "bin", bin);
        return new RateSignal(s.name(), w[0], width, populationHz(s, w, width));
    }

    /**
     * The population rate smoothed by {@code kernel}, sampled every {@code step}: spikes are
     * counted in bins of {@code step}, then convolved with the kernel (edges treated as silence).
     *
     * @param s      the recording
     * @param kernel the smoothing kernel
     * @param step   the sampling interval, a time
     * @param from   the first sample's time
     * @param to     the end of the analysis
     * @return the smoothed rate, in Hz
     */
    public static RateSignal smoothed(SpikeTrains s, Kernel kernel, Quantity step, Quantity from, Quantity to) {
        double[] w = Trains.window("Rates.smoothed", from, to);
        double dt = Trains.positiveSeconds("Rates.smoothed", "step", step);
        double[] raw = populationHz(s, w, dt);
        int[] origin = new int[1];
        double[] k = kernel.sample(dt, origin);
        double[] out = new double[raw.length];
        for (int n = 0; n < raw.length; n++) {
            if (raw[n] == 0) {
                continue;
            }
            for (int j = 0; j < k.length; j++) {
                int m = n + j - origin[0];
                if (m >= 0 && m < out.length) {
                    out[m] += raw[n] * k[j];
                }
            }
        }
        return new RateSignal(s.name(), w[0], dt, out);
    }

    private static double[] populationHz(SpikeTrains s, double[] w, double width) {
        int neurons = Trains.recorded("population rate", s).length;
        int bins = (int) Math.ceil((w[1] - w[0]) / width - 1e-9);
        double[] hz = new double[bins];
        double perSpike = 1.0 / (neurons * width);
        for (double t : s.times(Units.second)) {
            if (t >= w[0] && t < w[1]) {
                hz[Math.min(bins - 1, (int) ((t - w[0]) / width))] += perSpike;
            }
        }
        return hz;
    }
}
