package org.synfire.analysis;

import org.synfire.probe.SpikeTrains;
import org.synfire.probe.StateTrace;
import org.synfire.units.Quantity;
import org.synfire.units.Units;

/**
 * The synchrony measure χ of Golomb and Rinzel (1993, Physica D 72:259), used for Brunel (2000)
 * networks: {@code χ² = Var_t(mean_i x_i(t)) / mean_i Var_t(x_i(t))}. χ is 1 when every neuron
 * does the same and about {@code 1/√N} for N independent neurons. Also the population count's
 * Fano factor, the synchrony of the cortical microcircuit's literature.
 *
 * <pre>{@code
 * double chi = Synchrony.chi(sim.data(vProbe), "v");                           // from membrane potentials
 * double chiCounts = Synchrony.chi(spikes, ms.of(2), ms.of(0), ms.of(1000));   // from binned spike counts
 * }</pre>
 */
public final class Synchrony {
    private Synchrony() {
    }

    /**
     * χ of a variable over the recorded neurons of a state trace.
     *
     * @param trace    a state probe's recording
     * @param variable one of its variables, e.g. {@code v}
     * @return between 0 (independent) and 1 (identical); NaN when nothing varies
     */
    public static double chi(StateTrace trace, String variable) {
        int n = trace.neurons().length;
        double[][] x = new double[n][];
        for (int p = 0; p < n; p++) {
            x[p] = trace.values(variable, p, Units.preferredUnit(trace.dimension(variable)));
        }
        return chi(x);
    }

    /**
     * χ of spike counts in bins of {@code bin}, over the recorded neurons.
     *
     * @param s    the recording
     * @param bin  the bin width, a time
     * @param from the start of the first bin
     * @param to   the end of the analysis
     * @return between 0 and 1; NaN when no count varies
     */
    public static double chi(SpikeTrains s, Quantity bin, Quantity from, Quantity to) {
        int[][] counts = Rates.counts(s, bin, from, to);
        int[] recorded = Trains.recorded("Synchrony.chi", s);
        double[][] x = new double[recorded.length][];
        for (int r = 0; r < recorded.length; r++) {
            int[] c = counts[recorded[r]];
            x[r] = new double[c.length];
            for (int k = 0; k < c.length; k++) {
                x[r][k] = c[k];
            }
        }
        return chi(x);
    }

    /**
     * The Fano factor of the recorded neurons' summed spike count in bins of {@code bin} over
     * {@code [from, to)}: its variance over time divided by its mean. Independent Poisson neurons
     * give 1 whatever their number; neurons that fire together raise it. It is the synchrony of
     * Potjans &amp; Diesmann (2014) and its re-implementations (3 ms bins, about 1,000 neurons per
     * population), so it depends on how many neurons are recorded.
     *
     * <pre>{@code
     * double synchrony = Synchrony.populationFano(spikes, ms.of(3), ms.of(100), ms.of(1000));
     * }</pre>
     *
     * @param s    the recording
     * @param bin  the bin width, a time
     * @param from the start of the first bin
     * @param to   the end of the analysis
     * @return the Fano factor, dimensionless; NaN when the neurons did not fire in the window
     * @throws AnalysisException if the recording has no neurons, the window is empty or no whole bin fits in it
     */
    public static double populationFano(SpikeTrains s, Quantity bin, Quantity from, Quantity to) {
        int[][] counts = Rates.counts(s, bin, from, to);
        double[] total = new double[counts[0].length];
        for (int i : Trains.recorded("Synchrony.populationFano", s)) {
            for (int k = 0; k < total.length; k++) {
                total[k] += counts[i][k];
            }
        }
        double mean = java.util.Arrays.stream(total).average().orElseThrow();
        return mean == 0 ? Double.NaN : Trains.variance(total) / mean;
    }

    /**
     * χ of signals {@code x[i][t]}, all of one length; NaN when no signal varies.
     *
     * @throws AnalysisException for fewer than two samples or signals of different lengths
     * @param x one row per signal, all of one length
     * @return the population variance over the mean single-signal variance, square-rooted
     */
    public static double chi(double[][] x) {
        if (x.length == 0 || x[0].length < 2) {
            throw new AnalysisException("Synchrony.chi: needs at least one signal of two or more samples");
        }
        int samples = x[0].length;
        double[] mean = new double[samples];
        double individual = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != samples) {
                throw new AnalysisException("Synchrony.chi: signal " + i + " has " + x[i].length + " samples, signal 0 has " + samples);
            }
            for (int t = 0; t < samples; t++) {
                mean[t] += x[i][t] / x.length;
            }
            individual += Trains.variance(x[i]) / x.length;
        }
        return individual == 0 ? Double.NaN : Math.sqrt(Trains.variance(mean) / individual);
    }
}
