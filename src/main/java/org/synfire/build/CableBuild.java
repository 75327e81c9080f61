package org.synfire.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.synfire.codegen.KernelCompiler;
import org.synfire.codegen.KernelSource;
import org.synfire.engine.CableState;
import org.synfire.engine.GroupState;
import org.synfire.equations.Assignment;
import org.synfire.equations.CheckedModel;
import org.synfire.equations.Derivative;
import org.synfire.equations.Equation;
import org.synfire.equations.Expr;
import org.synfire.equations.UpdateScheme;
import org.synfire.kernel.NeuronKernel;
import org.synfire.model.Cable;
import org.synfire.model.GroupSpec;
import org.synfire.model.SpecException;
import org.synfire.model.morphology.Morphology;
import org.synfire.model.morphology.Section;
import org.synfire.units.Units;

/**
 * The parts of a group's build that make its neurons spatial ({@link GroupSpec#cable()}): the
 * statements that linearise the membrane current, the model split into an integrating kernel
 * (gating variables, {@code v} held) and a spiking kernel (threshold, reset and refractoriness at
 * one compartment per neuron, after the cable solve), and the {@link CableState} that solves the
 * cable equation between the two.
 */
final class CableBuild {
    private final Cable cable;
    private final CheckedModel spiking;
    private final Map<String, Boolean> tables;
    /** The spiking kernel, or null on the interpreted backend. */
    private final KernelCompiler.Compiled spikeKernel;
    private final int operation;
    private final boolean linear;

    private CableBuild(Cable cable, CheckedModel spiking, Map<String, Boolean> tables, KernelCompiler.Compiled spikeKernel, int operation,
                       boolean linear) {
        this.cable = cable;
        this.spiking = spiking;
        this.tables = tables;
        this.spikeKernel = spikeKernel;
        this.operation = operation;
        this.linear = linear;
    }

    /**
     * Plans a spatial group: adds the linearisation to the kernel's regular operations (as the
     * last) and compiles the spiking kernel, unless the backend interprets.
     *
     * @throws SpecException where the current cannot be differentiated in {@code v}
     */
    static CableBuild plan(GroupSpec spec, CheckedModel model, List<List<Assignment>> regular, Map<String, Boolean> tables, Backend backend) {
        List<Assignment> linearisation = linearisation(spec, model);
        regular.add(linearisation);
        CheckedModel spiking = spiking(model);
        KernelCompiler.Compiled compiled = backend == Backend.INTERPRETED ? null
            : KernelCompiler.compile(KernelSource.generate(spiking, tables, List.of()), NeuronKernel.class.getClassLoader());
        return new CableBuild(spec.cable(), spiking, tables, compiled, regular.size() - 1,
            !Expr.names(linearisation.get(0).value()).contains("v"));
    }

    /** The integration's reason followed by the cable's method, for the build report. */
    String reason(String integration) {
        return integration + "; then v by the cable equation, backward Euler with Hines' elimination, with the new gating variables "
            + "(Brian2's order); Im + point currents/area = I0 - gtot*v " + (linear ? "exactly (linear in v)"
            : "linearised at the step's start (not linear in v)") + chosen();
    }

    /** The sections whose compartments the d_lambda rule chose, with the rule: {@code "; compartments by d_lambda 0.1 at 100 Hz (...): dend 9"}. */
    private String chosen() {
        Map<String, List<String>> byRule = new LinkedHashMap<>();
        for (Section s : cable.morphology().sections()) {
            s.rule().ifPresent(r -> byRule.computeIfAbsent(r.toString(), k -> new ArrayList<>()).add(s.name() + " " + s.compartments()));
        }
        StringBuilder out = new StringBuilder();
        byRule.forEach((rule, sections) -> out.append("; compartments by ").append(rule).append(": ").append(String.join(", ", sections)));
        return out.toString();
    }

    /**
     * The statements run on every compartment before each cable solve: {@code gtot = −∂I/∂v} and
     * {@code I0 = I + gtot·v}, where {@code I = Im + Σ point currents / area} is the current per
     * area, so that {@code I ≈ I0 − gtot·v'} at the new potential. The derivative is symbolic
     * ({@link Derivative}): for currents linear in {@code v}, conductances times driving forces,
     * it is free of {@code v} and the split is exact; otherwise it linearises at the step's start,
     * as Brian2 does.
     */
    private static List<Assignment> linearisation(GroupSpec spec, CheckedModel model) {
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

    /** The model of the integrating kernel: its equations, refractoriness and regular operations, no spikes or events. */
    static CheckedModel integrating(CheckedModel m) {
        return new CheckedModel(m.equations(), m.stateVariables(), m.neuronParameters(), m.sharedParameters(), m.dimensions(),
            m.subexpressions(), m.scheme(), null, List.of(), m.refractoryKind(), m.refractory(), List.of());
    }

    /**
     * The model of the spiking kernel: nothing to integrate, the threshold tested only where
     * {@link Cable#SPIKES_HERE} is set (one compartment per neuron), and a refractory condition
     * read on {@code v} at the step's start ({@link Cable#V_AT_T}): this kernel runs after the
     * cable solve, and a condition such as {@code v > -20*mV} read on the new {@code v} would hide
     * the very crossing the threshold tests.
     */
    private static CheckedModel spiking(CheckedModel m) {
        Expr here = new Expr.Binary("!=", Expr.name(Cable.SPIKES_HERE), Expr.num(0), null);
        Expr threshold = m.threshold() == null ? null : new Expr.Binary("and", here, m.threshold(), null);
        Expr refractory = m.refractoryKind() == CheckedModel.RefractoryKind.CONDITION
            ? Expr.substitute(m.refractory(), name -> name.equals("v") ? Expr.name(Cable.V_AT_T) : null) : m.refractory();
        return new CheckedModel(m.equations(), m.stateVariables(), m.neuronParameters(), m.sharedParameters(), m.dimensions(),
            m.subexpressions(), new UpdateScheme(null, "integrated by the other kernel", List.of(), null), threshold, m.reset(),
            m.refractoryKind(), refractory, m.events());
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

    /** Attaches the cable solver and the spiking kernel to a spatial group's state, whose arrays are {@code arrayNames}. */
    void attach(GroupState state, List<String> arrayNames) {
        Morphology m = cable.morphology();
        double[] lengths = m.lengths(Units.metre);
        double[] diameters = m.diameters(Units.metre);
        double[] half = new double[m.size()];
        for (int c = 0; c < half.length; c++) {
            boolean soma = c == 0 && m.hasSoma();
            half[c] = soma ? 0 : lengths[c] / 2 / (Math.PI * diameters[c] * diameters[c] / 4);
        }
        NeuronKernel spikes;
        if (spikeKernel == null) {
            spikes = new InterpretedKernel(spiking, arrayNames, tables, List.of());
        } else {
            try {
                spikes = (NeuronKernel) spikeKernel.type().getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot instantiate generated kernel " + spikeKernel.className(), e);
            }
        }
        int spikeCompartment = spiking.events().isEmpty() ? cable.spikeCompartment() : -1;
        state.solveCable(new CableState(m.size(), m.parents(), m.areas(Units.metre.power(2)), half, operation, spikeCompartment,
            state.array("v"), state.array(Cable.V_AT_T), state.array("Cm"), state.array("Ri"), state.array(Cable.GTOT), state.array(Cable.I0)), spikes);
    }
}
