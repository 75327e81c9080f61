package org.synfire.model.library;

import java.util.List;
import org.synfire.connectivity.Connect;
import org.synfire.model.GroupSpec;
import org.synfire.model.Network;
import org.synfire.model.NeuronModel;
import org.synfire.model.Probe;
import org.synfire.model.SpikeProbeSpec;
import org.synfire.model.SynapseModel;
import org.synfire.units.Units;

/**
 * The classic networks of the literature, built from the library's templates, so tests,
 * benchmarks, scripts and tutorials run one and the same definition.
 *
 * <pre>{@code
 * ReferenceNetworks.Built cuba = ReferenceNetworks.cuba(1);
 * Simulation sim = Builder.build(cuba.network()).run(Units.second.of(1));
 * sim.spikes(cuba.spikes().get(0)).count();
 * }</pre>
 */
public final class ReferenceNetworks {
    private ReferenceNetworks() {
    }

    /**
     * A network with probes on every population's spikes.
     *
     * @param network the network, ready to build (more probes may be added)
     * @param spikes  one spike probe per population, in the order the network lists them
     */
    public record Built(Network network, List<SpikeProbeSpec> spikes) {
        public Built {
            spikes = List.copyOf(spikes);
        }
    }

    /**
     * The current-based network of Vogels &amp; Abbott (2005) as benchmarked by Brette et al.
     * (2007, benchmark 2, "CUBA") and as in Brian2's {@code CUBA.py}: 3,200 excitatory and 800
     * inhibitory leaky integrate-and-fire neurons (τm = 20 ms, El = −49 mV, threshold −50 mV,
     * reset −60 mV, 5 ms refractory), connected with probability 0.02, exponential synaptic
     * currents (τe = 5 ms, τi = 10 ms) that jump by 1.62 mV and −9 mV, no delay. Initial
     * potentials are uniform between reset and threshold. Self-sustained activity of about
     * 15–20 Hz without external input.
     *
     * @param seed the seed of connectivity and initial values
     */
    public static Built cuba(long seed) {
        NeuronModel lif = NeuronModel.of("cuba_lif", """
                dv/dt = (ge + gi - (v - El))/taum : volt (unless refractory)
                dge/dt = -ge/taue : volt
                dgi/dt = -gi/taui : volt
                El : volt (shared, constant)
                taum : second (shared, constant)
                taue : second (shared, constant)
                taui : second (shared, constant)
                Vt : volt (shared, constant)
                Vr : volt (shared, constant)
                tref : second (shared, constant)
                """)
            .threshold("v > Vt").reset("v = Vr").refractory("tref")
            .with("El", "-49 mV").with("taum", "20 ms").with("taue", "5 ms").with("taui", "10 ms")
            .with("Vt", "-50 mV").with("Vr", "-60 mV").with("tref", "5 ms")
            .describedAs("CUBA neuron: LIF with exponential excitatory and inhibitory currents in volts (Brette et al. 2007).");
        Network net = Network.create().dt(Units.ms.of(0.1)).seed(seed);
        GroupSpec exc = net.group("exc", 3200, lif, g -> g.set("v", "Vr + rand()*(Vt - Vr)"));
        GroupSpec inh = net.group("inh", 800, lif, g -> g.set("v", "Vr + rand()*(Vt - Vr)"));
        SynapseModel excitatory = SynapseModel.onSpike("ge += we").constant("we", Units.mV.of(60 * 0.27 / 10));
        SynapseModel inhibitory = SynapseModel.onSpike("gi += wi").constant("wi", Units.mV.of(-20 * 4.5 / 10));
        for (GroupSpec target : List.of(exc, inh)) {
            net.connect("exc_" + target.name(), exc, target, excitatory, Connect.probability(0.02));
            net.connect("inh_" + target.name(), inh, target, inhibitory, Connect.probability(0.02));
        }
        return new Built(net, List.of(net.probe(Probe.spikes(exc)), net.probe(Probe.spikes(inh))));
    }
}
