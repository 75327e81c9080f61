package org.synfire.equations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.synfire.units.Dimension;

/**
 * Checks a synapse model (its equations, {@code on_pre} and {@code on_post} statements) against
 * the groups it connects, as Brian2 does: names resolve to the synapse's own variables first,
 * then {@code x_pre} / {@code x_post} to variables of the source and target groups, and an
 * unsuffixed name that is not the synapse's own to the target group's variable (so
 * {@code ge += w} adds to the target's {@code ge}).
 *
 * <pre>{@code
 * CheckedSynapse s = SynapseChecker.check(Equations.parse("w : volt"), "v_post += w", null,
 *     Namespace.empty(), SynapseChecker.Side.NONE, postSide);
 * }</pre>
 */
public final class SynapseChecker {
    private static final Set<String> RESERVED = Set.of("t", "dt", "i", "j", "N", "N_pre", "N_post", "pi", "lastupdate",
        "and", "or", "not");

    /**
     * What a synapse sees of one of the groups it connects.
     *
     * @param perNeuron per-neuron variables and their dimensions
     * @param shared    shared parameters and their dimensions
     * @param writable  the per-neuron variables synaptic code may change (state and non-constant parameters)
     * @param state     the variables with a differential equation
     * @param clamped   the variables held while refractory ({@code (unless refractory)}): synaptic
     *                  changes to them are dropped for refractory neurons, as in Brian2
     * @param linked    the parameters that read another group's variable ({@code (linked)}), read-only here
     */
    public record Side(Map<String, Dimension> perNeuron, Map<String, Dimension> shared, Set<String> writable, Set<String> state,
                       Set<String> clamped, Set<String> linked) {
        /** A population without variables (a spike source). */
        public static final Side NONE = new Side(Map.of(), Map.of(), Set.of(), Set.of(), Set.of(), Set.of());

        /**
         * Copies the maps and sets, so a side never changes.
         *
         * @param perNeuron per-neuron variables and their dimensions
         * @param shared    shared parameters and their dimensions
         * @param writable  the per-neuron variables synaptic code may change
         * @param state     the variables with a differential equation
         * @param clamped   the variables held while refractory
         * @param linked    the parameters that read another group's variable
         */
        public Side {
            perNeuron = Map.copyOf(perNeuron);
            shared = Map.copyOf(shared);
            writable = Set.copyOf(writable);
            state = Set.copyOf(state);
            clamped = Set.copyOf(clamped);
            linked = Set.copyOf(linked);
        }

        boolean has(String name) {
            return perNeuron.containsKey(name) || shared.containsKey(name);
        }
    }

    private final Equations own;
    private final Side pre;
    private final Side post;
    private final ModelChecker checker;

    private SynapseChecker(Equations own, Namespace namespace, Side pre, Side post) {
        this.own = own;
        this.pre = pre;
        this.post = post;
        List<Equation> declarations = new ArrayList<>();
        declare(declarations, pre, "_pre", false);
        declare(declarations, post, "_post", true);
        for (String index : List.of("j", "N_pre", "N_post")) {
            declarations.add(new Equation(Equation.Kind.PARAMETER, index, null, Dimension.DIMENSIONLESS, "1",
                Set.of(Equation.Flag.CONSTANT), null));
        }
        declarations.add(new Equation(Equation.Kind.PARAMETER, "lastupdate", null, Dimension.TIME, "second",
            Set.of(Equation.Flag.CONSTANT), null));
        this.checker = new ModelChecker(own.withDeclarations(declarations), namespace);
    }

    private static void declare(List<Equation> out, Side side, String suffix, boolean writableSide) {
        side.perNeuron().forEach((name, d) -> out.add(new Equation(Equation.Kind.PARAMETER, name + suffix, null, d, d.toString(),
            writableSide && side.writable().contains(name) ? Set.of()
                : Set.of(side.linked().contains(name) ? Equation.Flag.LINKED : Equation.Flag.CONSTANT), null)));
        side.shared().forEach((name, d) -> out.add(new Equation(Equation.Kind.PARAMETER, name + suffix, null, d, d.toString(),
            Set.of(Equation.Flag.SHARED), null)));
    }

