package org.synfire.sim;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.synfire.engine.ProjectionState;
import org.synfire.model.Numbering;
import org.synfire.units.Dimension;
import org.synfire.units.Quantity;
import org.synfire.units.Unit;

/**
 * The synapses of a projection: connectivity read back (sources, targets, delays, degrees) and
 * per-synapse variables read and changed with units between runs. Synapses are numbered in CSR
 * order: by source, targets ascending within a source. Sources and targets are numbered as the
 * projection's ends number them, as Brian2's {@code i} and {@code j}: from the first neuron of a
 * slice ({@code exc[100:200]}), by neuron for spatial neurons' spikes, and by (neuron,
 * compartment) pair for synapses onto compartments ({@link org.synfire.model.Numbering}).
 *
 * <pre>{@code
 * ProjectionView ee = sim.projection("ee");
 * int[] pre = ee.sources(), post = ee.targets();
 * double[] w = ee.valuesSi("w");            // siemens, one per synapse
 * ee.set("w", Units.nS.of(0.5));
 * }</pre>
 */
public final class ProjectionView {
    private final ProjectionState state;
    private final Map<String, Dimension> units;
    private final Numbering source;
    private final Numbering target;

    /** @param source how the projection counts the elements the synapses leave, {@code target} those they reach */
    ProjectionView(ProjectionState state, Map<String, Dimension> units, Numbering source, Numbering target) {
        this.state = state;
        this.units = units;
        this.source = source;
        this.target = target;
    }

    /** {@return the projection's name} */
    public String name() {
        return state.name();
    }

    /** {@return the number of synapses} */
    public int size() {
        return state.size();
    }

    /** {@return the name of the group the synapses end on} */
    public String target() {
        return state.target().name();
    }

    /** {@return the source of every synapse, in synapse order} */
    public int[] sources() {
        return counted(state.sources(), source);
    }

    /** {@return the target of every synapse, in synapse order} */
    public int[] targets() {
        return counted(state.targets(), target);
    }

    /** {@return the synapses leaving each source neuron} */
    public int[] outDegrees() {
        return perCounted(state.outDegrees(), source);
    }

    /** {@return the synapses arriving at each target neuron} */
    public int[] inDegrees() {
        return perCounted(state.inDegrees(), target);
    }

    /** Population elements as the projection counts them, in place. */
    private static int[] counted(int[] elements, Numbering end) {
        for (int k = 0; k < elements.length; k++) {
            elements[k] = end.index(elements[k]);
        }
        return elements;
    }

    /** The entries of the counted elements, in their order. */
    private static int[] perCounted(int[] perElement, Numbering end) {
        int[] out = new int[end.count()];
        for (int k = 0; k < out.length; k++) {
            out[k] = perElement[end.element(k)];
        }
        return out;
    }

    /** {@return the delay of every synapse, in steps of the simulation's {@code dt}} */
    public int[] delaySteps() {
        return state.delaySteps();
    }

    /** {@return the names of the per-synapse variables} */
    public List<String> variables() {
        return state.variables();
    }

    /**
     * The dimension of a per-synapse variable.
     *
     * @param variable a per-synapse variable of the synapse model, e.g. {@code w}
     * @return its dimension
     * @throws SimulationException if the projection has no such per-synapse variable, naming those it has
     */
    public Dimension dimension(String variable) {
        Dimension d = units.get(variable);
        if (d == null) {
            throw new SimulationException("Projection '" + name() + "'." + variable + ": no such per-synapse variable; known: "
                + String.join(", ", variables()));
        }
        return d;
    }

    /**
     * The value of a per-synapse variable of every synapse, as SI values of the variable's {@link #dimension}.
     *
     * @param variable a per-synapse variable
     * @return one number per synapse, in synapse order, in a new array
     * @throws SimulationException if the projection has no such per-synapse variable, naming those it has
     */
    public double[] valuesSi(String variable) {
        dimension(variable);
        return state.valuesSi(variable);
    }

    /**
     * The value of a per-synapse variable for synapse {@code s}.
     *
     * @param variable a per-synapse variable
     * @param s        the synapse, from 0, in the order of {@link #sources()}
     * @return the value with its unit
     * @throws SimulationException if the projection has no such per-synapse variable, naming those it has, or if {@code s} is out of range
     */
    public Quantity get(String variable, int s) {
        Dimension d = dimension(variable);
        if (s < 0 || s >= size()) {
            throw new SimulationException("Projection '" + name() + "': synapse " + s + " is out of range; valid synapses are 0.."
                + (size() - 1));
        }
        return Quantity.si(state.valueSi(variable, s), d);
    }

    /**
     * Sets a per-synapse variable of every synapse. Takes effect for spikes delivered from now on.
     *
     * @param variable a per-synapse variable
     * @param value    its new value, of the variable's dimension
     * @return this view, for chaining
     * @throws SimulationException if the projection has no such per-synapse variable, naming those it has, or if the dimension does not fit
     */
    public ProjectionView set(String variable, Quantity value) {
        requireDimension(variable, value.dimension(), value.toString());
        state.setSi(variable, new double[] {value.si()});
        return this;
    }

    /**
     * Sets a per-synapse variable from one value per synapse, in {@code unit}, in the order of
     * {@link #sources()} and {@link #targets()} (e.g. weights trained elsewhere).
     *
     * @param variable a per-synapse variable
     * @param values   one number per synapse, in synapse order
     * @param unit     their unit, of the variable's dimension
     * @return this view, for chaining
     */
    public ProjectionView set(String variable, double[] values, Unit unit) {
        dimension(variable);
        if (values.length != size()) {
            throw new SimulationException("Projection '" + name() + "'." + variable + ": " + values.length + " values for " + size()
                + " synapses; give exactly one per synapse, in the order of sources() and targets()");
        }
        requireDimension(variable, unit.dimension(), "values in " + unit);
        double scale = unit.of(1).si();
        state.setSi(variable, Arrays.stream(values).map(v -> v * scale).toArray());
        return this;
    }

    private void requireDimension(String variable, Dimension given, String what) {
        Dimension d = dimension(variable);
        if (!given.equals(d)) {
            throw new SimulationException("Projection '" + name() + "'." + variable + ": " + what + " does not fit a variable in " + d);
        }
    }

    @Override
    public String toString() {
        return "Projection " + name() + " (" + size() + " synapses onto " + target() + ")";
    }
}
