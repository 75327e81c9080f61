package org.synfire.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.synfire.equations.Expr;
import org.synfire.equations.ModelChecker;
import org.synfire.equations.Namespace;
import org.synfire.equations.Source;
import org.synfire.model.morphology.DLambda;
import org.synfire.model.morphology.Morphology;
import org.synfire.model.morphology.Section;
import org.synfire.units.Dimension;
import org.synfire.units.Quantity;
import org.synfire.units.Units;

/**
 * Collects the values of a group of spatial neurons, inside
 * {@link Network#spatial(String, int, Morphology, NeuronModel, Consumer)}: values for every
 * compartment, for the compartments of one section, or for the compartment at one location, in
 * every neuron of the group; later values override earlier ones where they overlap. Names and
 * units are checked at once, against the model, as a group's are.
 *
 * <p>Sections of the morphology given no compartment count are cut by NEURON's d_lambda rule
 * ({@link DLambda}, by default 0.1 of the length constant at 100 Hz, as NEURON's) with the
 * section's own {@code Ri} and {@code Cm}, once every value is given; the values are then set
 * again, in the same order, on the compartments the rule made.
 *
 * <pre>{@code
 * b -> b.set("Cm", uF_per_cm2.of(1)).set("Ri", ohm_cm.of(100)).set("v", mV.of(-65))
 *       .section("axon", s -> s.set("gNa", mS_per_cm2.of(120)))
 *       .at("dend", um.of(100), s -> s.set("I", nA.of(0.1)))
 *       .spikesAt("axon", um.of(50))
 * }</pre>
 */
public final class SpatialBuilder {
    private final Cable cable;
    private GroupSpec group;
    /** Everything set, in order, to be set again if the d_lambda rule cuts the sections anew. */
    private final List<Step> steps = new ArrayList<>();
    private double dLambda = 0.1;
    private Quantity frequency = Units.hertz.of(100);

    /**
     * One value set ({@code variable} non-null) or the spiking compartment moved: everywhere
     * ({@code section} null), in a section ({@code distance} null) or at a location.
     */
    private record Step(String section, Quantity distance, String variable, Object value) {
    }

    /** @param declared the model with Synfire's own variables declared ({@link Spatial#declare}) */
    SpatialBuilder(String name, int count, Morphology morphology, NeuronModel declared) {
        Cable shape = new Cable(morphology, count, 0);
        GroupSpec.Builder builder = new GroupSpec.Builder(name, shape, declared);
        String[] geometry = Cable.GEOMETRY.toArray(String[]::new);
        double[][] values = {morphology.areas(Units.metre.power(2)), morphology.diameters(Units.metre), morphology.lengths(Units.metre),
            morphology.distances(Units.metre)};
        for (int k = 0; k < geometry.length; k++) {
            builder.set(geometry[k], Spatial.repeat(values[k], count), k == 0 ? Units.metre.power(2) : Units.metre);
        }
        this.group = builder.build();
        this.cable = shape;
    }

    /**
     * Sets a parameter or initial value in every compartment, e.g. {@code set("Cm", ...)}; an
     * expression may use the compartment's {@code distance}, {@code diameter}, {@code length} and
     * {@code area}, e.g. {@code set("gL", "0.1*mS/cm**2 * (1 + distance/(100*um))")}.
     *
     * @param variable a parameter or state variable of the model, or {@code Cm} or {@code Ri}
     * @param value    its value, in the variable's dimension
     * @return this builder
     * @throws SpecException if there is no such variable, or the value does not fit its unit
     */
    public SpatialBuilder set(String variable, Quantity value) {
        steps.add(new Step(null, null, variable, value));
        return on(null, variable, b -> b.set(variable, value));
    }

    /**
     * Sets a variable in every compartment from text: a quantity ({@code "1 uF/cm**2"}) or an expression evaluated per compartment.
     *
     * @param variable a parameter or state variable of the model, or {@code Cm} or {@code Ri}
     * @param value    a quantity or an expression, as model text
     * @return this builder
     * @throws SpecException if there is no such variable, or a quantity does not fit its unit
     */
    public SpatialBuilder set(String variable, String value) {
        steps.add(new Step(null, null, variable, value));
        return on(null, variable, b -> b.set(variable, value));
    }

