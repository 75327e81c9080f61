package org.synfire.model.library;

import org.synfire.model.NeuronModel;

/**
 * The integrate-and-fire templates: leaky (current input, exponential current synapses,
 * exponential conductances) and exponential. Documented in {@link Library}, which is the entry
 * point; this class only holds their text and defaults.
 */
final class IntegrateAndFire {
    private IntegrateAndFire() {
    }

    /** The membrane of the exponential models (eif and, with adaptation, adex): the capped v and its parameters. */
    static final String EXPONENTIAL_MEMBRANE = """
        v_spk = clip(v, v, Vpeak) : volt  # min(v, Vpeak)
        I : amp  # external current injected into the neuron (per neuron, may vary in time)
        C : farad (shared, constant, positive)  # membrane capacitance
        gL : siemens (shared, constant)  # leak conductance (C/gL is the membrane time constant)
        EL : volt (shared, constant)  # leak reversal potential
        VT : volt (shared, constant)  # threshold of spike initiation: near it the exponential current takes over
        DeltaT : volt (shared, constant)  # slope factor: how sharply the exponential current sets in
        """;

    /** See {@link Library#lif()}. */
    static NeuronModel lif() {
        return NeuronModel.of("lif", """
                dv/dt = (El - v + R*I)/tau : volt (unless refractory)  # membrane potential
                I : amp  # external current injected into the neuron (per neuron, may vary in time)
                El : volt (shared, constant)  # resting potential, where v settles without input
                R : ohm (shared, constant)  # membrane resistance: a current I shifts the rest by R*I
                tau : second (shared, constant, positive)  # membrane time constant (R times the capacitance): how fast v follows its input
                theta : volt (shared, constant)  # firing threshold: v above it emits a spike
                Vr : volt (shared, constant)  # reset potential: v right after a spike
                tref : second (shared, constant)  # refractory period: after a spike v is held at the reset for this long
                """)
            .threshold("v > theta").reset("v = Vr").refractory("tref")
            .with("El", "-65 mV").with("R", "100 Mohm").with("tau", "10 ms").with("theta", "-50 mV").with("Vr", "-65 mV")
            .with("tref", "2 ms").with("I", "0 nA").with("v", "-65 mV")
            .describedAs("Leaky integrate-and-fire neuron with current input (Lapicque 1907; Gerstner et al. 2014, ch. 1.3).");
    }

    /** See {@link Library#lifExpCurrent()}. */
    static NeuronModel lifExpCurrent() {
        return NeuronModel.of("lif_exp_current", """
                dv/dt = (El - v + R*(I + I_syn))/tau : volt (unless refractory)  # membrane potential
                dI_syn/dt = -I_syn/tau_syn : amp  # synaptic current: spikes arriving on synapses add to it, it decays with tau_syn
                I : amp  # external current injected into the neuron (per neuron, may vary in time)
                El : volt (shared, constant)  # resting potential, where v settles without input
                R : ohm (shared, constant)  # membrane resistance: a current I shifts the rest by R*I
                tau : second (shared, constant, positive)  # membrane time constant (R times the capacitance): how fast v follows its input
                tau_syn : second (shared, constant, positive)  # decay time constant of the synaptic current I_syn
                theta : volt (shared, constant)  # firing threshold: v above it emits a spike
                Vr : volt (shared, constant)  # reset potential: v right after a spike
                tref : second (shared, constant)  # refractory period: after a spike v is held at the reset for this long
                """)
            .threshold("v > theta").reset("v = Vr").refractory("tref")
            .with("El", "-65 mV").with("R", "100 Mohm").with("tau", "10 ms").with("tau_syn", "5 ms").with("theta", "-50 mV")
            .with("Vr", "-65 mV").with("tref", "2 ms").with("I", "0 nA").with("v", "-65 mV").with("I_syn", "0 nA")
            .describedAs("Leaky integrate-and-fire neuron with exponentially decaying synaptic current "
                + "(NEST iaf_psc_exp; Rotter & Diesmann 1999).");
    }

