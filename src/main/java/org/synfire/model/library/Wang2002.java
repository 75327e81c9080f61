package org.synfire.model.library;

import static org.synfire.units.Units.ms;
import static org.synfire.units.Units.nF;
import static org.synfire.units.Units.nS;

import java.util.List;
import org.synfire.model.NeuronModel;

/**
 * The conductance-based integrate-and-fire neuron of Wang (2002) with AMPA, NMDA and GABA_A
 * receptors, and its two cell types. Documented in {@link Library}, the entry point; this class
 * only holds the text, the defaults and the preset table.
 */
final class Wang2002 {
    private Wang2002() {
    }

    /**
     * One cell type of Wang (2002): capacitance and leak (nF, nS), refractory period (ms) and the
     * peak conductances (nS) of its external AMPA, recurrent AMPA, NMDA and GABA_A inputs, for the
     * paper's network of 1600 pyramidal cells and 400 interneurons.
     */
    record Preset(String name, double cNf, double gLnS, double trefMs, double gExtNs, double gAmpaNs, double gNmdaNs, double gGabaNs) {
    }

    static final PresetNames<Preset> PRESETS = new PresetNames<Preset>("wang2002")
        .add("pyramidal", new Preset("pyramidal", 0.5, 25, 2, 2.1, 0.05, 0.165, 1.3), "excitatory")
        .add("interneuron", new Preset("interneuron", 0.2, 20, 1, 1.62, 0.04, 0.13, 1.0), "inhibitory");

    /** See {@link Library#wang2002()}. */
    static NeuronModel wang2002() {
        // The Mg2+ block of Jahr & Stevens (1990) as Wang writes it: exp(-0.062 v/mV) with [Mg2+]
        // in mM over 3.57 mM. The NMDA gating this neuron's own spikes open (s_NMDA, x) is kept
        // here, once per neuron, because every synapse from it carries the same values (Wang's
        // formulation); the gating it receives, s_NMDA_tot, is summed into it by the synapses.
        return preset(NeuronModel.of("wang2002", """
                dv/dt = (-gL*(v - EL) - I_ext - I_AMPA - I_NMDA - I_GABA + I)/C : volt (unless refractory)  # membrane potential
                I_ext = g_ext*s_ext*(v - E_E) : amp  # AMPA current of the external (background and stimulus) input
                I_AMPA = g_AMPA*s_AMPA*(v - E_E) : amp  # AMPA current of the recurrent input
                I_NMDA = g_NMDA*s_NMDA_tot*(v - E_E)/(1 + Mg*exp(-0.062*v/mV)/(3.57*mM)) : amp  # NMDA current, blocked by Mg2+ at hyperpolarised v
                I_GABA = g_GABA*s_GABA*(v - E_I) : amp  # GABA_A current of the inhibitory input
                ds_ext/dt = -s_ext/tau_AMPA : 1  # gating of the external AMPA receptors: a spike of weight w adds w
                ds_AMPA/dt = -s_AMPA/tau_AMPA : 1  # gating of the recurrent AMPA receptors: a spike of weight w adds w
                ds_GABA/dt = -s_GABA/tau_GABA : 1  # gating of the GABA_A receptors: a spike of weight w adds w
                ds_NMDA/dt = -s_NMDA/tau_decay + alpha*x*(1 - s_NMDA) : 1  # NMDA gating this neuron's spikes open in its targets; saturates below 1
                dx/dt = -x/tau_rise : 1  # transmitter pulse of this neuron's spikes: each adds 1, it opens s_NMDA
                s_NMDA_tot : 1  # NMDA gating received: the weighted sum of the presynaptic s_NMDA, written by the synapses each step
                I : amp  # external current injected into the neuron (per neuron, may vary in time)
                C : farad (shared, constant, positive)  # membrane capacitance
                gL : siemens (shared, constant)  # leak conductance (C/gL is the membrane time constant)
                g_ext : siemens (shared, constant)  # peak conductance of the external AMPA input
                g_AMPA : siemens (shared, constant)  # peak conductance of the recurrent AMPA input
                g_NMDA : siemens (shared, constant)  # peak conductance of the NMDA input
                g_GABA : siemens (shared, constant)  # peak conductance of the GABA_A input
                EL : volt (shared, constant)  # leak reversal potential, the rest without input
                E_E : volt (shared, constant)  # reversal potential of the AMPA and NMDA currents
                E_I : volt (shared, constant)  # reversal potential of the GABA_A current
                Vth : volt (shared, constant)  # firing threshold: v above it emits a spike
                Vr : volt (shared, constant)  # reset potential: v right after a spike
                tref : second (shared, constant)  # refractory period: after a spike v is held at the reset for this long
                tau_AMPA : second (shared, constant, positive)  # decay time constant of the AMPA gatings
                tau_GABA : second (shared, constant, positive)  # decay time constant of the GABA_A gating
                tau_decay : second (shared, constant, positive)  # decay time constant of the NMDA gating s_NMDA
                tau_rise : second (shared, constant, positive)  # decay time constant of the pulse x, the rise time of s_NMDA
                alpha : hertz (shared, constant, positive)  # how fast the pulse x opens the closed NMDA receptors
                Mg : molar (shared, constant)  # extracellular magnesium concentration, which sets the NMDA block
                """)
            .threshold("v > Vth").reset("v = Vr; x += 1").refractory("tref")
            .with("EL", "-70 mV").with("E_E", "0 mV").with("E_I", "-70 mV").with("Vth", "-50 mV").with("Vr", "-55 mV")
            .with("tau_AMPA", "2 ms").with("tau_GABA", "5 ms").with("tau_decay", "100 ms").with("tau_rise", "2 ms")
            .with("alpha", "0.5 kHz").with("Mg", "1 mM").with("I", "0 nA")
            .with("v", "-70 mV").with("s_ext", "0").with("s_AMPA", "0").with("s_GABA", "0").with("s_NMDA", "0").with("x", "0")
            .with("s_NMDA_tot", "0"), PRESETS.get("pyramidal"))
            .describedAs("Conductance-based leaky integrate-and-fire neuron with AMPA, NMDA (Mg2+ block) and GABA_A inputs, "
                + "a pyramidal cell by default (Wang 2002; Compte, Brunel, Goldman-Rakic & Wang 2000).");
    }

    /** See {@link Library#wang2002(String)}. */
    static NeuronModel wang2002(String cellType) {
        Preset p = PRESETS.get(cellType);
        return preset(wang2002(), p).named("wang2002_" + p.name())
            .describedAs("Conductance-based leaky integrate-and-fire neuron with AMPA, NMDA (Mg2+ block) and GABA_A inputs, "
                + p.name() + " of Wang (2002).");
    }

    private static NeuronModel preset(NeuronModel model, Preset p) {
        return model.with("C", nF.of(p.cNf())).with("gL", nS.of(p.gLnS())).with("tref", ms.of(p.trefMs()))
            .with("g_ext", nS.of(p.gExtNs())).with("g_AMPA", nS.of(p.gAmpaNs())).with("g_NMDA", nS.of(p.gNmdaNs()))
            .with("g_GABA", nS.of(p.gGabaNs()));
    }

    /** The cell types in the documented order. */
    static List<String> cellTypes() {
        return PRESETS.names();
    }
}