    /**
     * Sets values in the compartments of section {@code name} of every neuron.
     *
     * @param name   the section's name ({@code soma} for the soma)
     * @param values sets the values there
     * @return this builder
     * @throws org.synfire.model.morphology.MorphologyException for a section the morphology lacks, with the nearest names
     */
    public SpatialBuilder section(String name, Consumer<Values> values) {
        Section s = cable.morphology().section(name);
        values.accept(new Values(s.first(), s.first() + s.compartments(), name, null));
        return this;
    }

    /**
     * Sets values in the compartment at {@code distance} along section {@code name} of every
     * neuron: where a point current such as {@code I : amp (point current)} is injected.
     *
     * @param name     the section's name
     * @param distance a length from the section's start
     * @param values   sets the values there
     * @return this builder
     * @throws org.synfire.model.morphology.MorphologyException for a distance beyond the section's end, naming its length
     */
    public SpatialBuilder at(String name, Quantity distance, Consumer<Values> values) {
        int c = cable.morphology().section(name).at(distance);
        values.accept(new Values(c, c + 1, name, distance));
        return this;
    }

    /**
     * Makes the compartment at {@code distance} along section {@code name} the one where each
     * neuron's threshold is tested and its reset runs (by default compartment 0, the soma).
     *
     * @param name     the section's name
     * @param distance a length from the section's start
     * @return this builder
     * @throws org.synfire.model.morphology.MorphologyException for an unknown section or a distance beyond its end
     */
    public SpatialBuilder spikesAt(String name, Quantity distance) {
        steps.add(new Step(name, distance, null, null));
        group = new GroupSpec(group.name(), group.size(), group.model(), group.values(), group.runRegularly(), group.initialization(),
            group.links(), new Cable(cable.morphology(), cable.neurons(), cable.morphology().section(name).at(distance)));
        return this;
    }

    /**
     * The d_lambda rule's parameters for the sections given no compartment count (NEURON's
     * defaults, 0.1 at 100 Hz, without this): each such section is cut into the smallest odd
     * number of compartments no longer than {@code fraction} of its length constant at
     * {@code frequency}, from its own {@code Ri} and {@code Cm}.
     *
     * @param fraction  the longest compartment as a fraction of the length constant, positive
     * @param frequency the frequency the length constant is taken at, positive
     * @return this builder
     * @throws SpecException for a fraction or frequency that is not positive
     */
    public SpatialBuilder dLambda(double fraction, Quantity frequency) {
        if (!(fraction > 0) || Double.isInfinite(fraction)) {
            throw new SpecException("Group", group.name(), "dLambda", fraction + " is not a fraction of the length constant; give a positive "
                + "number such as 0.1 (NEURON's default)");
        }
        if (!frequency.hasDimension(Units.hertz.dimension()) || !(frequency.si() > 0)) {
            throw new SpecException("Group", group.name(), "dLambda", "the frequency " + frequency + " is not a positive frequency; give one "
                + "such as 100 Hz (NEURON's default)");
        }
        this.dLambda = fraction;
        this.frequency = frequency;
        return this;
    }

    /** The values of some compartments: those of a section or one location, in every neuron. */
    public final class Values {
        private final int from;
        private final int to;
        private final String section;
        private final Quantity distance;

        private Values(int from, int to, String section, Quantity distance) {
            this.from = from;
            this.to = to;
            this.section = section;
            this.distance = distance;
        }

        /**
         * Sets a parameter or initial value in these compartments.
         *
         * @param variable a parameter or state variable of the model, or {@code Cm} or {@code Ri}
         * @param value    its value, in the variable's dimension
         * @return these values, for chaining
         * @throws SpecException if there is no such variable, or the value does not fit its unit
         */
        public Values set(String variable, Quantity value) {
            steps.add(new Step(section, distance, variable, value));
            on(this, variable, b -> b.set(variable, value));
            return this;
        }

        /**
         * Sets a variable in these compartments from text, a quantity or an expression.
         *
         * @param variable a parameter or state variable of the model, or {@code Cm} or {@code Ri}
         * @param value    a quantity or an expression, as model text
         * @return these values, for chaining
         * @throws SpecException if there is no such variable, or a quantity does not fit its unit
         */
        public Values set(String variable, String value) {
            steps.add(new Step(section, distance, variable, value));
            on(this, variable, b -> b.set(variable, value));
            return this;
        }
    }

