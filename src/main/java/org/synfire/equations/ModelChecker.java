package org.synfire.equations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.synfire.units.Dimension;
import org.synfire.units.Quantity;
import org.synfire.units.Unit;
import org.synfire.units.Units;

/**
 * Checks a whole neuron model (equations, threshold, reset, refractoriness) against a namespace
 * and chooses its integration scheme. Nothing is built from a model that fails: the first mistake
 * is reported with its line, a caret and what was expected.
 *
 * <pre>{@code
 * CheckedModel m = ModelChecker.check(Equations.parse("dv/dt = (El - v)/tau : volt\nEl : volt\ntau : second"),
 *     "v > -50*mV", "v = El", Refractoriness.of(Units.ms.of(2)), Namespace.empty(), null);
 * }</pre>
 */
public final class ModelChecker {
    private static final Set<String> RESERVED = Set.of("t", "dt", "i", "N", "pi", "and", "or", "not",
        "lastspike", "not_refractory");

    private final Equations equations;
    private final Namespace namespace;
    private final TypeChecker types;

    ModelChecker(Equations equations, Namespace namespace) {
        this.equations = equations;
        this.namespace = namespace;
        this.types = new TypeChecker(equations, namespace);
    }

    /**
     * Checks a model and chooses how to integrate it.
     *
     * @param equations  the parsed equations
     * @param threshold  the spike condition as text, or {@code null} if the group never spikes
     * @param reset      reset statements as text, or {@code null}
     * @param refractory the refractory period
     * @param namespace  external constants and tabulated functions
     * @param method     the integration method, or {@code null} to choose automatically
     * @throws EquationException for the first mistake found
     */
    public static CheckedModel check(Equations equations, String threshold, String reset, Refractoriness refractory,
                                     Namespace namespace, IntegrationMethod method) {
        return new ModelChecker(equations, namespace).check(threshold, reset, refractory, method);
    }

