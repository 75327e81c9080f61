package org.synfire.equations;

import java.util.List;
import java.util.Map;
import org.synfire.units.Dimension;

/**
 * A synapse model that passed every check, in the form code generation needs. Names left in
 * expressions are the synapse's own variables, {@code x_pre} and {@code x_post} for variables of
 * the groups it connects (an unsuffixed post-synaptic name has been rewritten with its suffix),
 * and {@code i} (source index), {@code j} (target index), {@code t}, {@code dt},
 * {@code lastupdate}, {@code N_pre}, {@code N_post}.
 *
 * @param synapseVariables per-synapse variables: parameters, then event-driven state, in order written
 * @param sharedParameters parameters with one value per projection
 * @param eventDriven      event-driven variable → its decay {@code dx/dt = rate·x + drive}
 * @param dimensions       dimension of every synaptic variable and of every pre/post name used
 * @param onPre            statements run when a pre-synaptic spike arrives, expanded
 * @param onPost           statements run when the post-synaptic neuron spikes, expanded
 * @param accumulation     when {@code onPre} only adds to a post-synaptic variable an amount that
 *                         cannot change during a run, that sum (the engine's fast path); else {@code null}
 */
public record CheckedSynapse(List<String> synapseVariables,
                             List<String> sharedParameters,
                             Map<String, Decay> eventDriven,
                             Map<String, Dimension> dimensions,
                             List<Assignment> onPre,
                             List<Assignment> onPost,
                             Accumulation accumulation) {

    /** A linear event-driven equation {@code dx/dt = rate·x + drive}, solved exactly over the time since the last update. */
    public record Decay(Expr rate, Expr drive) {
    }

    /**
     * {@code target_post += increment} on every arriving spike, where {@code increment} depends only
     * on quantities that are fixed during a run (per-synapse or shared parameters, indices).
     */
    public record Accumulation(String target, Expr increment) {
    }
}