    private SpatialBuilder on(Values part, String variable, Consumer<GroupSpec.Builder> set) {
        if (Cable.GEOMETRY.contains(variable) || variable.endsWith("__cable")) {
            throw new SpecException("Group", group.name(), variable, "is set by Synfire from the morphology (or by the cable solver); "
                + "it takes no value");
        }
        if (part == null) {
            GroupSpec.Builder builder = new GroupSpec.Builder(group, (Slice) null);
            set.accept(builder);
            group = builder.build();
            return this;
        }
        int n = cable.compartments();
        List<Slice> slices = new ArrayList<>();
        for (int neuron = 0; neuron < cable.neurons(); neuron++) {
            slices.add(new Slice(neuron * n + part.from, neuron * n + part.to));
        }
        GroupSpec.Builder builder = new GroupSpec.Builder(group, slices);
        set.accept(builder);
        group = builder.build();
        return this;
    }

    /**
     * The group with every value given and the spiking compartment of each neuron marked; if
     * sections were given no compartment count, first cut by the d_lambda rule and given the
     * same values again.
     */
    GroupSpec build() {
        Morphology morphology = cable.morphology();
        if (morphology.uncounted().isEmpty()) {
            return marked();
        }
        Morphology cut = morphology.withCompartments(this::rule);
        SpatialBuilder again = new SpatialBuilder(group.name(), cable.neurons(), cut, group.model());
        steps.forEach(again::replay);
        return again.marked();
    }

    /** Takes one step again, on this builder's compartments. */
    private void replay(Step step) {
        Consumer<Values> values = v -> {
            if (step.value() instanceof Quantity q) {
                v.set(step.variable(), q);
            } else {
                v.set(step.variable(), (String) step.value());
            }
        };
        if (step.variable() == null) {
            spikesAt(step.section(), step.distance());
        } else if (step.section() == null && step.value() instanceof Quantity q) {
            set(step.variable(), q);
        } else if (step.section() == null) {
            set(step.variable(), (String) step.value());
        } else if (step.distance() == null) {
            section(step.section(), values);
        } else {
            at(step.section(), step.distance(), values);
        }
    }

    /** NEURON's rule for {@code section}, with the {@code Ri} and {@code Cm} it was given last (over all of it). */
    private DLambda rule(String section) {
        return new DLambda(constant("Ri", section), constant("Cm", section), dLambda, frequency);
    }

    private Quantity constant(String variable, String section) {
        Object value = group.model().defaults().get(variable);
        for (Step step : steps) {
            if (variable.equals(step.variable()) && step.distance() == null && (step.section() == null || step.section().equals(section))) {
                value = step.value();
            }
        }
        String why = "; section '" + section + "' was given no compartment count, so the d_lambda rule cuts it by its length constant, "
            + "which needs one value of Cm and Ri for the whole section (or give every section a count)";
        if (value == null) {
            throw new SpecException("Group", group.name(), variable, "has no value" + why);
        }
        if (!(value instanceof String text)) {
            return (Quantity) value;
        }
        if (Settable.fromText(text) instanceof Initializer.Constant c) {
            return c.value();
        }
        // Text such as 100*ohm*cm is an expression of units only: folded, it is one number.
        Dimension dimension = group.model().equations().get(variable).dimension();
        Expr folded = Expr.fold(ModelChecker.checkValue(group.model().equations(), new Namespace(group.model().constants(), Map.of()),
            new Source("value of " + variable + " in group '" + group.name() + "'", text), dimension));
        if (!(folded instanceof Expr.Num number)) {
            throw new SpecException("Group", group.name(), variable, "is the expression '" + text + "'" + why);
        }
        return Quantity.si(number.value(), dimension);
    }

    /** The group with the spiking compartment of each neuron marked. */
    private GroupSpec marked() {
        double[] here = new double[group.size()];
        for (int n = 0; n < cable.neurons(); n++) {
            here[cable.index(n, group.cable().spikeCompartment())] = 1;
        }
        GroupSpec.Builder builder = new GroupSpec.Builder(group, (Slice) null);
        builder.set(Cable.SPIKES_HERE, here, org.synfire.units.Units.one);
        return builder.build();
    }
}
