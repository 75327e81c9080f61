package org.synfire.model;

import java.util.Collection;
import org.synfire.SynfireException;

/**
 * A mistake in a network description, reported as {@code Kind 'name'.attribute: message}
 * (e.g. {@code Group 'exc'.tua: unknown parameter; known: El, I, R, tau, v}).
 */
public class SpecException extends SynfireException {
    private static final long serialVersionUID = 1L;

    /** The kind of object at fault. */
    private final String kind;
    /** Its name. */
    private final String name;

    /**
     * @param kind      the kind of object at fault, e.g. {@code Group}
     * @param name      its name
     * @param attribute the attribute at fault, or {@code null} for the object as a whole
     * @param message   the problem and its fix
     */
    public SpecException(String kind, String name, String attribute, String message) {
        super(kind + " '" + name + "'" + (attribute == null ? "" : "." + attribute) + ": " + message);
        this.kind = kind;
        this.name = name;
    }

    /**
     * Whether this is a mistake of the object {@code kind 'name'} itself (its message then names it already).
     *
     * @param kind an object's kind, e.g. {@code Group}
     * @param name its name
     * @return whether this error was raised for that object
     */
    public boolean isAbout(String kind, String name) {
        return this.kind.equals(kind) && this.name.equals(name);
    }

    /**
     * A message listing the valid alternatives.
     *
     * @param message the problem
     * @param valid   the names that would have been right
     * @return {@code message}, then {@code ; known: } and the names
     */
    public static String choices(String message, Collection<String> valid) {
        return message + "; known: " + String.join(", ", valid);
    }
}
