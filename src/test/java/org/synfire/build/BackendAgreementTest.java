package org.synfire.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synfire.units.Units.ms;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.synfire.sim.Simulation;
import org.synfire.model.GroupSpec;
import org.synfire.model.Network;
import org.synfire.model.NetworkSpec;
import org.synfire.model.NeuronModel;
import org.synfire.model.Probe;
import org.synfire.model.SpikeProbeSpec;
import org.synfire.model.StateProbeSpec;
import org.synfire.model.TimedArray;
import org.synfire.model.library.Library;
import org.synfire.probe.StateTrace;

/**
 * Compiled kernels against the reference interpreter, on models that exercise every integration
 * scheme and code-generation path (hoisting, shared calls, reciprocals, folding, per-neuron
 * propagators, tabulated functions, refractoriness by duration and by condition). Spikes must be
 * identical and traces agree to 1e-9 relative: the generator may change the last bits (a
 * reciprocal instead of a division, a Taylor branch in exprel, and in the vector kernels an exp
 * of its own that differs from {@code Math.exp} by up to an ulp), never more. Both the vector
 * kernels ({@link Backend#COMPILED}, where the model allows) and the scalar ones are checked.
 */
class BackendAgreementTest {

    static Stream<Arguments> models() {
        NeuronModel adaptiveExp = NeuronModel.of("aeif", """
                dv/dt = (gL*(EL - v) + gL*DT*exp((v - VT)/DT) - w + I)/C : volt (unless refractory)
                dw/dt = (a*(v - EL) - w)/tau_w : amp
                I : amp
                C : farad (shared, constant)
                gL : siemens (shared, constant)
                EL : volt (shared, constant)
                VT : volt (shared, constant)
                DT : volt (shared, constant)
                a : siemens (shared, constant)
                tau_w : second (shared, constant)
                """).threshold("v > VT + 5*DT").reset("v = EL + 5*mV; w += 80*pA").refractory(ms.of(1))
            .with("C", "281 pF").with("gL", "30 nS").with("EL", "-70.6 mV").with("VT", "-50.4 mV").with("DT", "2 mV")
            .with("a", "4 nS").with("tau_w", "144 ms").with("v", "-70.6 mV");
        NeuronModel coupled = NeuronModel.of("exp_syn", """
                dv/dt = (El - v + R*(Is + I))/tau : volt (unless refractory)
                dIs/dt = (0.2*nA - Is)/tau_s : amp
                I : amp (constant)
                tau : second (constant)
                El : volt (shared, constant)
                R : ohm (shared, constant)
                tau_s : second (shared, constant)
                """).threshold("v > -50*mV").reset("v = El").refractory("1*ms + 2*ms*i/N")
            .with("El", "-65 mV").with("R", "100 Mohm").with("tau_s", "5 ms").with("v", "-65 mV");
        NeuronModel driven = NeuronModel.of("driven", """
                dv/dt = (-v + stim(t) + col(t, i))/tau : volt
                tau : second (shared, constant)
                """).threshold("v > 12*mV").reset("v = 0*mV").method("rk2").with("tau", "10 ms")
            .function("stim", TimedArray.of(new double[] {5, 20, 8}, org.synfire.units.Units.mV, ms.of(30)))
            .function("col", TimedArray.perNeuron(new double[][] {{0, 1, 2, 3}, {4, 3, 2, 1}}, org.synfire.units.Units.mV, ms.of(50)));
        NeuronModel noisyLif = NeuronModel.of("noisy_lif", """
                dv/dt = (El - v + R*I)/tau + sigma*sqrt(2/tau)*xi : volt (unless refractory)
                I : amp
                tau : second (constant)
                El : volt (shared, constant)
                R : ohm (shared, constant)
                sigma : volt (shared, constant)
                z = randn() : 1
                """).threshold("v > -50*mV + z*mV").reset("v = El + z*mV").refractory(ms.of(2))
            .with("El", "-65 mV").with("R", "100 Mohm").with("sigma", "3 mV").with("v", "-65 mV");
        NeuronModel multiplicative = NeuronModel.of("noisy_gain", """
                dv/dt = (El - v + R*I*g)/tau : volt (unless refractory)
                dg/dt = (1 - g)/tau_g + s*g*xi : 1
                I : amp
                tau : second (constant)
                El : volt (shared, constant)
                R : ohm (shared, constant)
                tau_g : second (shared, constant)
                s : second**-0.5 (shared, constant)
                """).threshold("v > -50*mV").reset("v = El").refractory(ms.of(2))
            .with("El", "-65 mV").with("R", "100 Mohm").with("tau_g", "20 ms").with("s", "2 second**-0.5").with("v", "-65 mV").with("g", "1");
        return Stream.of(
            Arguments.of("lif (exact)", Library.lif(), 8, "0.14*nA + i*30*pA", "v"),
            Arguments.of("lif with white noise (Euler–Maruyama)", noisyLif, 6, "0.2*nA + i*20*pA", "v"),
            Arguments.of("multiplicative noise (Milstein)", multiplicative, 6, "0.2*nA + i*20*pA", "g"),
            Arguments.of("coupled, per-neuron tau (exact)", coupled, 8, "0.1*nA + i*20*pA", "Is"),
            Arguments.of("Traub-Miles HH (exponential Euler, shared calls)", Library.traubMiles(), 6, "i*0.2*nA", "m"),
            Arguments.of("Hodgkin-Huxley 1952 (refractory while v > -20 mV)", Library.hodgkinHuxley(), 5, "(8 + i*4)*uA/cm**2", "h"),
            Arguments.of("adaptive exponential (rk4)", adaptiveExp, 4, "0.5*nA + i*0.2*nA", "w"),
            Arguments.of("tabulated input (rk2)", driven, 4, null, "v"),
            Arguments.of("lif (euler)", Library.lif().method("euler"), 5, "0.2*nA + i*50*pA", "v"));
    }

