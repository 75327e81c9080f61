package org.synfire.model.library;

import static org.synfire.units.Units.mV;

import java.util.List;
import org.synfire.model.NeuronModel;
import org.synfire.units.Quantity;

/**
 * The simple model of Izhikevich (2003) and the cell classes of its Fig. 2. Documented in
 * {@link Library}; this class holds the text, defaults and the preset table.
 */
final class Izhikevich {
    private Izhikevich() {
    }

    /**
     * One cell class of Izhikevich (2003), Fig. 2: the dimensionless a, b and c, d in mV, and the
     * resting potential vRest in mV, the stable root of 0.04v² + (5 − b)v + 140 = 0 (where v' and
     * u' vanish with I = 0), so that a preset without input stays at rest.
     */
    record Preset(String name, String abbreviation, double a, double b, double c, double d, double vRest) {
    }

    static final PresetNames<Preset> PRESETS = new PresetNames<Preset>("izhikevich")
        .add("regular spiking", new Preset("regular spiking", "RS", 0.02, 0.2, -65, 8, -70), "RS")
        .add("intrinsically bursting", new Preset("intrinsically bursting", "IB", 0.02, 0.2, -55, 4, -70), "IB")
        .add("chattering", new Preset("chattering", "CH", 0.02, 0.2, -50, 2, -70), "CH")
        .add("fast spiking", new Preset("fast spiking", "FS", 0.1, 0.2, -65, 2, -70), "FS")
        .add("low-threshold spiking", new Preset("low-threshold spiking", "LTS", 0.02, 0.25, -65, 2, -64.41391), "LTS")
        .add("resonator", new Preset("resonator", "RZ", 0.1, 0.26, -65, 2, -62.5), "RZ")
        .add("thalamo-cortical", new Preset("thalamo-cortical", "TC", 0.02, 0.25, -65, 0.05, -64.41391), "TC");

    /** See {@link Library#izhikevich()}. */
    static NeuronModel izhikevich() {
        // The paper's v' = 0.04v² + 5v + 140 − u + I is in mV and ms; written in SI, v and u are
        // volts and the time scale is explicit. I is a current divided by C = 1 pF, so 1 pA
        // is one unit of the paper's I (NEST's izhikevich takes I_e in pA the same way).
        // a, b, c, d are per neuron (constant) because the paper's network draws c and d per cell.
        return preset(NeuronModel.of("izhikevich", """
                dv/dt = (0.04*v**2/mV + 5*v + 140*mV - u)/ms + I/C : volt  # membrane potential
                du/dt = a*(b*v - u)/ms : volt  # recovery variable, on the scale of v: it pulls v down after spikes and below threshold
                I : amp  # external current; divided by C, so 1 pA is one unit of the paper's I
                a : 1 (constant)  # time scale of u, per ms: smaller recovers more slowly
                b : 1 (constant)  # sensitivity of u to v below threshold
                c : volt (constant)  # reset potential: v right after a spike
                d : volt (constant)  # what each spike adds to u
                vpeak : volt (shared, constant)  # spike cut-off: v at or above it counts as a spike and is reset to c
                C : farad (shared, constant, positive)  # capacitance that turns I into the paper's units
                """)
            .threshold("v >= vpeak").reset("v = c; u += d")
            .with("vpeak", "30 mV").with("C", "1 pF").with("I", "0 pA"), PRESETS.get("RS"))
            .describedAs("Izhikevich (2003) simple model, regular spiking by default.");
    }

    /** See {@link Library#izhikevich(String)}. */
    static NeuronModel izhikevich(String preset) {
        Preset p = PRESETS.get(preset);
        return preset(izhikevich(), p).named("izhikevich_" + p.abbreviation())
            .describedAs("Izhikevich (2003) simple model, " + p.name() + " (" + p.abbreviation() + ") cell of Fig. 2.");
    }

    private static NeuronModel preset(NeuronModel model, Preset p) {
        return model.with("a", Quantity.dimensionless(p.a())).with("b", Quantity.dimensionless(p.b()))
            .with("c", mV.of(p.c())).with("d", mV.of(p.d()))
            .with("v", mV.of(p.vRest())).with("u", mV.of(p.b() * p.vRest()));
    }

    /** The preset names in the documented order. */
    static List<String> presets() {
        return PRESETS.names();
    }
}
