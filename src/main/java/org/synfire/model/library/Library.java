package org.synfire.model.library;

import org.synfire.model.NeuronModel;
import org.synfire.units.Quantity;

/** Built-in models (draft). */
public final class Library {
    private Library() {
    }

    public static NeuronModel lif() { return IntegrateAndFire.lif(); }
    public static NeuronModel lifExpCurrent() { return IntegrateAndFire.lifExpCurrent(); }
    public static NeuronModel lifConductance() { return IntegrateAndFire.lifConductance(); }
    public static NeuronModel eif() { return IntegrateAndFire.eif(); }
    public static NeuronModel adex() { return AdEx.adex(); }
    public static NeuronModel adex(String pattern) { return AdEx.adex(pattern); }
    public static NeuronModel izhikevich() { return Izhikevich.izhikevich(); }
    public static NeuronModel izhikevich(String preset) { return Izhikevich.izhikevich(preset); }
    public static NeuronModel hodgkinHuxley() { return HodgkinHuxley.hodgkinHuxley(); }
    public static NeuronModel traubMiles() { return HodgkinHuxley.traubMiles(); }
    public static NeuronModel poisson(Quantity rate) { return Sources.poisson(rate); }
    public static NeuronModel poisson(String rate) { return Sources.poisson(rate); }
}