    static Stream<Arguments> modelsAndBackends() {
        return models().flatMap(m -> Stream.of(Backend.COMPILED, Backend.SCALAR).map(b -> {
            Object[] args = java.util.Arrays.copyOf(m.get(), 6);
            args[5] = b;
            return Arguments.of(args);
        }));
    }

    @ParameterizedTest(name = "{0}, {5}")
    @MethodSource("modelsAndBackends")
    void compiledKernelsAgreeWithTheInterpreter(String label, NeuronModel model, int n, String current, String variable, Backend backend) {
        Network net = Network.create();
        GroupSpec g = net.group("g", n, model, b -> {
            if (current != null) {
                b.set("I", current);
            }
            if (model.equations().get("tau") != null && !model.defaults().containsKey("tau")) {
                b.set("tau", "8*ms + i*1*ms");
            }
        });
        SpikeProbeSpec spikes = net.probe(Probe.spikes(g));
        StateProbeSpec trace = net.probe(Probe.state(g, variable).neurons(0, n - 1).every(ms.of(0.5)));
        NetworkSpec spec = net.spec();
        Simulation compiled = Simulation.build(spec, backend).run(ms.of(150));
        Simulation interpreted = Simulation.build(spec, Backend.INTERPRETED).run(ms.of(150));
        assertTrue(compiled.data(spikes).count() > n, label + " spikes: " + compiled.data(spikes).count());
        assertArrayEquals(interpreted.data(spikes).indices(), compiled.data(spikes).indices(), label);
        assertArrayEquals(interpreted.data(spikes).times(ms), compiled.data(spikes).times(ms), 1e-12, label);
        StateTrace a = compiled.data(trace);
        StateTrace b = interpreted.data(trace);
        for (int p = 0; p < 2; p++) {
            double scale = 0;
            for (int k = 0; k < b.samples(); k++) {
                scale = Math.max(scale, Math.abs(b.value(variable, p, k).si()));
            }
            assertTrue(scale > 0 && Double.isFinite(scale), label + ": the trace is finite and not all zero");
            for (int k = 0; k < a.samples(); k++) {
                assertEquals(b.value(variable, p, k).si(), a.value(variable, p, k).si(), 1e-9 * scale, label + " sample " + k);
            }
        }
    }
}