    /**
     * Checks a synapse model.
     *
     * @param equations the synapse's own equations (parameters, event-driven equations, sub-expressions)
     * @param onPre     statements run when a pre-synaptic spike arrives, or {@code null}
     * @param onPost    statements run when the post-synaptic neuron spikes, or {@code null}
     * @param namespace external constants
     * @param pre       the source group's variables
     * @param post      the target group's variables
     * @throws EquationException for the first mistake, with a caret
     * @return the checked synapse: its statements expanded, its event-driven equations solved, what each side reads and writes
     */
    public static CheckedSynapse check(Equations equations, String onPre, String onPost, Namespace namespace, Side pre, Side post) {
        return new SynapseChecker(equations, namespace, pre, post).check(onPre, onPost);
    }

    /**
     * Checks an expression evaluated once per synapse at build (an initial value, a delay, a
     * connection condition) and returns it expanded. It may use the synapse's variables,
     * {@code i}, {@code j}, variables of both groups, constants, units and random numbers.
     *
     * @param expected the dimension required, or {@code null} for a condition
     * @param equations the synapse's own equations
     * @param namespace external constants
     * @param pre       the source group's variables
     * @param post      the target group's variables
     * @param source    the expression, labelled for messages
     * @return the expression with sub-expressions and constants expanded
     * @throws EquationException if a name is unknown or the dimension is not {@code expected}
     */
    public static Expr checkExpression(Equations equations, Namespace namespace, Side pre, Side post, Source source,
                                       Dimension expected) {
        SynapseChecker c = new SynapseChecker(equations, namespace, pre, post);
        Expr qualified = c.qualifyNames(Equations.parseExpression(source));
        TypeChecker.Type type = c.checker.types().typeOf(qualified);
        if (expected == null) {
            c.checker.types().requireBoolean(qualified, type, source.label());
        } else {
            c.checker.types().requireDimension(qualified, type, expected, source.label());
        }
        return c.checker.expand(qualified);
    }

    private CheckedSynapse check(String onPreText, String onPostText) {
        List<String> perSynapse = new ArrayList<>();
        List<String> shared = new ArrayList<>();
        List<String> state = new ArrayList<>();
        List<String> clock = new ArrayList<>();
        Map<String, Expr> summed = new LinkedHashMap<>();
        Map<String, Dimension> dimensions = new LinkedHashMap<>();
        for (Equation eq : own.all()) {
            checkName(eq);
            if (eq.has(Equation.Flag.LINKED)) {
                throw new EquationException(eq.span(), "'linked' is a flag of neuron models' parameters, not of synaptic variables",
                    "a per-synapse parameter, or read the neuron's variable as name_pre or name_post");
            }
            dimensions.put(eq.variable(), eq.dimension());
            switch (eq.kind()) {
                case PARAMETER -> (eq.has(Equation.Flag.SHARED) ? shared : perSynapse).add(eq.variable());
                case DIFFERENTIAL -> (eq.has(Equation.Flag.EVENT_DRIVEN) ? state : clock).add(eq.variable());
                case SUBEXPRESSION -> {
                    checker.types().subexpressionType(eq);
                    if (eq.has(Equation.Flag.SUMMED)) {
                        summed.put(summedTarget(eq), checker.expand(eq.expression()));
                    }
                }
            }
        }
        List<String> changing = new ArrayList<>(state);
        changing.addAll(clock);
        Map<String, CheckedSynapse.Decay> eventDriven = new LinkedHashMap<>();
        for (String x : state) {
            eventDriven.put(x, decay(own.get(x), changing));
        }
        UpdateScheme clockDriven = clock.isEmpty() ? null : clockDriven(clock, shared, state);
        perSynapse.addAll(state);
        perSynapse.addAll(clock);
        List<Statement> preStatements = statements(onPreText, "on_pre");
        List<Statement> postStatements = statements(onPostText, "on_post");
        List<Assignment> onPre = checkAll(preStatements, "on_pre");
        List<Assignment> onPost = checkAll(postStatements, "on_post");
        for (Equation d : checker.equationsInScope()) {
            if (!own.names().contains(d.variable())) {
                dimensions.put(d.variable(), d.dimension());
            }
        }
        Set<String> assigned = new HashSet<>();
        onPre.forEach(a -> assigned.add(a.target()));
        onPost.forEach(a -> assigned.add(a.target()));
        CheckedSynapse.Accumulation accumulation = state.isEmpty() && clock.isEmpty() && onPost.isEmpty()
            ? accumulation(preStatements, assigned) : null;
        Set<String> single = new HashSet<>();
        for (String x : perSynapse) {
            if (own.get(x).kind() == Equation.Kind.PARAMETER && own.get(x).has(Equation.Flag.CONSTANT)) {
                single.add(x);
            }
        }
        return new CheckedSynapse(List.copyOf(perSynapse), Set.copyOf(single), List.copyOf(shared), eventDriven, clockDriven, summed,
            Map.copyOf(dimensions), onPre, onPost, accumulation);
    }

