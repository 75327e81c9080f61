package org.synfire.sim;

import org.synfire.SynfireException;

/** A mistake found while running or inspecting a simulation, e.g. an unknown variable or a negative duration. */
public class SimulationException extends SynfireException {
    private static final long serialVersionUID = 1L;

    public SimulationException(String message) {
        super(message);
    }

    public SimulationException(String message, Throwable cause) {
        super(message, cause);
    }
}
