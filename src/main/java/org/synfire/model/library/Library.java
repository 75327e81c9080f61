package org.synfire.model.library;

import org.synfire.model.NeuronModel;

/** Built-in models (temporary: LIF only). */
public final class Library {
    private Library() {
    }

    public static NeuronModel lif() {
        return NeuronModel.of("lif", """
                dv/dt = (El - v + R*I)/tau : volt (unless refractory)
                I : amp
                El : volt (shared, constant)
                R : ohm (shared, constant)
                tau : second (shared, constant)
                theta : volt (shared, constant)
                Vr : volt (shared, constant)
                """)
            .threshold("v > theta").reset("v = Vr").refractory("2*ms")
            .with("El", "-65 mV").with("R", "100 Mohm").with("tau", "10 ms").with("theta", "-50 mV").with("Vr", "-65 mV")
            .with("v", "-65 mV");
    }
}
