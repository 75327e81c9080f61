package org.synfire.equations;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * An expression of model text, as parsed: numbers, names, unary and binary operators, function
 * calls. Nodes made by the parser carry the {@link Span} they came from; nodes made by integration
 * schemes carry none. The factory methods fold the trivial cases ({@code 0*x}, {@code x+0},
 * {@code 1*x}) so that generated code stays as small as the user's own.
 */
public sealed interface Expr {

    /** {@return where the expression came from, or {@code null} when synthesized} */
    Span span();

    /** A numeric literal (in SI when it came from a unit). */
    record Num(double value, Span span) implements Expr {
        @Override
        public String toString() {
            return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value) : Double.toString(value);
        }
    }

    /** A reference to a variable, parameter, constant, unit or special name such as {@code t}. */
    record Name(String name, Span span) implements Expr {
        @Override
        public String toString() {
            return name;
        }
    }

    /** {@code -x} or {@code not x}. */
    record Unary(String op, Expr operand, Span span) implements Expr {
        @Override
        public String toString() {
            return (op.equals("not") ? "not " : op) + Printer.wrap(operand, Printer.precedence(this) + 1);
        }
    }

    /** Arithmetic ({@code + - * / **}), comparison ({@code < <= > >= == !=}) or logic ({@code and or}). */
    record Binary(String op, Expr left, Expr right, Span span) implements Expr {
        @Override
        public String toString() {
            int p = Printer.precedence(this);
            boolean rightAssoc = op.equals("**");
            return Printer.wrap(left, rightAssoc ? p + 1 : p) + " " + op + " "
                + Printer.wrap(right, rightAssoc ? p : p + 1);
        }
    }

    /** A call of a built-in function such as {@code exp(x)} or of a timed array such as {@code stim(t)}. */
    record Call(String function, List<Expr> args, Span span) implements Expr {
        /**
         * Copies the arguments, so a call never changes.
         *
         * @param function the function's name
         * @param args     its arguments
         * @param span     where it stands in the text, or {@code null} for a built expression
         */
        public Call {
            args = List.copyOf(args);
        }

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder(function).append('(');
            for (int k = 0; k < args.size(); k++) {
                out.append(k == 0 ? "" : ", ").append(args.get(k));
            }
            return out.append(')').toString();
        }
    }

    /**
     * @param value a number in SI units
     * @return the literal, with no place in any text
     */
    static Expr num(double value) {
        return new Num(value, null);
    }

    /**
     * @param name a variable, constant or unit
     * @return a reference to it, with no place in any text
     */
    static Expr name(String name) {
        return new Name(name, null);
    }

    /**
     * @param a the left operand
     * @param b the right operand
     * @return {@code a + b}, simplified when an operand is a literal 0 and computed when both are literals
     */
    static Expr add(Expr a, Expr b) {
        if (isZero(a)) {
            return b;
        }
        if (isZero(b)) {
            return a;
        }
        if (a instanceof Num x && b instanceof Num y) {
            return num(x.value() + y.value());
        }
        return new Binary("+", a, b, null);
    }

    /**
     * @param a the left operand
     * @param b the right operand
     * @return {@code a - b}, simplified when an operand is a literal 0 and computed when both are literals
     */
    static Expr sub(Expr a, Expr b) {
        if (isZero(b)) {
            return a;
        }
        if (isZero(a)) {
            return neg(b);
        }
        if (a instanceof Num x && b instanceof Num y) {
            return num(x.value() - y.value());
        }
        return new Binary("-", a, b, null);
    }

    /**
     * @param a the left operand
     * @param b the right operand
     * @return {@code a * b}, simplified when an operand is a literal 0 or 1 and computed when both are literals
     */
    static Expr mul(Expr a, Expr b) {
        if (isZero(a) || isZero(b)) {
            return num(0);
        }
        if (isOne(a)) {
            return b;
        }
        if (isOne(b)) {
            return a;
        }
        if (a instanceof Num x && b instanceof Num y) {
            return num(x.value() * y.value());
        }
        return new Binary("*", a, b, null);
    }

    /**
     * @param a the numerator
     * @param b the denominator
     * @return {@code a / b}, simplified for a literal 0 numerator or 1 denominator and computed when both are literals
     */
    static Expr div(Expr a, Expr b) {
        if (isZero(a)) {
            return num(0);
        }
        if (isOne(b)) {
            return a;
        }
        if (a instanceof Num x && b instanceof Num y) {
            return num(x.value() / y.value());
        }
        return new Binary("/", a, b, null);
    }

    /**
     * @param a the operand
     * @return {@code -a}, folded for a literal
     */
    static Expr neg(Expr a) {
        if (a instanceof Num x) {
            return num(-x.value());
        }
        if (a instanceof Unary u && u.op().equals("-")) {
            return u.operand();
        }
        return new Unary("-", a, null);
    }

    /**
     * @param function a built-in function's name, e.g. {@code exp}
     * @param args     its arguments
     * @return the call, with no place in any text
     */
    static Expr call(String function, Expr... args) {
        return new Call(function, List.of(args), null);
    }

    /**
     * @param e any expression
     * @return whether it is the literal 0
     */
    static boolean isZero(Expr e) {
        return e instanceof Num n && n.value() == 0.0;
    }

    /**
     * @param e any expression
     * @return whether it is the literal 1
     */
    static boolean isOne(Expr e) {
        return e instanceof Num n && n.value() == 1.0;
    }

    /**
     * Every name the expression refers to (not function names).
     *
     * @param e any expression
     * @return the names, in the order they first appear
     */
    static Set<String> names(Expr e) {
        Set<String> out = new TreeSet<>();
        collectNames(e, out);
        return out;
    }

    private static void collectNames(Expr e, Set<String> out) {
        if (e instanceof Name n) {
            out.add(n.name());
        } else if (e instanceof Unary u) {
            collectNames(u.operand(), out);
        } else if (e instanceof Binary b) {
            collectNames(b.left(), out);
            collectNames(b.right(), out);
        } else if (e instanceof Call c) {
            c.args().forEach(a -> collectNames(a, out));
        }
    }

    /**
     * Whether the expression calls the named function anywhere.
     *
     * @param e        any expression
     * @param function a function's name, e.g. {@code rand}
     * @return whether a call of it appears
     */
    static boolean calls(Expr e, String function) {
        if (e instanceof Call c) {
            return c.function().equals(function) || c.args().stream().anyMatch(a -> calls(a, function));
        }
        if (e instanceof Unary u) {
            return calls(u.operand(), function);
        }
        return e instanceof Binary b && (calls(b.left(), function) || calls(b.right(), function));
    }

    /**
     * The expression with every name replaced by what {@code replacement} returns (itself when null).
     *
     * @param e           any expression
     * @param replacement what each name becomes, or {@code null} to keep it
     * @return the new expression
     */
    static Expr substitute(Expr e, Function<String, Expr> replacement) {
        if (e instanceof Name n) {
            Expr r = replacement.apply(n.name());
            return r == null ? n : r;
        }
        if (e instanceof Unary u) {
            return new Unary(u.op(), substitute(u.operand(), replacement), u.span());
        }
        if (e instanceof Binary b) {
            return new Binary(b.op(), substitute(b.left(), replacement), substitute(b.right(), replacement), b.span());
        }
        if (e instanceof Call c) {
            return new Call(c.function(), c.args().stream().map(a -> substitute(a, replacement)).toList(), c.span());
        }
        return e;
    }

    /**
     * The expression with arithmetic on literals done ({@code 13*0.001 - v} becomes
     * {@code 0.013 - v}), so generated code does no work the build could have done.
     *
     * @param e any expression
     * @return an equal expression with its literal arithmetic done
     */
    static Expr fold(Expr e) {
        if (e instanceof Unary u) {
            Expr operand = fold(u.operand());
            return u.op().equals("-") && operand instanceof Num n ? new Num(-n.value(), u.span()) : new Unary(u.op(), operand, u.span());
        }
        if (e instanceof Binary b) {
            Expr left = fold(b.left());
            Expr right = fold(b.right());
            if (left instanceof Num x && right instanceof Num y) {
                double a = x.value();
                double c = y.value();
                Double value = switch (b.op()) {
                    case "+" -> a + c;
                    case "-" -> a - c;
                    case "*" -> a * c;
                    case "/" -> a / c;
                    case "**" -> Math.pow(a, c);
                    default -> null;
                };
                if (value != null) {
                    return new Num(value, b.span());
                }
            }
            return new Binary(b.op(), left, right, b.span());
        }
        if (e instanceof Call c) {
            return new Call(c.function(), c.args().stream().map(Expr::fold).toList(), c.span());
        }
        return e;
    }

    /** Operator precedence for printing, mirroring the parser. */
    final class Printer {
        private Printer() {
        }

        static int precedence(Expr e) {
            if (e instanceof Binary b) {
                return switch (b.op()) {
                    case "or" -> 1;
                    case "and" -> 2;
                    case "<", "<=", ">", ">=", "==", "!=" -> 4;
                    case "+", "-" -> 5;
                    case "*", "/" -> 6;
                    default -> 8;
                };
            }
            if (e instanceof Unary u) {
                return u.op().equals("not") ? 3 : 7;
            }
            return 9;
        }

        static String wrap(Expr e, int minimum) {
            boolean negativeLiteral = e instanceof Num n && n.value() < 0;
            return precedence(e) < minimum || (negativeLiteral && minimum > 5) ? "(" + e + ")" : e.toString();
        }
    }
}
