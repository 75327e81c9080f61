package org.synfire.model.library;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.synfire.model.NeuronModel;
import org.synfire.model.SpecException;
import org.synfire.model.SynapseModel;
import org.synfire.model.TimedArray;
import org.synfire.units.Quantity;
import org.synfire.units.Units;

/**
 * The built-in models: neuron templates and spike sources, each a {@link NeuronModel} written as
 * equation text with a default for every parameter and initial value, so a group made from one
 * runs as it is and any value can be changed with {@link NeuronModel#with} or
 * {@code GroupSpec.Builder.set}; and synapse templates for plasticity ({@link #stdp},
 * {@link #tripletStdp}, {@link #tsodyksMarkram}, {@link #inhibitoryStdp}) and the saturating
 * {@link #nmda} synapse, {@link SynapseModel}s
 * whose weights and upper bound are the caller's to give. They take the same path as user models (parse, unit check,
 * integration method, generated kernel); nothing here is hand-coded Java.
 *
 * <p>Every method returns a new immutable model; calling it is cheap and thread-safe. Each template
 * is documented in the same order (NEST model headers): summary; equations; parameters (with the
 * NEST / PyNN names); state variables; events; references; see also; example. Symbols are those of
 * the cited paper. Parameters are {@code (shared, constant)} unless the text says otherwise, so
 * they are hoisted out of the update loop and linear models are integrated exactly; the
 * external input {@code I} is per neuron.
 *
 * <pre>{@code
 * Network net = Network.create();
 * GroupSpec rs = net.group("rs", 10, Library.izhikevich("RS"), g -> g.set("I", Units.pA.of(10)));
 * GroupSpec noise = net.group("noise", 100, Library.poisson(Units.Hz.of(5)));
 * }</pre>
 */
public final class Library {
    private static final List<NeuronTemplate> NEURON_TEMPLATES = List.of(
        NeuronTemplate.of("lif", Library::lif),
        NeuronTemplate.of("lifExpCurrent", Library::lifExpCurrent),
        NeuronTemplate.of("lifConductance", Library::lifConductance),
        NeuronTemplate.withPresets("wang2002", Library::wang2002, wang2002CellTypes(), Library::wang2002),
        NeuronTemplate.of("eif", Library::eif),
        NeuronTemplate.withPresets("adex", Library::adex, adexPatterns(), Library::adex),
        NeuronTemplate.withPresets("izhikevich", Library::izhikevich, izhikevichPresets(), Library::izhikevich),
        NeuronTemplate.of("hodgkinHuxley", Library::hodgkinHuxley),
        NeuronTemplate.of("traubMiles", Library::traubMiles));

    private Library() {
    }

    /**
     * Leaky integrate-and-fire neuron with current input.
     *
     * <h4>Equations</h4>
     * <pre>
     * tau dv/dt = El - v + R I          (held at Vr while refractory)
     * spike when v &gt; theta; then v = Vr and v is held for tref
     * </pre>
     * Linear with constant coefficients, so it is integrated exactly.
     *
     * <h4>Parameters</h4>
     * <table class="striped">
     * <caption>Parameters of lif</caption>
     * <thead><tr><th>name</th><th>unit</th><th>default</th><th>meaning</th><th>NEST / PyNN</th></tr></thead>
     * <tbody>
     * <tr><td>El</td><td>volt</td><td>-65 mV</td><td>resting (leak reversal) potential</td><td>E_L / v_rest</td></tr>
     * <tr><td>R</td><td>ohm</td><td>100 Mohm</td><td>membrane resistance</td><td>tau_m/C_m / tau_m/cm</td></tr>
     * <tr><td>tau</td><td>second</td><td>10 ms</td><td>membrane time constant</td><td>tau_m / tau_m</td></tr>
     * <tr><td>theta</td><td>volt</td><td>-50 mV</td><td>spike threshold</td><td>V_th / v_thresh</td></tr>
     * <tr><td>Vr</td><td>volt</td><td>-65 mV</td><td>reset potential</td><td>V_reset / v_reset</td></tr>
     * <tr><td>tref</td><td>second</td><td>2 ms</td><td>absolute refractory period</td><td>t_ref / tau_refrac</td></tr>
     * <tr><td>I</td><td>amp</td><td>0 nA</td><td>external current, per neuron (not constant)</td><td>I_e / i_offset</td></tr>
     * </tbody>
     * </table>
     *
     * <h4>State variables</h4>
     * {@code v} (volt, initially -65 mV): membrane potential (NEST {@code V_m}, PyNN {@code v}).
     *
     * <h4>Events</h4>
     * Emits a spike at the end of the step in which {@code v} exceeds {@code theta}. Receives
     * input through {@code I}; current-based synapses should target {@link #lifExpCurrent()}.
     *
     * <h4>References</h4>
     * Lapicque L (1907) Recherches quantitatives sur l'excitation électrique des nerfs traitée comme
     * une polarisation. J Physiol Pathol Gen 9:620–635.<br>
     * Gerstner W, Kistler WM, Naud R, Paninski L (2014) Neuronal Dynamics, ch. 1.3. Cambridge
     * University Press.
     *
     * <h4>See also</h4>
     * {@link #lifExpCurrent()}, {@link #lifConductance()}, {@link #eif()}
     *
     * <h4>Example</h4>
     * <pre>{@code
     * // 0.2 nA drives v towards -45 mV: a spike every 15.9 ms (2 ms refractory + 10 ms * ln 4)
     * net.group("lif", 1, Library.lif(), g -> g.set("I", Units.nA.of(0.2)));
     * }</pre>
     *
     * @return a new model with the defaults in the table; {@code with(name, value)} changes any of them
     */
    public static NeuronModel lif() {
        return IntegrateAndFire.lif();
    }

    /**
     * Leaky integrate-and-fire neuron with an exponentially decaying synaptic current.
     *
     * <h4>Equations</h4>
     * <pre>
     * tau dv/dt = El - v + R (I + I_syn)      (held at Vr while refractory)
     * tau_syn dI_syn/dt = -I_syn
     * spike when v &gt; theta; then v = Vr and v is held for tref
     * </pre>
     * Linear with constant coefficients: integrated exactly (as NEST's {@code iaf_psc_exp}).
     * {@code I_syn} keeps decaying while the neuron is refractory.
     *
     * <h4>Parameters</h4>
     * <table class="striped">
     * <caption>Parameters of lifExpCurrent</caption>
     * <thead><tr><th>name</th><th>unit</th><th>default</th><th>meaning</th><th>NEST / PyNN</th></tr></thead>
     * <tbody>
     * <tr><td>El</td><td>volt</td><td>-65 mV</td><td>resting potential</td><td>E_L / v_rest</td></tr>
     * <tr><td>R</td><td>ohm</td><td>100 Mohm</td><td>membrane resistance</td><td>tau_m/C_m / tau_m/cm</td></tr>
     * <tr><td>tau</td><td>second</td><td>10 ms</td><td>membrane time constant</td><td>tau_m / tau_m</td></tr>
     * <tr><td>tau_syn</td><td>second</td><td>5 ms</td><td>decay time of the synaptic current</td><td>tau_syn_ex, tau_syn_in / tau_syn_E, tau_syn_I</td></tr>
     * <tr><td>theta</td><td>volt</td><td>-50 mV</td><td>spike threshold</td><td>V_th / v_thresh</td></tr>
     * <tr><td>Vr</td><td>volt</td><td>-65 mV</td><td>reset potential</td><td>V_reset / v_reset</td></tr>
     * <tr><td>tref</td><td>second</td><td>2 ms</td><td>absolute refractory period</td><td>t_ref / tau_refrac</td></tr>
     * <tr><td>I</td><td>amp</td><td>0 nA</td><td>external current, per neuron</td><td>I_e / i_offset</td></tr>
     * </tbody>
     * </table>
     *
     * <h4>State variables</h4>
     * {@code v} (volt, -65 mV): membrane potential; {@code I_syn} (amp, 0 nA): total synaptic
     * current (NEST {@code I_syn_ex + I_syn_in}).
     *
     * <h4>Events</h4>
     * Emits a spike when {@code v} exceeds {@code theta}. Receives spikes as jumps of the synaptic
     * current: a synapse of weight {@code w} (amp; negative for inhibition) runs {@code I_syn += w}.
     *
     * <h4>References</h4>
     * Rotter S, Diesmann M (1999) Exact digital simulation of time-invariant linear systems with
     * applications to neuronal modeling. Biol Cybern 81:381–402.<br>
     * Tsodyks M, Uziel A, Markram H (2000) Synchrony generation in recurrent networks with
     * frequency-dependent synapses. J Neurosci 20:RC50.
     *
     * <h4>See also</h4>
     * {@link #lif()}, {@link #lifConductance()}
     *
     * <h4>Example</h4>
     * <pre>{@code
     * net.group("exc", 800, Library.lifExpCurrent().with("tau_syn", "2 ms"));
     * }</pre>
     *
     * @return a new model with the defaults in the table; {@code with(name, value)} changes any of them
     */
    public static NeuronModel lifExpCurrent() {
        return IntegrateAndFire.lifExpCurrent();
    }

