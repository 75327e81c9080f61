package org.synfire.model.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synfire.units.Units.mV;
import static org.synfire.units.Units.ms;
import static org.synfire.units.Units.nA;

import org.junit.jupiter.api.Test;
import org.synfire.model.GroupSpec;
import org.synfire.model.Network;
import org.synfire.model.NeuronModel;
import org.synfire.model.Probe;
import org.synfire.model.SpecException;
import org.synfire.model.SpikeProbeSpec;
import org.synfire.model.StateProbeSpec;
import org.synfire.probe.StateTrace;
import org.synfire.sim.Simulation;
import org.synfire.units.Units;

/**
 * The neuron of Wang (2002) against closed forms: the membrane under constant conductances (an
 * exponential relaxation to the conductance-weighted mean of the reversal potentials), the
 * steady state under a constant NMDA gating (which measures the Mg²⁺ block at that voltage), the
 * first spike under a constant current, and its two cell types.
 */
class Wang2002Test {
    /** Gating time constants so long that the gatings stay constant over the runs here (they change by 1e-10 in 100 ms). */
    private static final String FROZEN = "1000000000 s";

    /** Jahr &amp; Stevens' block as Wang writes it: the open fraction at v (mV) with [Mg] in mM. */
    private static double block(double vMv, double mgMm) {
        return 1 / (1 + mgMm * Math.exp(-0.062 * vMv) / 3.57);
    }

    @Test
    void constantConductancesRelaxTheMembraneToTheirWeightedMeanWithTheEffectiveTimeConstant() {
        // C dv/dt = -gL (v - EL) - sum_k g_k s_k (v - E_k): with the gatings held, v relaxes to
        // v* = (gL EL + sum g_k s_k E_k)/(gL + sum g_k s_k) with tau = C/(gL + sum g_k s_k).
        // Pyramidal cell: gL = 25 nS, C = 0.5 nF; the gatings below add 2.1*1 + 2*0.5 (E_E = 0 mV)
        // and 1.3*2 nS (E_I = -70 mV), so v* = -70 (25 + 2.6)/30.7 = -62.9 mV and tau = 16.3 ms.
        Network net = Network.create().dt(ms.of(0.1));
        GroupSpec g = net.group("n", 1, Library.wang2002().with("tau_AMPA", FROZEN).with("tau_GABA", FROZEN).with("Vth", "0 mV"),
            b -> b.set("s_ext", "1").set("g_AMPA", "2 nS").set("s_AMPA", "0.5").set("s_GABA", "2"));
        StateProbeSpec probe = net.probe(Probe.state(g, "v"));
        Simulation sim = Simulation.build(net).run(ms.of(100));
        double gTotal = 25 + 2.1 + 1 + 2.6;
        double vStar = -70 * (25 + 2.6) / gTotal;
        double tau = 0.5e3 / gTotal;
        double[] t = sim.data(probe).times(ms);
        double[] v = sim.data(probe).values("v", 0, mV);
        for (int k = 0; k < t.length; k++) {
            // 1e-6 mV: linear with constant coefficients, which the chosen method integrates
            // exactly (exponential Euler) or to (dt/tau)^4 per step (RK4: 1e-9 over the run).
            assertEquals(vStar + (-70 - vStar) * Math.exp(-t[k] / tau), v[k], 1e-6, "v at " + t[k] + " ms");
        }
        assertTrue(v[v.length - 1] > -63.5, "depolarised towards v*: " + v[v.length - 1]);
    }

