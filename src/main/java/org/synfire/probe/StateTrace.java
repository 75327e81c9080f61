package org.synfire.probe;

import java.util.List;
import org.synfire.units.Dimension;
import org.synfire.units.Quantity;
import org.synfire.units.Unit;

/**
 * Recorded traces of variables of a set of neurons: one time axis and, per variable and neuron,
 * one array of samples. Values are stored in SI and read out in the unit asked for. Immutable.
 *
 * <pre>{@code
 * StateTrace v = sim.data(probe);
 * double[] t = v.times(Units.ms);
 * double[] v0 = v.values("v", 0, Units.mV);   // first recorded neuron
 * }</pre>
 */
public final class StateTrace implements Recordings {
    private final String name;
    private final List<String> variables;
    private final List<Dimension> dimensions;
    private final int[] neurons;
    private final Times times;
    private final double[][][] values;

    StateTrace(String name, List<String> variables, List<Dimension> dimensions, int[] neurons, Times times, double[][][] values) {
        this.name = name;
        this.variables = variables;
        this.dimensions = dimensions;
        this.neurons = neurons;
        this.times = times;
        this.values = values;
    }

    @Override
    public String name() {
        return name;
    }

    /** {@return the recorded variables, in the order the probe named them} */
    public List<String> variables() {
        return variables;
    }

    /** {@return the recorded neurons (group indices), in recording order; a trace's position is its index here} */
    public int[] neurons() {
        return neurons.clone();
    }

    /** {@return the number of samples per trace} */
    public int samples() {
        return times.length();
    }

    /**
     * @param unit a unit of time
     * @return the sample times in {@code unit}, at the decimal step·dt (3,000 steps of 0.1 ms read 300 ms)
     */
    public double[] times(Unit unit) {
        return times.in(unit);
    }

    /**
     * The trace of {@code variable} for the {@code position}-th recorded neuron, in {@code unit}.
     *
     * @param variable a recorded variable, e.g. {@code v}
     * @param position the neuron's position in {@link #neurons()}, not its index in the group
     * @param unit     a unit of the variable's dimension
     * @return one value per sample
     * @throws org.synfire.units.UnitException if the unit does not fit the variable
     * @throws IllegalArgumentException if the variable was not recorded or there is no such position
     */
    public double[] values(String variable, int position, Unit unit) {
        int v = indexOf(variable);
        checkPosition(position);
        double factor = Quantity.si(1, dimensions.get(v)).in(unit);
        double[] raw = values[v][position];
        double[] out = new double[raw.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = raw[k] * factor;
        }
        return out;
    }

    /**
     * One sample as a quantity.
     *
     * @param variable a recorded variable, e.g. {@code v}
     * @param position the neuron's position in {@link #neurons()}, not its index in the group
     * @param sample   the sample, from 0, below {@link #samples()}
     * @return the value, with the variable's dimension
     * @throws IllegalArgumentException if the variable was not recorded or the position or sample does not exist
     */
    public Quantity value(String variable, int position, int sample) {
        int v = indexOf(variable);
        checkPosition(position);
        if (sample < 0 || sample >= times.length()) {
            throw new IllegalArgumentException("probe " + name + " has samples 0.." + (times.length() - 1) + ", not " + sample);
        }
        return Quantity.si(values[v][position][sample], dimensions.get(v));
    }

    /**
     * @param variable a recorded variable, e.g. {@code v}
     * @return its dimension
     * @throws IllegalArgumentException if the variable was not recorded
     */
    public Dimension dimension(String variable) {
        return dimensions.get(indexOf(variable));
    }

    private void checkPosition(int position) {
        if (position < 0 || position >= neurons.length) {
            throw new IllegalArgumentException("probe " + name + " recorded " + neurons.length + " neuron(s), "
                + java.util.Arrays.toString(neurons) + ", at positions 0.." + (neurons.length - 1) + "; position " + position
                + " does not exist (record more with Probe.state(...).neurons(...))");
        }
    }

    private int indexOf(String variable) {
        int v = variables.indexOf(variable);
        if (v < 0) {
            throw new IllegalArgumentException("probe " + name + " did not record '" + variable + "'; it recorded " + variables);
        }
        return v;
    }

    @Override
    public String toString() {
        return "StateTrace " + name + ": " + variables + " of " + neurons.length + " neurons, " + times.length() + " samples";
    }
}
