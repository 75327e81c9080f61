package org.synfire.model.library;

import org.synfire.model.SpecException;
import org.synfire.model.SynapseModel;

/**
 * The synapse templates: pair-based and triplet STDP, Tsodyks–Markram short-term plasticity and
 * inhibitory STDP. Documented in {@link Library}, the entry point; this class only holds their
 * text and defaults. Every template acts on the target through {@code <target>_post += ...}, with
 * weights in the unit the caller names, and keeps its traces {@code (event-driven)}, so they cost
 * nothing between spikes and are exact.
 */
final class Plasticity {
    private Plasticity() {
    }

    /** See {@link Library#stdp(String, String)}. */
    static SynapseModel stdp(String target, String weightUnit) {
        return SynapseModel.of("stdp", """
                w : %2$s
                wmax : %2$s (shared, constant)
                dApre/dt = -Apre/taupre : 1 (event-driven)
                dApost/dt = -Apost/taupost : 1 (event-driven)
                taupre : second (shared, constant, positive)
                taupost : second (shared, constant, positive)
                Aplus : 1 (shared, constant)
                Aminus : 1 (shared, constant)
                """.formatted(target, weightUnit))
            .onPre(effect(target, "w") + "; Apre += Aplus; w = clip(w + wmax*Apost, 0*wmax, wmax)")
            .onPost("Apost += Aminus; w = clip(w + wmax*Apre, 0*wmax, wmax)")
            .with("taupre", "20 ms").with("taupost", "20 ms").with("Aplus", "0.005").with("Aminus", "-0.00525")
            .describedAs("Additive pair-based STDP with all-to-all trace interaction (Song, Miller & Abbott 2000).");
    }

    /** See {@link Library#tripletStdp(String, String)}. */
    static SynapseModel tripletStdp(String target, String weightUnit) {
        return SynapseModel.of("triplet_stdp", """
                w : %2$s
                wmax : %2$s (shared, constant)
                dr1/dt = -r1/tau_plus : 1 (event-driven)
                dr2/dt = -r2/tau_x : 1 (event-driven)
                do1/dt = -o1/tau_minus : 1 (event-driven)
                do2/dt = -o2/tau_y : 1 (event-driven)
                tau_plus : second (shared, constant, positive)
                tau_minus : second (shared, constant, positive)
                tau_x : second (shared, constant, positive)
                tau_y : second (shared, constant, positive)
                A2plus : 1 (shared, constant)
                A3plus : 1 (shared, constant)
                A2minus : 1 (shared, constant)
                A3minus : 1 (shared, constant)
                """.formatted(target, weightUnit))
            // Each spike reads the other traces before its own are incremented (the t - ε of the paper).
            .onPre(effect(target, "w") + "; w = clip(w - wmax*o1*(A2minus + A3minus*r2), 0*wmax, wmax); r1 += 1; r2 += 1")
            .onPost("w = clip(w + wmax*r1*(A2plus + A3plus*o2), 0*wmax, wmax); o1 += 1; o2 += 1")
            .with("tau_plus", "16.8 ms").with("tau_minus", "33.7 ms").with("tau_x", "101 ms").with("tau_y", "125 ms")
            .with("A2plus", "5e-10").with("A3plus", "6.2e-3").with("A2minus", "7e-3").with("A3minus", "2.3e-4")
            .describedAs("Triplet STDP, all-to-all, visual cortex parameters (Pfister & Gerstner 2006).");
    }

    /** See {@link Library#tsodyksMarkram(String, String, String)}. */
    static SynapseModel tsodyksMarkram(String target, String weightUnit, String preset) {
        SynapseModel model = SynapseModel.of("tsodyks_markram", """
                w : %2$s
                du/dt = -u/tau_f : 1 (event-driven)
                dx/dt = (1 - x)/tau_d : 1 (event-driven)
                U : 1 (shared, constant)
                tau_f : second (shared, constant, positive)
                tau_d : second (shared, constant, positive)
                """.formatted(target, weightUnit))
            // u decays to 0 between spikes, so the first spike of a train uses exactly U (as in NEST's
            // tsodyks2_synapse and Brian2's example); facilitation first, then release of u·x.
            .onPre("u += U*(1 - u); " + effect(target, "w*u*x") + "; x -= u*x")
            .with("x", "1");
        return switch (preset) {
            case "depressing" -> model.with("U", "0.5").with("tau_f", "1 us").with("tau_d", "800 ms")
                .describedAs("Tsodyks–Markram synapse, depressing (Tsodyks & Markram 1997: U = 0.5, recovery 800 ms).");
            case "facilitating" -> model.with("U", "0.03").with("tau_f", "530 ms").with("tau_d", "130 ms")
                .describedAs("Tsodyks–Markram synapse, facilitating (Markram, Wang & Tsodyks 1998: U = 0.03, "
                    + "facilitation 530 ms, recovery 130 ms).");
            default -> throw new SpecException("SynapseModel", "tsodyks_markram", "preset", "unknown preset '" + preset
                + "'; known: depressing, facilitating");
        };
    }

    /** See {@link Library#inhibitoryStdp(String, String)}. */
    static SynapseModel inhibitoryStdp(String target, String weightUnit) {
        return SynapseModel.of("inhibitory_stdp", """
                w : %2$s
                wmax : %2$s (shared, constant)
                dApre/dt = -Apre/tau_stdp : 1 (event-driven)
                dApost/dt = -Apost/tau_stdp : 1 (event-driven)
                tau_stdp : second (shared, constant, positive)
                eta : 1 (shared, constant)
                rho0 : hertz (shared, constant)
                """.formatted(target, weightUnit))
            // alpha = 2·rho0·tau_stdp: the depression on every pre spike that makes rho0 the fixed point.
            .onPre("Apre += 1; w = clip(w + eta*wmax*(Apost - 2*rho0*tau_stdp), 0*wmax, wmax); " + effect(target, "w"))
            .onPost("Apost += 1; w = clip(w + eta*wmax*Apre, 0*wmax, wmax)")
            .with("tau_stdp", "20 ms").with("eta", "0.01").with("rho0", "3 Hz")
            .describedAs("Inhibitory STDP that balances excitation and sets the target rate rho0 (Vogels et al. 2011).");
    }

    private static String effect(String target, String amount) {
        if (target == null || !target.matches("[A-Za-z][A-Za-z0-9_]*")) {
            throw new SpecException("SynapseModel", "template", "target", "'" + target + "' is not a variable name; give the "
                + "target group's variable the synapse adds to, e.g. ge");
        }
        return target + "_post += " + amount;
    }
}