    @Test
    void aConstantNmdaGatingHoldsTheMembraneWhereLeakCurrentAndBlockedNmdaCurrentBalance() {
        // gL (v - EL) + g_NMDA s v B(v) = I at the steady state (E_E = 0): the leak and the
        // injected current tell how much of the NMDA conductance is open there,
        // B(v*) = (I - gL (v* - EL))/(g_NMDA s v*), which must be Jahr & Stevens'
        // 1/(1 + [Mg] exp(-0.062 v/mV)/3.57). With g_NMDA s = 20 nS, currents of 0 to 1.5 nA
        // and 0, 1 and 2 mM of magnesium, v* runs from -69 to -6 mV and B from 0.025 to 1
        // (each v* the only root of the balance, found by a scan of -100 to 30 mV).
        double[] mgMm = {0, 1, 2};
        Network net = Network.create().dt(ms.of(0.1));
        StateProbeSpec[] probes = new StateProbeSpec[mgMm.length];
        for (int m = 0; m < mgMm.length; m++) {
            GroupSpec g = net.group("mg" + m, 4, Library.wang2002().with("Mg", mgMm[m] + " mM").with("g_NMDA", "20 nS")
                .with("Vth", "10 mV"), b -> b.set("s_NMDA_tot", "1").set("I", "0.5*i*nA"));
            probes[m] = net.probe(Probe.state(g, "v").neurons(0, 1, 2, 3));
        }
        Simulation sim = Simulation.build(net).run(ms.of(1000));
        double lowest = 0;
        double highest = -100;
        for (int m = 0; m < mgMm.length; m++) {
            StateTrace trace = sim.data(probes[m]);
            for (int i = 0; i < 4; i++) {
                double[] v = trace.values("v", i, mV);
                double vStar = v[v.length - 1];
                // 1 s is 40 of the slowest effective time constants (25 ms, near the block's
                // steepest part), so v has settled to float precision; a fixed point of the
                // equation is one of the integration too, so only rounding (1e-13) remains.
                assertEquals(vStar, v[v.length - 101], 1e-9, "settled (Mg " + mgMm[m] + " mM, I " + 0.5 * i + " nA)");
                double open = (500 * i - 25 * (vStar + 70)) / (20 * vStar);
                assertEquals(block(vStar, mgMm[m]), open, 1e-9 * open, "B(" + vStar + " mV) at " + mgMm[m] + " mM");
                lowest = Math.min(lowest, vStar);
                highest = Math.max(highest, vStar);
            }
        }
        assertTrue(lowest < -68 && highest > -7, "v* spans the block's range: " + lowest + " to " + highest + " mV");
    }

    @Test
    void aConstantCurrentFiresWhenTheLeakyMembraneReachesThresholdAndOpensTheNmdaGating() {
        // Without synaptic input: tau dv/dt = EL - v + I/gL, so v passes Vth at
        // t* = -tau ln(1 - (Vth - EL) gL/I); interneuron: tau = 0.2 nF/20 nS = 10 ms, I = 0.5 nA,
        // t* = -10 ln(1 - 20*20/500) ms = 16.09 ms. The reset sets x to 1, which then opens s_NMDA.
        Network net = Network.create().dt(ms.of(0.01));
        GroupSpec g = net.group("n", 1, Library.wang2002("interneuron"), b -> b.set("I", nA.of(0.5)));
        SpikeProbeSpec spikes = net.probe(Probe.spikes(g));
        StateProbeSpec state = net.probe(Probe.state(g, "v", "x", "s_NMDA"));
        Simulation sim = Simulation.build(net).run(ms.of(17));
        double[] times = sim.data(spikes).timesOf(0, ms);
        double expected = -10 * Math.log(1 - 20.0 * 20 / 500);
        assertEquals(1, times.length, "one spike by 17 ms");
        // One step: the threshold is checked at the end of each step of 0.01 ms.
        assertEquals(expected, times[0], 0.01, "first spike");
        StateTrace trace = sim.data(state);
        double[] x = trace.values("x", 0, Units.one);
        double[] s = trace.values("s_NMDA", 0, Units.one);
        assertEquals(0, x[1500], 0.0, "no pulse before the spike");
        assertTrue(x[x.length - 1] > 0.6 && x[x.length - 1] <= 1, "x jumped to 1 and decays with tau_rise: " + x[x.length - 1]);
        assertTrue(s[s.length - 1] > 0.1, "the pulse opens the NMDA gating: " + s[s.length - 1]);
        assertEquals(-55, trace.values("v", 0, mV)[x.length - 1], 1e-9, "held at Vr for tref = 1 ms");
    }

    @Test
    void theCellTypesCarryWangsValuesAndUnknownOnesAreNamed() {
        NeuronModel pyramidal = Library.wang2002("Pyramidal");
        NeuronModel interneuron = Library.wang2002("inhibitory");
        assertEquals(Library.wang2002().defaults(), pyramidal.defaults(), "the default is the pyramidal cell");
        assertEquals(20, pyramidal.defaults().get("C").in(Units.nF) / pyramidal.defaults().get("gL").in(Units.nS) * 1e3, 1e-9,
            "tau_m = 20 ms");
        assertEquals(10, interneuron.defaults().get("C").in(Units.nF) / interneuron.defaults().get("gL").in(Units.nS) * 1e3, 1e-9,
            "tau_m = 10 ms");
        assertEquals(1.62, interneuron.defaults().get("g_ext").in(Units.nS), 1e-12);
        assertEquals(1.0, interneuron.defaults().get("g_GABA").in(Units.nS), 1e-12);
        assertEquals(java.util.List.of("pyramidal", "interneuron"), Library.wang2002CellTypes());
        SpecException e = assertThrows(SpecException.class, () -> Library.wang2002("stellate"));
        assertTrue(e.getMessage().contains("unknown preset 'stellate'") && e.getMessage().contains("pyramidal (excitatory)")
            && e.getMessage().contains("interneuron (inhibitory)"), e.getMessage());
    }
}
