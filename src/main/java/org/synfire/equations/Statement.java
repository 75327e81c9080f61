package org.synfire.equations;

/**
 * One assignment of a reset (or later, of synaptic event code): {@code v = El},
 * {@code w += b}, {@code x *= 0.5}.
 *
 * @param target   the variable assigned
 * @param operator {@code =}, {@code +=}, {@code -=}, {@code *=} or {@code /=}
 * @param value    the right-hand side
 * @param span     the target name in the text
 */
public record Statement(String target, String operator, Expr value, Span span) {

    /** {@return the right-hand side as a plain assignment would read: {@code w += b} gives {@code w + b}} */
    public Expr assignedValue() {
        if (operator.equals("=")) {
            return value;
        }
        Expr self = new Expr.Name(target, span);
        return new Expr.Binary(operator.substring(0, 1), self, value, span);
    }

    @Override
    public String toString() {
        return target + " " + operator + " " + value;
    }
}
