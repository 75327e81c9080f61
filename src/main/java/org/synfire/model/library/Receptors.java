package org.synfire.model.library;

import org.synfire.model.SpecException;
import org.synfire.model.SynapseModel;

/**
 * The receptor templates whose gating is not a plain jump-and-decay: the saturating NMDA synapse.
 * Documented in {@link Library}, the entry point; this class only holds the text and defaults.
 */
final class Receptors {
    private Receptors() {
    }

    /** See {@link Library#nmda(String, String)}. */
    static SynapseModel nmda(String target, String weightUnit) {
        if (target == null || !target.matches("[A-Za-z][A-Za-z0-9_]*")) {
            throw new SpecException("SynapseModel", "nmda", "target", "'" + target + "' is not a variable name; give the "
                + "target group's variable the gating is summed into, e.g. s_NMDA_tot");
        }
        // The rise variable x is the unsaturated transmitter pulse; s grows towards 1 in proportion
        // to x·(1 - s), so a burst cannot open more than all the receptors (Wang 2002, eq. 5).
        return SynapseModel.of("nmda", """
                w : %2$s (constant)
                ds/dt = -s/tau_decay + alpha*x*(1 - s) : 1
                dx/dt = -x/tau_rise : 1
                tau_decay : second (shared, constant, positive)
                tau_rise : second (shared, constant, positive)
                alpha : hertz (shared, constant, positive)
                %1$s_post = w*s : %2$s (summed)
                """.formatted(target, weightUnit))
            .onPre("x += 1")
            .with("tau_decay", "100 ms").with("tau_rise", "2 ms").with("alpha", "0.5 kHz")
            .describedAs("NMDA synapse with saturating gating, summed into the target each step (Wang 2002).");
    }
}
