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
 * @param synapseVariables per-synapse variables: parameters, then event-driven, then clock-driven state, in order written
 * @param singlePrecision  the per-synapse parameters declared {@code (constant)}: no code may change
 *                         them, so they are stored as {@code float} (7 digits), halving their memory
 * @param sharedParameters parameters with one value per projection
 * @param eventDriven      event-driven variable → its decay {@code dx/dt = rate·x + drive}
 * @param clockDriven      the every-step update of clock-driven variables, or {@code null} for none
 * @param summed           target-group variable (without suffix) → the per-synapse expression summed into it every step
 * @param dimensions       dimension of every synaptic variable and of every pre/post name used
 * @param onPre            statements run when a pre-synaptic spike arrives, expanded; an assignment
 *                         marked {@code unlessRefractory} targets a variable the target holds while
 *                         refractory and is skipped for refractory targets, as in Brian2
 * @param onPost           statements run when the post-synaptic neuron spikes, expanded
 * @param accumulation     when {@code onPre} only adds to a post-synaptic variable an amount that
 *                         cannot change during a run, that sum (the engine's fast path); else {@code null}
 */
public record CheckedSynapse(List<String> synapseVariables,
                             java.util.Set<String> singlePrecision,
                             List<String> sharedParameters,
                             Map<String, Decay> eventDriven,
                             UpdateScheme clockDriven,
                             Map<String, Expr> summed,
                             Map<String, Dimension> dimensions,
                             List<Assignment> onPre,
                             List<Assignment> onPost,
                             Accumulation accumulation) {

    /** A linear event-driven equation {@code dx/dt = rate·x + drive}, solved exactly over the time since the last update. */
    public record Decay(Expr rate, Expr drive) {
    }

    /**
     * {@code target_post += increment} on every arriving spike, where {@code increment} depends only
     * on quantities that are fixed during a run (per-synapse or shared parameters, indices);
     * {@code gated} when the target is held while refractory, so refractory neurons drop it.
     */
    public record Accumulation(String target, Expr increment, boolean gated) {
    }
}
