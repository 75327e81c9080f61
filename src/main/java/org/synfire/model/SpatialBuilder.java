package org.synfire.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.synfire.model.morphology.Morphology;
import org.synfire.model.morphology.Section;
import org.synfire.units.Quantity;

/**
 * Collects the values of a group of spatial neurons, inside
 * {@link Network#spatial(String, int, Morphology, NeuronModel, Consumer)}: values for every
 * compartment, for the compartments of one section, or for the compartment at one location, in
 * every neuron of the group; later values override earlier ones where they overlap. Names and
 * units are checked at once against the model, as a group's are.
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

    SpatialBuilder(GroupSpec group) {
        this.group = group;
        this.cable = group.cable();
    }

    /**
     * Sets a parameter or initial value in every compartment, e.g. {@code set("Cm", ...)}; an
     * expression may use the compartment's {@code distance}, {@code diameter}, {@code length} and
     * {@code area}, e.g. {@code set("gL", "0.1*mS/cm**2 * (1 + distance/(100*um))")}.
     */
    public SpatialBuilder set(String variable, Quantity value) {
        return on(null, variable, b -> b.set(variable, value));
    }

    /** Sets a variable in every compartment from text: a quantity ({@code "1 uF/cm**2"}) or an expression evaluated per compartment. */
    public SpatialBuilder set(String variable, String value) {
        return on(null, variable, b -> b.set(variable, value));
    }

    /**
     * Sets values in the compartments of section {@code name} of every neuron.
     *
     * @throws org.synfire.model.morphology.MorphologyException for a section the morphology lacks, with the nearest names
     */
    public SpatialBuilder section(String name, Consumer<Values> values) {
        Section s = cable.morphology().section(name);
        values.accept(new Values(s.first(), s.first() + s.compartments()));
        return this;
    }

    /**
     * Sets values in the compartment at {@code distance} along section {@code name} of every
     * neuron: where a point current such as {@code I : amp (point current)} is injected.
     *
     * @throws org.synfire.model.morphology.MorphologyException for a distance beyond the section's end, naming its length
     */
    public SpatialBuilder at(String name, Quantity distance, Consumer<Values> values) {
        int c = cable.morphology().section(name).at(distance);
        values.accept(new Values(c, c + 1));
        return this;
    }

    /**
     * Makes the compartment at {@code distance} along section {@code name} the one where each
     * neuron's threshold is tested and its reset runs (by default compartment 0, the soma).
     */
    public SpatialBuilder spikesAt(String name, Quantity distance) {
        group = new GroupSpec(group.name(), group.size(), group.model(), group.values(), group.runRegularly(), group.initialization(),
            group.links(), new Cable(cable.morphology(), cable.neurons(), cable.morphology().section(name).at(distance)));
        return this;
    }

    /** The values of some compartments: those of a section or one location, in every neuron. */
    public final class Values {
        private final int from;
        private final int to;

        private Values(int from, int to) {
            this.from = from;
            this.to = to;
        }

        /** Sets a parameter or initial value in these compartments. */
        public Values set(String variable, Quantity value) {
            on(this, variable, b -> b.set(variable, value));
            return this;
        }

        /** Sets a variable in these compartments from text, a quantity or an expression. */
        public Values set(String variable, String value) {
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

    /** The group with every value given, and the spiking compartment of each neuron marked. */
    GroupSpec build() {
        double[] here = new double[group.size()];
        for (int n = 0; n < cable.neurons(); n++) {
            here[cable.index(n, group.cable().spikeCompartment())] = 1;
        }
        GroupSpec.Builder builder = new GroupSpec.Builder(group, (Slice) null);
        builder.set(Cable.SPIKES_HERE, here, org.synfire.units.Units.one);
        return builder.build();
    }
}
