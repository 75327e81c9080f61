package org.synfire.analysis;

import java.util.Arrays;
import org.synfire.units.Quantity;
import org.synfire.units.Unit;

/**
 * The hazard of inter-spike intervals (Neuronal Dynamics, sect. 7.5): the rate {@code ρ(s)} at
 * which an interval that has lasted {@code s} ends, {@code ρ(s) = P(s)/S(s)}, with {@code P} the
 * interval density and {@code S(s)} the survivor function, the fraction of intervals longer than
 * {@code s}. For a Poisson train it is the constant rate; a refractory neuron's is zero just after a
 * spike; an escape-noise neuron's is its escape rate at the potential reached {@code s} after the
 * reset.
 *
 * <p>Estimated as an actuarial life table. An interval still open when the recording ended (a
 * neuron's last spike to the end) is <em>censored</em>: it is known to have lasted at least that
 * long. {@code atRisk[k]} intervals, ended or censored, are at least as long as bin {@code k}'s
 * start; {@code ends[k]} of them end inside it and {@code censored[k]} are censored inside it. With
 * bin width {@code Δ},
 * {@code rate_k = ends_k / (Δ·(atRisk_k − censored_k/2 − ends_k/2))}: an interval that ends or is
 * censored in the bin was at risk for half of it on average. For a hazard constant over the bin the
 * estimate is {@code (2/Δ)·tanh(ρΔ/2)}, within {@code (ρΔ)²/12} of {@code ρ}. Leaving the censored
 * intervals out instead would favour short intervals, the more so the shorter the recording.
 *
 * <pre>{@code
 * Hazard h = Intervals.hazard(spikes, Units.ms.of(1), Units.ms.of(200));
 * h.centres();    // bin centres in ms
 * h.rates();      // the hazard in Hz, NaN where no interval is at risk
 * h.survivor();   // the fraction of intervals longer than each bin's start
 * }</pre>
 *
 * @param quantity what the intervals are, for labels ("ISI")
 * @param unit     the unit of the edges
 * @param edges    {@code ends.length + 1} ascending bin edges
 * @param ends     intervals ending in each bin
 * @param censored intervals censored in each bin
 * @param atRisk   intervals, ended or censored, at least as long as each bin's start
 */
public record Hazard(String quantity, Unit unit, double[] edges, int[] ends, int[] censored, int[] atRisk) {
    /**
     * A life table from its counts; the arrays are copied.
     *
     * @param quantity what the intervals are, for labels ("ISI")
     * @param unit     the unit of the edges
     * @param edges    {@code ends.length + 1} ascending bin edges
     * @param ends     intervals ending in each bin
     * @param censored intervals censored in each bin
     * @param atRisk   intervals, ended or censored, at least as long as each bin's start
     * @throws AnalysisException if there is not one more edge than bins, or the three counts differ in length
     */
    public Hazard {
        if (edges.length != ends.length + 1 || censored.length != ends.length || atRisk.length != ends.length) {
            throw new AnalysisException("Hazard " + quantity + ": " + ends.length + " bins need " + (ends.length + 1) + " edges and "
                + ends.length + " censored and at-risk counts, not " + edges.length + ", " + censored.length + " and " + atRisk.length);
        }
        edges = edges.clone();
        ends = ends.clone();
        censored = censored.clone();
        atRisk = atRisk.clone();
    }

