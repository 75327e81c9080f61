package org.synfire;

/**
 * Root of every error Synfire reports to its users. Each phase has its own subclass (units,
 * equations, specs, build, simulation), and every message names the place (a model line with a
 * caret, a group, a parameter) and what would be right.
 */
public class SynfireException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong and what to do instead, as the user will read it */
    public SynfireException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong and what to do instead, as the user will read it
     * @param cause   the failure underneath
     */
    public SynfireException(String message, Throwable cause) {
        super(message, cause);
    }
}
