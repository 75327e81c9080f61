package org.synfire.equations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns expanded right-hand sides into an {@link UpdateScheme} for a chosen method, or explains
 * why the method does not apply. Stage variables of Runge–Kutta methods are temporaries, so every
 * stage sees one consistent state (the two-phase update the engine relies on).
 */
final class Integrators {
    /** The name generated code binds to 1 for an active neuron and 0 for a refractory one. */
    static final String ACTIVE = "_active";

    private final Map<String, Expr> derivatives;
    private final Set<String> clamped;
    private final Set<String> runConstants;
    private final Set<String> perNeuron;
    private final Map<String, Integer> noise;

    /**
     * @param derivatives  state variable → expanded right-hand side, in order
     * @param clamped      variables flagged {@code unless refractory}
     * @param runConstants names that cannot change during a run (constant or shared parameters, {@code dt}, {@code N}, {@code i})
     * @param perNeuron    names whose values differ between neurons ({@code i} and per-neuron parameters)
     * @param noise        the white-noise sources the derivatives use, each with the named site of its draws
     */
    Integrators(Map<String, Expr> derivatives, Set<String> clamped, Set<String> runConstants, Set<String> perNeuron,
                Map<String, Integer> noise) {
        this.derivatives = derivatives;
        this.clamped = clamped;
        this.runConstants = runConstants;
        this.perNeuron = perNeuron;
        this.noise = noise;
    }

    /** The scheme for {@code method}, or an explanation of why it does not apply (as an exception). */
    UpdateScheme scheme(IntegrationMethod method, String reason) throws NotApplicable {
        if (!noise.isEmpty()) {
            return switch (method) {
                case EULER -> eulerMaruyama(reason);
                case MILSTEIN -> milstein(reason);
                default -> throw new NotApplicable(noisyVariable(), method + " is a method for deterministic equations, and d"
                    + noisyVariable() + "/dt has white noise (" + String.join(", ", noise.keySet()) + ")");
            };
        }
        return switch (method) {
            case MILSTEIN -> throw new NotApplicable(derivatives.keySet().iterator().next(),
                "milstein is a method for stochastic equations, and these have no white noise (xi)");
            case EXACT -> exactOrExplain(reason);
            case EXPONENTIAL_EULER -> exponentialEulerOrExplain(reason);
            case RK4 -> rungeKutta(method, reason, new double[][] {{}, {0.5}, {0, 0.5}, {0, 0, 1}},
                new double[] {1.0 / 6, 1.0 / 3, 1.0 / 3, 1.0 / 6}, new double[] {0, 0.5, 0.5, 1});
            case RK2 -> rungeKutta(method, reason, new double[][] {{}, {0.5}}, new double[] {0, 1}, new double[] {0, 0.5});
            case EULER -> rungeKutta(method, reason, new double[][] {{}}, new double[] {1}, new double[] {0});
        };
    }

    /** Why a method cannot integrate these equations. */
    static final class NotApplicable extends Exception {
        private static final long serialVersionUID = 1L;

        private final String variable;

        NotApplicable(String variable, String why) {
            super(why, null, false, false);
            this.variable = variable;
        }

        /** The state variable whose equation is the obstacle. */
        String variable() {
            return variable;
        }
    }