    /**
     * Conductance-based leaky integrate-and-fire neuron with exponential excitatory and inhibitory
     * conductances: the neuron of the COBA network of Vogels &amp; Abbott (2005), benchmark 1 of
     * Brette et al. (2007) and Brian2's COBA example.
     *
     * <h4>Equations</h4>
     * <pre>
     * C dv/dt = gL (EL - v) + ge (Ee - v) + gi (Ei - v) + I      (held at Vr while refractory)
     * taue dge/dt = -ge
     * taui dgi/dt = -gi
     * spike when v &gt; Vt; then v = Vr and v is held for tref
     * </pre>
     * The conductances multiply {@code v}, so the system is only conditionally linear: it is
     * integrated by exponential Euler (exact for each variable with the others held over a step).
     *
     * <h4>Parameters</h4>
     * <table class="striped">
     * <caption>Parameters of lifConductance</caption>
     * <thead><tr><th>name</th><th>unit</th><th>default</th><th>meaning</th><th>NEST / PyNN</th></tr></thead>
     * <tbody>
     * <tr><td>C</td><td>farad</td><td>200 pF</td><td>membrane capacitance</td><td>C_m / cm</td></tr>
     * <tr><td>gL</td><td>siemens</td><td>10 nS</td><td>leak conductance (tau_m = C/gL = 20 ms)</td><td>g_L / cm/tau_m</td></tr>
     * <tr><td>EL</td><td>volt</td><td>-60 mV</td><td>leak reversal (resting) potential</td><td>E_L / v_rest</td></tr>
     * <tr><td>Vt</td><td>volt</td><td>-50 mV</td><td>spike threshold</td><td>V_th / v_thresh</td></tr>
     * <tr><td>Vr</td><td>volt</td><td>-60 mV</td><td>reset potential</td><td>V_reset / v_reset</td></tr>
     * <tr><td>tref</td><td>second</td><td>5 ms</td><td>absolute refractory period</td><td>t_ref / tau_refrac</td></tr>
     * <tr><td>Ee</td><td>volt</td><td>0 mV</td><td>excitatory reversal potential</td><td>E_ex / e_rev_E</td></tr>
     * <tr><td>Ei</td><td>volt</td><td>-80 mV</td><td>inhibitory reversal potential</td><td>E_in / e_rev_I</td></tr>
     * <tr><td>taue</td><td>second</td><td>5 ms</td><td>excitatory conductance decay</td><td>tau_syn_ex / tau_syn_E</td></tr>
     * <tr><td>taui</td><td>second</td><td>10 ms</td><td>inhibitory conductance decay</td><td>tau_syn_in / tau_syn_I</td></tr>
     * <tr><td>I</td><td>amp</td><td>0 nA</td><td>external current, per neuron</td><td>I_e / i_offset</td></tr>
     * </tbody>
     * </table>
     *
     * <h4>State variables</h4>
     * {@code v} (volt, -60 mV): membrane potential; {@code ge}, {@code gi} (siemens, 0 nS):
     * excitatory and inhibitory conductances (NEST {@code g_ex}, {@code g_in}).
     *
     * <h4>Events</h4>
     * Emits a spike when {@code v} exceeds {@code Vt}. Receives spikes as conductance jumps:
     * {@code ge += w} for excitatory, {@code gi += w} for inhibitory synapses ({@code w} in
     * siemens).
     *
     * <h4>References</h4>
     * Vogels TP, Abbott LF (2005) Signal propagation and logic gating in networks of
     * integrate-and-fire neurons. J Neurosci 25:10786–10795.<br>
     * Brette R, Rudolph M, Carnevale T, et al. (2007) Simulation of networks of spiking neurons: a
     * review of tools and strategies. J Comput Neurosci 23:349–398.
     *
     * <h4>See also</h4>
     * {@link #lifExpCurrent()}, {@link #traubMiles()} (the same conductances on a
     * Hodgkin–Huxley-type cell)
     *
     * <h4>Example</h4>
     * <pre>{@code
     * net.group("coba", 4000, Library.lifConductance(), g -> g.set("v", "-60*mV + rand()*10*mV"));
     * }</pre>
     *
     * @return a new model with the defaults in the table; {@code with(name, value)} changes any of them
     */
    public static NeuronModel lifConductance() {
        return IntegrateAndFire.lifConductance();
    }

    /**
     * Conductance-based leaky integrate-and-fire neuron with AMPA, NMDA and GABA_A inputs: the
     * pyramidal cell of Wang's (2002) decision-making network, the neuron of Compte et al.'s (2000)
     * working-memory ring, and of NEST's {@code iaf_bw_2001}. Its NMDA current is blocked by
     * magnesium at hyperpolarised potentials, so slow recurrent excitation acts mostly on neurons
     * already depolarised.
     *
     * <h4>Equations</h4>
     * <pre>
     * C dv/dt = -gL (v - EL) - I_ext - I_AMPA - I_NMDA - I_GABA + I        (held at Vr while refractory)
     * I_ext  = g_ext s_ext (v - E_E)
     * I_AMPA = g_AMPA s_AMPA (v - E_E)
     * I_NMDA = g_NMDA s_NMDA_tot (v - E_E) / (1 + Mg exp(-0.062 v/mV) / 3.57 mM)
     * I_GABA = g_GABA s_GABA (v - E_I)
     * ds_ext/dt = -s_ext/tau_AMPA,  ds_AMPA/dt = -s_AMPA/tau_AMPA,  ds_GABA/dt = -s_GABA/tau_GABA
     * ds_NMDA/dt = -s_NMDA/tau_decay + alpha x (1 - s_NMDA),  dx/dt = -x/tau_rise
     * spike when v &gt; Vth; then v = Vr, x += 1, and v is held for tref
     * </pre>
     * The Mg²⁺ block {@code 1/(1 + [Mg²⁺] exp(-0.062 v/mV)/3.57)} ([Mg²⁺] in mM) is Jahr &amp;
     * Stevens' (1990) fit as Wang writes it: with 1 mM it leaves 4.4 % of the NMDA conductance open
     * at -70 mV, 14 % at -50 mV, half at -20.5 mV. The gatings {@code s_ext}, {@code s_AMPA},
     * {@code s_GABA} are what synapses jump; {@code s_NMDA} and {@code x} are the saturating NMDA
     * gating (as {@link #nmda}) that <em>this</em> neuron's spikes open in its targets, kept once per
     * neuron because all its synapses carry the same values (Wang's formulation); the targets read
     * it as {@code s_NMDA_pre}. The block makes {@code v} nonlinear: integrated by RK4.
     *
     * <h4>Parameters</h4>
     * <table class="striped">
     * <caption>Parameters of wang2002 (the pyramidal cell; {@link #wang2002(String)} has the interneuron)</caption>
     * <thead><tr><th>name</th><th>unit</th><th>default</th><th>meaning</th><th>NEST</th></tr></thead>
     * <tbody>
     * <tr><td>C</td><td>farad</td><td>0.5 nF</td><td>membrane capacitance</td><td>C_m</td></tr>
     * <tr><td>gL</td><td>siemens</td><td>25 nS</td><td>leak conductance (tau_m = C/gL = 20 ms)</td><td>g_L</td></tr>
     * <tr><td>EL</td><td>volt</td><td>-70 mV</td><td>leak reversal (resting) potential</td><td>E_L</td></tr>
     * <tr><td>Vth</td><td>volt</td><td>-50 mV</td><td>spike threshold</td><td>V_th</td></tr>
     * <tr><td>Vr</td><td>volt</td><td>-55 mV</td><td>reset potential</td><td>V_reset</td></tr>
     * <tr><td>tref</td><td>second</td><td>2 ms</td><td>absolute refractory period</td><td>t_ref</td></tr>
     * <tr><td>E_E</td><td>volt</td><td>0 mV</td><td>reversal potential of AMPA and NMDA</td><td>E_ex</td></tr>
     * <tr><td>E_I</td><td>volt</td><td>-70 mV</td><td>reversal potential of GABA_A</td><td>E_in</td></tr>
     * <tr><td>g_ext</td><td>siemens</td><td>2.1 nS</td><td>external (background, stimulus) AMPA conductance</td><td>weight</td></tr>
     * <tr><td>g_AMPA</td><td>siemens</td><td>0.05 nS</td><td>recurrent AMPA conductance (for 1600 + 400 neurons)</td><td>weight</td></tr>
     * <tr><td>g_NMDA</td><td>siemens</td><td>0.165 nS</td><td>NMDA conductance (same network)</td><td>weight</td></tr>
     * <tr><td>g_GABA</td><td>siemens</td><td>1.3 nS</td><td>GABA_A conductance (same network)</td><td>weight</td></tr>
     * <tr><td>tau_AMPA</td><td>second</td><td>2 ms</td><td>decay of the AMPA gatings</td><td>tau_AMPA</td></tr>
     * <tr><td>tau_GABA</td><td>second</td><td>5 ms</td><td>decay of the GABA_A gating</td><td>tau_GABA</td></tr>
     * <tr><td>tau_decay</td><td>second</td><td>100 ms</td><td>decay of the NMDA gating</td><td>tau_decay_NMDA</td></tr>
     * <tr><td>tau_rise</td><td>second</td><td>2 ms</td><td>decay of the pulse x (the rise of the NMDA gating)</td><td>tau_rise_NMDA</td></tr>
     * <tr><td>alpha</td><td>hertz</td><td>0.5 kHz</td><td>how fast x opens the closed NMDA receptors</td><td>alpha</td></tr>
     * <tr><td>Mg</td><td>molar</td><td>1 mM</td><td>extracellular Mg²⁺ concentration</td><td>conc_Mg2</td></tr>
     * <tr><td>I</td><td>amp</td><td>0 nA</td><td>external current, per neuron (not in the paper)</td><td>I_e</td></tr>
     * </tbody>
     * </table>
     * The peak conductances are the paper's for its network of 1600 pyramidal cells and 400
     * interneurons, all to all; a smaller network scales the recurrent ones up ({@code g_AMPA},
     * {@code g_NMDA}, {@code g_GABA} times 1600/N_E) to keep each neuron's mean input. Compte et
     * al. (2000) use the same equations with values of their own (their Table 1), set with
     * {@code with(name, value)}.
     *
     * <h4>State variables</h4>
     * {@code v} (volt, -70 mV): membrane potential; {@code s_ext}, {@code s_AMPA}, {@code s_GABA}
     * (1, 0): gatings of the inputs; {@code s_NMDA}, {@code x} (1, 0): the NMDA gating and
     * transmitter pulse of this neuron's own spikes; {@code s_NMDA_tot} (1, 0, a per-neuron
     * parameter the synapses write each step): the NMDA gating received.
     *
     * <h4>Events</h4>
     * Emits a spike when {@code v} exceeds {@code Vth}, and its reset adds 1 to {@code x}.
     * Receives spikes as jumps of a gating: {@code s_AMPA += w} (recurrent excitation),
     * {@code s_ext += w} (external input, e.g. {@code poissonInput}), {@code s_GABA += w}
     * (inhibition), {@code w} dimensionless (1 in the paper, the structured weights w+ and w- of a
     * network's populations otherwise). NMDA arrives as the summed {@code s_NMDA_tot}: a synapse with
     * {@code s_NMDA_tot_post = w*s_NMDA_pre : 1 (summed)}, or {@link #nmda} with target
     * {@code s_NMDA_tot} to keep the gating per synapse instead.
     *
     * <h4>References</h4>
     * Wang X-J (2002) Probabilistic decision making by slow reverberation in cortical circuits.
     * Neuron 36:955–968.<br>
     * Compte A, Brunel N, Goldman-Rakic PS, Wang X-J (2000) Synaptic mechanisms and network dynamics
     * underlying spatial working memory in a cortical network model. Cereb Cortex 10:910–923.<br>
     * Brunel N, Wang X-J (2001) Effects of neuromodulation in a cortical network model of object
     * working memory dominated by recurrent inhibition. J Comput Neurosci 11:63–85.<br>
     * Jahr CE, Stevens CF (1990) Voltage dependence of NMDA-activated macroscopic conductances
     * predicted by single-channel kinetics. J Neurosci 10:3178–3182.
     *
     * <h4>See also</h4>
     * {@link #wang2002(String)}, {@link #wang2002CellTypes()}, {@link #nmda}, {@link #lifConductance()}
     *
     * <h4>Example</h4>
     * <pre>{@code
     * // a pyramidal cell and its recurrent glutamate: AMPA on each spike, NMDA summed every step
     * GroupSpec exc = net.group("exc", 1600, Library.wang2002());
     * SynapseModel glutamate = SynapseModel.of("glutamate", """
     *         w : 1 (constant)
     *         s_NMDA_tot_post = w*s_NMDA_pre : 1 (summed)
     *         """).onPre("s_AMPA_post += w");
     * net.connect("ee", exc, exc, glutamate, Connect.allToAll(), p -> p.set("w", "1"));
     * }</pre>
     *
     * @return a new model with the defaults in the table; {@code with(name, value)} changes any of them
     */
    public static NeuronModel wang2002() {
        return Wang2002.wang2002();
    }

