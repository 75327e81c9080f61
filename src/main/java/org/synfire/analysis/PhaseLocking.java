package org.synfire.analysis;

import org.synfire.probe.SpikeTrains;
import org.synfire.units.Quantity;
import org.synfire.units.Units;

/**
 * How spikes lock to a periodic signal of frequency {@code f}: each spike at {@code t} has the
 * phase {@code 2π f t} (modulo 2π, a signal {@code sin(2π f t)} peaking at phase π/2), and the
 * vector strength (Goldberg &amp; Brown 1969) is the length of the mean of the unit vectors at
 * those phases: 1 when every spike falls at the same phase, about {@code 1/sqrt(n)} for {@code n}
 * spikes at random phases. {@code n·vs²} is the Rayleigh statistic of the test for locking, and
 * for a train near Poisson the signal-to-noise ratio of its spectrum at {@code f}.
 *
 * <pre>{@code
 * double vs = PhaseLocking.vectorStrength(spikes, Units.Hz.of(5), ms.of(0), ms.of(2000));
 * double[] phases = PhaseLocking.phases(spikes, Units.Hz.of(5), ms.of(0), ms.of(2000));   // radians, [0, 2π)
 * }</pre>
 */
public final class PhaseLocking {
    private PhaseLocking() {
    }

    /**
     * The phase of every spike of every neuron in {@code [from, to)}, in the order recorded.
     *
     * @param s         the recording
     * @param frequency the signal's frequency, a positive rate such as {@code Units.Hz.of(5)}
     * @param from      the start of the window, a time
     * @param to        the end of the window, a time
     * @return the phases, in radians in {@code [0, 2π)}; empty without spikes in the window
     * @throws AnalysisException if the frequency is not a positive rate or the window is empty
     */
    public static double[] phases(SpikeTrains s, Quantity frequency, Quantity from, Quantity to) {
        double f = hertz("PhaseLocking.phases", frequency);
        double[] window = Trains.window("PhaseLocking.phases", from, to);
        double[] t = s.times(Units.second);
        int n = 0;
        for (double x : t) {
            if (x >= window[0] && x < window[1]) {
                n++;
            }
        }
        double[] out = new double[n];
        int at = 0;
        for (double x : t) {
            if (x >= window[0] && x < window[1]) {
                double cycles = f * x;
                out[at++] = 2 * Math.PI * (cycles - Math.floor(cycles));
            }
        }
        return out;
    }

    /**
     * The vector strength of all spikes in {@code [from, to)}, pooled over neurons.
     *
     * @param s         the recording
     * @param frequency the signal's frequency, a positive rate such as {@code Units.Hz.of(5)}
     * @param from      the start of the window, a time
     * @param to        the end of the window, a time
     * @return between 0 and 1; NaN without spikes in the window
     * @throws AnalysisException if the frequency is not a positive rate or the window is empty
     */
    public static double vectorStrength(SpikeTrains s, Quantity frequency, Quantity from, Quantity to) {
        double[] phases = phases(s, frequency, from, to);
        if (phases.length == 0) {
            return Double.NaN;
        }
        double c = 0;
        double sin = 0;
        for (double phase : phases) {
            c += Math.cos(phase);
            sin += Math.sin(phase);
        }
        return Math.hypot(c, sin) / phases.length;
    }

    private static double hertz(String where, Quantity frequency) {
        if (!frequency.dimension().equals(Units.Hz.dimension()) || !(frequency.si() > 0) || !Double.isFinite(frequency.si())) {
            throw new AnalysisException(where + ": the frequency must be a positive rate such as Units.Hz.of(5); got " + frequency);
        }
        return frequency.si();
    }
}
