package org.synfire.analysis;

import org.synfire.probe.SpikeTrains;
import org.synfire.units.Quantity;

/**
 * Statistics of spike counts in windows: the Fano factor (variance over mean of a neuron's
 * counts; 1 for Poisson, 0 for a clock whose period divides the window) and spike-count
 * correlations (Pearson's r between two neurons' counts).
 *
 * <pre>{@code
 * double f = Counts.meanFano(spikes, ms.of(100), ms.of(0), ms.of(10_000));
 * double r = Counts.meanCorrelation(spikes, ms.of(50), ms.of(0), ms.of(10_000));
 * }</pre>
 */
public final class Counts {
    private Counts() {
    }

    /**
     * Each neuron's Fano factor over consecutive windows (NaN for silent neurons or a single window).
     *
     * @param s      the recording
     * @param window the length of each counting window, a time
     * @param from   the start of the first window
     * @param to     the end of the analysis; windows that do not fit before it are left out
     * @return the variance over the mean of each neuron's counts
     */
    public static double[] fano(SpikeTrains s, Quantity window, Quantity from, Quantity to) {
        int[][] counts = Rates.counts(s, window, from, to);
        double[] out = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            double[] c = toDoubles(counts[i]);
            double m = Trains.mean(c);
            out[i] = c.length < 2 || m == 0 ? Double.NaN : Trains.variance(c) / m;
        }
        return out;
    }

    /**
     * The Fano factor averaged over the neurons that have one.
     *
     * @param s      the recording
     * @param window the length of each counting window, a time
     * @param from   the start of the first window
     * @param to     the end of the analysis; windows that do not fit before it are left out
     * @return the mean, or NaN when no neuron has one
     */
    public static double meanFano(SpikeTrains s, Quantity window, Quantity from, Quantity to) {
        return Trains.finiteMean(fano(s, window, from, to));
    }

    /**
     * The matrix of spike-count correlations between neurons; NaN where a neuron's count never
     * varies (its correlation is undefined), 1 on the diagonal otherwise.
     *
     * @param s      the recording
     * @param window the length of each counting window, a time
     * @param from   the start of the first window
     * @param to     the end of the analysis; windows that do not fit before it are left out
     * @return an n × n matrix for the n recorded neurons
     */
    public static double[][] correlations(SpikeTrains s, Quantity window, Quantity from, Quantity to) {
        int[][] counts = Rates.counts(s, window, from, to);
        int n = counts.length;
        double[][] z = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] c = toDoubles(counts[i]);
            double m = Trains.mean(c);
            double sd = Math.sqrt(Trains.variance(c));
            for (int k = 0; k < c.length; k++) {
                c[k] = (c[k] - m) / sd;
            }
            z[i] = c;
        }
        double[][] r = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double sum = 0;
                for (int k = 0; k < z[i].length; k++) {
                    sum += z[i][k] * z[j][k];
                }
                r[i][j] = sum / (z[i].length - 1);
                r[j][i] = r[i][j];
            }
        }
        return r;
    }

    /**
     * The mean of the defined off-diagonal correlations.
     *
     * @param s      the recording
     * @param window the length of each counting window, a time
     * @param from   the start of the first window
     * @param to     the end of the analysis; windows that do not fit before it are left out
     * @return the mean pairwise count correlation, or NaN when none is defined
     */
    public static double meanCorrelation(SpikeTrains s, Quantity window, Quantity from, Quantity to) {
        double[][] r = correlations(s, window, from, to);
        double sum = 0;
        long n = 0;
        for (int i = 0; i < r.length; i++) {
            for (int j = i + 1; j < r.length; j++) {
                if (Double.isFinite(r[i][j])) {
                    sum += r[i][j];
                    n++;
                }
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    private static double[] toDoubles(int[] c) {
        double[] d = new double[c.length];
        for (int k = 0; k < c.length; k++) {
            d[k] = c[k];
        }
        return d;
    }
}
