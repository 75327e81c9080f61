package org.synfire.model;

import java.util.Collection;
import org.synfire.SynfireException;

/**
 * A mistake in a network description, reported as {@code Kind 'name'.attribute: message}
 * (e.g. {@code Group 'exc'.tua: unknown parameter; known: El, I, R, tau, v}).
 */
public class SpecException extends SynfireException {
    private static final long serialVersionUID = 1L;

    private final String kind;
    private final String name;

    public SpecException(String kind, String name, String attribute, String message) {
        super(kind + " '" + name + "'" + (attribute == null ? "" : "." + attribute) + ": " + message);
        this.kind = kind;
        this.name = name;
    }

    /** Whether this is a mistake of the object {@code kind 'name'} itself (its message then names it already). */
    public boolean isAbout(String kind, String name) {
        return this.kind.equals(kind) && this.name.equals(name);
    }

    /** A message listing the valid alternatives. */
    public static String choices(String message, Collection<String> valid) {
        return message + "; known: " + String.join(", ", valid);
    }
}