    /**
     * The neuron of {@link #wang2002()} with the values of one of Wang's (2002) two cell types.
     * Names are matched ignoring case, spaces, hyphens and underscores.
     *
     * <h4>Equations</h4>
     * As {@link #wang2002()}.
     *
     * <h4>Parameters</h4>
     * <table class="striped">
     * <caption>Cell types of Wang (2002); the other parameters as {@link #wang2002()}</caption>
     * <thead><tr><th>cell type (alias)</th><th>C nF</th><th>gL nS</th><th>tau_m ms</th><th>tref ms</th><th>g_ext nS</th>
     * <th>g_AMPA nS</th><th>g_NMDA nS</th><th>g_GABA nS</th></tr></thead>
     * <tbody>
     * <tr><td>pyramidal (excitatory)</td><td>0.5</td><td>25</td><td>20</td><td>2</td><td>2.1</td><td>0.05</td><td>0.165</td><td>1.3</td></tr>
     * <tr><td>interneuron (inhibitory)</td><td>0.2</td><td>20</td><td>10</td><td>1</td><td>1.62</td><td>0.04</td><td>0.13</td><td>1.0</td></tr>
     * </tbody>
     * </table>
     *
     * <h4>State variables</h4>
     * As {@link #wang2002()}.
     *
     * <h4>Events</h4>
     * As {@link #wang2002()}.
     *
     * <h4>References</h4>
     * Wang X-J (2002) Probabilistic decision making by slow reverberation in cortical circuits.
     * Neuron 36:955–968.
     *
     * <h4>See also</h4>
     * {@link #wang2002CellTypes()}, {@link #izhikevich(String)}
     *
     * <h4>Example</h4>
     * <pre>{@code
     * net.group("inh", 400, Library.wang2002("interneuron"));
     * }</pre>
     *
     * @param cellType {@code pyramidal} or {@code interneuron} (or an alias from the table)
     * @throws SpecException {@code Model 'wang2002'.preset: unknown preset '...'; known: ...}
     *                       listing every valid name
     *
     * @return a new model with the cell type's values
     */
    public static NeuronModel wang2002(String cellType) {
        return Wang2002.wang2002(cellType);
    }

    /** {@return the cell types {@link #wang2002(String)} accepts, without aliases, in the documented order} */
    public static List<String> wang2002CellTypes() {
        return Wang2002.cellTypes();
    }

    /**
     * Exponential integrate-and-fire neuron: a leaky integrator whose spike onset is an
     * exponential current, fitted by Fourcaud-Trocmé et al. (2003) to conductance-based models.
     *
     * <h4>Equations</h4>
     * <pre>
     * C dv/dt = gL (EL - v) + gL DeltaT exp((min(v, Vpeak) - VT)/DeltaT) + I     (held at Vr while refractory)
     * spike when v &gt; Vpeak; then v = Vr and v is held for tref
     * </pre>
     * Nonlinear in {@code v}: integrated by RK4. Inside the exponential {@code v} is capped at
     * {@code Vpeak} (as NEST's {@code aeif} models do), so the stage in which {@code v} shoots
     * past the cut cannot overflow to infinity; below {@code Vpeak} this changes nothing. The
     * rheobase (smallest constant current that fires) is {@code gL (VT - EL - DeltaT)}, 16.2 pA
     * with the defaults.
     *
     * <h4>Parameters</h4>
     * <table class="striped">
     * <caption>Parameters of eif</caption>
     * <thead><tr><th>name</th><th>unit</th><th>default</th><th>meaning</th><th>NEST / PyNN</th></tr></thead>
     * <tbody>
     * <tr><td>C</td><td>farad</td><td>100 pF</td><td>membrane capacitance (1 uF/cm^2 on 10^4 um^2)</td><td>C_m / cm</td></tr>
     * <tr><td>gL</td><td>siemens</td><td>10 nS</td><td>leak conductance (0.1 mS/cm^2; tau_m = 10 ms)</td><td>g_L / cm/tau_m</td></tr>
     * <tr><td>EL</td><td>volt</td><td>-65 mV</td><td>leak reversal potential</td><td>E_L / v_rest</td></tr>
     * <tr><td>VT</td><td>volt</td><td>-59.9 mV</td><td>threshold of the exponential (paper's fit to the Wang–Buzsáki model)</td><td>V_th / v_thresh</td></tr>
     * <tr><td>DeltaT</td><td>volt</td><td>3.48 mV</td><td>slope factor (same fit)</td><td>Delta_T / delta_T</td></tr>
     * <tr><td>Vpeak</td><td>volt</td><td>0 mV</td><td>where the spike is cut and counted</td><td>V_peak / v_spike</td></tr>
     * <tr><td>Vr</td><td>volt</td><td>-68 mV</td><td>reset potential</td><td>V_reset / v_reset</td></tr>
     * <tr><td>tref</td><td>second</td><td>2 ms</td><td>absolute refractory period</td><td>t_ref / tau_refrac</td></tr>
     * <tr><td>I</td><td>amp</td><td>0 nA</td><td>external current, per neuron</td><td>I_e / i_offset</td></tr>
     * </tbody>
     * </table>
     *
     * <h4>State variables</h4>
     * {@code v} (volt, -63.896 mV): membrane potential, starting at rest (the exponential
     * current lifts the rest 1.1 mV above {@code EL}).
     *
     * <h4>Events</h4>
     * Emits a spike when {@code v} exceeds {@code Vpeak}. Receives input through {@code I}.
     *
     * <h4>References</h4>
     * Fourcaud-Trocmé N, Hansel D, van Vreeswijk C, Brunel N (2003) How spike generation
     * mechanisms determine the neuronal response to fluctuating inputs. J Neurosci
     * 23:11628–11640.
     *
     * <h4>See also</h4>
     * {@link #adex()} (with adaptation), {@link #lif()}
     *
     * <h4>Example</h4>
     * <pre>{@code
     * net.group("eif", 1, Library.eif(), g -> g.set("I", Units.pA.of(50)));
     * }</pre>
     *
     * @return a new model with the defaults in the table; {@code with(name, value)} changes any of them
     */
    public static NeuronModel eif() {
        return IntegrateAndFire.eif();
    }

    /**
     * Adaptive exponential integrate-and-fire neuron (AdEx), with the parameters Brette &amp;
     * Gerstner (2005) fitted to a detailed model of a regular-spiking pyramidal cell.
     *
     * <h4>Equations</h4>
     * <pre>
     * C dv/dt = gL (EL - v) + gL DeltaT exp((min(v, Vpeak) - VT)/DeltaT) - w + I     (held while refractory)
     * tauw dw/dt = a (min(v, Vpeak) - EL) - w
     * spike when v &gt; Vpeak; then v = Vr, w += b
     * </pre>
     * Nonlinear in {@code v}: integrated by RK4. {@code v} is capped at {@code Vpeak} inside the
     * equations (as NEST's {@code aeif} models do): within the step in which {@code v} shoots past
     * the cut, an uncapped RK4 stage would overflow {@code exp} (infinity, then NaN) and kick
     * {@code w} by far more than {@code b}. Below {@code Vpeak} the cap changes nothing.
     *
     * <h4>Parameters</h4>
     * <table class="striped">
     * <caption>Parameters of adex</caption>
     * <thead><tr><th>name</th><th>unit</th><th>default</th><th>meaning</th><th>NEST / PyNN</th></tr></thead>
     * <tbody>
     * <tr><td>C</td><td>farad</td><td>281 pF</td><td>membrane capacitance</td><td>C_m / cm</td></tr>
     * <tr><td>gL</td><td>siemens</td><td>30 nS</td><td>leak conductance</td><td>g_L / cm/tau_m</td></tr>
     * <tr><td>EL</td><td>volt</td><td>-70.6 mV</td><td>leak reversal potential</td><td>E_L / v_rest</td></tr>
     * <tr><td>VT</td><td>volt</td><td>-50.4 mV</td><td>threshold of the exponential</td><td>V_th / v_thresh</td></tr>
     * <tr><td>DeltaT</td><td>volt</td><td>2 mV</td><td>slope factor</td><td>Delta_T / delta_T</td></tr>
     * <tr><td>a</td><td>siemens</td><td>4 nS</td><td>subthreshold adaptation</td><td>a / a</td></tr>
     * <tr><td>tauw</td><td>second</td><td>144 ms</td><td>adaptation time constant</td><td>tau_w / tau_w</td></tr>
     * <tr><td>b</td><td>amp</td><td>80.5 pA</td><td>spike-triggered adaptation</td><td>b / b</td></tr>
     * <tr><td>Vr</td><td>volt</td><td>-70.6 mV</td><td>reset potential</td><td>V_reset / v_reset</td></tr>
     * <tr><td>Vpeak</td><td>volt</td><td>0 mV</td><td>where the spike is cut and counted (NEST's default)</td><td>V_peak / v_spike</td></tr>
     * <tr><td>tref</td><td>second</td><td>0 ms</td><td>refractory period (none in the paper)</td><td>t_ref / tau_refrac</td></tr>
     * <tr><td>I</td><td>amp</td><td>0 pA</td><td>external current, per neuron</td><td>I_e / i_offset</td></tr>
     * </tbody>
     * </table>
     *
     * <h4>State variables</h4>
     * {@code v} (volt, -70.6 mV): membrane potential (NEST {@code V_m}); {@code w} (amp, 0 pA):
     * adaptation current (NEST {@code w}).
     *
     * <h4>Events</h4>
     * Emits a spike when {@code v} exceeds {@code Vpeak}. Receives input through {@code I}.
     *
     * <h4>References</h4>
     * Brette R, Gerstner W (2005) Adaptive exponential integrate-and-fire model as an effective
     * description of neuronal activity. J Neurophysiol 94:3637–3642.
     *
     * <h4>See also</h4>
     * {@link #adex(String)} (the firing patterns of Naud et al. 2008), {@link #eif()},
     * {@link #izhikevich()}
     *
     * <h4>Example</h4>
     * <pre>{@code
     * net.group("adex", 1, Library.adex(), g -> g.set("I", Units.nA.of(1)));
     * }</pre>
     *
     * @return a new model with the defaults in the table; {@code with(name, value)} changes any of them
     */
    public static NeuronModel adex() {
        return AdEx.adex();
    }

