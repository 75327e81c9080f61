package org.synfire.equations;

import java.util.Set;

/** The built-in functions of the expression language and what they demand of their arguments. */
public final class Functions {
    /** Functions of one dimensionless argument returning a dimensionless value. */
    public static final Set<String> DIMENSIONLESS = Set.of(
        "exp", "log", "log10", "expm1", "log1p", "exprel", "sin", "cos", "tan", "sinh", "cosh", "tanh",
        "arcsin", "arccos", "arctan", "floor", "ceil");
    /** Random numbers: {@code rand()} uniform on [0, 1), {@code randn()} standard normal. */
    public static final Set<String> RANDOM = Set.of("rand", "randn");
    /** Every built-in name, for messages. */
    public static final String LIST =
        "exp, log, log10, expm1, log1p, exprel, sin, cos, tan, sinh, cosh, tanh, arcsin, arccos, arctan, "
            + "floor, ceil, sqrt, abs, sign, min(x, y), max(x, y), clip(x, low, high), rand(), randn()";

    private Functions() {
    }

    static boolean isBuiltIn(String name) {
        return DIMENSIONLESS.contains(name) || RANDOM.contains(name)
            || name.equals("sqrt") || name.equals("abs") || name.equals("sign") || name.equals("clip")
            || name.equals("min") || name.equals("max");
    }
}