    private void checkName(Equation eq) {
        String name = eq.variable();
        if (RESERVED.contains(name) || name.startsWith("_") || Functions.isBuiltIn(name)) {
            throw new EquationException(eq.span(), "'" + name + "' is reserved and cannot name a synaptic variable",
                "another name (t, dt, i, j, N, N_pre, N_post, lastupdate, pi, function names and names starting with '_' are reserved)");
        }
        if (eq.has(Equation.Flag.SUMMED)) {
            return;
        }
        if (name.endsWith("_pre") || name.endsWith("_post")) {
            throw new EquationException(eq.span(), "'" + name + "' ends in _pre or _post, which name variables of the connected groups",
                "a name without that ending");
        }
    }

    /**
     * The target of a summed variable: {@code x_post} names a per-neuron, non-state variable of
     * the target group that the sum replaces every step.
     */
    private String summedTarget(Equation eq) {
        String name = eq.variable();
        String x = name.endsWith("_post") ? name.substring(0, name.length() - 5) : null;
        if (x == null || !post.perNeuron().containsKey(x)) {
            throw new EquationException(eq.span(), "a summed variable must name a per-neuron variable of the target group with "
                + "the suffix _post", "e.g. I_syn_post = g*(E - v_post) : amp (summed), with I_syn : amp in the target's model");
        }
        if (!post.writable().contains(x) || post.state().contains(x)) {
            throw new EquationException(eq.span(), "'" + x + "' of the target group is " + (post.state().contains(x)
                ? "a state variable" : "constant") + "; a summed variable replaces its value every step",
                "a parameter such as " + x + " : " + eq.unitText() + " (without '(constant)') in the target's model");
        }
        if (!post.perNeuron().get(x).equals(eq.dimension())) {
            throw new EquationException(eq.span(), "'" + x + "' of the target group is in " + post.perNeuron().get(x)
                + ", not " + eq.unitText(), "the unit of the target variable");
        }
        return x;
    }

