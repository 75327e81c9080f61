package org.synfire.equations;

import org.synfire.Spelling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.synfire.units.Dimension;
import org.synfire.units.Quantity;
import org.synfire.units.Unit;
import org.synfire.units.UnitException;
import org.synfire.units.Units;

/**
 * Resolves names and checks dimensions of expressions against a model's equations and a
 * {@link Namespace}. Names resolve in this order: the model's variables, the special names
 * ({@code t}, {@code dt}, {@code i}, {@code N}, {@code pi}), external constants, units.
 */
final class TypeChecker {
    /** The type of an expression: a boolean condition or a quantity of some dimension. */
    record Type(Dimension dimension, boolean bool) {
        static final Type BOOLEAN = new Type(Dimension.DIMENSIONLESS, true);

        static Type of(Dimension d) {
            return new Type(d, false);
        }

        @Override
        public String toString() {
            return bool ? "a condition (true/false)" : describe(dimension);
        }
    }

    static final Map<String, Dimension> SPECIAL = Map.of(
        "t", Dimension.TIME, "dt", Dimension.TIME, "i", Dimension.DIMENSIONLESS,
        "N", Dimension.DIMENSIONLESS, "pi", Dimension.DIMENSIONLESS);

    private final Equations equations;
    private final Namespace namespace;
    private final Map<String, Type> subexpressionTypes = new HashMap<>();
    private final Set<String> inProgress = new HashSet<>();

    TypeChecker(Equations equations, Namespace namespace) {
        this.equations = equations;
        this.namespace = namespace;
    }

    static String describe(Dimension d) {
        if (d.isDimensionless()) {
            return "dimensionless (1)";
        }
        if (!isNamed(d)) {
            // A rate of a named unit reads better than base units: volt/second, not m^2 kg s^-4 A^-1.
            for (int[] p : TIME_POWERS) {
                Dimension named = d.times(Dimension.TIME.power(p[0], p[1]));
                if (isNamed(named) && !named.isDimensionless()) {
                    return named + "/second" + (p[0] == p[1] ? "" : "**" + (p[1] == 1 ? Integer.toString(p[0]) : p[0] / (double) p[1]));
                }
            }
        }
        return d.toString();
    }

    /** Powers of the second tried by {@link #describe}, as numerator and denominator. */
    private static final int[][] TIME_POWERS = {{1, 1}, {1, 2}, {2, 1}, {3, 2}};

    private static boolean isNamed(Dimension d) {
        return !d.toString().equals(d.baseForm());
    }

    /** The unit of {@code d} per second, described as users write it (e.g. {@code volt/second} for volt). */
    static String describeRate(Dimension d) {
        return d.isDimensionless() ? "1/second" : describe(d) + "/second";
    }

    /**
     * A dimension found on a right-hand side: by its own name when it has one ({@code volt}),
     * else as a rate of a named one ({@code amp/second}).
     */
    static String describeFound(Dimension d) {
        String own = describe(d);
        boolean named = !own.contains("^") && !own.contains(" ");
        return named ? own : describeRate(d.times(Dimension.TIME));
    }

    /**
     * The type of an expression. Conditions count as the numbers 1 and 0 in arithmetic, as in
     * Brian2 ({@code (i == 0)*40*nS}), so arithmetic accepts them as dimensionless.
     */
    Type typeOf(Expr e) {
        if (e instanceof Expr.Num) {
            return Type.of(Dimension.DIMENSIONLESS);
        }
        if (e instanceof Expr.Name n) {
            Dimension d = resolve(n);
            Equation eq = equations.get(n.name());
            return eq != null && eq.isBoolean() ? Type.BOOLEAN : Type.of(d);
        }
        if (e instanceof Expr.Unary u) {
            Type operand = typeOf(u.operand());
            if (u.op().equals("not")) {
                requireBoolean(u.operand(), operand, "'not'");
                return Type.BOOLEAN;
            }
            return Type.of(operand.dimension());
        }
        if (e instanceof Expr.Binary b) {
            return binary(b);
        }
        return call((Expr.Call) e);
    }

