package example;

import static org.synfire.units.Units.ms;

import org.synfire.model.GroupSpec;
import org.synfire.model.Network;
import org.synfire.model.Probe;
import org.synfire.model.SpikeProbeSpec;
import org.synfire.model.library.Library;
import org.synfire.probe.SpikeTrains;
import org.synfire.sim.Simulation;

/** Ten LIF neurons driven by rising currents for half a second; prints each one's spike count. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Network net = Network.create().dt(ms.of(0.1)).seed(1);
        GroupSpec lif = net.group("lif", 10, Library.lif(), g -> g
            .set("I", "0.1*nA + i*50*pA")   // neuron i gets 0.1 nA plus 50 pA per index
            .set("v", "El"));
        SpikeProbeSpec spikes = net.probe(Probe.spikes(lif));
        Simulation sim = Simulation.build(net);
        sim.run(ms.of(500));
        SpikeTrains trains = sim.data(spikes);
        int[] counts = trains.counts();
        for (int i = 0; i < counts.length; i++) {
            System.out.println("neuron " + i + ": " + counts[i] + " spikes");
        }
        System.out.println(trains.count() + " spikes; v of neuron 0 is " + sim.group("lif").get("v", 0));
    }
}