    /**
     * The update of clock-driven synaptic equations, integrated every step like a neuron's: exact
     * when they are linear with coefficients shared by all synapses, else exponential Euler, else RK4.
     */
    private UpdateScheme clockDriven(List<String> clock, List<String> shared, List<String> eventDriven) {
        Map<String, Expr> derivatives = new LinkedHashMap<>();
        for (String x : clock) {
            Equation eq = own.get(x);
            TypeChecker.Type rhs = checker.types().typeOf(eq.expression());
            if (rhs.bool() || !rhs.dimension().equals(eq.dimension().divide(Dimension.TIME))) {
                throw new EquationException(eq.expression().span(), "the right-hand side of d" + x + "/dt is "
                    + (rhs.bool() ? "a condition" : TypeChecker.describeFound(rhs.dimension())), TypeChecker.describeRate(eq.dimension()));
            }
            Expr expanded = checker.expand(eq.expression());
            if (Expr.names(expanded).stream().anyMatch(Noise::isSource)) {
                throw new EquationException(eq.expression().span(), "d" + x + "/dt has white noise (xi), which synaptic equations cannot have",
                    "the noise in the neuron model, e.g. a noisy current there");
            }
            for (String name : Expr.names(expanded)) {
                if (eventDriven.contains(name)) {
                    throw new EquationException(eq.expression().span(), "d" + x + "/dt depends on the event-driven variable '" + name
                        + "', which is only up to date at events", "clock-driven equations of clock-driven and other variables");
                }
            }
            derivatives.put(x, expanded);
        }
        // Shared parameters (the synapse's and the groups') stay fixed during a run; every other
        // parameter may differ from synapse to synapse.
        Set<String> runConstants = new HashSet<>(Set.of("dt", "N", "N_pre", "N_post"));
        Set<String> perSynapse = new HashSet<>(Set.of("i", "j"));
        for (Equation eq : checker.equationsInScope()) {
            if (eq.kind() == Equation.Kind.PARAMETER && !runConstants.contains(eq.variable())) {
                (eq.has(Equation.Flag.SHARED) ? runConstants : perSynapse).add(eq.variable());
            }
        }
        Integrators integrators = new Integrators(derivatives, Set.of(), runConstants, perSynapse, Map.of());
        List<String> rejected = new ArrayList<>();
        for (IntegrationMethod method : List.of(IntegrationMethod.EXACT, IntegrationMethod.EXPONENTIAL_EULER, IntegrationMethod.RK4)) {
            try {
                UpdateScheme scheme = integrators.scheme(method, rejected.isEmpty() ? "automatic: linear with shared coefficients"
                    : "automatic: " + String.join("; ", rejected));
                if (scheme.linear() != null && scheme.linear().perNeuron()) {
                    rejected.add("not exact (coefficients differ between synapses)");
                    continue;
                }
                return scheme;
            } catch (Integrators.NotApplicable e) {
                rejected.add("not " + method + " (" + e.getMessage() + ")");
            }
        }
        throw new IllegalStateException("rk4 applies to every model");
    }

    /** The exact solution between events needs {@code dx/dt = a·x + b} with {@code a}, {@code b} fixed between events. */
    private CheckedSynapse.Decay decay(Equation eq, List<String> state) {
        TypeChecker.Type rhs = checker.types().typeOf(eq.expression());
        if (rhs.bool() || !rhs.dimension().equals(eq.dimension().divide(Dimension.TIME))) {
            throw new EquationException(eq.expression().span(), "the right-hand side of d" + eq.variable() + "/dt is "
                + (rhs.bool() ? "a condition" : TypeChecker.describeFound(rhs.dimension())), TypeChecker.describeRate(eq.dimension()));
        }
        Expr expanded = checker.expand(eq.expression());
        Integrators.Affine form = Integrators.Affine.of(expanded, Set.of(eq.variable()));
        String problem = null;
        if (form == null) {
            problem = "is not linear in " + eq.variable();
        } else {
            Set<String> used = new HashSet<>(Expr.names(form.coefficient(eq.variable())));
            used.addAll(Expr.names(form.rest()));
            for (String name : used) {
                if (state.contains(name) || name.equals("t") || isPerNeuronOfGroup(name)) {
                    problem = "depends on '" + name + "', which changes between events";
                }
            }
            if (Functions.draws(expanded)) {
                problem = "contains random numbers";
            }
        }
        if (problem != null) {
            throw new EquationException(eq.expression().span(), "the event-driven equation for " + eq.variable() + " " + problem,
                "a linear decay such as -" + eq.variable() + "/tau, with coefficients that are parameters");
        }
        return new CheckedSynapse.Decay(form.coefficient(eq.variable()), form.rest());
    }

    private boolean isPerNeuronOfGroup(String name) {
        return name.endsWith("_pre") && pre.perNeuron().containsKey(name.substring(0, name.length() - 4))
            || name.endsWith("_post") && post.perNeuron().containsKey(name.substring(0, name.length() - 5));
    }