    private CheckedModel check(String thresholdText, String resetText, Refractoriness refractoriness, IntegrationMethod method) {
        List<String> state = new ArrayList<>();
        List<String> neuronParameters = new ArrayList<>();
        List<String> sharedParameters = new ArrayList<>();
        Map<String, Dimension> dimensions = new LinkedHashMap<>();
        Set<String> clamped = new HashSet<>();
        Set<String> runConstants = new HashSet<>(Set.of("dt", "N", "i"));
        Set<String> perNeuron = new HashSet<>(Set.of("i"));
        for (Equation eq : equations.all()) {
            checkName(eq);
            if (eq.has(Equation.Flag.EVENT_DRIVEN) || eq.has(Equation.Flag.SUMMED)) {
                throw new EquationException(eq.span(), "'" + (eq.has(Equation.Flag.SUMMED) ? "summed" : "event-driven")
                    + "' is a flag of synaptic equations, not of neuron models", "it only in the equations of a SynapseModel");
            }
            dimensions.put(eq.variable(), eq.dimension());
            switch (eq.kind()) {
                case DIFFERENTIAL -> {
                    state.add(eq.variable());
                    TypeChecker.Type rhs = types.typeOf(eq.expression());
                    Dimension rate = rhs.dimension();
                    if (rhs.bool() || !rate.equals(eq.dimension().divide(Dimension.TIME))) {
                        throw new EquationException(eq.expression().span(), "the right-hand side of d" + eq.variable()
                            + "/dt is " + (rhs.bool() ? "a condition" : TypeChecker.describeFound(rate)),
                            TypeChecker.describeRate(eq.dimension()) + " (the unit of " + eq.variable() + ", " + eq.unitText()
                                + ", per second)");
                    }
                    if (eq.has(Equation.Flag.UNLESS_REFRACTORY)) {
                        clamped.add(eq.variable());
                    }
                }
                case SUBEXPRESSION -> types.subexpressionType(eq);
                case PARAMETER -> {
                    if (eq.has(Equation.Flag.SHARED)) {
                        sharedParameters.add(eq.variable());
                        runConstants.add(eq.variable());
                    } else {
                        neuronParameters.add(eq.variable());
                        perNeuron.add(eq.variable());
                        if (eq.has(Equation.Flag.CONSTANT)) {
                            runConstants.add(eq.variable());
                        }
                    }
                }
            }
        }
        Map<String, Expr> subexpressions = new LinkedHashMap<>();
        for (Equation eq : equations.ofKind(Equation.Kind.SUBEXPRESSION)) {
            subexpressions.put(eq.variable(), expand(eq.expression()));
        }
        Map<String, Expr> derivatives = new LinkedHashMap<>();
        for (Equation eq : equations.ofKind(Equation.Kind.DIFFERENTIAL)) {
            derivatives.put(eq.variable(), expand(eq.expression()));
        }

        Expr threshold = null;
        if (thresholdText != null && !thresholdText.isBlank()) {
            Expr parsed = Equations.parseExpression(new Source("threshold", thresholdText));
            types.requireBoolean(parsed, types.typeOf(parsed), "the threshold");
            threshold = expand(parsed);
        }
        List<Assignment> reset = new ArrayList<>();
        if (resetText != null && !resetText.isBlank()) {
            for (Statement s : Equations.parseStatements(new Source("reset", resetText))) {
                reset.add(checkAssignment(s, "reset"));
            }
        }

        CheckedModel.RefractoryKind refractoryKind = CheckedModel.RefractoryKind.NONE;
        Expr refractory = null;
        if (refractoriness instanceof Refractoriness.Duration d) {
            if (!d.duration().dimension().equals(Dimension.TIME) || d.duration().si() < 0) {
                throw new EquationException(new Span(new Source("refractory", d.duration().toString()), 0, 0,
                    d.duration().toString().length()), "the refractory period " + d.duration() + " is not a duration of zero or more",
                    "a duration such as 2 ms");
            }
            if (d.duration().si() > 0) {
                refractoryKind = CheckedModel.RefractoryKind.DURATION;
                refractory = Expr.num(d.duration().si());
            }
        } else if (refractoriness instanceof Refractoriness.Text text) {
            Expr parsed = Equations.parseExpression(text.source());
            TypeChecker.Type type = types.typeOf(parsed);
            if (type.bool()) {
                refractoryKind = CheckedModel.RefractoryKind.CONDITION;
            } else if (type.dimension().equals(Dimension.TIME)) {
                refractoryKind = CheckedModel.RefractoryKind.DURATION;
            } else {
                throw new EquationException(parsed.span(), "the refractory period is " + type,
                    "a duration (e.g. 2*ms or tref) or a condition (e.g. v > -20*mV)");
            }
            refractory = expand(parsed);
        }
        if (!clamped.isEmpty() && refractoryKind == CheckedModel.RefractoryKind.NONE) {
            String v = clamped.iterator().next();
            throw new EquationException(equations.get(v).span(), "'" + v + "' is held while refractory, but the model has no refractory period",
                "a refractory period (e.g. 2 ms), or no '(unless refractory)' flag");
        }

        UpdateScheme scheme = chooseScheme(new Integrators(derivatives, clamped, runConstants, perNeuron), method);
        return new CheckedModel(equations, List.copyOf(state), List.copyOf(neuronParameters), List.copyOf(sharedParameters),
            Map.copyOf(dimensions), subexpressions, scheme, threshold, List.copyOf(reset), refractoryKind, refractory);
    }

    /**
     * Checks an expression giving a variable's initial values (e.g. {@code El + rand()*5*mV}) and
     * returns it expanded; it may use the model's parameters and state, {@code i}, {@code N},
     * constants, units and random numbers.
     *
     * @param source   the expression, labelled for messages
     * @param expected the dimension of the variable it initialises
     */
    public static Expr checkValue(Equations equations, Namespace namespace, Source source, Dimension expected) {
        ModelChecker checker = new ModelChecker(equations, namespace);
        Expr parsed = Equations.parseExpression(source);
        checker.types.requireDimension(parsed, checker.types.typeOf(parsed), expected, source.label());
        return checker.expand(parsed);
    }

    /** Every equation and declaration names resolve against. */
    List<Equation> equationsInScope() {
        return equations.all();
    }