    private Type binary(Expr.Binary b) {
        Type left = typeOf(b.left());
        Type right = typeOf(b.right());
        switch (b.op()) {
            case "and", "or" -> {
                requireBoolean(b.left(), left, "'" + b.op() + "'");
                requireBoolean(b.right(), right, "'" + b.op() + "'");
                return Type.BOOLEAN;
            }
            case "+", "-", "<", "<=", ">", ">=", "==", "!=" -> {
                if (!left.dimension().equals(right.dimension())) {
                    String verb = switch (b.op()) {
                        case "+" -> "cannot add";
                        case "-" -> "cannot subtract";
                        default -> "cannot compare";
                    };
                    boolean noisy = Expr.names(b).stream().anyMatch(Noise::isSource);
                    throw new EquationException(b.right().span(), verb + " " + b.left() + " (" + left + ") and "
                        + b.right() + " (" + right + "): units differ",
                        "both sides in " + describe(left.dimension()) + (noisy ? " (white noise xi is in 1/second**0.5: scale it as in "
                            + "sigma*sqrt(2/tau)*xi)" : ""));
                }
                return b.op().equals("+") || b.op().equals("-") ? Type.of(left.dimension()) : Type.BOOLEAN;
            }
            case "*" -> {
                return Type.of(left.dimension().times(right.dimension()));
            }
            case "/" -> {
                return Type.of(left.dimension().divide(right.dimension()));
            }
            default -> {
                if (!right.dimension().isDimensionless()) {
                    throw new EquationException(b.right().span(), "the exponent " + b.right() + " has units (" + right + ")",
                        "a dimensionless exponent");
                }
                if (left.dimension().isDimensionless()) {
                    return left;
                }
                OptionalDouble exponent = constantValue(b.right());
                if (exponent.isEmpty()) {
                    throw new EquationException(b.right().span(), "a quantity with units (" + b.left() + ", " + left
                        + ") can only be raised to a constant number", "a constant exponent such as 2, -1 or 0.5");
                }
                return raised(left, exponent.getAsDouble(), b.right());
            }
        }
    }

    /** The type of {@code base} to a rational power; the caret goes under {@code at} if there is none. */
    private static Type raised(Type base, double exponent, Expr at) {
        try {
            return Type.of(base.dimension().power(exponent));
        } catch (UnitException e) {
            throw new EquationException(at.span(), e.getMessage(), "a constant exponent such as 2, -1, 0.5 or 1/3");
        }
    }

    private Type call(Expr.Call c) {
        String f = c.function();
        List<Type> args = new ArrayList<>();
        for (Expr a : c.args()) {
            args.add(typeOf(a));
        }
        Namespace.TimedFunction timed = namespace.functions().get(f);
        if (timed != null) {
            int arity = timed.perNeuron() ? 2 : 1;
            String usage = timed.perNeuron() ? f + "(t, i)" : f + "(t)";
            requireArity(c, arity, usage);
            requireDimension(c.args().get(0), args.get(0), Dimension.TIME, "the time argument of " + usage);
            if (arity == 2) {
                requireDimension(c.args().get(1), args.get(1), Dimension.DIMENSIONLESS, "the neuron index of " + usage);
            }
            return Type.of(timed.result());
        }
        if (Functions.RANDOM.contains(f)) {
            requireArity(c, 0, f + "()");
            return Type.of(Dimension.DIMENSIONLESS);
        }
        if (Functions.DIMENSIONLESS.contains(f)) {
            requireArity(c, 1, f + "(x)");
            requireDimension(c.args().get(0), args.get(0), Dimension.DIMENSIONLESS, "the argument of " + f
                + " (divide by a unit, e.g. " + f + "(v/mV))");
            return Type.of(Dimension.DIMENSIONLESS);
        }
        switch (f) {
            case "sqrt" -> {
                requireArity(c, 1, "sqrt(x)");
                return raised(args.get(0), 0.5, c.args().get(0));
            }
            case "abs" -> {
                requireArity(c, 1, "abs(x)");
                return args.get(0);
            }
            case "sign" -> {
                requireArity(c, 1, "sign(x)");
                return Type.of(Dimension.DIMENSIONLESS);
            }
            case "min", "max" -> {
                requireArity(c, 2, f + "(x, y)");
                requireDimension(c.args().get(1), args.get(1), args.get(0).dimension(), "both arguments of " + f + " in one unit");
                return args.get(0);
            }
            case "clip" -> {
                requireArity(c, 3, "clip(x, low, high)");
                for (int k = 0; k < 3; k++) {
                    requireDimension(c.args().get(k), args.get(k), args.get(0).dimension(),
                        "the bounds of clip in the unit of its first argument");
                }
                return args.get(0);
            }
            default -> throw new EquationException(c.span(), "unknown function '" + f + "'",
                "a built-in function (" + Functions.LIST + ")"
                    + (namespace.functions().isEmpty() ? "" : " or one of " + namespace.functions().keySet()));
        }
    }