    /**
     * The AdEx neuron ({@link #adex()}) with the parameters of one firing pattern of Naud,
     * Marcille, Clopath &amp; Gerstner (2008), Table 1, <em>including the step current</em>: the
     * model's {@code I} defaults to the table's current, so a group fires the pattern from
     * {@code t = 0}, starting at rest ({@code v = EL}, {@code w = 0}). Set {@code I} to 0 pA for a
     * silent neuron; {@code model.defaults().get("I")} gives the step back.
     *
     * <h4>Equations</h4>
     * As {@link #adex()}; {@code Vpeak} = 0 mV and {@code tref} = 0 ms for every pattern.
     *
     * <h4>Parameters</h4>
     * <table class="striped">
     * <caption>AdEx firing patterns (Naud et al. 2008, Table 1)</caption>
     * <thead><tr><th>pattern (aliases)</th><th>Fig.</th><th>C pF</th><th>gL nS</th><th>EL mV</th><th>VT mV</th>
     * <th>DeltaT mV</th><th>a nS</th><th>tauw ms</th><th>b pA</th><th>Vr mV</th><th>I pA</th></tr></thead>
     * <tbody>
     * <tr><td>tonic (tonic spiking)</td><td>4a</td><td>200</td><td>10</td><td>-70</td><td>-50</td><td>2</td><td>2</td><td>30</td><td>0</td><td>-58</td><td>500</td></tr>
     * <tr><td>adapting (adaptation)</td><td>4b</td><td>200</td><td>12</td><td>-70</td><td>-50</td><td>2</td><td>2</td><td>300</td><td>60</td><td>-58</td><td>500</td></tr>
     * <tr><td>initial burst (initial bursting)</td><td>4c</td><td>130</td><td>18</td><td>-58</td><td>-50</td><td>2</td><td>4</td><td>150</td><td>120</td><td>-50</td><td>400</td></tr>
     * <tr><td>bursting (regular bursting)</td><td>4d</td><td>200</td><td>10</td><td>-58</td><td>-50</td><td>2</td><td>2</td><td>120</td><td>100</td><td>-46</td><td>210</td></tr>
     * <tr><td>irregular (irregular spiking)</td><td>4h</td><td>100</td><td>12</td><td>-60</td><td>-50</td><td>2</td><td>-11</td><td>130</td><td>30</td><td>-48</td><td>160</td></tr>
     * <tr><td>transient (transient spiking)</td><td>4g</td><td>100</td><td>10</td><td>-65</td><td>-50</td><td>2</td><td>10</td><td>90</td><td>100</td><td>-47</td><td>180*</td></tr>
     * <tr><td>delayed (delayed accelerating, delayed spiking)</td><td>4e</td><td>200</td><td>12</td><td>-70</td><td>-50</td><td>2</td><td>-10</td><td>300</td><td>0</td><td>-58</td><td>300</td></tr>
     * <tr><td>delayed regular bursting (delayed bursting)</td><td>4f</td><td>100</td><td>10</td><td>-65</td><td>-50</td><td>2</td><td>-10</td><td>90</td><td>30</td><td>-47</td><td>110</td></tr>
     * </tbody>
     * </table>
     * * Transient spiking needs a current below the fold of the steady-state I–V curve,
     * {@code (gL + a)(VT - EL + DeltaT ln(1 + a/gL) - DeltaT)} ≈ 288 pA for these values; above it
     * (e.g. the 350 pA some copies of the table give) the neuron fires tonically. The preset uses
     * 180 pA, the current of Brian2's reproduction of this paper (parameters checked against the
     * figures by P. Müller).
     *
     * <h4>State variables</h4>
     * As {@link #adex()}; {@code v} starts at {@code EL} of the pattern.
     *
     * <h4>Events</h4>
     * As {@link #adex()}.
     *
     * <h4>References</h4>
     * Naud R, Marcille N, Clopath C, Gerstner W (2008) Firing patterns in the adaptive exponential
     * integrate-and-fire model. Biol Cybern 99:335–347.
     *
     * <h4>See also</h4>
     * {@link #adexPatterns()}, {@link #izhikevich(String)}
     *
     * <h4>Example</h4>
     * <pre>{@code
     * net.group("burst", 1, Library.adex("regular bursting"));   // fires doublets every ~140 ms
     * }</pre>
     *
     * @param pattern a pattern name or alias from the table, in any case, with spaces, hyphens or
     *                underscores
     * @throws SpecException {@code Model 'adex'.preset: unknown preset '...'; known: ...} listing
     *                       every valid name
     *
     * @return a new AdEx model with the pattern's values from Naud et al.'s Table 1, input current included
     */
    public static NeuronModel adex(String pattern) {
        return AdEx.adex(pattern);
    }

    /** {@return the names {@link #adex(String)} accepts, without aliases, in the documented order} */
    public static List<String> adexPatterns() {
        return AdEx.patterns();
    }

    /**
     * The simple spiking model of Izhikevich (2003), regular spiking by default, written in SI
     * units.
     *
     * <h4>Equations</h4>
     * <pre>
     * dv/dt = (0.04 v^2/mV + 5 v + 140 mV - u)/ms + I/C
     * du/dt = a (b v - u)/ms
     * spike when v &gt;= vpeak; then v = c, u += d
     * </pre>
     * The paper writes {@code v' = 0.04v² + 5v + 140 − u + I} with v in mV and t in ms; here
     * {@code v} and {@code u} are in volt, {@code a} and {@code b} keep the paper's dimensionless
     * values, and the input is a current {@code I} divided by {@code C} = 1 pF, so that
     * <b>1 pA of I is one unit of the paper's I</b> (the convention of NEST's {@code izhikevich},
     * whose {@code I_e} is in pA). Nonlinear in {@code v}: integrated by RK4 (the paper used
     * forward Euler with 0.5 ms half-steps for v).
     *
     * <h4>Parameters</h4>
     * <table class="striped">
     * <caption>Parameters of izhikevich</caption>
     * <thead><tr><th>name</th><th>unit</th><th>default</th><th>meaning</th><th>NEST / PyNN</th></tr></thead>
     * <tbody>
     * <tr><td>a</td><td>1</td><td>0.02</td><td>recovery rate (per ms); per neuron, constant</td><td>a / a</td></tr>
     * <tr><td>b</td><td>1</td><td>0.2</td><td>sensitivity of u to v; per neuron, constant</td><td>b / b</td></tr>
     * <tr><td>c</td><td>volt</td><td>-65 mV</td><td>reset of v; per neuron, constant</td><td>c / c</td></tr>
     * <tr><td>d</td><td>volt</td><td>8 mV</td><td>reset increment of u; per neuron, constant</td><td>d / d</td></tr>
     * <tr><td>vpeak</td><td>volt</td><td>30 mV</td><td>spike cut-off</td><td>V_th / —</td></tr>
     * <tr><td>C</td><td>farad</td><td>1 pF</td><td>scale of the input: I/C in V/s</td><td>— (implicit in NEST's pA) / —</td></tr>
     * <tr><td>I</td><td>amp</td><td>0 pA</td><td>external current, per neuron</td><td>I_e / i_offset</td></tr>
     * </tbody>
     * </table>
     * {@code a}, {@code b}, {@code c}, {@code d} are per neuron ({@code (constant)}, not shared),
     * because the paper's network draws {@code c} and {@code d} per cell, e.g.
     * {@code g.set("c", "-65*mV + 15*mV*rand()**2")}.
     *
     * <h4>State variables</h4>
     * {@code v} (volt, -70 mV) membrane potential (NEST {@code V_m}); {@code u} (volt, b·v) recovery
     * variable (NEST {@code U_m}). They start at the resting state of the parameters, the stable
     * root of {@code 0.04v² + (5 − b)v + 140 = 0} (-70 mV for b = 0.2), so a neuron without
     * input stays silent; the paper's network starts at v = -65 mV instead.
     *
     * <h4>Events</h4>
     * Emits a spike when {@code v} reaches {@code vpeak}. Receives input through {@code I}.
     *
     * <h4>References</h4>
     * Izhikevich EM (2003) Simple model of spiking neurons. IEEE Trans Neural Netw
     * 14:1569–1572.
     *
     * <h4>See also</h4>
     * {@link #izhikevich(String)}, {@link #adex()}
     *
     * <h4>Example</h4>
     * <pre>{@code
     * net.group("rs", 1, Library.izhikevich(), g -> g.set("I", Units.pA.of(10)));   // the paper's I = 10
     * }</pre>
     *
     * @return a new model with the defaults in the table; {@code with(name, value)} changes any of them
     */
    public static NeuronModel izhikevich() {
        return Izhikevich.izhikevich();
    }

