package org.synfire.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synfire.units.Units.ms;

import org.junit.jupiter.api.Test;
import org.synfire.connectivity.Connect;
import org.synfire.sim.Simulation;
import org.synfire.model.GroupSpec;
import org.synfire.model.Network;
import org.synfire.model.NeuronModel;
import org.synfire.model.Probe;
import org.synfire.model.SpikeProbeSpec;
import org.synfire.model.SynapseModel;
import org.synfire.model.library.Library;
import org.synfire.model.library.ReferenceNetworks;
import org.synfire.probe.SpikeTrains;
import org.synfire.units.Units;

/**
 * The same seed gives bit-identical spikes and synaptic state on 1, 2 and 4 threads, on a network
 * with Poisson input, random connectivity and every delivery path: spike queues with a
 * homogeneous delay, the ring buffer of per-synapse delays, synapse queues of per-synapse delays
 * with STDP, on_post plasticity and Poisson input.
 */
class NetworkThreadsTest {

    private record Outcome(SpikeTrains exc, SpikeTrains inh, SpikeTrains noisy, double[] weights) {
    }

    private static Outcome run(int threads) {
        ReferenceNetworks.Built cuba = ReferenceNetworks.cuba(11);
        Network net = cuba.network();
        GroupSpec exc = (GroupSpec) net.spec().populations().get(0);
        GroupSpec drive = net.group("drive", 300, Library.poisson(Units.Hz.of(20)));
        net.connect("drive_exc", drive, exc, SynapseModel.onSpike("ge += 0.5*mV"), Connect.fixedInDegree(20),
            p -> p.delay("0.5*ms + rand()*2*ms"));
        SynapseModel counting = SynapseModel.of("counting", "w : volt").onPre("ge_post += w").onPost("w = w * 0.99");
        net.connect("plastic", exc, exc, counting, Connect.probability(0.01), p -> p.set("w", "rand()*0.5*mV").delay(ms.of(1)));
        net.connect("queued", exc, exc, Library.stdp("ge", "volt").with("wmax", "0.5 mV"), Connect.probability(0.01),
            p -> p.set("w", "rand()*0.5*mV").delay("rand()*3*ms"));
        net.poissonInput("ext", exc, "v", 100, Units.Hz.of(10), Units.mV.of(0.5));
        NeuronModel whiteNoise = NeuronModel.of("noisy", """
                dv/dt = (mu - v)/tau + sigma*sqrt(2/tau)*xi : volt (unless refractory)
                mu : volt (shared)
                sigma : volt (shared)
                tau : second (shared, constant)
                """).threshold("v > 20*mV").reset("v = 10*mV").refractory(ms.of(2))
            .with("mu", "15 mV").with("sigma", "5 mV").with("tau", "20 ms").with("v", "10 mV");
        GroupSpec noisy = net.group("noisy", 400, whiteNoise);
        SpikeProbeSpec noisySpikes = net.probe(Probe.spikes(noisy));
        net.connect("noisy_exc", noisy, exc, SynapseModel.onSpike("ge += 0.2*mV"), Connect.fixedInDegree(10));
        Simulation sim = Simulation.build(net).threads(threads);
        sim.run(ms.of(150)).run(ms.of(50));
        return new Outcome(sim.data(cuba.spikes().get(0)), sim.data(cuba.spikes().get(1)), sim.data(noisySpikes),
            concat(sim.projection("plastic").valuesSi("w"), sim.projection("queued").valuesSi("w")));
    }

    private static double[] concat(double[] a, double[] b) {
        double[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void spikesAndWeightsAreIdenticalOnAnyNumberOfThreads() {
        Outcome one = run(1);
        assertTrue(one.exc().count() > 1000, "the network is active: " + one.exc().count() + " spikes");
        assertTrue(one.noisy().count() > 500, "the noisy group fires: " + one.noisy().count() + " spikes");
        for (int threads : new int[] {2, 4}) {
            Outcome many = run(threads);
            assertArrayEquals(one.exc().indices(), many.exc().indices(), threads + " threads");
            assertArrayEquals(one.exc().times(ms), many.exc().times(ms), threads + " threads");
            assertArrayEquals(one.inh().indices(), many.inh().indices(), threads + " threads");
            assertArrayEquals(one.noisy().times(ms), many.noisy().times(ms), threads + " threads, white noise");
            assertArrayEquals(one.weights(), many.weights(), threads + " threads");
        }
    }
}
