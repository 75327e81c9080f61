package org.synfire.analysis;

import org.synfire.probe.SpikeTrains;
import org.synfire.units.Dimension;
import org.synfire.units.Quantity;
import org.synfire.units.Unit;
import org.synfire.units.Units;

/**
 * Distances between spike trains.
 *
 * <p>van Rossum (2001, Neural Comput 13:751): each train is filtered with {@code exp(-t/tau)} and
 * {@code D² = (1/tau) ∫ (f - g)² dt}. The integral has a closed form, computed here exactly:
 * {@code D² = ½ [Σ e^{-|a_i-a_j|/tau} + Σ e^{-|b_i-b_j|/tau} - 2 Σ e^{-|a_i-b_j|/tau}]}. One
 * spike against none gives {@code D = 1/√2}; two spikes {@code Δ} apart give
 * {@code D² = 1 - e^{-Δ/tau}}.
 *
 * <p>Victor and Purpura (1996, J Neurophysiol 76:1310): the cheapest way to turn one train into
 * the other, where adding or deleting a spike costs 1 and moving one by {@code Δt} costs
 * {@code q·|Δt|}; {@code q} has the unit of a rate (1/s): at {@code q = 0} the distance is the
 * difference of the counts, and for large {@code q} it is the number of unshared spikes.
 *
 * <pre>{@code
 * double d = Distances.vanRossum(new double[] {10, 20}, new double[] {12}, Units.ms, ms.of(5));
 * double v = Distances.victorPurpura(a, 0, b, 0, Units.Hz.of(100));
 * }</pre>
 */
public final class Distances {
    private Distances() {
    }

    /**
     * The van Rossum distance of two trains given in {@code unit}.
     *
     * @param a    the first train's spike times
     * @param b    the second train's spike times
     * @param unit the unit of both, e.g. {@code Units.ms}
     * @param tau  the time constant of the exponential filter
     * @return the distance, dimensionless (0 for equal trains)
     */
    public static double vanRossum(double[] a, double[] b, Unit unit, Quantity tau) {
        double scale = Quantity.of(1, unit).si() / Trains.positiveSeconds("Distances.vanRossum", "tau", tau);
        double d2 = 0.5 * (sumExp(a, a, scale) + sumExp(b, b, scale) - 2 * sumExp(a, b, scale));
        return Math.sqrt(Math.max(0, d2));
    }

    /**
     * The van Rossum distance between neuron {@code i} of {@code a} and neuron {@code j} of {@code b}.
     *
     * @param a   the first recording
     * @param i   its neuron
     * @param b   the second recording (may be {@code a})
     * @param j   its neuron
     * @param tau the time constant of the exponential filter
     * @return the distance, dimensionless
     */
    public static double vanRossum(SpikeTrains a, int i, SpikeTrains b, int j, Quantity tau) {
        Trains.checkNeuron("Distances.vanRossum", a, i);
        Trains.checkNeuron("Distances.vanRossum", b, j);
        return vanRossum(a.timesOf(i, Units.second), b.timesOf(j, Units.second),
            Units.second, tau);
    }

    private static double sumExp(double[] a, double[] b, double scale) {
        double sum = 0;
        for (double x : a) {
            for (double y : b) {
                sum += Math.exp(-Math.abs(x - y) * scale);
            }
        }
        return sum;
    }

    /**
     * The Victor–Purpura distance of two trains given in {@code unit}, with cost {@code q} per unit of shift.
     *
     * @param a    the first train's spike times
     * @param b    the second train's spike times
     * @param unit the unit of both
     * @param q    the cost of shifting a spike per unit of time (a rate); deleting or inserting one costs 1
     * @return the cheapest cost of turning one train into the other
     */
    public static double victorPurpura(double[] a, double[] b, Unit unit, Quantity q) {
        if (!q.hasDimension(Dimension.TIME.power(-1)) || q.si() < 0) {
            throw new AnalysisException("Distances.victorPurpura: the cost q is a non-negative rate (cost per second of shift), "
                + "e.g. Units.Hz.of(100); got " + q);
        }
        double cost = q.si() * Quantity.of(1, unit).si();
        // Edit distance by dynamic programming over prefixes, one row at a time.
        double[] previous = new double[b.length + 1];
        double[] current = new double[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            current[0] = i;
            for (int j = 1; j <= b.length; j++) {
                double shift = previous[j - 1] + cost * Math.abs(a[i - 1] - b[j - 1]);
                current[j] = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), shift);
            }
            double[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length];
    }

    /**
     * The Victor–Purpura distance between neuron {@code i} of {@code a} and neuron {@code j} of {@code b}.
     *
     * @param a the first recording
     * @param i its neuron
     * @param b the second recording (may be {@code a})
     * @param j its neuron
     * @param q the cost of shifting a spike per unit of time
     * @return the cheapest cost of turning one train into the other
     */
    public static double victorPurpura(SpikeTrains a, int i, SpikeTrains b, int j, Quantity q) {
        Trains.checkNeuron("Distances.victorPurpura", a, i);
        Trains.checkNeuron("Distances.victorPurpura", b, j);
        return victorPurpura(a.timesOf(i, Units.second), b.timesOf(j, Units.second),
            Units.second, q);
    }
}
