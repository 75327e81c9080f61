package org.synfire.model.library;

import org.synfire.model.NeuronModel;

/**
 * Conductance-based templates with Hodgkin–Huxley gating: the 1952 squid axon (as a point neuron
 * and as a membrane per area for spatial neurons, beside the passive membrane) and the
 * Traub–Miles cell of the COBAHH benchmark. Documented in {@link Library}; this class holds the
 * text and defaults.
 */
final class HodgkinHuxley {
    private HodgkinHuxley() {
    }

    /**
     * The squid axon's rate functions as NEURON's hh.mod at 6.3 °C, in the modern convention (rest
     * near -65 mV). hh.mod's vtrap(x, y) = x/(exp(x/y) - 1) equals y/exprel(x/y), which is finite
     * at x = 0 (v = -40 mV for m, -55 mV for n) where the quotient is 0/0.
     */
    private static final String RATES = """
        alpha_m = 1/exprel(-(v + 40*mV)/(10*mV))/ms : hertz
        beta_m = 4*exp(-(v + 65*mV)/(18*mV))/ms : hertz
        alpha_h = 0.07*exp(-(v + 65*mV)/(20*mV))/ms : hertz
        beta_h = 1/(1 + exp(-(v + 35*mV)/(10*mV)))/ms : hertz
        alpha_n = 0.1/exprel(-(v + 55*mV)/(10*mV))/ms : hertz
        beta_n = 0.125*exp(-(v + 65*mV)/(80*mV))/ms : hertz
        """;

    /** See {@link Library#hodgkinHuxley()}. */
    static NeuronModel hodgkinHuxley() {
        return NeuronModel.of("hodgkin_huxley", """
                dv/dt = (gNa*m**3*h*(ENa - v) + gK*n**4*(EK - v) + gL*(EL - v) + I)/Cm : volt  # membrane potential
                dm/dt = alpha_m*(1 - m) - beta_m*m : 1  # sodium activation gate, open fraction between 0 and 1
                dh/dt = alpha_h*(1 - h) - beta_h*h : 1  # sodium inactivation gate, open fraction between 0 and 1
                dn/dt = alpha_n*(1 - n) - beta_n*n : 1  # potassium activation gate, open fraction between 0 and 1
                """ + RATES + """
                I : amp/meter**2  # external current per unit membrane area
                Cm : farad/meter**2 (shared, constant, positive)  # membrane capacitance per unit area
                gNa : siemens/meter**2 (shared, constant)  # maximal sodium conductance per unit area
                gK : siemens/meter**2 (shared, constant)  # maximal potassium conductance per unit area
                gL : siemens/meter**2 (shared, constant)  # leak conductance per unit area
                ENa : volt (shared, constant)  # sodium reversal potential
                EK : volt (shared, constant)  # potassium reversal potential
                EL : volt (shared, constant)  # leak reversal potential
                """)
            .threshold("v > -20*mV").refractory("v > -20*mV")
            .with("Cm", "1 uF/cm^2").with("gNa", "120 mS/cm^2").with("gK", "36 mS/cm^2").with("gL", "0.3 mS/cm^2")
            .with("ENa", "50 mV").with("EK", "-77 mV").with("EL", "-54.387 mV").with("I", "0 uA/cm^2")
            // The steady state of the gates at -65 mV: m = α_m/(α_m + β_m) and likewise for h, n.
            .with("v", "-65 mV").with("m", "0.0529325").with("h", "0.5961208").with("n", "0.3176769")
            .describedAs("Hodgkin–Huxley (1952) squid giant axon at 6.3 °C, per unit membrane area.");
    }

    /** See {@link Library#hodgkinHuxleyMembrane()}. */
    static NeuronModel membrane() {
        // The point model's rates and densities, per compartment so that sections can differ, with
        // the membrane current as Im for the cable solver and the temperature factor phi on every
        // rate (HH's Q10 of 3 from 6.3 °C).
        return NeuronModel.of("hodgkin_huxley_membrane", """
                Im = gNa*m**3*h*(ENa - v) + gK*n**4*(EK - v) + gL*(EL - v) : amp/meter**2  # membrane current per unit area, for the cable solver
                dm/dt = phi*(alpha_m*(1 - m) - beta_m*m) : 1  # sodium activation gate, open fraction between 0 and 1
                dh/dt = phi*(alpha_h*(1 - h) - beta_h*h) : 1  # sodium inactivation gate, open fraction between 0 and 1
                dn/dt = phi*(alpha_n*(1 - n) - beta_n*n) : 1  # potassium activation gate, open fraction between 0 and 1
                """ + RATES + """
                I : amp (point current)  # current injected at one compartment (the cable solver divides it by the area)
                gNa : siemens/meter**2 (constant)  # maximal sodium conductance per unit area
                gK : siemens/meter**2 (constant)  # maximal potassium conductance per unit area
                gL : siemens/meter**2 (constant)  # leak conductance per unit area
                ENa : volt (constant)  # sodium reversal potential
                EK : volt (constant)  # potassium reversal potential
                EL : volt (constant)  # leak reversal potential
                phi : 1 (shared, constant)  # temperature factor on every rate (3 per 10 degrees C above 6.3 degrees C)
                """)
            .method("exponential_euler").threshold("v > -20*mV").refractory("v > -20*mV")
            .with("gNa", "120 mS/cm^2").with("gK", "36 mS/cm^2").with("gL", "0.3 mS/cm^2")
            .with("ENa", "50 mV").with("EK", "-77 mV").with("EL", "-54.387 mV").with("phi", "1")
            .with("m", "0.0529325").with("h", "0.5961208").with("n", "0.3176769")
            .describedAs("Hodgkin–Huxley (1952) squid axon membrane per unit area, for spatial neurons.");
    }

