package org.synfire.sim;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.synfire.engine.GroupState;
import org.synfire.units.Dimension;
import org.synfire.units.Quantity;
import org.synfire.units.Unit;

/**
 * A neuron group of a simulation, read and changed by variable name with units: state variables
 * and per-neuron parameters (one value per neuron) and shared parameters (one for the group).
 * Changes take effect at the next run. Names, neuron indices and dimensions are checked here,
 * before anything reaches the engine's arrays.
 *
 * <pre>{@code
 * GroupView exc = sim.group("exc");
 * exc.set("I", Units.nA.of(0.5));         // every neuron
 * Quantity v3 = exc.get("v", 3);
 * double[] v = exc.values("v", Units.mV);
 * }</pre>
 */
public final class GroupView {
    private final GroupState state;
    private final Map<String, Dimension> units;

    GroupView(GroupState state, Map<String, Dimension> units) {
        this.state = state;
        this.units = units;
    }

    /** {@return the group's name} */
    public String name() {
        return state.name();
    }

    /** {@return the number of neurons} */
    public int size() {
        return state.size();
    }

    /** {@return the names of every stored variable: per-neuron arrays, then shared parameters} */
    public List<String> variables() {
        return state.variables();
    }

    /**
     * Whether {@code variable} is stored per neuron (else it is shared by the group).
     *
     * @param variable a variable of the group's model
     * @return {@code true} for a state variable or per-neuron parameter, {@code false} for a shared one
     * @throws SimulationException if the group has no such variable, naming those it has
     */
    public boolean isPerNeuron(String variable) {
        return state.isPerNeuron(dimensionKnown(variable));
    }

    /**
     * The dimension of a stored variable.
     *
     * @param variable a variable of the group's model
     * @return e.g. voltage for {@code v}
     * @throws SimulationException if the group has no such variable, naming those it has
     */
    public Dimension dimension(String variable) {
        return units.get(dimensionKnown(variable));
    }

    /**
     * The value of a variable for neuron {@code i} (for a shared parameter, {@code i} is ignored).
     *
     * @param variable a variable of the group's model
     * @param i        the neuron, from 0
     * @return the value with its unit
     * @throws SimulationException if the group has no such variable, naming those it has, or if {@code i} is out of range
     */
    public Quantity get(String variable, int i) {
        Dimension d = dimension(variable);
        if (!state.isPerNeuron(variable)) {
            return Quantity.si(state.shared(variable), d);
        }
        checkIndex(i);
        return Quantity.si(state.array(variable)[i], d);
    }

    /**
     * The values of a variable for every neuron, in {@code unit}, in a new array.
     *
     * @param variable a variable of the group's model
     * @param unit     a unit of its dimension, e.g. {@code Units.mV}
     * @return one number per neuron
     * @throws SimulationException if the group has no such variable, naming those it has
     */
    public double[] values(String variable, Unit unit) {
        double factor = Quantity.si(1, dimension(variable)).in(unit);
        double[] out = valuesSi(variable);
        for (int i = 0; i < out.length; i++) {
            out[i] *= factor;
        }
        return out;
    }

    /**
     * The values of a variable for every neuron, as SI values of the variable's {@link #dimension}, in a new array.
     *
     * @param variable a variable of the group's model
     * @return one number per neuron (a shared parameter repeated)
     * @throws SimulationException if the group has no such variable, naming those it has
     */
    public double[] valuesSi(String variable) {
        dimension(variable);
        if (state.isPerNeuron(variable)) {
            return state.array(variable).clone();
        }
        double[] out = new double[size()];
        Arrays.fill(out, state.shared(variable));
        return out;
    }

    /**
     * Sets a variable to one value for every neuron. Takes effect at the next run.
     *
     * @param variable a variable of the group's model
     * @param value    its new value, of the variable's dimension
     * @return this view, for chaining
     * @throws SimulationException if the group has no such variable, naming those it has, or if the value's dimension does not fit
     */
    public GroupView set(String variable, Quantity value) {
        requireDimension(variable, value.dimension(), value.toString());
        if (state.isPerNeuron(variable)) {
            Arrays.fill(state.array(variable), value.si());
        } else {
            state.setShared(variable, value.si());
        }
        return this;
    }

    /**
     * Sets a per-neuron variable of one neuron.
     *
     * @param variable a per-neuron variable of the group's model
     * @param i        the neuron, from 0
     * @param value    its new value, of the variable's dimension
     * @return this view, for chaining
     * @throws SimulationException if the variable is unknown or shared, {@code i} is out of range, or the dimension does not fit
     */
    public GroupView set(String variable, int i, Quantity value) {
        requirePerNeuron(variable);
        checkIndex(i);
        requireDimension(variable, value.dimension(), value.toString());
        state.array(variable)[i] = value.si();
        return this;
    }

    /**
     * Sets a per-neuron variable from values given in {@code unit}, one per neuron.
     *
     * @param variable a per-neuron variable of the group's model
     * @param values   one number per neuron
     * @param unit     their unit, of the variable's dimension
     * @return this view, for chaining
     * @throws SimulationException if the variable is unknown or shared, the count differs from the group's size, or the unit does not fit
     */
    public GroupView set(String variable, double[] values, Unit unit) {
        requirePerNeuron(variable);
        if (values.length != size()) {
            throw new SimulationException("Group '" + name() + "'." + variable + ": " + values.length + " values given for "
                + size() + " neurons; give exactly one per neuron");
        }
        requireDimension(variable, unit.dimension(), "values in " + unit);
        double[] si = state.array(variable);
        for (int i = 0; i < si.length; i++) {
            si[i] = unit.of(values[i]).si();
        }
        return this;
    }

    private String dimensionKnown(String variable) {
        if (!units.containsKey(variable)) {
            throw unknown(variable, "");
        }
        return variable;
    }

    private void requirePerNeuron(String variable) {
        if (!state.isPerNeuron(variable)) {
            throw unknown(variable, units.containsKey(variable) ? " (it is shared: one value for the group)" : "");
        }
    }

    private void requireDimension(String variable, Dimension given, String what) {
        Dimension d = dimension(variable);
        if (!given.equals(d)) {
            throw new SimulationException("Group '" + name() + "'." + variable + ": " + what + " does not fit a variable in "
                + d + "; give a value in " + d);
        }
    }

    private SimulationException unknown(String variable, String detail) {
        return new SimulationException("Group '" + name() + "'." + variable + ": no such per-neuron variable" + detail
            + "; known variables: " + String.join(", ", variables()));
    }

    private void checkIndex(int i) {
        if (i < 0 || i >= size()) {
            throw new SimulationException("Group '" + name() + "': neuron index " + i + " is out of range; valid indices are 0.."
                + (size() - 1));
        }
    }

    @Override
    public String toString() {
        return "Group " + name() + " (" + size() + " neurons; " + String.join(", ", variables()) + ")";
    }
}
