package org.synfire.dsl;

import org.synfire.SynfireException;

/**
 * A script failed: the message starts with {@code script:line:} (and the column for compile
 * errors), then says what went wrong, then shows the script line; {@link #getCause()} keeps the
 * original error for those who want its stack trace.
 */
public final class ScriptException extends SynfireException {
    private static final long serialVersionUID = 1L;

    /** The script's file name. */
    private final String script;
    /** The line, from 1; 0 where no line of the script was involved. */
    private final int line;

    ScriptException(String message, String script, int line, Throwable cause) {
        super(message, cause);
        this.script = script;
        this.line = line;
    }

    /** {@return the script's file name} */
    public String script() {
        return script;
    }

    /** {@return the line, from 1, or 0 where no line of the script was involved} */
    public int line() {
        return line;
    }
}
