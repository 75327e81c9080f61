package org.synfire.probe;

import org.synfire.units.Quantity;
import org.synfire.units.Unit;
import org.synfire.units.Units;

/**
 * The firing rate of a population in consecutive bins: spikes per neuron per second. Immutable.
 *
 * <pre>{@code
 * PopulationRate r = sim.data(probe);
 * double[] t = r.times(Units.ms);     // start of each bin
 * double[] hz = r.rates();            // Hz
 * }</pre>
 */
public final class PopulationRate implements Recordings {
    private final String name;
    private final int populationSize;
    private final Times starts;
    private final double bin;
    private final int[] counts;
    private final String label;

    /** {@code counts[k]} spikes in the bin of {@code bin} seconds starting at {@code starts}' time k. */
    PopulationRate(String name, int populationSize, Times starts, double bin, int[] counts) {
        this(name, populationSize, starts, bin, counts, null);
    }

    private PopulationRate(String name, int populationSize, Times starts, double bin, int[] counts, String label) {
        this.label = label;
        this.name = name;
        this.populationSize = populationSize;
        this.starts = starts;
        this.bin = bin;
        this.counts = counts;
    }

    @Override
    public String name() {
        return name;
    }

    /**
     * The same rate, described for figures.
     *
     * @param newLabel whose rate it is ({@code "exc"})
     * @return the same bins with that label
     */
    public PopulationRate described(String newLabel) {
        return new PopulationRate(name, populationSize, starts, bin, counts, newLabel);
    }

    /** {@return whose rate this is, for figures: the description given by the simulation, else the probe's name} */
    public String label() {
        return label != null ? label : name;
    }

    /** {@return the number of bins} */
    public int bins() {
        return counts.length;
    }

    /** {@return the bin width, in seconds} */
    public Quantity bin() {
        return Quantity.of(bin, Units.second);
    }

    /**
     * @param unit a unit of time
     * @return the start of each bin, in {@code unit}, at the decimal step·dt
     */
    public double[] times(Unit unit) {
        return starts.in(unit);
    }

    /** {@return the spikes counted in each bin, a copy} */
    public int[] counts() {
        return counts.clone();
    }

    /** {@return the rate in each bin, in hertz: count / (neurons · bin width)} */
    public double[] rates() {
        double[] out = new double[counts.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = counts[k] / (populationSize * bin);
        }
        return out;
    }

    @Override
    public String toString() {
        return "PopulationRate " + name + ": " + counts.length + " bins of " + bin() + " from " + populationSize + " neurons";
    }
}
