package org.synfire.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.synfire.units.Units.ms;
import static org.synfire.units.Units.um;

import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.synfire.SynfireException;
import org.synfire.equations.EquationException;
import org.synfire.model.Network;
import org.synfire.model.NeuronModel;
import org.synfire.model.SpatialBuilder;
import org.synfire.model.SpecException;
import org.synfire.model.morphology.Morphology;
import org.synfire.model.morphology.MorphologyException;
import org.synfire.sim.Simulation;
import org.synfire.units.Units;

/** Every malformed spatial neuron is refused with a message that names the place and the fix. */
class CableErrorsTest {
    private static final Morphology BALL_AND_STICK = Morphology.builder().soma(um.of(20))
        .dendrite("dend", s -> s.length(um.of(200)).diameter(um.of(1)).compartments(4)).build();
    private static final Consumer<SpatialBuilder> VALUES = b -> b.set("Cm", "1*uF/cm**2").set("Ri", "100*ohm*cm")
        .set("gL", "0.1*mS/cm**2").set("EL", "-70*mV");

    private static NeuronModel model(String current) {
        return NeuronModel.of("m", current + "\ngL : siemens/meter**2 (constant)\nEL : volt (constant)");
    }

    private static String specError(NeuronModel model, Consumer<SpatialBuilder> values) {
        return assertThrows(SpecException.class, () -> Network.create().spatial("cell", 1, BALL_AND_STICK, model, values)).getMessage();
    }

    private static String buildError(NeuronModel model, Consumer<SpatialBuilder> values) {
        Network net = Network.create();
        net.spatial("cell", 1, BALL_AND_STICK, model, values);
        return assertThrows(BuildException.class, () -> Simulation.build(net).run(ms.of(1))).getMessage();
    }

    private static final NeuronModel PASSIVE = model("Im = gL*(EL - v) : amp/meter**2\nI : amp (point current)");

    @Test
    void pointCurrentPerArea() {
        assertEquals("Group 'cell'.I: is a point current in amp/meter**2; a point current is in amp (a current per membrane area belongs in Im)",
            specError(model("Im = gL*(EL - v) : amp/meter**2\nI : amp/meter**2 (point current)"), VALUES));
    }

    @Test
    void currentInAmperes() {
        assertEquals("Group 'cell'.Im: is in amp; the membrane current is per area, in amp/meter**2 (a current in amp injected at one "
            + "place is a point current: 'I : amp (point current)')", specError(model("Im = gL*(EL - v)*um**2 : amp"), VALUES));
    }

    @Test
    void noMembraneCurrent() {
        assertEquals("Group 'cell'.Im: model 'm' has no membrane current; give it as a sub-expression such as 'Im = gL*(EL - v) : "
            + "amp/meter**2' (current per membrane area, positive inward)", specError(model("I_m = gL*(EL - v) : amp/meter**2"), VALUES));
    }

    @Test
    void currentAsParameter() {
        assertEquals("Group 'cell'.Im: is a parameter; the membrane current is a sub-expression of v, such as 'Im = gL*(EL - v) : "
            + "amp/meter**2'", specError(model("Im : amp/meter**2"), VALUES));
    }

    @Test
    void modelDeclaresThePotential() {
        assertEquals("Group 'cell'.v: is declared by model 'm', but Synfire declares it for spatial neurons (v, Cm, Ri and the geometry "
            + "area, diameter, length, distance); remove its line", specError(model("Im = gL*(EL - v) : amp/meter**2\nv : volt"), VALUES));
    }

    @Test
    void locationBeyondTheSectionsEnd() {
        String message = assertThrows(MorphologyException.class, () -> Network.create().spatial("cell", 1, BALL_AND_STICK, PASSIVE,
            VALUES.andThen(b -> b.at("dend", um.of(250), s -> s.set("I", "1*nA"))))).getMessage();
        assertEquals(true, message.contains("dend") && message.contains("200") && message.contains("250"), message);
    }

