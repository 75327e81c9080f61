package org.synfire.model.library;

import static org.synfire.units.Units.mV;
import static org.synfire.units.Units.ms;
import static org.synfire.units.Units.nS;
import static org.synfire.units.Units.pA;
import static org.synfire.units.Units.pF;

import java.util.List;
import org.synfire.model.NeuronModel;

/**
 * The adaptive exponential integrate-and-fire template and the firing patterns of Naud et al.
 * (2008). Documented in {@link Library}; this class holds the text, defaults and the pattern table.
 */
final class AdEx {
    private AdEx() {
    }

    /**
     * One row of Table 1 of Naud, Marcille, Clopath &amp; Gerstner (2008), in the units of the table:
     * C pF, gL nS, EL VT DeltaT Vr mV, a nS, tauw ms, b pA, I pA.
     */
    record Pattern(String name, String figure, double c, double gL, double eL, double vT, double deltaT, double a, double tauw,
                   double b, double vR, double i) {
    }

    static final PresetNames<Pattern> PATTERNS = new PresetNames<Pattern>("adex")
        .add("tonic", new Pattern("tonic", "4a", 200, 10, -70, -50, 2, 2, 30, 0, -58, 500), "tonic spiking")
        .add("adapting", new Pattern("adapting", "4b", 200, 12, -70, -50, 2, 2, 300, 60, -58, 500), "adaptation")
        .add("initial burst", new Pattern("initial burst", "4c", 130, 18, -58, -50, 2, 4, 150, 120, -50, 400), "initial bursting")
        .add("bursting", new Pattern("bursting", "4d", 200, 10, -58, -50, 2, 2, 120, 100, -46, 210), "regular bursting")
        .add("irregular", new Pattern("irregular", "4h", 100, 12, -60, -50, 2, -11, 130, 30, -48, 160), "irregular spiking")
        .add("transient", new Pattern("transient", "4g", 100, 10, -65, -50, 2, 10, 90, 100, -47, 180), "transient spiking")
        .add("delayed", new Pattern("delayed", "4e", 200, 12, -70, -50, 2, -10, 300, 0, -58, 300), "delayed accelerating",
            "delayed spiking")
        .add("delayed regular bursting", new Pattern("delayed regular bursting", "4f", 100, 10, -65, -50, 2, -10, 90, 30, -47, 110),
            "delayed bursting");

    /** See {@link Library#adex()}. */
    static NeuronModel adex() {
        // v_spk = min(v, Vpeak) in the exponential and in the adaptation: an explicit method
        // evaluates slopes inside the step in which v shoots past Vpeak, where exp would overflow
        // (infinity, then NaN) and a(v - EL) would kick w by far more than b. NEST's aeif models
        // clamp the same way; below Vpeak it changes nothing.
        return NeuronModel.of("adex", """
                dv/dt = (gL*(EL - v) + gL*DeltaT*exp((v_spk - VT)/DeltaT) - w + I)/C : volt (unless refractory)  # membrane potential
                dw/dt = (a*(v_spk - EL) - w)/tauw : amp  # adaptation current against the input: each spike adds b, it relaxes with tauw
                """ + IntegrateAndFire.EXPONENTIAL_MEMBRANE + """
                a : siemens (shared, constant)  # subthreshold adaptation: how strongly w follows v - EL
                tauw : second (shared, constant, positive)  # time constant of the adaptation current w
                b : amp (shared, constant)  # spike-triggered adaptation: what each spike adds to w
                Vr : volt (shared, constant)  # reset potential: v right after a spike
                Vpeak : volt (shared, constant)  # spike cut-off: v above it counts as a spike and is reset
                tref : second (shared, constant)  # refractory period: after a spike v is held at the reset for this long
                """)
            .threshold("v > Vpeak").reset("v = Vr; w += b").refractory("tref")
            .with("C", "281 pF").with("gL", "30 nS").with("EL", "-70.6 mV").with("VT", "-50.4 mV").with("DeltaT", "2 mV")
            .with("a", "4 nS").with("tauw", "144 ms").with("b", "80.5 pA").with("Vr", "-70.6 mV").with("Vpeak", "0 mV")
            .with("tref", "0 ms").with("I", "0 pA").with("v", "-70.6 mV").with("w", "0 pA")
            .describedAs("Adaptive exponential integrate-and-fire neuron (Brette & Gerstner 2005).");
    }

    /** See {@link Library#adex(String)}. */
    static NeuronModel adex(String pattern) {
        Pattern p = PATTERNS.get(pattern);
        return adex().named("adex_" + p.name().replace(' ', '_'))
            .with("C", pF.of(p.c())).with("gL", nS.of(p.gL())).with("EL", mV.of(p.eL())).with("VT", mV.of(p.vT()))
            .with("DeltaT", mV.of(p.deltaT())).with("a", nS.of(p.a())).with("tauw", ms.of(p.tauw())).with("b", pA.of(p.b()))
            .with("Vr", mV.of(p.vR())).with("I", pA.of(p.i())).with("v", mV.of(p.eL()))
            .describedAs("AdEx, " + p.name() + " pattern (Naud et al. 2008, Table 1 and Fig. " + p.figure() + ").");
    }

    /** The pattern names in the documented order. */
    static List<String> patterns() {
        return PATTERNS.names();
    }
}
