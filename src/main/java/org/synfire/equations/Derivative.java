package org.synfire.equations;

/**
 * The symbolic derivative of an expanded expression with respect to one name, built from the
 * {@link Expr} factories so that terms free of the name fold away. The cable solver uses it to
 * split a membrane current into {@code I0 - gtot·v} (Brian2's split): a current linear in
 * {@code v}, as every conductance-based channel is, differentiates to an expression free of
 * {@code v}, and the split is exact.
 */
public final class Derivative {
    private Derivative() {
    }

    /** Thrown where the expression uses, on the differentiated name, a function without a derivative here. */
    public static final class NotDifferentiable extends RuntimeException {
        private final transient Expr at;

        NotDifferentiable(Expr at, String reason) {
            super(reason);
            this.at = at;
        }

        /** {@return the sub-expression that could not be differentiated} */
        public Expr at() {
            return at;
        }
    }

    /**
     * {@code d e / d name}.
     *
     * @throws NotDifferentiable where {@code name} reaches a comparison, a condition, a random
     *                           number or a function other than exp, log, sqrt, expm1, log1p,
     *                           sin, cos, sinh, cosh and tanh
     * @param e    the expression to differentiate
     * @param name the variable to differentiate by
     * @return the derivative, simplified where terms are literal zeros and ones
     */
    public static Expr of(Expr e, String name) {
        if (!Expr.names(e).contains(name)) {
            return Expr.num(0);
        }
        if (e instanceof Expr.Name) {
            return Expr.num(1);
        }
        if (e instanceof Expr.Unary u && u.op().equals("-")) {
            return Expr.neg(of(u.operand(), name));
        }
        if (e instanceof Expr.Binary b) {
            Expr a = b.left();
            Expr c = b.right();
            Expr da = of(a, name);
            Expr dc = of(c, name);
            switch (b.op()) {
                case "+":
                    return Expr.add(da, dc);
                case "-":
                    return Expr.sub(da, dc);
                case "*":
                    return Expr.add(Expr.mul(da, c), Expr.mul(a, dc));
                case "/":
                    // (a/c)' = a'/c - a·c'/c², written so that a constant denominator stays one division.
                    return Expr.sub(Expr.div(da, c), Expr.div(Expr.mul(a, dc), Expr.mul(c, c)));
                case "**":
                    if (Expr.isZero(dc)) {
                        return Expr.mul(Expr.mul(c, new Expr.Binary("**", a, Expr.sub(c, Expr.num(1)), null)), da);
                    }
                    // a^c·(c'·log a + c·a'/a), for a base that stays positive.
                    return Expr.mul(e, Expr.add(Expr.mul(dc, Expr.call("log", a)), Expr.div(Expr.mul(c, da), a)));
                default:
                    throw new NotDifferentiable(e, "'" + b.op() + "' has no derivative");
            }
        }
        if (e instanceof Expr.Call call && call.args().size() == 1) {
            Expr x = call.args().get(0);
            Expr dx = of(x, name);
            Expr outer = switch (call.function()) {
                case "exp", "expm1" -> Expr.call("exp", x);
                case "log", "log1p" -> Expr.div(Expr.num(1), call.function().equals("log") ? x : Expr.add(Expr.num(1), x));
                case "sqrt" -> Expr.div(Expr.num(0.5), call);
                case "sin" -> Expr.call("cos", x);
                case "cos" -> Expr.neg(Expr.call("sin", x));
                case "sinh" -> Expr.call("cosh", x);
                case "cosh" -> Expr.call("sinh", x);
                case "tanh" -> Expr.sub(Expr.num(1), Expr.mul(call, call));
                default -> null;
            };
            if (outer != null) {
                return Expr.mul(outer, dx);
            }
        }
        throw new NotDifferentiable(e, "'" + (e.span() == null ? e.toString() : e.span().text()) + "' has no derivative here");
    }
}
