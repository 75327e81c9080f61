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
    /** Sub-expressions that draw random numbers, with every draw at a named site of its own. */
    private final Map<String, Expr> drawingOnce = new LinkedHashMap<>();
    private int namedSites;

    ModelChecker(Equations equations, Namespace namespace) {
        this.equations = equations;
        this.namespace = namespace;
        this.types = new TypeChecker(equations, namespace);
        for (Equation eq : equations.ofKind(Equation.Kind.SUBEXPRESSION)) {
            if (Functions.draws(eq.expression())) {
                drawingOnce.put(eq.variable(), nameDraws(eq.expression()));
            }
        }
    }

    /**
     * {@code e} with each {@code rand()} and {@code randn()} drawn at a new named site, so that a
     * random sub-expression is one number per neuron and step wherever it is used (the
     * integration, its stages, the threshold and the reset), as Brian2's
     * {@code (constant over dt)}, instead of a new draw at every use.
     */
    private Expr nameDraws(Expr e) {
        if (e instanceof Expr.Call c && Functions.RANDOM.contains(c.function())) {
            return new Expr.Call("_" + c.function(), List.of(Expr.num(namedSites++)), c.span());
        }
        if (e instanceof Expr.Call c) {
            return new Expr.Call(c.function(), c.args().stream().map(this::nameDraws).toList(), c.span());
        }
        if (e instanceof Expr.Unary u) {
            return new Expr.Unary(u.op(), nameDraws(u.operand()), u.span());
        }
        if (e instanceof Expr.Binary b) {
            return new Expr.Binary(b.op(), nameDraws(b.left()), nameDraws(b.right()), b.span());
        }
        return e;
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
     * @return the checked model with its integration scheme
     */
    public static CheckedModel check(Equations equations, String threshold, String reset, Refractoriness refractory,
                                     Namespace namespace, IntegrationMethod method) {
        return check(equations, threshold, reset, refractory, namespace, method, List.of());
    }

    /**
     * Checks a model with custom events: each condition as the threshold is checked, each event's
     * statements as the reset is.
     *
     * @param events the custom events, in the order declared
     * @throws EquationException for the first mistake found
     * @param equations  the parsed equations
     * @param threshold  the spike condition as text, or {@code null} if the group never spikes
     * @param reset      reset statements as text, or {@code null}
     * @param refractory the refractory period
     * @param namespace  external constants and tabulated functions
     * @param method     the integration method, or {@code null} to choose automatically
     * @return the checked model with its integration scheme and its events
     */
    public static CheckedModel check(Equations equations, String threshold, String reset, Refractoriness refractory,
                                     Namespace namespace, IntegrationMethod method, List<CustomEvent> events) {
        return new ModelChecker(equations, namespace).check(threshold, reset, refractory, method, events);
    }

    private CheckedModel check(String thresholdText, String resetText, Refractoriness refractoriness, IntegrationMethod method,
                               List<CustomEvent> eventTexts) {
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
        Map<String, Integer> noise = new LinkedHashMap<>();
        for (Equation eq : equations.ofKind(Equation.Kind.DIFFERENTIAL)) {
            Expr rate = expand(eq.expression());
            derivatives.put(eq.variable(), rate);
            Expr.names(rate).stream().filter(Noise::isSource).forEach(xi -> noise.computeIfAbsent(xi, k -> namedSites++));
        }

        Expr threshold = thresholdText == null || thresholdText.isBlank() ? null : condition(new Source("threshold", thresholdText), "the threshold");
        List<Assignment> reset = statements(new Source("reset", resetText), "reset");
        List<CheckedModel.Event> events = new ArrayList<>();
        for (CustomEvent event : eventTexts) {
            String where = "event '" + event.name() + "'";
            events.add(new CheckedModel.Event(event.name(), condition(new Source(where, event.condition()), "the condition of " + where),
                statements(new Source("code of " + where, event.code()), "code of " + where)));
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
            requireNoNoise(parsed, "the refractory condition");
            refractory = expand(parsed);
        }
        if (!clamped.isEmpty() && refractoryKind == CheckedModel.RefractoryKind.NONE) {
            String v = clamped.iterator().next();
            throw new EquationException(equations.get(v).span(), "'" + v + "' is held while refractory, but the model has no refractory period",
                "a refractory period (e.g. 2 ms), or no '(unless refractory)' flag");
        }

        UpdateScheme scheme = chooseScheme(new Integrators(derivatives, clamped, runConstants, perNeuron, noise), method, !noise.isEmpty());
        return new CheckedModel(equations, List.copyOf(state), List.copyOf(neuronParameters), List.copyOf(sharedParameters),
            Map.copyOf(dimensions), subexpressions, scheme, threshold, List.copyOf(reset), refractoryKind, refractory, List.copyOf(events));
    }

    /** A condition of the state after integration (a threshold, an event's): boolean, without white noise. */
    private Expr condition(Source source, String what) {
        Expr parsed = Equations.parseExpression(source);
        types.requireBoolean(parsed, types.typeOf(parsed), what);
        requireNoNoise(parsed, what);
        return expand(parsed);
    }

    /** Statements run on the neurons where a condition held (a reset, an event's code); none for blank text. */
    private List<Assignment> statements(Source source, String where) {
        List<Assignment> out = new ArrayList<>();
        if (source.text() != null && !source.text().isBlank()) {
            for (Statement s : Equations.parseStatements(source)) {
                out.add(checkAssignment(s, where));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Checks an expression giving a variable's initial values (e.g. {@code El + rand()*5*mV}) and
     * returns it expanded; it may use the model's parameters and state, {@code i}, {@code N},
     * constants, units and random numbers.
     *
     * @param source   the expression, labelled for messages
     * @param expected the dimension of the variable it initialises
     * @param equations the model's equations
     * @param namespace its external constants and functions
     * @return the expression with sub-expressions and constants expanded
     * @throws EquationException if a name is unknown or the unit is not {@code expected}
     */
    public static Expr checkValue(Equations equations, Namespace namespace, Source source, Dimension expected) {
        ModelChecker checker = new ModelChecker(equations, namespace);
        Expr parsed = Equations.parseExpression(source);
        TypeChecker.Type type = checker.types.typeOf(parsed);
        // A condition is the number 1 or 0, as in arithmetic: the initial value of a boolean or of any dimensionless variable.
        checker.types.requireDimension(parsed, type.bool() && expected.isDimensionless() ? TypeChecker.Type.of(expected) : type, expected,
            source.label());
        checker.requireNoNoise(parsed, source.label());
        return checker.expand(parsed);
    }

    /**
     * Checks statements a group runs every so often (Brian2's {@code run_regularly}) as a reset is
     * checked: each target a state variable or a per-neuron parameter that is not constant, each
     * value of its target's unit, random numbers allowed and white noise refused. A random
     * sub-expression is the same number as in that step's integration.
     *
     * @param source the statements, labelled for messages
     * @throws EquationException for the first mistake, with a caret
     * @param equations the model's equations
     * @param namespace its external constants and functions
     * @return the assignments in order, values expanded
     */
    public static List<Assignment> checkStatements(Equations equations, Namespace namespace, Source source) {
        ModelChecker checker = new ModelChecker(equations, namespace);
        List<Assignment> out = new ArrayList<>();
        for (Statement s : Equations.parseStatements(source)) {
            out.add(checker.checkAssignment(s, "runRegularly code"));
        }
        return List.copyOf(out);
    }

    /**
     * Checks an initialisation block, run once per neuron at build: statements that set state
     * variables and per-neuron parameters (constant ones included) and may define temporaries,
     * names of no model variable whose unit is that of their first value, so one random draw can
     * feed several variables ({@code r = rand(); c = -65*mV + 15*mV*r**2; d = 8*mV/ms - 6*mV/ms*r**2}).
     *
     * @return the assignments in order, values expanded; a target that is no model variable is a temporary
     * @throws EquationException for the first mistake, with a caret
     * @param equations the model's equations
     * @param namespace its external constants and functions
     * @param source    the block, labelled for messages
     */
    public static List<Assignment> checkInitialization(Equations equations, Namespace namespace, Source source) {
        StringBuilder declared = new StringBuilder(equations.source().text());
        Equations scope = equations;
        ModelChecker checker = new ModelChecker(scope, namespace);
        List<Assignment> out = new ArrayList<>();
        for (Statement s : Equations.parseStatements(source)) {
            Equation target = scope.get(s.target());
            TypeChecker.Type value = checker.types.typeOf(s.value());
            checker.requireNoNoise(s.value(), "the initialisation");
            if (target == null) {
                if (!s.operator().equals("=")) {
                    throw new EquationException(s.span(), "'" + s.target() + "' has no value yet for '" + s.operator() + "'",
                        "a first assignment with '=' (a temporary, or a variable of the model: " + String.join(", ", equations.names()) + ")");
                }
                if (value.bool()) {
                    throw new EquationException(s.value().span(), "the temporary '" + s.target() + "' would hold a condition",
                        "a number or a quantity");
                }
                out.add(new Assignment(s.target(), checker.expand(s.value()), false));
                Dimension d = value.dimension();
                declared.append('\n').append(s.target()).append(" : ").append(d.isDimensionless() ? "1" : d.baseForm());
                scope = Equations.parse(new Source(equations.source().label(), declared.toString()));
                checker = new ModelChecker(scope, namespace);
                continue;
            }
            if (target.kind() == Equation.Kind.SUBEXPRESSION || target.has(Equation.Flag.SHARED) || target.has(Equation.Flag.LINKED)) {
                throw new EquationException(s.span(), "'" + s.target() + "' is " + (target.has(Equation.Flag.SHARED)
                    ? "shared (one value for the group)" : target.has(Equation.Flag.LINKED) ? "linked (it reads another group's variable)"
                    : "a sub-expression") + " and cannot be set per neuron", "a state variable, a per-neuron parameter or a temporary");
            }
            out.add(checker.assigned(target, s, value));
        }
        return List.copyOf(out);
    }

    /** Every equation and declaration names resolve against. */
    List<Equation> equationsInScope() {
        return equations.all();
    }

    /** The type checker, for checks beyond those of neuron models. */
    TypeChecker types() {
        return types;
    }

    private UpdateScheme chooseScheme(Integrators integrators, IntegrationMethod requested, boolean stochastic) {
        if (equations.ofKind(Equation.Kind.DIFFERENTIAL).isEmpty()) {
            return new UpdateScheme(null, "no differential equations", List.of(), null);
        }
        if (requested != null) {
            try {
                return integrators.scheme(requested, "requested");
            } catch (Integrators.NotApplicable e) {
                throw new EquationException(equations.get(e.variable()).span(), "method '" + requested + "' cannot integrate this model: "
                    + e.getMessage(), stochastic ? "euler (Euler–Maruyama) or milstein (or none, to choose automatically)"
                    : "another method: exponential_euler, rk4, rk2 or euler (or none, to choose automatically)");
            }
        }
        if (stochastic) {
            try {
                return integrators.stochastic();
            } catch (Integrators.NotApplicable e) {
                throw new EquationException(equations.get(e.variable()).span(), e.getMessage(),
                    "white noise as a term of the right-hand side: dx/dt = f + g*xi");
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

    /** Refuses white noise outside differential equations, with a caret at the name that brings it in. */
    private void requireNoNoise(Expr parsed, String where) {
        Expr.Name found = noiseIn(parsed);
        if (found != null) {
            throw new EquationException(found.span(), where + " uses white noise (" + (Noise.isSource(found.name()) ? found.name()
                : found.name() + ", which contains xi") + "), which only differential equations can contain",
                "rand() or randn() for a random number per step");
        }
    }

    /** The first name in {@code e} that is a noise source or a sub-expression using one, or {@code null}. */
    private Expr.Name noiseIn(Expr e) {
        if (e instanceof Expr.Name n) {
            Equation eq = equations.get(n.name());
            boolean noisy = eq == null ? Noise.isSource(n.name())
                : eq.kind() == Equation.Kind.SUBEXPRESSION && noiseIn(eq.expression()) != null;
            return noisy ? n : null;
        }
        List<Expr> parts = e instanceof Expr.Unary u ? List.of(u.operand())
            : e instanceof Expr.Binary b ? List.of(b.left(), b.right())
            : e instanceof Expr.Call c ? c.args() : List.of();
        for (Expr part : parts) {
            Expr.Name found = noiseIn(part);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private void checkName(Equation eq) {
        String name = eq.variable();
        if (Noise.isSource(name)) {
            throw new EquationException(eq.span(), "'" + name + "' is white noise (xi, xi_1, xi_input, ...) and cannot name a variable",
                "another name");
        }
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
        if (target.has(Equation.Flag.CONSTANT) || target.has(Equation.Flag.SHARED) || target.has(Equation.Flag.LINKED)) {
            throw new EquationException(s.span(), "'" + s.target() + "' is " + (target.has(Equation.Flag.SHARED) ? "shared"
                : target.has(Equation.Flag.LINKED) ? "linked (it reads another group's variable)" : "constant")
                + " and cannot be changed by the " + where, "a state variable or a per-neuron parameter without '(constant)' or '(linked)'");
        }
        TypeChecker.Type value = types.typeOf(s.value());
        requireNoNoise(s.value(), "the " + where);
        return assigned(target, s, value);
    }

    /**
     * A checked statement's assignment: a boolean takes a condition; an integer takes a number,
     * truncated toward zero as C's and Brian2's {@code int()}; any other variable a value in its unit.
     */
    private Assignment assigned(Equation target, Statement s, TypeChecker.Type value) {
        String what = "'" + s.target() + " " + s.operator() + " ...'";
        if (target.isBoolean()) {
            if (!s.operator().equals("=")) {
                throw new EquationException(s.span(), "'" + s.target() + "' is boolean, and '" + s.operator() + "' is arithmetic",
                    "'" + s.target() + " = <condition>'");
            }
            types.requireBoolean(s.value(), value, what);
            return new Assignment(s.target(), expand(s.value()), false);
        }
        Dimension expected = s.operator().equals("*=") || s.operator().equals("/=") ? Dimension.DIMENSIONLESS : target.dimension();
        types.requireDimension(s.value(), value.bool() && expected.isDimensionless() ? TypeChecker.Type.of(expected) : value, expected,
            what);
        Expr result = expand(s.assignedValue());
        return new Assignment(s.target(), target.isInteger()
            ? Expr.mul(Expr.call("sign", result), Expr.call("floor", Expr.call("abs", result))) : result, false);
    }

    /** Replaces sub-expressions by their definitions and constants, units and {@code pi} by numbers, then folds. */
    Expr expand(Expr e) {
        return Expr.fold(substituteNames(e));
    }

    private Expr substituteNames(Expr e) {
        return Expr.substitute(e, name -> {
            Equation eq = equations.get(name);
            if (eq != null && eq.kind() == Equation.Kind.SUBEXPRESSION) {
                return substituteNames(drawingOnce.getOrDefault(name, eq.expression()));
            }
            if (eq != null) {
                // A stored boolean is 1 or 0; read as the condition it holds, so 'enabled and v > theta' compiles as it reads.
                return eq.isBoolean() ? new Expr.Binary("!=", Expr.name(name), Expr.num(0), null) : null;
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
