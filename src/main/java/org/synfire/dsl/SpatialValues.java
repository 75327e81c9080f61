package org.synfire.dsl;

import groovy.lang.Closure;
import groovy.lang.DelegatesTo;
import org.synfire.model.SpatialBuilder;
import org.synfire.units.Quantity;

/**
 * The delegate of a {@code spatial(...) { ... }} closure: assignments set values in every
 * compartment ({@code Cm = '1*uF/cm**2'}); {@code section('dend') { gNa = '0*mS/cm**2' }} and
 * {@code at('dend', 400.um) { I = 0.2.nA }} set them in a section or at a location of every
 * neuron; {@code spikesAt 'axon', 50.um} moves where the neurons spike; {@code dLambda 0.3, 100.Hz}
 * sets the rule that cuts sections given no compartment count.
 */
public final class SpatialValues extends Assignments {
    private final SpatialBuilder builder;
    private final String group;

    SpatialValues(SpatialBuilder builder, String group) {
        super(builder::set, builder::set, group);
        this.builder = builder;
        this.group = group;
    }

    /**
     * Values in the compartments of a section: {@code section('dend') { gNa = '0*mS/cm**2' }}.
     *
     * @param name   the section's name in the morphology
     * @param values assignments, run on the section's values
     * @throws org.synfire.model.morphology.MorphologyException for an unknown section
     */
    public void section(String name, @DelegatesTo(value = Part.class, strategy = Closure.DELEGATE_FIRST) Closure<?> values) {
        builder.section(name, part -> run(values, new Part(part, group + "." + name)));
    }

    /**
     * Values in one compartment of every neuron: {@code at('dend', 400.um) { I = 0.2.nA }}.
     *
     * @param name     the section's name in the morphology
     * @param distance a length from the section's start
     * @param values   assignments, run on that compartment's values
     * @throws org.synfire.model.morphology.MorphologyException for an unknown section or a distance beyond its end
     */
    public void at(String name, Quantity distance, @DelegatesTo(value = Part.class, strategy = Closure.DELEGATE_FIRST) Closure<?> values) {
        builder.at(name, distance, part -> run(values, new Part(part, group + "." + name)));
    }

    /**
     * Makes the compartment at a distance along a section the one where each neuron spikes.
     *
     * @param name     the section's name in the morphology
     * @param distance a length from the section's start
     * @throws org.synfire.model.morphology.MorphologyException for an unknown section or a distance beyond its end
     */
    public void spikesAt(String name, Quantity distance) {
        builder.spikesAt(name, distance);
    }

    /**
     * The d_lambda rule's fraction of the length constant and its frequency, for sections given no
     * compartment count (NEURON's 0.1 at 100 Hz without this): {@code dLambda 0.3, 100.Hz}.
     *
     * @param fraction  the longest compartment as a fraction of the length constant, positive
     * @param frequency the frequency of that length constant
     * @throws org.synfire.model.SpecException for a fraction or frequency that is not positive
     */
    public void dLambda(double fraction, Quantity frequency) {
        builder.dLambda(fraction, frequency);
    }

    private static void run(Closure<?> values, Part delegate) {
        Closure<?> c = values.rehydrate(delegate, values.getOwner(), values.getThisObject());
        c.setResolveStrategy(Closure.DELEGATE_FIRST);
        c.call();
    }

    /** The delegate of {@code section} and {@code at} blocks: assignments set values there. */
    public static final class Part extends Assignments {
        Part(SpatialBuilder.Values values, String where) {
            super(values::set, values::set, where);
        }
    }
}
