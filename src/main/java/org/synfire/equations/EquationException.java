package org.synfire.equations;

import org.synfire.SynfireException;

/**
 * A mistake in model text: syntax, an unknown name, a unit mismatch, a variable defined twice, a
 * reset assigning to something it may not. The message quotes the offending line, puts a caret
 * under the token and says what was expected, for example:
 *
 * <pre>
 * equations of model 'lif', line 1: unknown name 'tua'
 *   dv/dt = (El - v)/tua : volt
 *                    ^^^
 *   expected one of: El, tau, v, t, dt (or a unit such as mV, ms)
 * </pre>
 */
public class EquationException extends SynfireException {
    private static final long serialVersionUID = 1L;

    private final transient Span span;

    /**
     * @param span     where in the model text the mistake is; the message quotes the line and marks it with carets
     * @param problem  what is wrong, e.g. {@code unknown name 'tua'}
     * @param expected what would be right there, e.g. the names known
     */
    public EquationException(Span span, String problem, String expected) {
        super(format(span, problem, expected));
        this.span = span;
    }

    /** {@return where the mistake is} */
    public Span span() {
        return span;
    }

    static String format(Span span, String problem, String expected) {
        StringBuilder out = new StringBuilder();
        out.append(span.source().label()).append(", line ").append(span.line() + 1)
           .append(": ").append(problem).append('\n');
        String line = span.source().line(span.line());
        out.append("  ").append(line).append('\n');
        out.append("  ").append(" ".repeat(Math.max(0, span.start())))
           .append("^".repeat(Math.max(1, span.end() - span.start())));
        if (expected != null && !expected.isEmpty()) {
            out.append('\n').append("  expected ").append(expected);
        }
        return out.toString();
    }
}
