package org.synfire.analysis.coding;

import java.util.Arrays;
import org.synfire.analysis.Rates;
import org.synfire.probe.SpikeTrains;
import org.synfire.units.Dimension;
import org.synfire.units.Quantity;
import org.synfire.units.Unit;
import org.synfire.units.Units;

/**
 * The population vector (Georgopoulos, Schwartz &amp; Kettner 1986), bin by bin: the angle a
 * population of neurons with preferred angles {@code θ_i} encodes, read from their spike counts
 * {@code n_i} in each bin as the direction of {@code P = Σ n_i (cos θ_i, sin θ_i)}, and how
 * concentrated the activity is, {@code r = |P| / Σ n_i}: near 1 for a narrow bump, near
 * {@code 1/√(Σ n_i)} for spikes spread evenly. The decoded angle is in degrees, in
 * {@code [0, 360)}; a bump across 0° decodes near 0° or near 360°, so compare angles on the circle.
 *
 * <p>With cosine tuning, {@code n_i ∝ 1 + κ cos(θ_i - θ)} over preferred angles spread evenly
 * round the circle, the vector points exactly at {@code θ}; any tuning symmetric about its peak
 * does too, up to the noise of the counts. {@code Tables.populationVector} makes it a table
 * ({@code t_ms, angle_deg, length, count}).
 *
 * <pre>{@code
 * // neuron i of a ring of N prefers 360° i/N: the decoded angle in 50 ms bins
 * PopulationVector pv = PopulationVector.ring(sim.data(excSpikes), ms.of(50), ms.of(0), ms.of(2500));
 * double last = pv.anglesDeg()[pv.bins() - 1];
 * }</pre>
 *
 * @param name   a name for legends, the recording's
 * @param start  the start of the first bin, in seconds
 * @param bin    the width of each bin, in seconds
 * @param anglesDeg the decoded angle in each bin, in degrees in {@code [0, 360)}; NaN in a bin without spikes
 * @param lengths   the vector's length {@code r} in each bin, from 0 to 1; NaN in a bin without spikes
 * @param counts the number of spikes in each bin
 */
public record PopulationVector(String name, double start, double bin, double[] anglesDeg, double[] lengths, int[] counts) {
    /**
     * Copies the arrays, so a result never changes.
     *
     * @param name   a name for legends
     * @param start  the start of the first bin, in seconds
     * @param bin    the width of each bin, in seconds
     * @param anglesDeg the decoded angle in each bin, in degrees
     * @param lengths   the vector's length in each bin
     * @param counts the number of spikes in each bin
     * @throws CodingException if the arrays differ in length
     */
    public PopulationVector {
        if (anglesDeg.length != lengths.length || anglesDeg.length != counts.length) {
            throw new CodingException("PopulationVector: " + anglesDeg.length + " angles, " + lengths.length + " lengths and "
                + counts.length + " counts; give one of each per bin");
        }
        anglesDeg = anglesDeg.clone();
        lengths = lengths.clone();
        counts = counts.clone();
    }

    /**
     * Decodes a ring: neuron {@code i} of the {@code N} of the recorded group prefers
     * {@code 360° i/N}, as in the ring models of working memory and head direction.
     *
     * @param s    the recorded spikes
     * @param bin  the width of each bin, a positive time
     * @param from the start of the first bin
     * @param to   the end of the analysis: every whole bin that fits before it is decoded
     * @return one angle, length and count per bin
     * @throws CodingException if a time is not a time, the bin is not positive or no bin fits
     */
    public static PopulationVector ring(SpikeTrains s, Quantity bin, Quantity from, Quantity to) {
        double[] preferred = new double[s.groupSize()];
        for (int i = 0; i < preferred.length; i++) {
            preferred[i] = 360.0 * i / preferred.length;
        }
        return of(s, preferred, bin, from, to);
    }

    /**
     * Decodes a ring, as {@link #ring(SpikeTrains, Quantity, Quantity, Quantity)}, over one window:
     * the result has one bin, {@code [from, to)}.
     *
     * <pre>{@code
     * double remembered = PopulationVector.ring(trains, ms.of(900), ms.of(1200)).anglesDeg()[0];
     * }</pre>
     *
     * @param s    the recorded spikes
     * @param from the start of the window
     * @param to   its end, later than {@code from}
     * @return one angle, length and count
     * @throws CodingException if a time is not a time or the window is empty
     */
    public static PopulationVector ring(SpikeTrains s, Quantity from, Quantity to) {
        requireTimes(from, to);
        if (!(to.si() > from.si())) {
            throw new CodingException("PopulationVector: the window [" + from + ", " + to + ") is empty; give from < to");
        }
        return ring(s, to.minus(from), from, to);
    }

