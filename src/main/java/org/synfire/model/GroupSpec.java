package org.synfire.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.synfire.equations.Equation;
import org.synfire.equations.Equations;
import org.synfire.units.Dimension;
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
 * @param runRegularly statements run every so often, in the order they run within a step
 * @param initialization statements run once per neuron at build after the values, with temporaries (empty for none)
 * @param links  each {@code (linked)} parameter → the variable of another group it reads
 * @param cable  for a group of spatial neurons (made by {@link Network#spatial}), their shape and
 *               where they spike; its neurons are then compartments, neuron {@code n}'s compartment
 *               {@code c} being number {@code n·compartments + c}; {@code null} for point neurons
 */
public record GroupSpec(String name, int size, NeuronModel model, Map<String, Initializer> values, List<RunRegularlySpec> runRegularly,
                        String initialization, Map<String, LinkedVariable> links, Cable cable) implements PopulationSpec {

    /**
     * Copies the collections, so a spec never changes.
     *
     * @param name           unique within the network
     * @param size           number of neurons (at least 1)
     * @param model          the neuron model
     * @param values         variable → initializer, in the order given
     * @param runRegularly   statements run every so often, in the order they run within a step
     * @param initialization statements run once per neuron at build after the values (empty for none)
     * @param links          each {@code (linked)} parameter → the variable of another group it reads
     * @param cable          for spatial neurons their shape and where they spike; {@code null} for point neurons
     * @throws SpecException if {@code size} is below 1
     */
    public GroupSpec {
        if (size < 1) {
            throw new SpecException("Group", name, "size", size + " neurons is impossible; a group needs at least 1 neuron");
        }
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        runRegularly = List.copyOf(runRegularly);
        links = Collections.unmodifiableMap(new LinkedHashMap<>(links));
    }

    /**
     * A group of point neurons.
     *
     * @param name           unique within the network
     * @param size           number of neurons (at least 1)
     * @param model          the neuron model
     * @param values         variable → initializer, in the order given
     * @param runRegularly   statements run every so often, in the order they run within a step
     * @param initialization statements run once per neuron at build after the values (empty for none)
     * @param links          each {@code (linked)} parameter → the variable of another group it reads
     * @throws SpecException if {@code size} is below 1
     */
    public GroupSpec(String name, int size, NeuronModel model, Map<String, Initializer> values, List<RunRegularlySpec> runRegularly,
                     String initialization, Map<String, LinkedVariable> links) {
        this(name, size, model, values, runRegularly, initialization, links, null);
    }

    /**
     * The compartment at {@code distance} along section {@code section} of each of these spatial
     * neurons (Brian2's {@code neuron.dend[400*um]}): where synapses go
     * ({@code net.connect("s", inputs, cells.at("dend", um.of(400)), ...)}) or what a probe records.
     * A boundary between compartments belongs to the distal one, the section's end to its last.
     *
     * @param section  the section's name ({@code soma} for the soma)
     * @param distance a length from the section's start, at most its length
     * @return that compartment in every neuron of the group
     * @throws SpecException for a group of point neurons
     * @throws org.synfire.model.morphology.MorphologyException for an unknown section (with the
     *         nearest names) or a distance beyond its end (with its length)
     */
    public Compartments at(String section, Quantity distance) {
        int c = spatial("at").morphology().section(section).at(distance);
        return new Compartments(name, cable, c, 1, section + "[" + distance + "]");
    }

    /**
     * The compartments overlapping {@code [from, to]} along section {@code section} of each of
     * these spatial neurons (Brian2's {@code neuron.dend[0*um:200*um]}).
     *
     * @param section the section's name ({@code soma} for the soma)
     * @param from    the stretch's start, a length from the section's start
     * @param to      its end, at least {@code from}
     * @return those compartments in every neuron of the group
     * @throws SpecException for a group of point neurons
     * @throws org.synfire.model.morphology.MorphologyException for an unknown section, an end outside it, or {@code from > to}
     */
    public Compartments between(String section, Quantity from, Quantity to) {
        int[] range = spatial("between").morphology().section(section).between(from, to);
        // Both ends in one unit: a zero alone would print in metres.
        String label = from.si() == 0 ? from.format(org.synfire.units.Units.displayUnit(to)) : from.toString();
        return new Compartments(name, cable, range[0], range.length, section + "[" + label + ":" + to + "]");
    }

    /**
     * Every compartment of section {@code name} ({@code soma} for the soma) of each of these spatial neurons.
     *
     * @param name the section's name
     * @return its compartments in every neuron of the group
     * @throws SpecException for a group of point neurons
     * @throws org.synfire.model.morphology.MorphologyException for an unknown section, with the nearest names
     */
    public Compartments section(String name) {
        org.synfire.model.morphology.Section s = spatial("section").morphology().section(name);
        return new Compartments(this.name, cable, s.first(), s.compartments(), name);
    }

    private Cable spatial(String method) {
        if (cable == null) {
            throw new SpecException("Group", name, method, "is a group of point neurons, which have no compartments; locations belong to "
                + "spatial neurons (add the group with net.spatial(...) and a morphology)");
        }
        return cable;
    }

    /** {@return the initialisation statements, labelled for messages} */
    public org.synfire.equations.Source initializationSource() {
        return new org.synfire.equations.Source("initialization of group '" + name + "'", initialization);
    }

    /**
     * What a variable starts the first run with, as far as the spec alone decides it.
     *
     * @param si        one value per neuron (compartment) in SI, or one for a shared parameter;
     *                  {@code null} when only the build can tell
     * @param dimension the variable's dimension
     * @param shared    whether the variable is shared (one value for the group)
     * @param atBuild   when {@code si} is {@code null}, what decides the values at build, e.g.
     *                  {@code is the expression 'El + rand()*5*mV', evaluated per neuron}
     */
    public record StartingValues(double[] si, Dimension dimension, boolean shared, String atBuild) {
    }

    /**
     * The values {@code variable} will start the first run with, read from the spec without
     * building: the value given (a quantity, one per neuron, or parts of the group each given
     * one), else the model's default, else zero, as the build sets them; not known when an
     * expression, the initialisation statements or a link decides them, or when a parameter that
     * needs a value has none (the build refuses it).
     *
     * @param variable a parameter or state variable of the group's model
     * @return the values, one per neuron (one for a shared variable), or what decides them at build
     * @throws SpecException if the model does not declare {@code variable} as a parameter or state variable
     */
    public StartingValues startingValues(String variable) {
        Equation eq = Settable.declared(model.equations(), "Group", name, variable, "unknown parameter or state variable of model '"
            + model.name() + "'");
        boolean shared = eq.has(Equation.Flag.SHARED);
        if (links.containsKey(variable)) {
            return unknown(eq, shared, "is " + links.get(variable));
        }
        if (!initialization.isEmpty()
            && Equations.parseStatements(initializationSource()).stream().anyMatch(s -> s.target().equals(variable))) {
            return unknown(eq, shared, "is set by the initialisation statements, run per neuron");
        }
        Initializer given = values.get(variable);
        if (given == null && model.defaults().containsKey(variable)) {
            given = new Initializer.Constant(model.defaults().get(variable));
        }
        if (given == null && (eq.has(Equation.Flag.CONSTANT) || shared)) {
            return unknown(eq, shared, "has no value yet, and the build needs one");
        }
        double[] si = new double[size];
        List<Initializer.Part> parts = given == null ? List.of()
            : given instanceof Initializer.Parts p ? p.parts() : List.of(new Initializer.Part(new Slice(0, size), given));
        for (Initializer.Part part : parts) {
            if (part.value() instanceof Initializer.Constant c) {
                java.util.Arrays.fill(si, part.slice().from(), part.slice().to(), c.value().si());
            } else if (part.value() instanceof Initializer.PerNeuron n) {
                System.arraycopy(n.si(), 0, si, part.slice().from(), part.slice().size());
            } else {
                return unknown(eq, shared, "is the expression " + part.value() + ", evaluated per neuron");
            }
        }
        return new StartingValues(shared ? new double[] {si[0]} : si, eq.dimension(), shared, null);
    }

    private static StartingValues unknown(Equation eq, boolean shared, String why) {
        return new StartingValues(null, eq.dimension(), shared, why);
    }

    @Override
    public String toString() {
        return "Group " + name + " (" + (cable == null ? size + " × " : cable + " of ") + model.name() + (values.isEmpty() ? "" : ", " + values)
            + (runRegularly.isEmpty() ? "" : ", " + runRegularly) + (initialization.isEmpty() ? "" : ", initialize " + initialization)
            + (links.isEmpty() ? "" : ", " + links) + ")";
    }

    /**
     * Collects a group's values; used inside {@link Network#group(String, int, NeuronModel, Consumer)}
     * and, for the whole group or a slice of it, {@link Network#configure(Neurons, Consumer)}.
     * Names and units are checked at once, against the model.
     */
    public static final class Builder {
        private final String name;
        private final int size;
        private final NeuronModel model;
        private final Settable values;
        private final Slice slice;
        /** Where values go: {@code slice} alone, or the same part of each spatial neuron; empty for the whole group. */
        private final List<Slice> slices;
        private final List<RunRegularlySpec> runRegularly = new ArrayList<>();
        private final StringBuilder initialization = new StringBuilder();
        private final Map<String, LinkedVariable> links = new LinkedHashMap<>();
        private final Cable cable;

        Builder(String name, int size, NeuronModel model) {
            this(name, size, model, (Slice) null, null);
        }

        Builder(String name, Cable cable, NeuronModel model) {
            this(name, cable.neurons() * cable.compartments(), model, (Slice) null, cable);
        }

        private Builder(String name, int size, NeuronModel model, Slice slice, Cable cable) {
            this(name, size, model, slice == null ? List.of() : List.of(slice), cable);
        }

        private Builder(String name, int size, NeuronModel model, List<Slice> slices, Cable cable) {
            this.slices = List.copyOf(slices);
            this.slice = slices.isEmpty() ? null : slices.get(0);
            this.cable = cable;
            this.name = name;
            this.size = size;
            this.model = model;
            this.values = new Settable(model.equations(), "Group", name, "unknown parameter or state variable of model '"
                + model.name() + "'");
        }

        /**
         * Starts from the values and regular statements {@code existing} already has; what is set then goes to the
         * neurons of {@code slice}, or to every neuron for {@code null}.
         */
        Builder(GroupSpec existing, Slice slice) {
            this(existing, slice == null ? List.of() : List.of(slice));
        }

        /** As {@link #Builder(GroupSpec, Slice)}, with what is set going to each of {@code slices} (one part of every spatial neuron). */
        Builder(GroupSpec existing, List<Slice> slices) {
            this(existing.name(), existing.size(), existing.model(), slices, existing.cable());
            existing.values().forEach(values::put);
            runRegularly.addAll(existing.runRegularly());
            initialization.append(existing.initialization());
            links.putAll(existing.links());
        }

        /**
         * Sets a parameter or initial value for every neuron, e.g. {@code set("tau", Units.ms.of(10))}.
         *
         * @param variable a parameter or state variable of the model
         * @param value    its value, in the variable's dimension
         * @return this builder
         * @throws SpecException if the model declares no such parameter or state variable, or the value does not fit its unit
         */
        public Builder set(String variable, Quantity value) {
            return store(variable, values.checked(variable, value));
        }

        /**
         * Sets a variable from text: a quantity ({@code "10 ms"}) or an expression evaluated per neuron
         * ({@code "El + rand()*5*mV"}, {@code "0.1*nA + i*1*pA"}); expressions are checked at build.
         *
         * @param variable a parameter or state variable of the model
         * @param value    a quantity or an expression, as model text
         * @return this builder
         * @throws SpecException if the model declares no such variable, or a quantity does not fit its unit
         */
        public Builder set(String variable, String value) {
            return store(variable, values.checked(variable, value));
        }

        /**
         * Draws a per-neuron variable for each neuron from a (truncated) normal distribution,
         * e.g. {@code set("v", Initializer.normal(Units.mV.of(-58), Units.mV.of(10)))}.
         *
         * @param variable a per-neuron parameter or state variable of the model
         * @param draws    the distribution, in the variable's dimension
         * @return this builder
         * @throws SpecException if the model declares no such variable, it is shared, or the draws do not fit its unit
         */
        public Builder set(String variable, Initializer.Normal draws) {
            if (values.declared(variable).has(Equation.Flag.SHARED)) {
                throw new SpecException("Group", name, variable, "is shared (one value for the group); give one quantity, not draws");
            }
            return store(variable, values.checked(variable, draws));
        }

        /**
         * Sets a per-neuron variable from one value per neuron, given in {@code unit}.
         *
         * @param variable  a per-neuron parameter or state variable of the model
         * @param perNeuron one value per neuron (of the slice being configured, if any)
         * @param unit      the unit of the values, of the variable's dimension
         * @return this builder
         * @throws SpecException if the model declares no such variable, it is shared, the count is not one per neuron, or the unit does not
         *                       fit
         */
        public Builder set(String variable, double[] perNeuron, Unit unit) {
            Equation eq = values.declared(variable);
            if (eq.has(Equation.Flag.SHARED)) {
                throw new SpecException("Group", name, variable, "is shared (one value for the group); give one quantity");
            }
            int neurons = slice == null ? size : slice.size();
            if (perNeuron.length != neurons) {
                throw new SpecException("Group", name, variable, perNeuron.length + " values for " + neurons + " neurons"
                    + (slice == null ? "" : " of " + Slice.label(name, slice)) + "; give one per neuron");
            }
            if (!unit.dimension().equals(eq.dimension())) {
                throw new SpecException("Group", name, variable, "values in " + unit + " do not fit a variable declared in " + eq.unitText());
            }
            double scale = unit.of(1).si();
            double[] si = new double[neurons];
            for (int k = 0; k < neurons; k++) {
                si[k] = perNeuron[k] * scale;
            }
            return store(variable, new Initializer.PerNeuron(si, eq.dimension()));
        }

        /**
         * Makes the {@code (linked)} parameter {@code variable} read another group's variable
         * (Brian2's {@code linked_var}), e.g. {@code link("v_soma", LinkedVariable.of(soma, "v"))}.
         * Sizes, indices and units are checked at build.
         *
         * @param variable a parameter the model declares {@code (linked)}
         * @param source   the group and variable it reads
         * @return this builder
         * @throws SpecException if {@code variable} is not declared {@code (linked)} by the model
         */
        public Builder link(String variable, LinkedVariable source) {
            Equation eq = values.declared(variable);
            if (!eq.has(Equation.Flag.LINKED)) {
                throw new SpecException("Group", name, variable, "is not declared (linked), so it cannot read another group's variable; "
                    + "declare it as '" + variable + " : " + eq.unitText() + " (linked)'");
            }
            if (slice != null) {
                throw new SpecException("Group", name, variable, "links the whole group; link it on " + name + ", not on "
                    + Slice.label(name, slice) + " (an index chooses the source neuron of each)");
            }
            links.put(variable, source);
            return this;
        }

        /** Keeps a checked value: for the whole group, or as the next part of a slice's values. */
        private Builder store(String variable, Initializer value) {
            if (values.declared(variable).has(Equation.Flag.LINKED)) {
                throw new SpecException("Group", name, variable, "is linked, so it reads another group's variable and takes no value; "
                    + "give the link with link(\"" + variable + "\", LinkedVariable.of(group, \"v\"))");
            }
            if (slice == null) {
                values.put(variable, value);
                return this;
            }
            if (values.declared(variable).has(Equation.Flag.SHARED)) {
                throw new SpecException("Group", name, variable, "is shared (one value for the group); set it on " + name
                    + ", not on " + Slice.label(name, slice));
            }
            Initializer before = values.values().get(variable);
            if (before == null && model.defaults().containsKey(variable)) {
                before = new Initializer.Constant(model.defaults().get(variable));
            }
            List<Initializer.Part> parts = new ArrayList<>();
            if (before instanceof Initializer.Parts earlier) {
                parts.addAll(earlier.parts());
            } else if (before != null) {
                parts.add(new Initializer.Part(new Slice(0, size), before));
            }
            slices.forEach(s -> parts.add(new Initializer.Part(s, value)));
            values.put(variable, new Initializer.Parts(parts));
            return this;
        }

        /**
         * Runs {@code statements} on every neuron at the start of each step whose time is a
         * multiple of {@code interval}, t = 0 included, before that step's synaptic input
         * (Brian2's {@code run_regularly}), e.g. {@code runRegularly("v += 1*mV", Units.ms.of(10))}.
         * The statements are parsed now; their targets and units are checked at build like a
         * reset's, and the interval must then be a whole number of steps. {@code rand()} draws a
         * new number per neuron and call.
         *
         * @param statements model text, one statement per line or separated by {@code ;}
         * @param interval   a positive time, a whole number of steps at build
         * @return this builder
         * @throws org.synfire.equations.EquationException for a syntax error, with a caret
         * @throws SpecException if the interval is not a positive time
         */
        public Builder runRegularly(String statements, Quantity interval) {
            if (slice != null) {
                throw new SpecException("Group", name, "runRegularly", "runs on a whole group; give it to " + name + ", not to "
                    + Slice.label(name, slice));
            }
            if (!interval.dimension().equals(Dimension.TIME) || !(interval.si() > 0)) {
                throw new SpecException("Group", name, "runRegularly", "the interval " + interval
                    + " is not a positive time; give one such as 10 ms");
            }
            RunRegularlySpec spec = new RunRegularlySpec(statements, interval);
            Equations.parseStatements(spec.source(name));
            runRegularly.add(spec);
            return this;
        }

        /**
         * Statements run once per neuron when the network is built, after the values: they set
         * state variables and per-neuron parameters and may define temporaries, so that one random
         * draw feeds several variables, e.g. Izhikevich's (2003) heterogeneous cells:
         * {@code initialize("r = rand(); c = -65*mV + 15*mV*r**2; d = 8*mV/ms - 6*mV/ms*r**2")}.
         * Parsed now; names and units are checked at build. Draws are the same for the same seed.
         *
         * @param statements model text, one statement per line or separated by {@code ;}; appended to any given before
         * @return this builder
         * @throws org.synfire.equations.EquationException for a syntax error, with a caret
         */
        public Builder initialize(String statements) {
            if (slice != null) {
                throw new SpecException("Group", name, "initialize", "runs on a whole group; give it to " + name + ", not to "
                    + Slice.label(name, slice) + " (use i to tell neurons apart)");
            }
            String joined = initialization.length() == 0 ? statements : initialization + "\n" + statements;
            Equations.parseStatements(new org.synfire.equations.Source("initialization of group '" + name + "'", joined));
            initialization.setLength(0);
            initialization.append(joined);
            return this;
        }

        GroupSpec build() {
            return new GroupSpec(name, size, model, values.values(), runRegularly, initialization.toString(), links, cable);
        }
    }
}