    /**
     * The life table of {@code intervals} that ended and {@code censored} ones that were still open
     * (both in {@code unit}), in bins of {@code width} from 0 to {@code max}, the last bin widened
     * to end at or after {@code max}. Longer ones are at risk in every bin and end in none;
     * negative values are left out.
     *
     * @param quantity  what the intervals are, for labels ("ISI")
     * @param unit      the unit of the intervals, the width and the edges
     * @param intervals the intervals that ended with a spike, in {@code unit}
     * @param censored  the intervals still open when the recording ended, in {@code unit}
     * @param width     the bin width, in {@code unit}
     * @param max       where the last bin ends at the earliest, in {@code unit}
     * @return the life table
     * @throws AnalysisException if the width is not positive or {@code max} not above 0
     */
    public static Hazard of(String quantity, Unit unit, double[] intervals, double[] censored, double width, double max) {
        Histogram ended = Histogram.of(quantity, unit, intervals, width, 0, max);
        int[] ends = ended.counts();
        int[] open = Histogram.of(quantity, unit, censored, width, 0, max).counts();
        int[] atRisk = new int[ends.length];
        int remaining = nonNegative(intervals) + nonNegative(censored);
        for (int k = 0; k < ends.length; k++) {
            atRisk[k] = remaining;
            remaining -= ends[k] + open[k];
        }
        return new Hazard(quantity, unit, ended.edges(), ends, open, atRisk);
    }

    private static int nonNegative(double[] values) {
        int n = 0;
        for (double v : values) {
            if (v >= 0) {
                n++;
            }
        }
        return n;
    }

    /** {@return the bin edges, in {@link #unit()}, a copy} */
    @Override
    public double[] edges() {
        return edges.clone();
    }

    /** {@return the number of intervals that end in each bin, a copy} */
    @Override
    public int[] ends() {
        return ends.clone();
    }

    /** {@return the number of intervals censored in each bin, a copy} */
    @Override
    public int[] censored() {
        return censored.clone();
    }

    /** {@return the number of intervals, ended or censored, at least as long as each bin's start, a copy} */
    @Override
    public int[] atRisk() {
        return atRisk.clone();
    }

    /** {@return the centre of each bin, in {@link #unit()}} */
    public double[] centres() {
        double[] c = new double[ends.length];
        for (int k = 0; k < c.length; k++) {
            c[k] = (edges[k] + edges[k + 1]) / 2;
        }
        return c;
    }

    /** {@return the hazard in each bin, in Hz; NaN where no interval is at risk} */
    public double[] rates() {
        double toSeconds = Quantity.of(1, unit).si();
        double[] r = new double[ends.length];
        for (int k = 0; k < r.length; k++) {
            double width = (edges[k + 1] - edges[k]) * toSeconds;
            r[k] = atRisk[k] == 0 ? Double.NaN : ends[k] / (width * (atRisk[k] - censored[k] / 2.0 - ends[k] / 2.0));
        }
        return r;
    }

    /**
     * The survivor function at each bin's start: the fraction of intervals at least that long, the
     * product over earlier bins of {@code 1 − ends/(atRisk − censored/2)} (without censoring, simply
     * {@code atRisk[k]/atRisk[0]}); NaN from where no interval is at risk.
     *
     * @return the survivor function, one value per bin, between 0 and 1
     */
    public double[] survivor() {
        double[] s = new double[atRisk.length];
        double surviving = 1;
        for (int k = 0; k < s.length; k++) {
            s[k] = atRisk[k] == 0 ? Double.NaN : surviving;
            surviving *= atRisk[k] == 0 ? Double.NaN : 1 - ends[k] / (atRisk[k] - censored[k] / 2.0);
        }
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hazard h && h.quantity.equals(quantity) && h.unit.equals(unit) && Arrays.equals(h.edges, edges)
            && Arrays.equals(h.ends, ends) && Arrays.equals(h.censored, censored) && Arrays.equals(h.atRisk, atRisk);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * Arrays.hashCode(edges) + Arrays.hashCode(ends)) + Arrays.hashCode(censored)) + Arrays.hashCode(atRisk);
    }

    @Override
    public String toString() {
        return "Hazard of " + quantity + ": " + ends.length + " bins from " + edges[0] + " to " + edges[ends.length] + " " + unit.symbol()
            + ", " + (atRisk.length == 0 ? 0 : atRisk[0]) + " intervals, " + Arrays.stream(censored).sum() + " of them censored";
    }
}
