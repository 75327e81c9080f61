package org.synfire.equations;

import java.util.function.DoubleSupplier;
import java.util.function.ToDoubleFunction;

/**
 * Evaluates an expanded expression directly, walking the tree. It is the reference interpreter:
 * used once per neuron for initial values at build time and by tests to check the generated
 * kernels, never on the simulation's hot path. Booleans evaluate to 1 and 0.
 */
public final class Evaluator {
    private final ToDoubleFunction<String> names;
    private final DoubleSupplier uniform;
    private final DoubleSupplier normal;
    private final Tables tables;
    private final NamedDraws named;

    /** Values of tabulated functions, e.g. {@code stim(t)}. */
    @FunctionalInterface
    public interface Tables {
        /** Where no tabulated function is defined. */
        Tables NONE = (name, args) -> {
            throw new IllegalArgumentException("no tabulated function '" + name + "' here");
        };

        /**
         * The value of function {@code name} at the evaluated arguments.
         *
         * @param name the tabulated function, e.g. {@code stim}
         * @param args its arguments in SI units: the time, and for a per-neuron table the neuron
         * @return the value in SI units
         */
        double value(String name, double[] args);
    }

    /**
     * Random numbers drawn at a named site (see {@link Functions#NAMED_RANDOM}): the same site
     * must give the same number for the neuron and step being evaluated.
     */
    @FunctionalInterface
    public interface NamedDraws {
        /**
         * A standard normal number if {@code normal}, else a uniform one in [0, 1), for {@code site}.
         *
         * @param normal whether to draw a standard normal number
         * @param site   the named site in the model text
         * @return the draw
         */
        double draw(boolean normal, int site);
    }

    /**
     * @param names   the value (SI) of every name the expression may contain
     * @param uniform source of {@code rand()}
     * @param normal  source of {@code randn()}
     */
    public Evaluator(ToDoubleFunction<String> names, DoubleSupplier uniform, DoubleSupplier normal) {
        this(names, uniform, normal, Tables.NONE);
    }

    /**
     * An evaluator that can also call tabulated functions.
     *
     * @param names   the value (SI) of every name the expression may contain
     * @param uniform source of {@code rand()}
     * @param normal  source of {@code randn()}
     * @param tables  the values of tabulated functions
     */
    public Evaluator(ToDoubleFunction<String> names, DoubleSupplier uniform, DoubleSupplier normal, Tables tables) {
        this(names, uniform, normal, tables, (isNormal, site) -> {
            throw new IllegalArgumentException("no named random numbers here");
        });
    }

    private Evaluator(ToDoubleFunction<String> names, DoubleSupplier uniform, DoubleSupplier normal, Tables tables, NamedDraws named) {
        this.names = names;
        this.uniform = uniform;
        this.normal = normal;
        this.tables = tables;
        this.named = named;
    }

    /**
     * This evaluator, drawing named random numbers from {@code draws}.
     *
     * @param draws the numbers of named sites for the neuron and step being evaluated
     * @return a new evaluator; this one is unchanged
     */
    public Evaluator withNamedDraws(NamedDraws draws) {
        return new Evaluator(names, uniform, normal, tables, draws);
    }

    /**
     * Evaluates an expression in SI units; comparisons and logic give 1 for true and 0 for false.
     *
     * @param e an expression whose names {@code names} knows
     * @return its value
     */
    public double evaluate(Expr e) {
        if (e instanceof Expr.Num n) {
            return n.value();
        }
        if (e instanceof Expr.Name n) {
            return names.applyAsDouble(n.name());
        }
        if (e instanceof Expr.Unary u) {
            double x = evaluate(u.operand());
            return u.op().equals("not") ? (x == 0 ? 1 : 0) : -x;
        }
        if (e instanceof Expr.Binary b) {
            if (b.op().equals("and")) {
                return evaluate(b.left()) != 0 && evaluate(b.right()) != 0 ? 1 : 0;
            }
            if (b.op().equals("or")) {
                return evaluate(b.left()) != 0 || evaluate(b.right()) != 0 ? 1 : 0;
            }
            double x = evaluate(b.left());
            double y = evaluate(b.right());
            return switch (b.op()) {
                case "+" -> x + y;
                case "-" -> x - y;
                case "*" -> x * y;
                case "/" -> x / y;
                case "**" -> Math.pow(x, y);
                case "<" -> x < y ? 1 : 0;
                case "<=" -> x <= y ? 1 : 0;
                case ">" -> x > y ? 1 : 0;
                case ">=" -> x >= y ? 1 : 0;
                case "==" -> x == y ? 1 : 0;
                default -> x != y ? 1 : 0;
            };
        }
        Expr.Call c = (Expr.Call) e;
        switch (c.function()) {
            case "rand":
                return uniform.getAsDouble();
            case "randn":
                return normal.getAsDouble();
            case "_rand", "_randn":
                return named.draw(c.function().equals("_randn"), (int) ((Expr.Num) c.args().get(0)).value());
            case "min":
                return Math.min(evaluate(c.args().get(0)), evaluate(c.args().get(1)));
            case "max":
                return Math.max(evaluate(c.args().get(0)), evaluate(c.args().get(1)));
            case "clip":
                return Math.min(Math.max(evaluate(c.args().get(0)), evaluate(c.args().get(1))), evaluate(c.args().get(2)));
            default:
                if (!Functions.isBuiltIn(c.function())) {
                    double[] args = c.args().stream().mapToDouble(this::evaluate).toArray();
                    return tables.value(c.function(), args);
                }
                break;
        }
        double x = evaluate(c.args().get(0));
        return switch (c.function()) {
            case "exp" -> Math.exp(x);
            case "log" -> Math.log(x);
            case "log10" -> Math.log10(x);
            case "expm1" -> Math.expm1(x);
            case "log1p" -> Math.log1p(x);
            case "exprel" -> x == 0 ? 1.0 : Math.expm1(x) / x;
            case "sin" -> Math.sin(x);
            case "cos" -> Math.cos(x);
            case "tan" -> Math.tan(x);
            case "sinh" -> Math.sinh(x);
            case "cosh" -> Math.cosh(x);
            case "tanh" -> Math.tanh(x);
            case "arcsin" -> Math.asin(x);
            case "arccos" -> Math.acos(x);
            case "arctan" -> Math.atan(x);
            case "floor" -> Math.floor(x);
            case "ceil" -> Math.ceil(x);
            case "sqrt" -> Math.sqrt(x);
            case "abs" -> Math.abs(x);
            case "sign" -> Math.signum(x);
            default -> throw new IllegalArgumentException("the reference interpreter cannot call '" + c.function() + "'");
        };
    }
}
