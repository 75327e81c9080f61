package org.synfire.equations;

import java.util.Set;

/** The built-in functions of the expression language and what they demand of their arguments. */
public final class Functions {
    /** Functions of one dimensionless argument returning a dimensionless value. */
    public static final Set<String> DIMENSIONLESS = Set.of(
        "exp", "log", "log10", "expm1", "log1p", "exprel", "sin", "cos", "tan", "sinh", "cosh", "tanh",
        "arcsin", "arccos", "arctan", "floor", "ceil");
    /** Random numbers: {@code rand()} uniform on [0, 1), {@code randn()} standard normal, a new one at every call. */
    public static final Set<String> RANDOM = Set.of("rand", "randn");
    /**
     * Random numbers drawn at a named site, its number the one argument: every call with the same
     * site gives the same number for one neuron in one step. The checker writes them for random
     * sub-expressions and noise sources ({@code xi}), so each is drawn once however often it is
     * used; users cannot write them (names starting with '_' are reserved).
     */
    public static final Set<String> NAMED_RANDOM = Set.of("_rand", "_randn");
    /** Every built-in name, for messages. */
    public static final String LIST =
        "exp, log, log10, expm1, log1p, exprel, sin, cos, tan, sinh, cosh, tanh, arcsin, arccos, arctan, "
            + "floor, ceil, sqrt, abs, sign, min(x, y), max(x, y), clip(x, low, high), rand(), randn()";

    private Functions() {
    }

    /**
     * Whether {@code e} draws random numbers, at a named site or not.
     *
     * @param e any expression
     * @return whether it calls {@code rand}, {@code randn} or a named random function
     */
    public static boolean draws(Expr e) {
        return Expr.calls(e, "rand") || Expr.calls(e, "randn") || Expr.calls(e, "_rand") || Expr.calls(e, "_randn");
    }

    static boolean isBuiltIn(String name) {
        return DIMENSIONLESS.contains(name) || RANDOM.contains(name)
            || name.equals("sqrt") || name.equals("abs") || name.equals("sign") || name.equals("clip")
            || name.equals("min") || name.equals("max");
    }
}
