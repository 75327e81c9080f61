package org.synfire.sim;

import org.synfire.SynfireException;

/** A mistake found while running or inspecting a simulation, e.g. an unknown variable or a negative duration. */
public class SimulationException extends SynfireException {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong, naming the group, projection or probe, and what to do instead */
    public SimulationException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong, naming what it concerns
     * @param cause   the failure underneath, e.g. an I/O error
     */
    public SimulationException(String message, Throwable cause) {
        super(message, cause);
    }
}