    private List<Statement> statements(String text, String label) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Statement> out = new ArrayList<>();
        for (Statement s : Equations.parseStatements(new Source(label, text))) {
            out.add(new Statement(qualify(s.target()), s.operator(), qualifyNames(s.value()), s.span()));
        }
        return out;
    }

    /** An unsuffixed name that is not the synapse's own but a variable of the target becomes {@code name_post}. */
    private String qualify(String name) {
        if (own.get(name) != null || RESERVED.contains(name) || !post.has(name)) {
            return name;
        }
        return name + "_post";
    }

    private Expr qualifyNames(Expr parsed) {
        return keepSpans(parsed, Expr.substitute(parsed, name -> {
            String q = qualify(name);
            return q.equals(name) ? null : new Expr.Name(q, null);
        }));
    }

    /** Renaming drops spans of renamed names; put the original ones back so carets still point at them. */
    private static Expr keepSpans(Expr original, Expr renamed) {
        if (original instanceof Expr.Name o && renamed instanceof Expr.Name r) {
            return new Expr.Name(r.name(), o.span());
        }
        if (original instanceof Expr.Unary o && renamed instanceof Expr.Unary r) {
            return new Expr.Unary(r.op(), keepSpans(o.operand(), r.operand()), o.span());
        }
        if (original instanceof Expr.Binary o && renamed instanceof Expr.Binary r) {
            return new Expr.Binary(r.op(), keepSpans(o.left(), r.left()), keepSpans(o.right(), r.right()), o.span());
        }
        if (original instanceof Expr.Call o && renamed instanceof Expr.Call r) {
            List<Expr> args = new ArrayList<>();
            for (int k = 0; k < o.args().size(); k++) {
                args.add(keepSpans(o.args().get(k), r.args().get(k)));
            }
            return new Expr.Call(r.function(), args, o.span());
        }
        return renamed;
    }

    private List<Assignment> checkAll(List<Statement> statements, String where) {
        List<Assignment> out = new ArrayList<>();
        for (Statement s : statements) {
            if (s.target().endsWith("_pre") && pre.has(s.target().substring(0, s.target().length() - 4))) {
                throw new EquationException(s.span(), where + " cannot change '" + s.target() + "', a variable of the pre-synaptic group "
                    + "(the threads that deliver spikes own the targets, not the sources)",
                    "a synaptic variable or a variable of the post-synaptic group");
            }
            Assignment a = checker.checkAssignment(s, where);
            out.add(new Assignment(a.target(), a.value(), isClampedTarget(a.target())));
        }
        return List.copyOf(out);
    }

    /** Whether {@code name} is a target-group variable held while refractory. */
    private boolean isClampedTarget(String name) {
        return name.endsWith("_post") && post.clamped().contains(name.substring(0, name.length() - 5));
    }

    private CheckedSynapse.Accumulation accumulation(List<Statement> statements, Set<String> assigned) {
        if (statements.size() != 1) {
            return null;
        }
        Statement s = statements.get(0);
        String target = s.target();
        boolean additive = s.operator().equals("+=") || s.operator().equals("-=");
        if (!additive || !target.endsWith("_post") || !post.perNeuron().containsKey(target.substring(0, target.length() - 5))) {
            return null;
        }
        Expr increment = checker.expand(s.value());
        for (String name : Expr.names(increment)) {
            boolean fixed = own.get(name) != null && !assigned.contains(name)
                || Set.of("i", "j", "N", "N_pre", "N_post", "dt").contains(name)
                || name.endsWith("_pre") && pre.shared().containsKey(name.substring(0, name.length() - 4))
                || name.endsWith("_post") && post.shared().containsKey(name.substring(0, name.length() - 5));
            if (!fixed) {
                return null;
            }
        }
        if (Functions.draws(increment)) {
            return null;
        }
        return new CheckedSynapse.Accumulation(target.substring(0, target.length() - 5),
            s.operator().equals("-=") ? Expr.neg(increment) : increment, isClampedTarget(target));
    }
}