    /** See {@link Library#passiveMembrane()}. */
    static NeuronModel passiveMembrane() {
        return NeuronModel.of("passive_membrane", """
                Im = gL*(EL - v) : amp/meter**2  # membrane current per unit area, for the cable solver
                I : amp (point current)  # current injected at one compartment (the cable solver divides it by the area)
                gL : siemens/meter**2 (constant)  # leak conductance per unit area
                EL : volt (constant)  # leak reversal potential, the rest
                """)
            .with("gL", "0.1 mS/cm^2").with("EL", "-65 mV")
            .describedAs("A passive membrane per unit area, for spatial neurons.");
    }

    /** See {@link Library#traubMiles()}. */
    static NeuronModel traubMiles() {
        // As in Brian2's COBAHH example (Brette et al. 2007, benchmark 3): densities times the
        // membrane area; VT shifts every rate function. exprel form as for hodgkinHuxley().
        return NeuronModel.of("traub_miles", """
                dv/dt = (area*(gl*(El - v) - g_na*m**3*h*(v - ENa) - g_kd*n**4*(v - EK)) + ge*(Ee - v) + gi*(Ei - v) + I)/(area*Cm) : volt  # membrane potential
                dm/dt = alpha_m*(1 - m) - beta_m*m : 1  # sodium activation gate, open fraction between 0 and 1
                dh/dt = alpha_h*(1 - h) - beta_h*h : 1  # sodium inactivation gate, open fraction between 0 and 1
                dn/dt = alpha_n*(1 - n) - beta_n*n : 1  # potassium activation gate, open fraction between 0 and 1
                dge/dt = -ge/taue : siemens  # excitatory synaptic conductance: spikes arriving on synapses add to it, it decays with taue
                dgi/dt = -gi/taui : siemens  # inhibitory synaptic conductance: spikes arriving on synapses add to it, it decays with taui
                alpha_m = 1.28/exprel((13*mV - v + VT)/(4*mV))/ms : hertz
                beta_m = 1.4/exprel((v - VT - 40*mV)/(5*mV))/ms : hertz
                alpha_h = 0.128*exp((17*mV - v + VT)/(18*mV))/ms : hertz
                beta_h = 4/(1 + exp((40*mV - v + VT)/(5*mV)))/ms : hertz
                alpha_n = 0.16/exprel((15*mV - v + VT)/(5*mV))/ms : hertz
                beta_n = 0.5*exp((10*mV - v + VT)/(40*mV))/ms : hertz
                I : amp  # external current injected into the neuron
                area : meter**2 (shared, constant)  # membrane area, which turns the densities below into conductances and a capacitance
                Cm : farad/meter**2 (shared, constant, positive)  # membrane capacitance per unit area
                gl : siemens/meter**2 (shared, constant)  # leak conductance per unit area
                g_na : siemens/meter**2 (shared, constant)  # maximal sodium conductance per unit area
                g_kd : siemens/meter**2 (shared, constant)  # maximal delayed-rectifier potassium conductance per unit area
                El : volt (shared, constant)  # leak reversal potential
                EK : volt (shared, constant)  # potassium reversal potential
                ENa : volt (shared, constant)  # sodium reversal potential
                VT : volt (shared, constant)  # shift of every rate function, which sets the spike threshold (about VT + 20 mV)
                Ee : volt (shared, constant)  # reversal potential of the excitatory conductance ge
                Ei : volt (shared, constant)  # reversal potential of the inhibitory conductance gi
                taue : second (shared, constant, positive)  # decay time constant of ge
                taui : second (shared, constant, positive)  # decay time constant of gi
                """)
            .threshold("v > -20*mV").refractory("3*ms")
            .with("area", "20000 um^2").with("Cm", "1 uF/cm^2").with("gl", "5e-5 S/cm^2").with("g_na", "100 mS/cm^2")
            .with("g_kd", "30 mS/cm^2").with("El", "-60 mV").with("EK", "-90 mV").with("ENa", "50 mV").with("VT", "-63 mV")
            .with("Ee", "0 mV").with("Ei", "-80 mV").with("taue", "5 ms").with("taui", "10 ms").with("I", "0 nA")
            // With these parameters the cell has no stable rest: at El the sodium window current
            // outweighs the leak and it fires at ~14 Hz without input (the benchmark network is
            // held in check by its inhibition). It starts at El, gates at their steady state there.
            .with("v", "-60 mV").with("m", "0.0268633").with("h", "0.9913058").with("n", "0.0604340")
            .with("ge", "0 nS").with("gi", "0 nS")
            .describedAs("Traub–Miles Hodgkin–Huxley-type cell with exponential conductances, as in the COBAHH benchmark "
                + "(Traub & Miles 1991; Brette et al. 2007).");
    }
}
