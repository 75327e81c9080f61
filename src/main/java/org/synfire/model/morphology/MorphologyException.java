package org.synfire.model.morphology;

import org.synfire.SynfireException;

/**
 * A mistake in a morphology or a location on it, formatted as the model's spec errors are:
 * {@code Kind 'name'.attribute: message; fix} (e.g. {@code Section 'd'.diameter: 0 um is zero; ...}).
 * Its own class so that this package needs nothing of {@code model}, which will use it.
 */
public class MorphologyException extends SynfireException {
    private static final long serialVersionUID = 1L;

    /**
     * @param kind      what is at fault, e.g. {@code Section}
     * @param name      its name
     * @param attribute the attribute at fault, or null for the object as a whole
     * @param message   the problem and its fix
     */
    public MorphologyException(String kind, String name, String attribute, String message) {
        super(kind + " '" + name + "'" + (attribute == null ? "" : "." + attribute) + ": " + message);
    }

    /** A message already formatted, for {@link SwcException}. */
    MorphologyException(String message) {
        super(message);
    }
}
