package org.synfire.equations;

import java.util.List;

/**
 * What one time step of a group's differential equations does, independent of how it is
 * executed: either a list of per-neuron {@link Assignment}s (Euler, Runge–Kutta, exponential
 * Euler) or, for {@link IntegrationMethod#EXACT}, a {@link LinearSystem} whose propagators are
 * computed per run.
 *
 * @param method      the method used
 * @param reason      why it was chosen (or why better methods did not apply)
 * @param assignments the per-neuron update, in order (empty for the exact method)
 * @param linear      the linear system, for the exact method only
 */
public record UpdateScheme(IntegrationMethod method, String reason, List<Assignment> assignments, LinearSystem linear) {

    /**
     * Copies the assignments, so a scheme never changes.
     *
     * @param method      the method used
     * @param reason      why it was chosen
     * @param assignments the per-neuron update, in order
     * @param linear      the linear system, for the exact method only
     */
    public UpdateScheme {
        assignments = List.copyOf(assignments);
    }
}