    /**
     * Decodes neurons with the given preferred angles.
     *
     * @param s            the recorded spikes
     * @param preferredDeg each neuron's preferred angle, in degrees, one per neuron of the recorded group
     * @param bin          the width of each bin, a positive time
     * @param from         the start of the first bin
     * @param to           the end of the analysis: every whole bin that fits before it is decoded
     * @return one angle, length and count per bin
     * @throws CodingException if there is not one finite angle per neuron, a time is not a time,
     *                         the bin is not positive or no bin fits
     */
    public static PopulationVector of(SpikeTrains s, double[] preferredDeg, Quantity bin, Quantity from, Quantity to) {
        if (preferredDeg.length != s.groupSize()) {
            throw new CodingException("PopulationVector: " + preferredDeg.length + " preferred angles for the " + s.groupSize()
                + " neurons of " + s.name() + "; give one per neuron (PopulationVector.ring gives 360 i/N)");
        }
        for (int i = 0; i < preferredDeg.length; i++) {
            if (!Double.isFinite(preferredDeg[i])) {
                throw new CodingException("PopulationVector: the preferred angle of neuron " + i + " is " + preferredDeg[i]
                    + "; give a finite angle in degrees");
            }
        }
        requireTimes(bin, from, to);
        double width = bin.si();
        if (!(width > 0) || !Double.isFinite(width)) {
            throw new CodingException("PopulationVector: the bin must be positive and finite; got " + bin);
        }
        if (!(to.si() - from.si() >= width * (1 - 1e-9))) {
            throw new CodingException("PopulationVector: no bin of " + bin + " fits in [" + from + ", " + to + "); give a later end or a "
                + "shorter bin");
        }
        int[][] counts = Rates.counts(s, bin, from, to);
        return decode(s.name(), from.si(), width, preferredDeg, counts);
    }

    private static void requireTimes(Quantity... times) {
        for (Quantity q : times) {
            if (!q.hasDimension(Dimension.TIME)) {
                throw new CodingException("PopulationVector: bin, from and to must be times, e.g. Units.ms.of(50); got " + q);
            }
        }
    }

    /** The vector of each bin from the counts per neuron and bin. */
    private static PopulationVector decode(String name, double start, double width, double[] preferredDeg, int[][] counts) {
        int bins = counts.length == 0 ? 0 : counts[0].length;
        double[] x = new double[bins];
        double[] y = new double[bins];
        int[] total = new int[bins];
        for (int i = 0; i < counts.length; i++) {
            double theta = Math.toRadians(preferredDeg[i]);
            double c = Math.cos(theta);
            double sn = Math.sin(theta);
            for (int k = 0; k < bins; k++) {
                x[k] += counts[i][k] * c;
                y[k] += counts[i][k] * sn;
                total[k] += counts[i][k];
            }
        }
        double[] angle = new double[bins];
        double[] length = new double[bins];
        for (int k = 0; k < bins; k++) {
            if (total[k] == 0) {
                angle[k] = Double.NaN;
                length[k] = Double.NaN;
                continue;
            }
            double a = Math.toDegrees(Math.atan2(y[k], x[k]));
            // atan2 gives (-180, 180]; preferred angles of a ring run over [0, 360), so the decoded one does too.
            angle[k] = a < 0 ? a + 360 : a;
            length[k] = Math.hypot(x[k], y[k]) / total[k];
        }
        return new PopulationVector(name, start, width, angle, length, total);
    }

    /** {@return the decoded angle in each bin, in degrees in [0, 360), NaN without spikes; a copy} */
    @Override
    public double[] anglesDeg() {
        return anglesDeg.clone();
    }

    /** {@return the vector's length in each bin, from 0 to 1, NaN without spikes; a copy} */
    @Override
    public double[] lengths() {
        return lengths.clone();
    }

    /** {@return the number of spikes in each bin; a copy} */
    @Override
    public int[] counts() {
        return counts.clone();
    }

    /** {@return the number of bins} */
    public int bins() {
        return counts.length;
    }

    /**
     * The start of each bin in {@code unit}.
     *
     * @param unit a unit of time
     * @return one time per bin
     */
    public double[] times(Unit unit) {
        double factor = Quantity.of(1, Units.second).in(unit);
        double[] t = new double[counts.length];
        for (int k = 0; k < t.length; k++) {
            t[k] = (start + k * bin) * factor;
        }
        return t;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PopulationVector p && p.name.equals(name) && p.start == start && p.bin == bin && Arrays.equals(p.anglesDeg, anglesDeg)
            && Arrays.equals(p.lengths, lengths) && Arrays.equals(p.counts, counts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(anglesDeg) + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "PopulationVector " + name + ": " + counts.length + " bins of " + Quantity.of(bin, Units.second) + " from "
            + Quantity.of(start, Units.second) + ", " + Arrays.stream(counts).sum() + " spikes";
    }
}
