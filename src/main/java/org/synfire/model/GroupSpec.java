package org.synfire.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.synfire.equations.Equation;
import org.synfire.units.Quantity;
import org.synfire.units.Unit;

/**
 * A group of identical neurons: a model, a size, and values for its parameters and initial state
 * that override the model's defaults. Immutable; made by {@link Network#group}.
 *
 * @param name   unique within the network
 * @param size   number of neurons (at least 1)
 * @param model  the neuron model
 * @param values variable → initializer, in the order given (expressions may use values given before them)
 */
public record GroupSpec(String name, int size, NeuronModel model, Map<String, Initializer> values) implements PopulationSpec {

    public GroupSpec {
        if (size < 1) {
            throw new SpecException("Group", name, "size", size + " neurons is impossible; a group needs at least 1 neuron");
        }
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    @Override
    public String toString() {
        return "Group " + name + " (" + size + " × " + model.name() + (values.isEmpty() ? "" : ", " + values) + ")";
    }

    /**
     * Collects a group's values; used inside {@link Network#group(String, int, NeuronModel, Consumer)}.
     * Names and units are checked at once, against the model.
     */
    public static final class Builder {
        private final String name;
        private final int size;
        private final NeuronModel model;
        private final Settable values;

        Builder(String name, int size, NeuronModel model) {
            this.name = name;
            this.size = size;
            this.model = model;
            this.values = new Settable(model.equations(), "Group", name, "unknown parameter or state variable of model '"
                + model.name() + "'");
        }

        /** Sets a parameter or initial value for every neuron, e.g. {@code set("tau", Units.ms.of(10))}. */
        public Builder set(String variable, Quantity value) {
            values.set(variable, value);
            return this;
        }

        /**
         * Sets a variable from text: a quantity ({@code "10 ms"}) or an expression evaluated per neuron
         * ({@code "El + rand()*5*mV"}, {@code "0.1*nA + i*1*pA"}); expressions are checked at build.
         */
        public Builder set(String variable, String value) {
            values.set(variable, value);
            return this;
        }

        /** Sets a per-neuron variable from one value per neuron, given in {@code unit}. */
        public Builder set(String variable, double[] perNeuron, Unit unit) {
            Equation eq = values.declared(variable);
            if (eq.has(Equation.Flag.SHARED)) {
                throw new SpecException("Group", name, variable, "is shared (one value for the group); give one quantity");
            }
            if (perNeuron.length != size) {
                throw new SpecException("Group", name, variable, perNeuron.length + " values for " + size + " neurons; give one per neuron");
            }
            if (!unit.dimension().equals(eq.dimension())) {
                throw new SpecException("Group", name, variable, "values in " + unit + " do not fit a variable declared in " + eq.unitText());
            }
            double scale = unit.of(1).si();
            double[] si = new double[size];
            for (int k = 0; k < size; k++) {
                si[k] = perNeuron[k] * scale;
            }
            values.put(variable, new Initializer.PerNeuron(si, eq.dimension()));
            return this;
        }

        /** Starts from the values {@code existing} already has. */
        Builder(GroupSpec existing) {
            this(existing.name(), existing.size(), existing.model());
            existing.values().forEach(values::put);
        }

        GroupSpec build() {
            return new GroupSpec(name, size, model, values.values());
        }
    }
}