    Dimension resolve(Expr.Name n) {
        String name = n.name();
        Equation eq = equations.get(name);
        if (eq != null) {
            if (eq.kind() == Equation.Kind.SUBEXPRESSION) {
                subexpressionType(eq);
            }
            return eq.dimension();
        }
        Dimension special = SPECIAL.get(name);
        if (special != null) {
            return special;
        }
        if (Noise.isSource(name)) {
            return Noise.dimension();
        }
        Quantity constant = namespace.constants().get(name);
        if (constant != null) {
            return constant.dimension();
        }
        Optional<Unit> unit = Units.lookup(name);
        if (unit.isPresent()) {
            return unit.get().dimension();
        }
        if (namespace.functions().containsKey(name) || Functions.isBuiltIn(name)) {
            throw new EquationException(n.span(), "'" + name + "' is a function", "a call such as " + name + "(...)");
        }
        throw new EquationException(n.span(), "unknown name '" + name + "'", "one of: " + suggestions(name)
            + " (or a unit such as mV, ms, nA)");
    }

    /** Checks a sub-expression once, and detects circular definitions. */
    Type subexpressionType(Equation eq) {
        Type known = subexpressionTypes.get(eq.variable());
        if (known != null) {
            return known;
        }
        if (!inProgress.add(eq.variable())) {
            throw new EquationException(eq.span(), "'" + eq.variable() + "' is defined in terms of itself",
                "sub-expressions that do not refer back to themselves");
        }
        Type type = typeOf(eq.expression());
        if (eq.isBoolean()) {
            requireBoolean(eq.expression(), type, "the boolean " + eq.variable());
        } else {
            requireDimension(eq.expression(), type, eq.dimension(), "the unit declared for " + eq.variable() + " (" + eq.unitText() + ")");
        }
        inProgress.remove(eq.variable());
        subexpressionTypes.put(eq.variable(), type);
        return type;
    }

    private String suggestions(String name) {
        List<String> known = new ArrayList<>(equations.names());
        known.addAll(namespace.constants().keySet());
        known.addAll(List.of("t", "dt", "i", "N"));
        return String.join(", ", Spelling.nearest(name, known, 8));
    }

    void requireDimension(Expr e, Type actual, Dimension expected, String what) {
        if (actual.bool() || !actual.dimension().equals(expected)) {
            throw new EquationException(e.span(), e + " is " + actual + ", not " + describe(expected),
                describe(expected) + " for " + what);
        }
    }

    void requireBoolean(Expr e, Type actual, String what) {
        if (!actual.bool()) {
            throw new EquationException(e.span(), e + " is " + actual + ", not a condition",
                "a condition such as v > -50*mV for " + what);
        }
    }


    private static void requireArity(Expr.Call c, int arity, String usage) {
        if (c.args().size() != arity) {
            throw new EquationException(c.span(), c.function() + " takes " + arity + " argument" + (arity == 1 ? "" : "s")
                + ", not " + c.args().size(), usage);
        }
    }

    /** The value of an expression made only of numbers, units and constants, if it is one. */
    OptionalDouble constantValue(Expr e) {
        if (e instanceof Expr.Num n) {
            return OptionalDouble.of(n.value());
        }
        if (e instanceof Expr.Unary u && u.op().equals("-")) {
            OptionalDouble v = constantValue(u.operand());
            return v.isPresent() ? OptionalDouble.of(-v.getAsDouble()) : v;
        }
        if (e instanceof Expr.Binary b && List.of("+", "-", "*", "/").contains(b.op())) {
            OptionalDouble l = constantValue(b.left());
            OptionalDouble r = constantValue(b.right());
            if (l.isEmpty() || r.isEmpty()) {
                return OptionalDouble.empty();
            }
            double x = l.getAsDouble();
            double y = r.getAsDouble();
            return OptionalDouble.of(switch (b.op()) {
                case "+" -> x + y;
                case "-" -> x - y;
                case "*" -> x * y;
                default -> x / y;
            });
        }
        if (e instanceof Expr.Name n && equations.get(n.name()) == null) {
            Quantity q = namespace.constants().get(n.name());
            if (q != null) {
                return OptionalDouble.of(q.si());
            }
        }
        return OptionalDouble.empty();
    }
}
