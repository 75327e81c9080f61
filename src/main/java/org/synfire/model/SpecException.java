package org.synfire.model;

import java.util.Collection;
import org.synfire.SynfireException;

/**
 * A mistake in a network description, reported as {@code Kind 'name'.attribute: message}
 * (e.g. {@code Group 'exc'.tua: unknown parameter; known: El, I, R, tau, v}).
 */
public class SpecException extends SynfireException {
    private static final long serialVersionUID = 1L;

    public SpecException(String kind, String name, String attribute, String message) {
        super(kind + " '" + name + "'" + (attribute == null ? "" : "." + attribute) + ": " + message);
    }

    /** A message listing the valid alternatives. */
    public static String choices(String message, Collection<String> valid) {
        return message + "; known: " + String.join(", ", valid);
    }
}