    /** See {@link Library#lifConductance()}. */
    static NeuronModel lifConductance() {
        return NeuronModel.of("lif_conductance", """
                dv/dt = (gL*(EL - v) + ge*(Ee - v) + gi*(Ei - v) + I)/C : volt (unless refractory)  # membrane potential
                dge/dt = -ge/taue : siemens  # excitatory synaptic conductance: spikes arriving on synapses add to it, it decays with taue
                dgi/dt = -gi/taui : siemens  # inhibitory synaptic conductance: spikes arriving on synapses add to it, it decays with taui
                I : amp  # external current injected into the neuron (per neuron, may vary in time)
                C : farad (shared, constant, positive)  # membrane capacitance
                gL : siemens (shared, constant)  # leak conductance (C/gL is the membrane time constant)
                EL : volt (shared, constant)  # leak reversal potential, the rest without input
                Vt : volt (shared, constant)  # firing threshold: v above it emits a spike
                Vr : volt (shared, constant)  # reset potential: v right after a spike
                tref : second (shared, constant)  # refractory period: after a spike v is held at the reset for this long
                Ee : volt (shared, constant)  # reversal potential of the excitatory conductance ge
                Ei : volt (shared, constant)  # reversal potential of the inhibitory conductance gi
                taue : second (shared, constant, positive)  # decay time constant of ge
                taui : second (shared, constant, positive)  # decay time constant of gi
                """)
            .threshold("v > Vt").reset("v = Vr").refractory("tref")
            .with("C", "200 pF").with("gL", "10 nS").with("EL", "-60 mV").with("Vt", "-50 mV").with("Vr", "-60 mV")
            .with("tref", "5 ms").with("Ee", "0 mV").with("Ei", "-80 mV").with("taue", "5 ms").with("taui", "10 ms")
            .with("I", "0 nA").with("v", "-60 mV").with("ge", "0 nS").with("gi", "0 nS")
            .describedAs("Conductance-based leaky integrate-and-fire neuron with exponential excitatory and inhibitory "
                + "conductances (Vogels & Abbott 2005; Brette et al. 2007, benchmark COBA).");
    }

    /** See {@link Library#eif()}. */
    static NeuronModel eif() {
        // min(v, Vpeak) inside the exponential: within a step, an explicit method can evaluate the
        // slope far above Vpeak, where exp overflows to infinity and then gives NaN; NEST's aeif
        // models clamp the same way. Below Vpeak it changes nothing.
        return NeuronModel.of("eif", """
                dv/dt = (gL*(EL - v) + gL*DeltaT*exp((v_spk - VT)/DeltaT) + I)/C : volt (unless refractory)  # membrane potential
                """ + EXPONENTIAL_MEMBRANE + """
                Vpeak : volt (shared, constant)  # spike cut-off: v above it counts as a spike and is reset
                Vr : volt (shared, constant)  # reset potential: v right after a spike
                tref : second (shared, constant)  # refractory period: after a spike v is held at the reset for this long
                """)
            .threshold("v > Vpeak").reset("v = Vr").refractory("tref")
            // VT and DeltaT: the paper's fit of the EIF to the Wang–Buzsáki model; C and gL: its
            // densities (1 uF/cm^2, 0.1 mS/cm^2) on 10^4 um^2 of membrane, so tau_m = 10 ms.
            .with("C", "100 pF").with("gL", "10 nS").with("EL", "-65 mV").with("VT", "-59.9 mV").with("DeltaT", "3.48 mV")
            .with("Vpeak", "0 mV").with("Vr", "-68 mV").with("tref", "2 ms").with("I", "0 nA")
            // The rest, where EL - v + DeltaT exp((v - VT)/DeltaT) = 0: the exponential current
            // already flows at EL and lifts the rest 1.1 mV above it.
            .with("v", "-63.896 mV")
            .describedAs("Exponential integrate-and-fire neuron (Fourcaud-Trocmé, Hansel, van Vreeswijk & Brunel 2003).");
    }
}