    /**
     * The Izhikevich (2003) model ({@link #izhikevich()}) with the parameters of one cell class of
     * the paper's Fig. 2, starting at that class's resting state. Names are matched ignoring
     * case, spaces, hyphens and underscores; abbreviations are accepted.
     *
     * <h4>Equations</h4>
     * As {@link #izhikevich()}.
     *
     * <h4>Parameters</h4>
     * <table class="striped">
     * <caption>Izhikevich cell classes (2003, Fig. 2)</caption>
     * <thead><tr><th>preset (abbreviation)</th><th>a</th><th>b</th><th>c mV</th><th>d mV</th><th>rest mV</th>
     * <th>behaviour under a step of I = 10 pA (measured at dt = 0.1 ms)</th></tr></thead>
     * <tbody>
     * <tr><td>regular spiking (RS)</td><td>0.02</td><td>0.2</td><td>-65</td><td>8</td><td>-70</td><td>adapts: ISIs 17, then 45 ms</td></tr>
     * <tr><td>intrinsically bursting (IB)</td><td>0.02</td><td>0.2</td><td>-55</td><td>4</td><td>-70</td><td>burst of 3 (ISIs 2.2, 3.4 ms), then tonic at 31 ms</td></tr>
     * <tr><td>chattering (CH)</td><td>0.02</td><td>0.2</td><td>-50</td><td>2</td><td>-70</td><td>repeated bursts of 5 spikes (ISIs 2–5 ms) every 60 ms</td></tr>
     * <tr><td>fast spiking (FS)</td><td>0.1</td><td>0.2</td><td>-65</td><td>2</td><td>-70</td><td>~133 Hz after a 20 ms onset, no further adaptation</td></tr>
     * <tr><td>low-threshold spiking (LTS)</td><td>0.02</td><td>0.25</td><td>-65</td><td>2</td><td>-64.41</td><td>high-frequency onset (ISI 3 ms), adapts to 13.5 ms; rebound spike</td></tr>
     * <tr><td>resonator (RZ)</td><td>0.1</td><td>0.26</td><td>-65</td><td>2</td><td>-62.5</td><td>damped subthreshold oscillation (period ≈ 41 ms); tonic at ~190 Hz</td></tr>
     * <tr><td>thalamo-cortical (TC)</td><td>0.02</td><td>0.25</td><td>-65</td><td>0.05</td><td>-64.41</td><td>tonic; rebound burst after hyperpolarisation</td></tr>
     * </tbody>
     * </table>
     *
     * <h4>State variables</h4>
     * As {@link #izhikevich()}, starting at the preset's resting potential and {@code u = b v}.
     *
     * <h4>Events</h4>
     * As {@link #izhikevich()}.
     *
     * <h4>References</h4>
     * Izhikevich EM (2003) Simple model of spiking neurons. IEEE Trans Neural Netw
     * 14:1569–1572.
     *
     * <h4>See also</h4>
     * {@link #izhikevichPresets()}, {@link #adex(String)}
     *
     * <h4>Example</h4>
     * <pre>{@code
     * net.group("ch", 1, Library.izhikevich("chattering"), g -> g.set("I", Units.pA.of(10)));
     * }</pre>
     *
     * @param preset a full name or abbreviation from the table
     * @throws SpecException {@code Model 'izhikevich'.preset: unknown preset '...'; known: ...}
     *                       listing every valid name
     *
     * @return a new model with the preset's a, b, c, d, starting at its resting state
     */
    public static NeuronModel izhikevich(String preset) {
        return Izhikevich.izhikevich(preset);
    }

    /** {@return the full names {@link #izhikevich(String)} accepts (abbreviations too), in the documented order} */
    public static List<String> izhikevichPresets() {
        return Izhikevich.presets();
    }

    /**
     * The Hodgkin–Huxley (1952) model of the squid giant axon at 6.3 °C, per unit membrane area,
     * in the modern convention (rest near -65 mV), with the rate functions of NEURON's
     * {@code hh.mod}.
     *
     * <h4>Equations</h4>
     * <pre>
     * Cm dv/dt = gNa m^3 h (ENa - v) + gK n^4 (EK - v) + gL (EL - v) + I
     * dx/dt = alpha_x (1 - x) - beta_x x        for x = m, h, n
     * alpha_m = 0.1 (v + 40) / (1 - exp(-(v + 40)/10))      beta_m = 4 exp(-(v + 65)/18)
     * alpha_h = 0.07 exp(-(v + 65)/20)                      beta_h = 1 / (1 + exp(-(v + 35)/10))
     * alpha_n = 0.01 (v + 55) / (1 - exp(-(v + 55)/10))     beta_n = 0.125 exp(-(v + 65)/80)
     * (v in mV, rates in 1/ms)
     * spike when v &gt; -20 mV, counted once: the neuron is refractory while v &gt; -20 mV
     * </pre>
     * The quotients {@code x/(1 - exp(-x/10))} are written {@code 10/exprel(-x/10)}, which is
     * finite where the quotient is 0/0 (v = -40 mV for m, -55 mV for n), as {@code hh.mod}'s
     * {@code vtrap}. Conditionally linear: integrated by exponential Euler (use dt ≤ 0.01 ms
     * for accurate spike shapes; at 0.01 ms the peak is 0.13 mV below the converged value).
     * Refractoriness only keeps a spike from being counted twice; there is no reset. At
     * dt = 0.01 ms: repetitive firing from rest starts at 6.265 uA/cm^2 (Brian2: 6.267), a 1 ms
     * pulse needs 6.97 uA/cm^2, and its spike peaks at +40.4 mV (Brian2: 40.376 mV; NEURON
     * with CVODE: 40.512 mV).
     *
     * <h4>Parameters</h4>
     * <table class="striped">
     * <caption>Parameters of hodgkinHuxley</caption>
     * <thead><tr><th>name</th><th>unit</th><th>default</th><th>meaning</th><th>NEST / NEURON</th></tr></thead>
     * <tbody>
     * <tr><td>Cm</td><td>F/m^2</td><td>1 uF/cm^2</td><td>specific membrane capacitance</td><td>C_m (absolute, pF) / cm</td></tr>
     * <tr><td>gNa</td><td>S/m^2</td><td>120 mS/cm^2</td><td>maximal sodium conductance</td><td>g_Na / gnabar_hh</td></tr>
     * <tr><td>gK</td><td>S/m^2</td><td>36 mS/cm^2</td><td>maximal potassium conductance</td><td>g_K / gkbar_hh</td></tr>
     * <tr><td>gL</td><td>S/m^2</td><td>0.3 mS/cm^2</td><td>leak conductance</td><td>g_L / gl_hh</td></tr>
     * <tr><td>ENa</td><td>volt</td><td>50 mV</td><td>sodium reversal potential</td><td>E_Na / ena</td></tr>
     * <tr><td>EK</td><td>volt</td><td>-77 mV</td><td>potassium reversal potential</td><td>E_K / ek</td></tr>
     * <tr><td>EL</td><td>volt</td><td>-54.387 mV</td><td>leak reversal potential (rest at -65 mV)</td><td>E_L / el_hh</td></tr>
     * <tr><td>I</td><td>A/m^2</td><td>0 uA/cm^2</td><td>external current density, per neuron</td><td>I_e (absolute) / —</td></tr>
     * </tbody>
     * </table>
     * NEST's {@code hh_psc_alpha} uses the same rates with absolute conductances and currents.
     *
     * <h4>State variables</h4>
     * {@code v} (volt, -65 mV): membrane potential; {@code m}, {@code h}, {@code n} (1): gating
     * variables, starting at their steady state at -65 mV (0.05293, 0.59612, 0.31768; NEST
     * {@code Act_m}, {@code Inact_h}, {@code Act_n}). The resting potential is -64.996 mV.
     *
     * <h4>Events</h4>
     * Emits one spike per action potential, at the end of the step in which {@code v} rises above
     * -20 mV. Receives input through {@code I}.
     *
     * <h4>References</h4>
     * Hodgkin AL, Huxley AF (1952) A quantitative description of membrane current and its
     * application to conduction and excitation in nerve. J Physiol 117:500–544.<br>
     * Rinzel J, Miller RN (1980) Numerical calculation of stable and unstable periodic solutions
     * to the Hodgkin–Huxley equations. Math Biosci 49:27–59 (repetitive firing from
     * I ≈ 6.26 uA/cm^2).<br>
     * NEURON, {@code src/nrnoc/hh.mod}.
     *
     * <h4>See also</h4>
     * {@link #traubMiles()}
     *
     * <h4>Example</h4>
     * <pre>{@code
     * Network net = Network.create().dt(Units.ms.of(0.01));
     * net.group("axon", 1, Library.hodgkinHuxley(), g -> g.set("I", "10*uA/cm**2"));   // ~68 Hz
     * }</pre>
     *
     * @return a new model with the defaults in the table; {@code with(name, value)} changes any of them
     */
    public static NeuronModel hodgkinHuxley() {
        return HodgkinHuxley.hodgkinHuxley();
    }

    /**
     * The Hodgkin–Huxley (1952) squid axon membrane per unit area, for spatial neurons
     * ({@link org.synfire.model.Network#spatial}): the rates, densities and reversal potentials of
     * {@link #hodgkinHuxley()}, the membrane current as {@code Im} and a point current {@code I}.
     *
     * <h4>Equations</h4>
     * <pre>
     * Im = gNa m^3 h (ENa - v) + gK n^4 (EK - v) + gL (EL - v)          (A/m^2)
     * dx/dt = phi (alpha_x (1 - x) - beta_x x)        for x = m, h, n, rates as hodgkinHuxley()
     * spike when v &gt; -20 mV at the spiking compartment, counted once (refractory while v &gt; -20 mV)
     * </pre>
     * {@code Cm} and {@code Ri} belong to the spatial neuron and must be set there (HH: 1 uF/cm^2,
     * 35.4 ohm·cm). Integrated by exponential Euler with {@code v} held, then the cable equation.
     *
     * <h4>Parameters</h4>
     * <table class="striped">
     * <caption>Parameters of hodgkinHuxleyMembrane</caption>
     * <thead><tr><th>name</th><th>unit</th><th>default</th><th>meaning</th><th>NEURON</th></tr></thead>
     * <tbody>
     * <tr><td>gNa, gK, gL</td><td>S/m^2</td><td>120, 36, 0.3 mS/cm^2</td><td>maximal conductances, per compartment</td><td>gnabar_hh, gkbar_hh, gl_hh</td></tr>
     * <tr><td>ENa, EK, EL</td><td>volt</td><td>50, -77, -54.387 mV</td><td>reversal potentials, per compartment</td><td>ena, ek, el_hh</td></tr>
     * <tr><td>phi</td><td>1</td><td>1</td><td>temperature factor of every rate, 3^((T - 6.3 °C)/10); 3.82 at 18.5 °C</td><td>celsius</td></tr>
     * <tr><td>I</td><td>amp</td><td>0</td><td>point current into the compartment</td><td>IClamp</td></tr>
     * </tbody>
     * </table>
     *
     * <h4>State variables</h4>
     * {@code m}, {@code h}, {@code n} (1), starting at their steady state at -65 mV; {@code v} is
     * declared by the spatial neuron, so its initial value is set there: {@code set("v", "-65*mV")}.
     *
     * <h4>References</h4>
     * Hodgkin AL, Huxley AF (1952) J Physiol 117:500–544 (18.8 m/s computed for a 476 um axon at 18.5 °C).
     *
     * <h4>Example</h4>
     * <pre>{@code
     * Morphology axon = Morphology.builder().axon("axon", s -> s.length(cm.of(10)).diameter(um.of(476)).compartments(1000)).build();
     * net.dt(us.of(5)).spatial("axon", 1, axon, Library.hodgkinHuxleyMembrane(), b -> b
     *     .set("Cm", "1*uF/cm**2").set("Ri", "35.4*ohm*cm").set("v", "-65*mV").set("phi", "3.82"));
     * }</pre>
     *
     * @return a new membrane model per unit area, for {@code Network.spatial}
     */
    public static NeuronModel hodgkinHuxleyMembrane() {
        return HodgkinHuxley.membrane();
    }