    @Test
    void unknownSection() {
        String message = assertThrows(MorphologyException.class, () -> Network.create().spatial("cell", 1, BALL_AND_STICK, PASSIVE,
            VALUES.andThen(b -> b.section("dnd", s -> s.set("gL", "0.2*mS/cm**2"))))).getMessage();
        assertEquals(true, message.contains("no section 'dnd'; known: dend"), message);
    }

    @Test
    void missingCapacitance() {
        assertEquals("Group 'cell'.Cm: parameter of model 'm' has no value; give one with set(\"Cm\", ...) or model.with(\"Cm\", ...)",
            buildError(PASSIVE, b -> b.set("Ri", "100*ohm*cm").set("gL", "0.1*mS/cm**2").set("EL", "-70*mV")));
    }

    @Test
    void missingResistivity() {
        assertEquals("Group 'cell'.Ri: parameter of model 'm' has no value; give one with set(\"Ri\", ...) or model.with(\"Ri\", ...)",
            buildError(PASSIVE, b -> b.set("Cm", "1*uF/cm**2").set("gL", "0.1*mS/cm**2").set("EL", "-70*mV")));
    }

    @Test
    void negativeResistivity() {
        String message = buildError(PASSIVE, VALUES.andThen(b -> b.section("dend", s -> s.set("Ri", "-100*ohm*cm"))));
        assertEquals(true, message.startsWith("Group 'cell'.Ri: ") && message.contains("neuron 1"), message);
    }

    @Test
    void capacitanceInFarads() {
        String message = specError(PASSIVE, b -> b.set("Cm", Units.uF.of(1)));
        assertEquals(true, message.startsWith("Group 'cell'.Cm: ") && message.contains("farad/meter**2"), message);
    }

    @Test
    void geometryIsNotSettable() {
        assertEquals("Group 'cell'.diameter: is set by Synfire from the morphology (or by the cable solver); it takes no value",
            specError(PASSIVE, VALUES.andThen(b -> b.section("dend", s -> s.set("diameter", "2*um")))));
    }

    @Test
    void noNeurons() {
        assertEquals("Group 'cell'.count: 0 neurons is impossible; a spatial group needs at least 1 neuron",
            assertThrows(SpecException.class, () -> Network.create().spatial("cell", 0, BALL_AND_STICK, PASSIVE, VALUES)).getMessage());
    }

    @Test
    void currentThatCannotBeLinearised() {
        assertEquals("Group 'cell'.Im: cannot be linearised in v for the cable equation: 'abs(v/mV)' has no derivative here; write the "
            + "membrane and point currents with + - * / ** and exp, log, sqrt, sin, cos, sinh, cosh, tanh of v",
            buildError(model("Im = gL*(EL - v)*abs(v/mV) : amp/meter**2"), VALUES));
    }

    @Test
    void pointCurrentOfAPointNeuron() {
        Network net = Network.create();
        net.group("g", 2, NeuronModel.of("lif", "dv/dt = -v/(10*ms) + I/(100*pF) : volt\nI : amp (point current)"));
        assertEquals("Group 'g'.I: is a point current, which only spatial neurons have; add the group with net.spatial(...) and a "
            + "morphology, or drop the flag and add it to the neuron's current", assertThrows(BuildException.class,
            () -> Simulation.build(net)).getMessage());
    }

    @Test
    void pointCurrentOnADifferentialEquation() {
        String message = assertThrows(EquationException.class, () -> NeuronModel.of("m", "dI/dt = -I/ms : amp (point current)"))
            .getMessage();
        assertEquals(true, message.contains("'point current' applies only to parameters and sub-expressions"), message);
    }

    @Test
    void spikingBeyondTheSectionsEnd() {
        SynfireException e = assertThrows(MorphologyException.class, () -> Network.create().spatial("cell", 1, BALL_AND_STICK, PASSIVE,
            VALUES.andThen(b -> b.spikesAt("dend", um.of(-1)))));
        assertEquals(true, e.getMessage().contains("dend"), e.getMessage());
    }
}
