package org.synfire.model;

import java.util.Arrays;
import org.synfire.units.Dimension;
import org.synfire.units.Quantity;
import org.synfire.units.Unit;

/**
 * Values sampled at a fixed interval, called in model text as a function of time, like Brian2's
 * {@code TimedArray}: sample {@code k} holds on {@code [k·dt, (k+1)·dt)} and the last sample holds
 * after the end. A per-neuron array is called as {@code name(t, i)}.
 *
 * <pre>{@code
 * TimedArray stim = TimedArray.of(new double[] {0, 0.5, 0.5, 0}, Units.nA, Units.ms.of(50));
 * NeuronModel m = Library.lif().function("stim", stim)... // equations use I = stim(t) : amp
 * }</pre>
 */
public final class TimedArray {
    private final double[] values;
    private final int neurons;
    private final Dimension dimension;
    private final double dt;

    private TimedArray(double[] values, int neurons, Dimension dimension, double dt) {
        if (!(dt > 0)) {
            throw new IllegalArgumentException("a timed array needs a positive sampling interval, not " + dt + " s");
        }
        if (values.length == 0) {
            throw new IllegalArgumentException("a timed array needs at least one value");
        }
        this.values = values;
        this.neurons = neurons;
        this.dimension = dimension;
        this.dt = dt;
    }

    /**
     * One value per sample, in {@code unit}, sampled every {@code dt}.
     *
     * @param values the samples, at least one
     * @param unit   their unit
     * @param dt     the sampling interval, a positive time
     * @return the array, shared by all neurons
     * @throws IllegalArgumentException for no values or an interval that is not positive
     */
    public static TimedArray of(double[] values, Unit unit, Quantity dt) {
        return new TimedArray(toSi(values, unit), 0, unit.dimension(), dt.in(org.synfire.units.Units.second));
    }

    /**
     * One value per sample in the SI unit of {@code dimension} (volt, amp, ...), sampled every {@code dt}.
     *
     * @param values    the samples in SI units, at least one; copied
     * @param dimension their dimension
     * @param dt        the sampling interval, a positive time
     * @return the array, shared by all neurons
     * @throws IllegalArgumentException for no values or an interval that is not positive
     */
    public static TimedArray ofSi(double[] values, Dimension dimension, Quantity dt) {
        return new TimedArray(values.clone(), 0, dimension, dt.in(org.synfire.units.Units.second));
    }

    /**
     * {@code values[sample][neuron]} in {@code unit}, sampled every {@code dt}; called as {@code name(t, i)}.
     *
     * @param values one row per sample, each with one value per neuron
     * @param unit   their unit
     * @param dt     the sampling interval, a positive time
     * @return the per-neuron array
     * @throws IllegalArgumentException for no values, rows of different lengths, or an interval that is not positive
     */
    public static TimedArray perNeuron(double[][] values, Unit unit, Quantity dt) {
        int neurons = values.length == 0 ? 0 : values[0].length;
        double[] flat = new double[values.length * neurons];
        for (int k = 0; k < values.length; k++) {
            if (values[k].length != neurons) {
                throw new IllegalArgumentException("row " + k + " of the timed array has " + values[k].length
                    + " values, the first row " + neurons + "; give one value per neuron in every row");
            }
            System.arraycopy(toSi(values[k], unit), 0, flat, k * neurons, neurons);
        }
        return new TimedArray(flat, neurons, unit.dimension(), dt.in(org.synfire.units.Units.second));
    }

    private static double[] toSi(double[] values, Unit unit) {
        double scale = unit.of(1).si();
        return Arrays.stream(values).map(v -> v * scale).toArray();
    }

    /** {@return the samples in SI, row-major (time × neuron) for a per-neuron array} */
    public double[] siValues() {
        return values.clone();
    }

    /** {@return the number of neurons, or 0 for an array shared by all neurons} */
    public int neurons() {
        return neurons;
    }

    /** {@return whether it holds one value per neuron and sample, called as {@code name(t, i)}} */
    public boolean isPerNeuron() {
        return neurons > 0;
    }

    /** {@return the dimension of its values} */
    public Dimension dimension() {
        return dimension;
    }

    /** {@return the sampling interval} */
    public Quantity dt() {
        return Quantity.si(dt, Dimension.TIME);
    }

    @Override
    public String toString() {
        int samples = isPerNeuron() ? values.length / neurons : values.length;
        return "TimedArray(" + samples + " samples every " + dt() + (isPerNeuron() ? ", " + neurons + " neurons" : "") + ")";
    }
}