    /**
     * A passive membrane per unit area, for spatial neurons: {@code Im = gL (EL - v)} (A/m^2),
     * {@code gL} (S/m^2, default 0.1 mS/cm^2, so Rm = 10 kohm·cm^2) and {@code EL} (default
     * -65 mV) per compartment and a point current {@code I} (amp). {@code Cm}, {@code Ri} and the
     * initial {@code v} are set on the spatial neuron.
     *
     * <pre>{@code
     * net.spatial("cell", 1, ballAndStick, Library.passiveMembrane(), b -> b.set("Cm", "1*uF/cm**2").set("Ri", "100*ohm*cm")
     *     .set("v", "-65*mV"));
     * }</pre>
     *
     * @return a new membrane model per unit area, for {@code Network.spatial}
     */
    public static NeuronModel passiveMembrane() {
        return HodgkinHuxley.passiveMembrane();
    }

    /**
     * The Traub–Miles Hodgkin–Huxley-type cell with exponential excitatory and inhibitory
     * conductances, as in benchmark 3 (COBAHH) of Brette et al. (2007) and Brian2's COBAHH example.
     *
     * <h4>Equations</h4>
     * <pre>
     * area Cm dv/dt = area (gl (El - v) - g_na m^3 h (v - ENa) - g_kd n^4 (v - EK)) + ge (Ee - v) + gi (Ei - v) + I
     * dx/dt = alpha_x (1 - x) - beta_x x        for x = m, h, n
     * taue dge/dt = -ge,   taui dgi/dt = -gi
     * with u = v - VT (mV, 1/ms):
     * alpha_m = 0.32 (13 - u) / (exp((13 - u)/4) - 1)      beta_m = 0.28 (u - 40) / (exp((u - 40)/5) - 1)
     * alpha_h = 0.128 exp((17 - u)/18)                      beta_h = 4 / (1 + exp((40 - u)/5))
     * alpha_n = 0.032 (15 - u) / (exp((15 - u)/5) - 1)      beta_n = 0.5 exp((10 - u)/40)
     * spike when v &gt; -20 mV; not counted again for 3 ms
     * </pre>
     * Quotients written with {@code exprel} as for {@link #hodgkinHuxley()}. Conditionally
     * linear: integrated by exponential Euler (Brian2's example uses the same method).
     *
     * <h4>Parameters</h4>
     * <table class="striped">
     * <caption>Parameters of traubMiles</caption>
     * <thead><tr><th>name</th><th>unit</th><th>default</th><th>meaning</th><th>NEST / PyNN</th></tr></thead>
     * <tbody>
     * <tr><td>area</td><td>m^2</td><td>20000 um^2</td><td>membrane area</td><td>— / —</td></tr>
     * <tr><td>Cm</td><td>F/m^2</td><td>1 uF/cm^2</td><td>specific capacitance (200 pF in all)</td><td>C_m / cm</td></tr>
     * <tr><td>gl</td><td>S/m^2</td><td>5e-5 S/cm^2</td><td>leak conductance density (10 nS)</td><td>g_L / g_leak</td></tr>
     * <tr><td>g_na</td><td>S/m^2</td><td>100 mS/cm^2</td><td>sodium conductance density (20 uS)</td><td>g_Na / gbar_Na</td></tr>
     * <tr><td>g_kd</td><td>S/m^2</td><td>30 mS/cm^2</td><td>delayed-rectifier K density (6 uS)</td><td>g_K / gbar_K</td></tr>
     * <tr><td>El</td><td>volt</td><td>-60 mV</td><td>leak reversal potential</td><td>E_L / e_rev_leak</td></tr>
     * <tr><td>EK</td><td>volt</td><td>-90 mV</td><td>potassium reversal potential</td><td>E_K / e_rev_K</td></tr>
     * <tr><td>ENa</td><td>volt</td><td>50 mV</td><td>sodium reversal potential</td><td>E_Na / e_rev_Na</td></tr>
     * <tr><td>VT</td><td>volt</td><td>-63 mV</td><td>shift of the rate functions</td><td>V_T / v_offset</td></tr>
     * <tr><td>Ee</td><td>volt</td><td>0 mV</td><td>excitatory reversal potential</td><td>E_ex / e_rev_E</td></tr>
     * <tr><td>Ei</td><td>volt</td><td>-80 mV</td><td>inhibitory reversal potential</td><td>E_in / e_rev_I</td></tr>
     * <tr><td>taue</td><td>second</td><td>5 ms</td><td>excitatory conductance decay</td><td>tau_syn_ex / tau_syn_E</td></tr>
     * <tr><td>taui</td><td>second</td><td>10 ms</td><td>inhibitory conductance decay</td><td>tau_syn_in / tau_syn_I</td></tr>
     * <tr><td>I</td><td>amp</td><td>0 nA</td><td>external current, per neuron (not in the benchmark)</td><td>I_e / i_offset</td></tr>
     * </tbody>
     * </table>
     * NEST: {@code hh_cond_exp_traub}; PyNN: {@code HH_cond_exp} (absolute values).
     *
     * <h4>State variables</h4>
     * {@code v} (volt): membrane potential; {@code m}, {@code h}, {@code n} (1): gating variables;
     * {@code ge}, {@code gi} (siemens, 0 nS): conductances. With these parameters the cell has no
     * stable resting state: at {@code El} the sodium window current outweighs the leak, and
     * without input it fires tonically at about 14 Hz (in the benchmark network, inhibition
     * holds it in check). It starts at v = El = -60 mV with the gates at their steady state there
     * (m = 0.02686, h = 0.99131, n = 0.06043); Brian2's example instead draws v around
     * El - 5 mV and starts the gates at 0.
     *
     * <h4>Events</h4>
     * Emits a spike when {@code v} rises above -20 mV. Receives spikes as conductance jumps
     * {@code ge += w} (the benchmark: 6 nS) and {@code gi += w} (67 nS).
     *
     * <h4>References</h4>
     * Traub RD, Miles R (1991) Neuronal Networks of the Hippocampus. Cambridge University Press.<br>
     * Brette R, Rudolph M, Carnevale T, et al. (2007) Simulation of networks of spiking neurons: a
     * review of tools and strategies. J Comput Neurosci 23:349–398 (benchmark 3).
     *
     * <h4>See also</h4>
     * {@link #hodgkinHuxley()}, {@link #lifConductance()}
     *
     * <h4>Example</h4>
     * <pre>{@code
     * Network net = Network.create().dt(Units.ms.of(0.1));
     * net.group("cobahh", 4000, Library.traubMiles(), g -> g
     *     .set("v", "El + (randn()*5 - 5)*mV").set("ge", "(randn()*1.5 + 4)*10*nS").set("gi", "(randn()*12 + 20)*10*nS"));
     * }</pre>
     *
     * @return a new model with the defaults in the table; {@code with(name, value)} changes any of them
     */
    public static NeuronModel traubMiles() {
        return HodgkinHuxley.traubMiles();
    }

    /**
     * A group of Poisson spike sources firing at a constant rate (Brian2's {@code PoissonGroup}).
     *
     * <h4>Equations</h4>
     * <pre>
     * rates : hertz, per neuron
     * spike when rand() &lt; rates dt
     * </pre>
     * In each step a source fires with probability {@code rates·dt} (independently per source and
     * step, from counter-based random streams): spike counts have mean {@code rates·T} and
     * variance {@code rates·T·(1 - rates·dt)}, intervals are geometric with CV
     * {@code sqrt(1 - rates·dt)} ≈ 1. Keep {@code rates·dt} well below 1.
     *
     * <h4>Parameters</h4>
     * <table class="striped">
     * <caption>Parameters of poisson</caption>
     * <thead><tr><th>name</th><th>unit</th><th>default</th><th>meaning</th><th>NEST / PyNN</th></tr></thead>
     * <tbody>
     * <tr><td>rates</td><td>hertz</td><td>{@code rate}</td><td>firing rate, per source; may be changed between runs</td><td>rate / rate</td></tr>
     * </tbody>
     * </table>
     *
     * <h4>State variables</h4>
     * None.
     *
     * <h4>Events</h4>
     * Emits spikes; receives nothing.
     *
     * <h4>References</h4>
     * Dayan P, Abbott LF (2001) Theoretical Neuroscience, ch. 1.4. MIT Press.<br>
     * NEST {@code poisson_generator}; PyNN {@code SpikeSourcePoisson}.
     *
     * <h4>See also</h4>
     * {@link #poisson(String)}
     *
     * <h4>Example</h4>
     * <pre>{@code
     * net.group("input", 1000, Library.poisson(Units.Hz.of(20)), g -> g.set("rates", "i*0.1*Hz"));
     * }</pre>
     *
     * @param rate the rate of every source, a frequency of zero or more
     * @throws SpecException if {@code rate} is not a finite frequency of zero or more
     * @return a new source model: each neuron spikes independently at {@code rate}
     */
    public static NeuronModel poisson(Quantity rate) {
        return Sources.poisson(rate);
    }