    private UpdateScheme exactOrExplain(String reason) throws NotApplicable {
        List<String> vars = new ArrayList<>(derivatives.keySet());
        int n = vars.size();
        Expr[][] a = new Expr[n][n];
        Expr[] b = new Expr[n];
        boolean varies = false;
        for (int i = 0; i < n; i++) {
            String x = vars.get(i);
            Affine form = Affine.of(derivatives.get(x), new HashSet<>(vars));
            if (form == null) {
                throw new NotApplicable(x, "d" + x + "/dt is not linear in the state variables");
            }
            for (int j = 0; j < n; j++) {
                Expr coefficient = form.coefficient(vars.get(j));
                for (String name : Expr.names(coefficient)) {
                    if (!runConstants.contains(name)) {
                        throw new NotApplicable(x, "the coefficient of " + vars.get(j) + " in d" + x + "/dt depends on '" + name
                            + "', which may change during a run (declare it '(constant)' or '(shared)')");
                    }
                    varies |= perNeuron.contains(name);
                }
                if (Functions.draws(coefficient)) {
                    throw new NotApplicable(x, "the coefficient of " + vars.get(j) + " in d" + x + "/dt is random");
                }
                a[i][j] = coefficient;
            }
            b[i] = form.rest();
            if (Expr.names(b[i]).contains("t")) {
                throw new NotApplicable(x, "d" + x + "/dt depends explicitly on time t");
            }
            if (Functions.draws(b[i])) {
                throw new NotApplicable(x, "d" + x + "/dt contains random numbers");
            }
        }
        LinearSystem system = new LinearSystem(vars, a, b, varies);
        boolean[][] reach = system.reach();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (reach[i][j] && !clamped.contains(vars.get(i)) && clamped.contains(vars.get(j)) && i != j) {
                    throw new NotApplicable(vars.get(i), vars.get(i) + " depends on " + vars.get(j)
                        + ", which is held while refractory, so one propagator cannot serve both states");
                }
            }
        }
        return new UpdateScheme(IntegrationMethod.EXACT, reason, List.of(), system);
    }

    private UpdateScheme exponentialEulerOrExplain(String reason) throws NotApplicable {
        List<Assignment> out = new ArrayList<>();
        Map<String, Expr> next = new LinkedHashMap<>();
        for (Map.Entry<String, Expr> entry : derivatives.entrySet()) {
            String x = entry.getKey();
            Affine form = Affine.of(entry.getValue(), Set.of(x));
            if (form == null) {
                throw new NotApplicable(x, "d" + x + "/dt is not linear in " + x + " (given the other variables)");
            }
            Expr coefficient = form.coefficient(x);
            Expr dt = Expr.name("dt");
            Expr value;
            if (Expr.isZero(coefficient)) {
                value = Expr.add(Expr.name(x), Expr.mul(dt, form.rest()));
            } else {
                // x' = A x + B held over the step gives x + dt (A x + B) (e^{A dt} - 1)/(A dt);
                // exprel keeps it finite when A dt is tiny or zero.
                // A coefficient that is the same for every neuron (a linear decay such as -ge/taue)
                // stays an expression, so code generation computes exprel(A dt) once per step
                // instead of once per neuron.
                String tb = "_B_" + x;
                Expr a = Expr.name("_A_" + x);
                if (isUniform(coefficient)) {
                    a = coefficient;
                } else {
                    out.add(new Assignment("_A_" + x, coefficient, false));
                }
                out.add(new Assignment(tb, form.rest(), false));
                Expr slope = Expr.add(Expr.mul(a, Expr.name(x)), Expr.name(tb));
                value = Expr.add(Expr.name(x), Expr.mul(Expr.mul(dt, slope), Expr.call("exprel", Expr.mul(a, dt))));
            }
            next.put(x, value);
        }
        for (Map.Entry<String, Expr> entry : next.entrySet()) {
            out.add(new Assignment("_new_" + entry.getKey(), entry.getValue(), false));
        }
        for (String x : next.keySet()) {
            out.add(new Assignment(x, Expr.name("_new_" + x), clamped.contains(x)));
        }
        return new UpdateScheme(IntegrationMethod.EXPONENTIAL_EULER, reason, out, null);
    }

    /** Whether an expression has one value for all neurons during a run: only run constants that are not per neuron. */
    private boolean isUniform(Expr e) {
        return !Functions.draws(e)
            && Expr.names(e).stream().allMatch(n -> runConstants.contains(n) && !perNeuron.contains(n));
    }

    /**
     * An explicit Runge–Kutta method from its Butcher tableau. A clamped variable's derivative is
     * multiplied by {@code _active}, so a refractory neuron holds it through every stage, as
     * Brian2 does.
     */
    private UpdateScheme rungeKutta(IntegrationMethod method, String reason, double[][] stages, double[] weights, double[] nodes) {
        List<Assignment> out = new ArrayList<>();
        List<String> vars = new ArrayList<>(derivatives.keySet());
        Expr dt = Expr.name("dt");
        for (int s = 0; s < stages.length; s++) {
            Map<String, Expr> stageState = new LinkedHashMap<>();
            for (String x : vars) {
                Expr value = Expr.name(x);
                for (int k = 0; k < stages[s].length; k++) {
                    if (stages[s][k] != 0) {
                        value = Expr.add(value, Expr.mul(Expr.mul(Expr.num(stages[s][k]), dt), Expr.name(stageName(k, x))));
                    }
                }
                if (s > 0) {
                    String temp = "_x" + (s + 1) + "_" + x;
                    out.add(new Assignment(temp, value, false));
                    value = Expr.name(temp);
                }
                stageState.put(x, value);
            }
            Expr time = nodes[s] == 0 ? Expr.name("t") : Expr.add(Expr.name("t"), Expr.mul(Expr.num(nodes[s]), dt));
            for (String x : vars) {
                Expr f = Expr.substitute(derivatives.get(x), name -> name.equals("t") ? time : stageState.get(name));
                if (clamped.contains(x)) {
                    f = Expr.mul(Expr.name(ACTIVE), f);
                }
                out.add(new Assignment(stageName(s, x), f, false));
            }
        }
        for (String x : vars) {
            Expr increment = Expr.num(0);
            for (int s = 0; s < stages.length; s++) {
                if (weights[s] != 0) {
                    increment = Expr.add(increment, Expr.mul(Expr.num(weights[s]), Expr.name(stageName(s, x))));
                }
            }
            out.add(new Assignment("_new_" + x, Expr.add(Expr.name(x), Expr.mul(dt, increment)), false));
        }
        for (String x : vars) {
            out.add(new Assignment(x, Expr.name("_new_" + x), false));
        }
        return new UpdateScheme(method, reason, out, null);
    }

    /**
     * The scheme for equations with white noise, chosen as Brian2 would but in the Itô sense:
     * Euler–Maruyama for additive noise, Milstein for multiplicative noise where it applies.
     */
    UpdateScheme stochastic() throws NotApplicable {
        Map<String, Affine> split = split();
        boolean multiplicative = split.values().stream().anyMatch(a -> a.coefficients().values().stream().anyMatch(this::dependsOnState));
        if (!multiplicative) {
            return eulerMaruyama("automatic: additive noise, Euler–Maruyama (exact propagators and Runge–Kutta methods are for "
                + "deterministic equations)");
        }
        try {
            return milstein("automatic: multiplicative noise, Milstein (strong order 1)");
        } catch (NotApplicable e) {
            return eulerMaruyama("automatic: multiplicative noise that Milstein cannot take (" + e.getMessage()
                + "), Euler–Maruyama (strong order 0.5)");
        }
    }

    /** Each derivative as {@code f + Σ g_k·xi_k}: the drift {@code f} and the noise coefficients {@code g_k}. */
    private Map<String, Affine> split() throws NotApplicable {
        Map<String, Affine> split = new LinkedHashMap<>();
        for (Map.Entry<String, Expr> d : derivatives.entrySet()) {
            Affine form = Affine.of(d.getValue(), noise.keySet());
            if (form == null) {
                throw new NotApplicable(d.getKey(), "white noise enters d" + d.getKey() + "/dt other than as a term g*xi "
                    + "(a product with xi, added to the rest)");
            }
            split.put(d.getKey(), form);
        }
        return split;
    }

    private boolean dependsOnState(Expr e) {
        return Expr.names(e).stream().anyMatch(derivatives::containsKey);
    }

    private String noisyVariable() {
        return derivatives.entrySet().stream().filter(d -> Expr.names(d.getValue()).stream().anyMatch(noise::containsKey))
            .map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    /** {@code x + dt·f + Σ g_k·ΔW_k}, the increments drawn once per source, neuron and step. */
    private UpdateScheme eulerMaruyama(String reason) throws NotApplicable {
        Map<String, Affine> split = split();
        List<Assignment> out = increments();
        Map<String, Expr> next = new LinkedHashMap<>();
        split.forEach((x, form) -> next.put(x, step(x, Expr.add(drift(form.rest()), diffusion(form)))));
        return finish(IntegrationMethod.EULER, reason, out, next);
    }

    /**
     * Derivative-free Milstein: for a variable whose noise coefficient {@code g} depends on the
     * state, {@code x + dt·f + g·ΔW + (g(x̂) − g(x))·(ΔW² − dt)/(2√dt)} with the support value
     * {@code x̂ = x + dt·f + g·√dt}, which approximates Milstein's {@code ½·g·g'·(ΔW² − dt)}
     * to the same order. The correction needs one source per such equation, and a coefficient
     * that depends on no other noisy variable (diagonal noise), else Lévy areas would be needed.
     */
    private UpdateScheme milstein(String reason) throws NotApplicable {
        Map<String, Affine> split = split();
        Set<String> noisy = new HashSet<>();
        split.forEach((x, form) -> {
            if (!form.coefficients().isEmpty()) {
                noisy.add(x);
            }
        });
        List<Assignment> out = increments();
        Map<String, Expr> next = new LinkedHashMap<>();
        Expr dt = Expr.name("dt");
        Expr rootDt = Expr.call("sqrt", dt);
        for (Map.Entry<String, Affine> entry : split.entrySet()) {
            String x = entry.getKey();
            Affine form = entry.getValue();
            List<Expr> multiplicative = form.coefficients().values().stream().filter(this::dependsOnState).toList();
            if (multiplicative.isEmpty()) {
                next.put(x, step(x, Expr.add(drift(form.rest()), diffusion(form))));
                continue;
            }
            if (form.coefficients().size() > 1) {
                throw new NotApplicable(x, "d" + x + "/dt has several noise sources and one multiplies the state");
            }
            String xi = form.coefficients().keySet().iterator().next();
            Expr g = form.coefficient(xi);
            for (String other : Expr.names(g)) {
                if (noisy.contains(other) && !other.equals(x)) {
                    throw new NotApplicable(x, "the noise of d" + x + "/dt depends on " + other + ", which is noisy too");
                }
            }
            out.add(new Assignment("_f_" + x, form.rest(), false));
            out.add(new Assignment("_g_" + x, g, false));
            Expr f = Expr.name("_f_" + x);
            Expr gx = Expr.name("_g_" + x);
            out.add(new Assignment("_s_" + x, Expr.add(Expr.name(x), Expr.add(Expr.mul(dt, f), Expr.mul(rootDt, gx))), false));
            out.add(new Assignment("_gs_" + x, Expr.substitute(g, name -> name.equals(x) ? Expr.name("_s_" + x) : null), false));
            Expr dW = Expr.name(increment(xi));
            Expr correction = Expr.div(Expr.mul(Expr.mul(Expr.num(0.5), Expr.sub(Expr.name("_gs_" + x), gx)),
                Expr.sub(Expr.mul(dW, dW), dt)), rootDt);
            next.put(x, step(x, Expr.add(Expr.add(Expr.mul(dt, f), Expr.mul(gx, dW)), correction)));
        }
        return finish(IntegrationMethod.MILSTEIN, reason, out, next);
    }

    /** {@code _dW_xi = √dt·N(0, 1)} for every source, drawn at its named site. */
    private List<Assignment> increments() {
        List<Assignment> out = new ArrayList<>();
        noise.forEach((xi, site) -> out.add(new Assignment(increment(xi),
            Expr.mul(Expr.call("sqrt", Expr.name("dt")), Expr.call("_randn", Expr.num(site))), false)));
        return out;
    }

    private static String increment(String xi) {
        return "_dW_" + xi;
    }

    private static Expr drift(Expr f) {
        return Expr.mul(Expr.name("dt"), f);
    }

    private Expr diffusion(Affine form) {
        Expr sum = Expr.num(0);
        for (Map.Entry<String, Expr> term : form.coefficients().entrySet()) {
            sum = Expr.add(sum, Expr.mul(term.getValue(), Expr.name(increment(term.getKey()))));
        }
        return sum;
    }

    /** {@code x} plus its increment, which a refractory neuron does not take for a variable held while refractory. */
    private Expr step(String x, Expr increment) {
        return Expr.add(Expr.name(x), clamped.contains(x) ? Expr.mul(Expr.name(ACTIVE), increment) : increment);
    }

    private static UpdateScheme finish(IntegrationMethod method, String reason, List<Assignment> out, Map<String, Expr> next) {
        next.forEach((x, value) -> out.add(new Assignment("_new_" + x, value, false)));
        next.keySet().forEach(x -> out.add(new Assignment(x, Expr.name("_new_" + x), false)));
        return new UpdateScheme(method, reason, out, null);
    }

    private static String stageName(int stage, String x) {
        return "_k" + (stage + 1) + "_" + x;
    }

    /** An expression written as {@code Σ coefficient[x]·x + rest} for a set of variables, or not at all. */
    record Affine(Map<String, Expr> coefficients, Expr rest) {

        Expr coefficient(String x) {
            return coefficients.getOrDefault(x, Expr.num(0));
        }

        static Affine of(Expr e, Set<String> vars) {
            if (Expr.names(e).stream().noneMatch(vars::contains)) {
                return new Affine(Map.of(), e);
            }
            if (e instanceof Expr.Name n) {
                return new Affine(Map.of(n.name(), Expr.num(1)), Expr.num(0));
            }
            if (e instanceof Expr.Unary u && u.op().equals("-")) {
                Affine inner = of(u.operand(), vars);
                return inner == null ? null : inner.scale(Expr.num(-1));
            }
            if (e instanceof Expr.Binary b) {
                Affine left = of(b.left(), vars);
                Affine right = of(b.right(), vars);
                if (left == null || right == null) {
                    return null;
                }
                switch (b.op()) {
                    case "+":
                        return left.plus(right, 1);
                    case "-":
                        return left.plus(right, -1);
                    case "*":
                        if (left.coefficients.isEmpty()) {
                            return right.scale(left.rest);
                        }
                        return right.coefficients.isEmpty() ? left.scale(right.rest) : null;
                    case "/":
                        return right.coefficients.isEmpty() ? left.divide(right.rest) : null;
                    default:
                        return null;
                }
            }
            return null;
        }

        private Affine scale(Expr factor) {
            Map<String, Expr> c = new LinkedHashMap<>();
            coefficients.forEach((k, v) -> c.put(k, product(factor, v)));
            return new Affine(c, product(factor, rest));
        }

        private Affine divide(Expr divisor) {
            Map<String, Expr> c = new LinkedHashMap<>();
            coefficients.forEach((k, v) -> c.put(k, Expr.div(v, divisor)));
            return new Affine(c, Expr.div(rest, divisor));
        }

        private Affine plus(Affine other, int sign) {
            Map<String, Expr> c = new LinkedHashMap<>(coefficients);
            other.coefficients.forEach((k, v) -> c.merge(k, sign > 0 ? v : Expr.neg(v),
                (x, y) -> Expr.add(x, y)));
            return new Affine(c, sign > 0 ? Expr.add(rest, other.rest) : Expr.sub(rest, other.rest));
        }

        private static Expr product(Expr factor, Expr value) {
            if (factor instanceof Expr.Num f && f.value() == -1) {
                return Expr.neg(value);
            }
            return Expr.mul(factor, value);
        }
    }
}