    /** The type checker, for checks beyond those of neuron models. */
    TypeChecker types() {
        return types;
    }

    private UpdateScheme chooseScheme(Integrators integrators, IntegrationMethod requested) {
        if (equations.ofKind(Equation.Kind.DIFFERENTIAL).isEmpty()) {
            return new UpdateScheme(null, "no differential equations", List.of(), null);
        }
        if (requested != null) {
            try {
                return integrators.scheme(requested, "requested");
            } catch (Integrators.NotApplicable e) {
                throw new EquationException(equations.get(e.variable()).span(), "method '" + requested + "' cannot integrate this model: "
                    + e.getMessage(), "another method: exponential_euler, rk4, rk2 or euler (or none, to choose automatically)");
            }
        }
        List<String> rejected = new ArrayList<>();
        for (IntegrationMethod candidate : List.of(IntegrationMethod.EXACT, IntegrationMethod.EXPONENTIAL_EULER, IntegrationMethod.RK4)) {
            try {
                String reason = rejected.isEmpty() ? "automatic: the equations are linear with constant coefficients"
                    : "automatic: " + String.join("; ", rejected);
                return integrators.scheme(candidate, reason);
            } catch (Integrators.NotApplicable e) {
                rejected.add("not " + candidate + " (" + e.getMessage() + ")");
            }
        }
        throw new IllegalStateException("rk4 applies to every model");
    }

    private void checkName(Equation eq) {
        String name = eq.variable();
        if (RESERVED.contains(name) || name.startsWith("_") || Functions.isBuiltIn(name)
            || namespace.functions().containsKey(name)) {
            throw new EquationException(eq.span(), "'" + name + "' is reserved and cannot name a variable",
                "another name (names starting with '_', t, dt, i, N, pi and function names are reserved)");
        }
        if (namespace.constants().containsKey(name)) {
            throw new EquationException(eq.span(), "'" + name + "' is both a model variable and an external constant",
                "one definition: remove the constant or rename the variable");
        }
    }

    Assignment checkAssignment(Statement s, String where) {
        Equation target = equations.get(s.target());
        if (target == null) {
            throw new EquationException(s.span(), where + " assigns to '" + s.target() + "', which is not a variable of the model",
                "a state variable or parameter: " + String.join(", ", equations.names()));
        }
        if (target.kind() == Equation.Kind.SUBEXPRESSION) {
            throw new EquationException(s.span(), "'" + s.target() + "' is a sub-expression and cannot be assigned",
                "a state variable or a non-constant parameter");
        }
        if (target.has(Equation.Flag.CONSTANT) || target.has(Equation.Flag.SHARED)) {
            throw new EquationException(s.span(), "'" + s.target() + "' is " + (target.has(Equation.Flag.SHARED) ? "shared" : "constant")
                + " and cannot be changed by the " + where, "a state variable or a per-neuron parameter without '(constant)'");
        }
        TypeChecker.Type value = types.typeOf(s.value());
        Dimension expected = s.operator().equals("*=") || s.operator().equals("/=") ? Dimension.DIMENSIONLESS : target.dimension();
        types.requireDimension(s.value(), value, expected, "'" + s.target() + " " + s.operator() + " ...'");
        return new Assignment(s.target(), expand(s.assignedValue()), false);
    }

    /** Replaces sub-expressions by their definitions and constants, units and {@code pi} by numbers, then folds. */
    Expr expand(Expr e) {
        return Expr.fold(substituteNames(e));
    }

    private Expr substituteNames(Expr e) {
        return Expr.substitute(e, name -> {
            Equation eq = equations.get(name);
            if (eq != null) {
                return eq.kind() == Equation.Kind.SUBEXPRESSION ? substituteNames(eq.expression()) : null;
            }
            if (TypeChecker.SPECIAL.containsKey(name)) {
                return name.equals("pi") ? Expr.num(Math.PI) : null;
            }
            Quantity constant = namespace.constants().get(name);
            if (constant != null) {
                return Expr.num(constant.si());
            }
            Optional<Unit> unit = Units.lookup(name);
            return unit.map(u -> Expr.num(u.scale())).orElse(null);
        });
    }
}
