package org.synfire.analysis;

import java.util.Arrays;
import org.synfire.units.Unit;
import org.synfire.units.Units;

/**
 * Counts in equal bins: {@code counts[k]} values fell in {@code [edges[k], edges[k+1])}, edges in
 * {@code unit}. Values outside {@code [edges[0], edges[last])} are not counted.
 *
 * <pre>{@code
 * Histogram h = Intervals.histogram(spikes, Units.ms.of(2), Units.ms.of(200));
 * h.centres();   // bin centres in ms
 * }</pre>
 *
 * @param quantity what was counted, for axis labels ("ISI", "rate", "w")
 * @param unit     the unit of the edges ({@link Units#one} for dimensionless values)
 * @param edges    {@code counts.length + 1} ascending bin edges
 * @param counts   values per bin
 */
public record Histogram(String quantity, Unit unit, double[] edges, int[] counts) {
    /**
     * Copies the arrays, so a histogram never changes.
     *
     * @param quantity what was counted
     * @param unit     the unit of the edges
     * @param edges    {@code counts.length + 1} ascending bin edges
     * @param counts   values per bin
     * @throws AnalysisException if there is not one more edge than counts
     */
    public Histogram {
        if (edges.length != counts.length + 1) {
            throw new AnalysisException("Histogram " + quantity + ": " + counts.length + " bins need " + (counts.length + 1) + " edges, not " + edges.length);
        }
        edges = edges.clone();
        counts = counts.clone();
    }

    /**
     * Counts {@code values} (in {@code unit}) in bins of {@code width} from {@code min} to
     * {@code max}; the last bin is widened to end at or after {@code max}.
     *
     * @param quantity what is counted, for axis labels
     * @param unit     the unit of the values
     * @param values   the values, in {@code unit}; those outside {@code [min, max]} are not counted
     * @param width    the bin width, in {@code unit}, positive
     * @param min      the first bin's lower edge
     * @param max      where the last bin ends at the earliest
     * @return the histogram
     */
    public static Histogram of(String quantity, Unit unit, double[] values, double width, double min, double max) {
        if (!(width > 0) || !Double.isFinite(width)) {
            throw new AnalysisException("Histogram " + quantity + ": bin width must be positive, got " + width);
        }
        if (!(max > min)) {
            throw new AnalysisException("Histogram " + quantity + ": give min < max, got [" + min + ", " + max + ")");
        }
        int bins = (int) Math.ceil((max - min) / width - 1e-9);
        double[] edges = new double[bins + 1];
        for (int k = 0; k <= bins; k++) {
            edges[k] = min + k * width;
        }
        int[] counts = new int[bins];
        for (double v : values) {
            if (v >= min && v < edges[bins]) {
                counts[Math.min(bins - 1, (int) ((v - min) / width))]++;
            }
        }
        return new Histogram(quantity, unit, edges, counts);
    }

    /** {@return the bin edges, in {@link #unit()}, a copy} */
    @Override
    public double[] edges() {
        return edges.clone();
    }

    /** {@return the count in each bin, a copy} */
    @Override
    public int[] counts() {
        return counts.clone();
    }

    /** {@return the centre of each bin, in {@link #unit()}} */
    public double[] centres() {
        double[] c = new double[counts.length];
        for (int k = 0; k < c.length; k++) {
            c[k] = (edges[k] + edges[k + 1]) / 2;
        }
        return c;
    }

    /** {@return the values counted} */
    public long total() {
        return Arrays.stream(counts).asLongStream().sum();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Histogram h && h.quantity.equals(quantity) && h.unit.equals(unit) && Arrays.equals(h.edges, edges)
            && Arrays.equals(h.counts, counts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(edges) + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "Histogram of " + quantity + ": " + counts.length + " bins from " + edges[0] + " to " + edges[counts.length] + " "
            + unit.symbol() + ", " + total() + " values";
    }
}
