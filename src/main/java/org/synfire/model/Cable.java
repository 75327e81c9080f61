package org.synfire.model;

import org.synfire.model.morphology.Morphology;

/**
 * What makes a group of compartments a group of spatial neurons: {@code neurons} identical
 * neurons of one morphology, each solved as one cable, and the compartment where each spikes.
 * Part of a {@link GroupSpec} made by {@link Network#spatial}; neuron {@code n}'s compartment
 * {@code c} is the group's element {@code n·compartments() + c}.
 *
 * @param morphology       the shape of every neuron
 * @param neurons          how many neurons (at least 1)
 * @param spikeCompartment the compartment whose threshold crossing is the neuron's spike
 */
public record Cable(Morphology morphology, int neurons, int spikeCompartment) {

    /** The variables every spatial neuron model has, declared by Synfire: the membrane potential, the cable's constants and the geometry. */
    static final String DECLARATIONS = """
        v : volt
        Cm : farad/meter**2 (constant, positive)
        Ri : ohm*meter (constant, positive)
        area : meter**2 (constant)
        diameter : meter (constant)
        length : meter (constant)
        distance : meter (constant)
        v__cable : volt
        gtot__cable : siemens/meter**2
        I0__cable : amp/meter**2
        spikes__cable : boolean (constant)""";

    /** The geometry variables, set from the morphology at build; no user sets them. */
    public static final java.util.List<String> GEOMETRY = java.util.List.of("area", "diameter", "length", "distance");

    /** The variables the cable solver owns: written every step from the linearised membrane current (see the build's report). */
    public static final String GTOT = "gtot__cable";
    /** See {@link #GTOT}. */
    public static final String I0 = "I0__cable";
    /**
     * The potential at the step's start, kept by the cable solver before it moves {@code v} on: a
     * refractory condition reads it, so that it judges the state at t as for point neurons,
     * while the threshold reads the new {@code v}.
     */
    public static final String V_AT_T = "v__cable";
    /** True at the spiking compartment of every neuron: the threshold holds only there. */
    public static final String SPIKES_HERE = "spikes__cable";

    /** {@return the compartments per neuron} */
    public int compartments() {
        return morphology.size();
    }

    /**
     * The group's element of neuron {@code neuron}'s compartment {@code compartment}.
     *
     * @param neuron      the neuron, from 0
     * @param compartment its compartment's number in the morphology
     * @return {@code neuron·compartments + compartment}
     */
    public int index(int neuron, int compartment) {
        return neuron * compartments() + compartment;
    }

    @Override
    public String toString() {
        return neurons + " × " + compartments() + " compartments";
    }
}
