package org.synfire.build;

import java.util.List;
import org.synfire.engine.CableState;
import org.synfire.engine.GroupState;
import org.synfire.equations.Assignment;
import org.synfire.equations.CheckedModel;
import org.synfire.equations.Derivative;
import org.synfire.equations.Equation;
import org.synfire.equations.Expr;
import org.synfire.model.Cable;
import org.synfire.model.GroupSpec;
import org.synfire.model.SpecException;
import org.synfire.model.morphology.Morphology;
import org.synfire.units.Units;

/**
 * The parts of a group's build that make its neurons spatial ({@link GroupSpec#cable()}): the
 * statements that linearise the membrane current, the threshold confined to one compartment per
 * neuron, and the {@link CableState} that solves the cable equation.
 */
final class CableBuild {
    private CableBuild() {
    }

    /**
     * The statements run on every compartment before each cable solve: {@code gtot = −∂I/∂v} and
     * {@code I0 = I + gtot·v}, where {@code I = Im + Σ point currents / area} is the current per
     * area, so that {@code I ≈ I0 − gtot·v'} at the new potential. The derivative is symbolic
     * ({@link Derivative}): for currents linear in {@code v}, conductances times driving forces,
     * it is free of {@code v} and the split is exact; otherwise it linearises at the step's start,
     * as Brian2 does.
     *
     * @throws SpecException where the current cannot be differentiated in {@code v}
     */
    static List<Assignment> linearisation(GroupSpec spec, CheckedModel model) {
        Expr current = model.subexpressions().get("Im");
        for (Equation eq : model.equations().all()) {
            if (eq.has(Equation.Flag.POINT_CURRENT)) {
                Expr point = eq.kind() == Equation.Kind.SUBEXPRESSION ? model.subexpressions().get(eq.variable()) : Expr.name(eq.variable());
                current = Expr.add(current, Expr.div(point, Expr.name("area")));
            }
        }
        Expr slope;
        try {
            slope = Expr.fold(Derivative.of(current, "v"));
        } catch (Derivative.NotDifferentiable e) {
            throw new SpecException("Group", spec.name(), "Im", "cannot be linearised in v for the cable equation: " + e.getMessage()
                + "; write the membrane and point currents with + - * / ** and exp, log, sqrt, sin, cos, sinh, cosh, tanh of v");
        }
        Expr gtot = Expr.fold(Expr.neg(slope));
        return List.of(new Assignment(Cable.GTOT, gtot, false),
            new Assignment(Cable.I0, Expr.add(current, Expr.mul(Expr.name(Cable.GTOT), Expr.name("v"))), false));
    }

    /** Whether the current per area is linear in {@code v}, so that {@link #linearisation} is exact. */
    static boolean linear(List<Assignment> linearisation) {
        return !Expr.names(linearisation.get(0).value()).contains("v");
    }

    /**
     * The model with its threshold tested only where {@link Cable#SPIKES_HERE} is set (one
     * compartment per neuron), and a refractory condition read on {@code v} at the step's start
     * ({@link Cable#V_AT_T}): the kernel runs after the cable solve, and a condition such as
     * {@code v > -20*mV} read on the new {@code v} would hide the very crossing the threshold tests.
     */
    static CheckedModel spikingAtOneCompartment(CheckedModel m) {
        if (m.threshold() == null) {
            return m;
        }
        Expr here = new Expr.Binary("!=", Expr.name(Cable.SPIKES_HERE), Expr.num(0), null);
        Expr refractory = m.refractoryKind() == CheckedModel.RefractoryKind.CONDITION
            ? Expr.substitute(m.refractory(), name -> name.equals("v") ? Expr.name(Cable.V_AT_T) : null) : m.refractory();
        return new CheckedModel(m.equations(), m.stateVariables(), m.neuronParameters(), m.sharedParameters(), m.dimensions(),
            m.subexpressions(), m.scheme(), new Expr.Binary("and", here, m.threshold(), null), m.reset(), m.refractoryKind(), refractory,
            m.events());
    }

    /** A point current outside a spatial group is a mistake: nothing would divide it by an area or inject it anywhere. */
    static void refusePointCurrents(GroupSpec spec) {
        for (Equation eq : spec.model().equations().all()) {
            if (eq.has(Equation.Flag.POINT_CURRENT)) {
                throw new SpecException("Group", spec.name(), eq.variable(), "is a point current, which only spatial neurons have; add the group "
                    + "with net.spatial(...) and a morphology, or drop the flag and add it to the neuron's current");
            }
        }
    }

    /** Attaches the cable solver to a spatial group's state; {@code operation} is the kernel's operation number of {@link #linearisation}. */
    static void attach(GroupState state, Cable cable, int operation) {
        Morphology m = cable.morphology();
        double[] lengths = m.lengths(Units.metre);
        double[] diameters = m.diameters(Units.metre);
        double[] half = new double[m.size()];
        for (int c = 0; c < half.length; c++) {
            boolean soma = c == 0 && m.hasSoma();
            half[c] = soma ? 0 : lengths[c] / 2 / (Math.PI * diameters[c] * diameters[c] / 4);
        }
        state.solveCable(new CableState(m.size(), m.parents(), m.areas(Units.metre.power(2)), half, operation, state.array("v"),
            state.array(Cable.V_AT_T), state.array("Cm"), state.array("Ri"), state.array(Cable.GTOT), state.array(Cable.I0)));
    }
}