    /**
     * A group of Poisson spike sources whose rate is an expression of time {@code t} (and of the
     * source index {@code i}): an inhomogeneous Poisson process.
     *
     * <h4>Equations</h4>
     * <pre>
     * rates = &lt;rateExpression&gt; : hertz
     * spike when rand() &lt; rates dt
     * </pre>
     * The expression is evaluated at the end of each step and must be in hertz; negative values
     * act as 0.
     *
     * <h4>Parameters</h4>
     * None: the rate is the expression (it may use external constants added with
     * {@link NeuronModel#constant}).
     *
     * <h4>State variables</h4>
     * None; {@code rates} can be recorded as a sub-expression.
     *
     * <h4>Events</h4>
     * Emits spikes; receives nothing.
     *
     * <h4>References</h4>
     * Dayan P, Abbott LF (2001) Theoretical Neuroscience, ch. 1.4. MIT Press.
     *
     * <h4>See also</h4>
     * {@link #poisson(Quantity)}
     *
     * <h4>Example</h4>
     * <pre>{@code
     * // 20 Hz on average, modulated at 5 Hz
     * net.group("input", 100, Library.poisson("20*Hz*(1 + sin(2*pi*5*Hz*t))"));
     * }</pre>
     *
     * @param rateExpression one line of model text in hertz, e.g. {@code 10*Hz + 5*Hz*i/N}
     * @throws SpecException if the text is empty or spans lines
     * @throws org.synfire.equations.EquationException if it does not parse (units are checked at
     *                                                  build)
     *
     * @return a new source model whose neurons spike at the expression's rate, evaluated every step
     */
    public static NeuronModel poisson(String rateExpression) {
        return Sources.poisson(rateExpression);
    }

    /**
     * Poisson spike sources whose rate follows {@code rates} in time (one rate for all, or one per
     * source for a per-neuron array): {@link #poisson(String)} with {@code rates_input(t)}.
     *
     * <pre>{@code
     * TimedArray rates = TimedArray.of(new double[] {5, 40, 5}, Units.Hz, ms.of(100));
     * NeuronModel input = Library.poisson(rates);
     * }</pre>
     *
     * @param rates rates in hertz, one row per sample (one value, or one per source)
     * @return a new source model
     * @throws org.synfire.model.SpecException if {@code rates} is not in hertz
     */
    public static NeuronModel poisson(TimedArray rates) {
        if (!rates.dimension().equals(Units.Hz.dimension())) {
            throw new SpecException("Model", "poisson", "rates", "the timed array is in " + rates.dimension() + "; give rates in hertz");
        }
        return Sources.poisson(rates.isPerNeuron() ? "rates_input(t, i)" : "rates_input(t)").function("rates_input", rates);
    }

    /**
     * Additive pair-based spike-timing-dependent plasticity (Song, Miller &amp; Abbott 2000).
     *
     * <h4>Equations</h4>
     * <pre>
     * dApre/dt = -Apre/taupre,  dApost/dt = -Apost/taupost      (event-driven, per synapse)
     * pre spike:  target += w;  Apre += Aplus;  w = clip(w + wmax Apost, 0, wmax)
     * post spike: Apost += Aminus;  w = clip(w + wmax Apre, 0, wmax)
     * </pre>
     * A pairing with the post spike {@code Δt} after the pre spike changes {@code w} by
     * {@code wmax·Aplus·exp(-Δt/taupre)}; with the post spike first, by
     * {@code wmax·Aminus·exp(Δt/taupost)}. Traces add over all earlier spikes (all-to-all).
     *
     * <h4>Parameters</h4>
     * <table class="striped">
     * <caption>Parameters of stdp</caption>
     * <thead><tr><th>name</th><th>unit</th><th>default</th><th>meaning</th><th>NEST</th></tr></thead>
     * <tbody>
     * <tr><td>wmax</td><td>weightUnit</td><td>none: give it</td><td>upper bound of w; changes are relative to it</td><td>Wmax</td></tr>
     * <tr><td>taupre</td><td>second</td><td>20 ms</td><td>decay of the pre-synaptic trace</td><td>tau_plus</td></tr>
     * <tr><td>taupost</td><td>second</td><td>20 ms</td><td>decay of the post-synaptic trace</td><td>tau_minus (of the neuron)</td></tr>
     * <tr><td>Aplus</td><td>1</td><td>0.005</td><td>potentiation per pairing, relative to wmax</td><td>lambda</td></tr>
     * <tr><td>Aminus</td><td>1</td><td>-0.00525</td><td>depression per pairing (negative; |Aminus/Aplus| = 1.05)</td><td>-alpha·lambda</td></tr>
     * </tbody>
     * </table>
     * NEST: {@code stdp_synapse} with {@code mu_plus = mu_minus = 0}.
     *
     * <h4>State variables</h4>
     * {@code w} (weightUnit, per synapse, default 0: set it), {@code Apre}, {@code Apost} (1, 0).
     *
     * <h4>Events</h4>
     * Pre-synaptic spikes add {@code w} to {@code target} and depress; post-synaptic spikes potentiate.
     *
     * <h4>References</h4>
     * Song S, Miller KD, Abbott LF (2000) Competitive Hebbian learning through spike-timing-dependent
     * synaptic plasticity. Nat Neurosci 3:919–926.
     *
     * <h4>See also</h4>
     * {@link #tripletStdp}, {@link #inhibitoryStdp}
     *
     * <h4>Example</h4>
     * <pre>{@code
     * net.connect("plastic", input, neuron, Library.stdp("ge", "1").with("wmax", "0.01"), Connect.allToAll(),
     *     p -> p.set("w", "rand()*0.01"));
     * }</pre>
     *
     * @param target     the target group's variable each spike adds {@code w} to, e.g. {@code ge}
     * @param weightUnit the unit of {@code w} and {@code wmax} (that of the target), e.g. {@code siemens} or {@code 1}
     * @return a new synapse model with the defaults in the table
     */
    public static SynapseModel stdp(String target, String weightUnit) {
        return Plasticity.stdp(target, weightUnit);
    }

    /**
     * Triplet spike-timing-dependent plasticity, all-to-all (Pfister &amp; Gerstner 2006).
     *
     * <h4>Equations</h4>
     * <pre>
     * dr1/dt = -r1/tau_plus, dr2/dt = -r2/tau_x, do1/dt = -o1/tau_minus, do2/dt = -o2/tau_y   (event-driven)
     * pre spike:  target += w;  w = clip(w - wmax o1 (A2minus + A3minus r2), 0, wmax);  r1 += 1;  r2 += 1
     * post spike: w = clip(w + wmax r1 (A2plus + A3plus o2), 0, wmax);  o1 += 1;  o2 += 1
     * </pre>
     * Each spike reads the traces before its own increment, as in the paper.
     *
     * <h4>Parameters</h4>
     * <table class="striped">
     * <caption>Parameters of tripletStdp (visual cortex, all-to-all, Table 4 of the paper)</caption>
     * <thead><tr><th>name</th><th>unit</th><th>default</th><th>meaning</th><th>NEST</th></tr></thead>
     * <tbody>
     * <tr><td>wmax</td><td>weightUnit</td><td>none: give it</td><td>upper bound; amplitudes are relative to it</td><td>Wmax</td></tr>
     * <tr><td>tau_plus</td><td>second</td><td>16.8 ms</td><td>pair potentiation window</td><td>tau_plus</td></tr>
     * <tr><td>tau_minus</td><td>second</td><td>33.7 ms</td><td>pair depression window</td><td>tau_minus (of the neuron)</td></tr>
     * <tr><td>tau_x</td><td>second</td><td>101 ms</td><td>pre triplet trace</td><td>tau_x</td></tr>
     * <tr><td>tau_y</td><td>second</td><td>125 ms</td><td>post triplet trace</td><td>tau_triplet (of the neuron)</td></tr>
     * <tr><td>A2plus, A3plus</td><td>1</td><td>5e-10, 6.2e-3</td><td>pair and triplet potentiation</td><td>Aplus, Aplus_triplet</td></tr>
     * <tr><td>A2minus, A3minus</td><td>1</td><td>7e-3, 2.3e-4</td><td>pair and triplet depression</td><td>Aminus, Aminus_triplet</td></tr>
     * </tbody>
     * </table>
     * NEST: {@code stdp_triplet_synapse}.
     *
     * <h4>State variables</h4>
     * {@code w} (weightUnit, per synapse), {@code r1}, {@code r2}, {@code o1}, {@code o2} (1, 0).
     *
     * <h4>Events</h4>
     * As {@link #stdp}: pre spikes act on {@code target} and depress, post spikes potentiate.
     *
     * <h4>References</h4>
     * Pfister J-P, Gerstner W (2006) Triplets of spikes in a model of spike timing-dependent
     * plasticity. J Neurosci 26:9673–9682.
     *
     * <h4>See also</h4>
     * {@link #stdp}
     *
     * <h4>Example</h4>
     * <pre>{@code
     * Library.tripletStdp("ge", "siemens").with("wmax", "1 nS")
     * }</pre>
     *
     * @param target     the target group's variable each spike adds {@code w} to
     * @param weightUnit the unit of {@code w} and {@code wmax}
     * @return a new synapse model with the defaults in the table
     */
    public static SynapseModel tripletStdp(String target, String weightUnit) {
        return Plasticity.tripletStdp(target, weightUnit);
    }

