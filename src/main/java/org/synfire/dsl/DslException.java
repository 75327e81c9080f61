package org.synfire.dsl;

import java.util.Collection;
import org.synfire.SynfireException;

/**
 * A mistake in a script caught by the DSL itself: an unknown named argument, a value of the wrong
 * kind, a word used at the wrong moment (a group added after the network was built). The
 * message names the DSL word; {@link ScriptErrors} adds the script line.
 */
public final class DslException extends SynfireException {
    private static final long serialVersionUID = 1L;

    /** The DSL word involved. */
    private final String word;

    DslException(String word, String message) {
        super(word + ": " + message);
        this.word = word;
    }

    /** {@return the DSL word involved, e.g. {@code connect}, or a handle's place such as {@code exc.v}} */
    public String word() {
        return word;
    }

    /** "OWNER has no variable 'x'; known: a, b, c". */
    static DslException missing(String word, String owner, String variable, Collection<String> known) {
        return new DslException(word, owner + " has no variable '" + variable + "'; known: " + String.join(", ", known));
    }

    /** "unknown WHAT 'x'; known: a, b, c" for an unknown name among {@code known}. */
    static DslException unknown(String word, String what, String name, Collection<String> known) {
        return new DslException(word, "unknown " + what + " '" + name + "'; known: " + String.join(", ", known));
    }
}