    /**
     * Short-term plasticity of Tsodyks &amp; Markram: use-dependent depression and facilitation.
     *
     * <h4>Equations</h4>
     * <pre>
     * du/dt = -u/tau_f,  dx/dt = (1 - x)/tau_d           (event-driven, per synapse)
     * pre spike: u += U (1 - u);  target += w u x;  x -= u x
     * </pre>
     * {@code x} is the fraction of resources available, {@code u} the fraction used by a spike; the
     * first spike of a train uses exactly {@code U}.
     *
     * <h4>Parameters</h4>
     * <table class="striped">
     * <caption>Parameters of tsodyksMarkram</caption>
     * <thead><tr><th>name</th><th>unit</th><th>depressing</th><th>facilitating</th><th>meaning</th><th>NEST</th></tr></thead>
     * <tbody>
     * <tr><td>U</td><td>1</td><td>0.5</td><td>0.03</td><td>utilisation increment</td><td>U</td></tr>
     * <tr><td>tau_f</td><td>second</td><td>1 µs (none)</td><td>530 ms</td><td>facilitation decay</td><td>tau_fac</td></tr>
     * <tr><td>tau_d</td><td>second</td><td>800 ms</td><td>130 ms</td><td>recovery of resources</td><td>tau_rec</td></tr>
     * </tbody>
     * </table>
     * NEST: {@code tsodyks2_synapse}.
     *
     * <h4>State variables</h4>
     * {@code w} (weightUnit, per synapse: the response to a spike using all resources),
     * {@code u} (1, starts at 0), {@code x} (1, starts at 1).
     *
     * <h4>Events</h4>
     * Pre-synaptic spikes add {@code w·u·x} to {@code target}; nothing happens on post spikes.
     *
     * <h4>References</h4>
     * Tsodyks MV, Markram H (1997) The neural code between neocortical pyramidal neurons depends on
     * neurotransmitter release probability. PNAS 94:719–723.<br>
     * Markram H, Wang Y, Tsodyks M (1998) Differential signaling via the same axon of neocortical
     * pyramidal neurons. PNAS 95:5323–5328.
     *
     * <h4>See also</h4>
     * {@link #tsodyksMarkramPresets()}
     *
     * <h4>Example</h4>
     * <pre>{@code
     * net.connect("stp", input, neuron, Library.tsodyksMarkram("v", "volt", "facilitating"), Connect.oneToOne(),
     *     p -> p.set("w", "2 mV"));
     * }</pre>
     *
     * @param target     the target group's variable each spike adds to
     * @param weightUnit the unit of {@code w}
     * @param preset     {@code depressing} or {@code facilitating}
     * @return a new synapse model with the defaults in the table
     */
    public static SynapseModel tsodyksMarkram(String target, String weightUnit, String preset) {
        return Plasticity.tsodyksMarkram(target, weightUnit, preset);
    }

    /** {@return the presets of {@link #tsodyksMarkram}} */
    public static List<String> tsodyksMarkramPresets() {
        return List.of("depressing", "facilitating");
    }

    /**
     * Inhibitory spike-timing-dependent plasticity that balances excitation (Vogels et al. 2011).
     *
     * <h4>Equations</h4>
     * <pre>
     * dApre/dt = -Apre/tau_stdp,  dApost/dt = -Apost/tau_stdp           (event-driven)
     * pre spike:  Apre += 1;  w = clip(w + eta wmax (Apost - 2 rho0 tau_stdp), 0, wmax);  target += w
     * post spike: Apost += 1;  w = clip(w + eta wmax Apre, 0, wmax)
     * </pre>
     * Near-coincident spikes strengthen inhibition, each pre spike weakens it a little; the
     * post-synaptic rate settles where the two balance, at {@code rho0}.
     *
     * <h4>Parameters</h4>
     * <table class="striped">
     * <caption>Parameters of inhibitoryStdp</caption>
     * <thead><tr><th>name</th><th>unit</th><th>default</th><th>meaning</th><th>NEST</th></tr></thead>
     * <tbody>
     * <tr><td>wmax</td><td>weightUnit</td><td>none: give it</td><td>upper bound; changes are relative to it</td><td>Wmax</td></tr>
     * <tr><td>tau_stdp</td><td>second</td><td>20 ms</td><td>trace decay</td><td>tau</td></tr>
     * <tr><td>eta</td><td>1</td><td>0.01</td><td>learning rate</td><td>eta</td></tr>
     * <tr><td>rho0</td><td>hertz</td><td>3 Hz</td><td>target post-synaptic rate</td><td>alpha/(2 tau)</td></tr>
     * </tbody>
     * </table>
     * NEST: {@code vogels_sprekeler_synapse}.
     *
     * <h4>State variables</h4>
     * {@code w} (weightUnit, per synapse), {@code Apre}, {@code Apost} (1, 0).
     *
     * <h4>Events</h4>
     * Pre-synaptic spikes update {@code w} and then add it to {@code target}; post spikes potentiate.
     *
     * <h4>References</h4>
     * Vogels TP, Sprekeler H, Zenke F, Clopath C, Gerstner W (2011) Inhibitory plasticity balances
     * excitation and inhibition in sensory pathways and memory networks. Science 334:1569–1573.
     *
     * <h4>See also</h4>
     * {@link #stdp}
     *
     * <h4>Example</h4>
     * <pre>{@code
     * net.connect("ie", inh, exc, Library.inhibitoryStdp("gi", "siemens").with("wmax", "10 nS"), Connect.probability(0.02),
     *     p -> p.set("w", "1 nS"));
     * }</pre>
     *
     * @param target     the target group's (inhibitory) variable each spike adds {@code w} to, e.g. {@code gi}
     * @param weightUnit the unit of {@code w} and {@code wmax}
     * @return a new synapse model with the defaults in the table
     */
    public static SynapseModel inhibitoryStdp(String target, String weightUnit) {
        return Plasticity.inhibitoryStdp(target, weightUnit);
    }

    /**
     * NMDA synapse whose gating saturates (Wang 2002), summed into a variable of the target every
     * step: the slow recurrent excitation of decision-making and working-memory networks.
     *
     * <h4>Equations</h4>
     * <pre>
     * ds/dt = -s/tau_decay + alpha x (1 - s)        (per synapse, every step)
     * dx/dt = -x/tau_rise
     * pre spike: x += 1
     * target_post = w s                           (summed over the target's synapses, replaced each step)
     * </pre>
     * {@code x} is the transmitter pulse a spike releases, {@code s} the fraction of open
     * receptors: each spike opens a fraction of those still closed, so {@code s} stays below 1
     * and a fast train saturates it instead of adding up. For a spike train at rate {@code nu}
     * with {@code tau_rise} short, a spike moves {@code 1 - s} to {@code (1 - s) exp(-alpha tau_rise)}
     * and {@code s} decays with {@code tau_decay} in between.
     * The Mg²⁺ block belongs to the target neuron, which reads the summed gating in its current, as
     * Wang's does ({@link #wang2002()}): {@code I_NMDA = g_NMDA (v - E_E) s_NMDA_tot / (1 + [Mg²⁺] exp(-0.062 v/mV)/3.57)}
     * with {@code [Mg²⁺] = 1} (mM).
     *
     * <h4>Parameters</h4>
     * <table class="striped">
     * <caption>Parameters of nmda</caption>
     * <thead><tr><th>name</th><th>unit</th><th>default</th><th>meaning</th><th>NEST</th></tr></thead>
     * <tbody>
     * <tr><td>w</td><td>weightUnit</td><td>none: give it</td><td>weight, per synapse (constant)</td><td>weight</td></tr>
     * <tr><td>tau_decay</td><td>second</td><td>100 ms</td><td>decay of the gating s</td><td>tau_decay_NMDA</td></tr>
     * <tr><td>tau_rise</td><td>second</td><td>2 ms</td><td>decay of the pulse x (the rise of s)</td><td>tau_rise_NMDA</td></tr>
     * <tr><td>alpha</td><td>hertz</td><td>0.5 kHz</td><td>how fast x opens the closed receptors</td><td>alpha</td></tr>
     * </tbody>
     * </table>
     * NEST: the NMDA part of {@code iaf_bw_2001} (which keeps the gating per neuron).
     *
     * <h4>State variables</h4>
     * {@code s} (1, 0): open fraction; {@code x} (1, 0): transmitter pulse. Both per synapse; all
     * synapses of one source carry the same values, so a network with many targets per source may
     * keep them in the source neuron instead and sum {@code w*s_NMDA_pre} (Wang's formulation).
     *
     * <h4>Events</h4>
     * Pre-synaptic spikes add 1 to {@code x}; nothing happens on post spikes.
     *
     * <h4>References</h4>
     * Wang X-J (1999) Synaptic basis of cortical persistent activity: the importance of NMDA
     * receptors to working memory. J Neurosci 19:9587–9603.<br>
     * Wang X-J (2002) Probabilistic decision making by slow reverberation in cortical circuits.
     * Neuron 36:955–968.<br>
     * Jahr CE, Stevens CF (1990) Voltage dependence of NMDA-activated macroscopic conductances
     * predicted by single-channel kinetics. J Neurosci 10:3178–3182.
     *
     * <h4>See also</h4>
     * {@link #wang2002()} (the neuron that reads it), {@link #lifConductance()}, {@link #tsodyksMarkram}
     *
     * <h4>Example</h4>
     * <pre>{@code
     * // the target's model declares s_NMDA_tot : 1 and reads it in its NMDA current
     * net.connect("nmda", exc, exc, Library.nmda("s_NMDA_tot", "1"), Connect.allToAll(), p -> p.set("w", "1"));
     * }</pre>
     *
     * @param target     the target group's variable the summed {@code w*s} replaces each step, e.g.
     *                   {@code s_NMDA_tot} (declared as a parameter in the target's model, not constant)
     * @param weightUnit the unit of {@code w} and of the target variable: {@code 1} for a gating,
     *                   {@code siemens} for a conductance
     * @return a new synapse model with the defaults in the table
     */
    public static SynapseModel nmda(String target, String weightUnit) {
        return Receptors.nmda(target, weightUnit);
    }

    /**
     * Every neuron template, in the order documented here: the one list of them, from which
     * {@link #neuronModels()} and the DSL's model words ({@code lif(tau: 10.ms)},
     * {@code izhikevich('chattering')}) are made, so a template added here is offered everywhere.
     * Sources are not included (they need a rate).
     *
     * @return the templates, unmodifiable, in the order the reference lists them
     */
    public static List<NeuronTemplate> neuronTemplates() {
        return NEURON_TEMPLATES;
    }

    /**
     * Every neuron template with its default values, keyed by the name of the method that makes it
     * ({@code lif}, {@code lifExpCurrent}, ..., {@code traubMiles}), in the order of
     * {@link #neuronTemplates()}; for catalogues and notebooks.
     *
     * @return each template's name with a new model of its defaults; unmodifiable
     */
    public static Map<String, NeuronModel> neuronModels() {
        Map<String, NeuronModel> out = new LinkedHashMap<>();
        NEURON_TEMPLATES.forEach(t -> out.put(t.name(), t.model()));
        return Collections.unmodifiableMap(out);
    }
}
