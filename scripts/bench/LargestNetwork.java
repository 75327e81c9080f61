// How large a network fits in the heap: Brunel (2000) model A scaled up (--scale S: NE = 10,000 × S,
// NI = 2,500 × S, the same 1,000 + 250 synapses per neuron, g = 6, eta = 4), or CUBA with a fixed
// in-degree (--cuba N [--in-degree K]: N neurons, K synapses onto each, default 100, as the scaling
// benchmark runs it), built and run for --duration seconds. Prints one line of JSON: neurons,
// synapses, build_s, heap_mb (used after the build, after a GC), bytes_per_synapse (build report),
// run_s. largest_network.sh runs it under -Xmx20g for growing sizes.
import java.util.Locale;
import org.synfire.build.BuildReport;
import org.synfire.sim.Simulation;
import org.synfire.model.GroupSpec;
import org.synfire.model.Network;
import org.synfire.model.NeuronModel;
import org.synfire.model.Probe;
import org.synfire.model.SynapseModel;
import org.synfire.connectivity.Connect;
import org.synfire.model.library.ReferenceNetworks;
import org.synfire.units.Units;

public final class LargestNetwork {
    public static void main(String[] args) {
        int scale = 1;
        int cuba = 0;
        int inDegree = 100;
        double duration = 0.01;
        for (int k = 0; k < args.length; k += 2) {
            switch (args[k]) {
                case "--scale" -> scale = Integer.parseInt(args[k + 1]);
                case "--cuba" -> cuba = Integer.parseInt(args[k + 1]);
                case "--in-degree" -> inDegree = Integer.parseInt(args[k + 1]);
                case "--duration" -> duration = Double.parseDouble(args[k + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[k]
                    + "; use --scale S or --cuba N [--in-degree K], and --duration S");
            }
        }
        Network net = cuba > 0 ? ReferenceNetworks.cuba(cuba, inDegree, 1).network() : brunel(scale);
        long t0 = System.nanoTime();
        Simulation sim = Simulation.build(net);
        double build = (System.nanoTime() - t0) * 1e-9;
        System.gc();
        double heap = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1e6;
        long synapses = 0;
        long bytes = 0;
        for (BuildReport.ProjectionReport p : sim.report().projections()) {
            synapses += p.synapses();
            bytes += p.bytes();
        }
        sim.run(Units.second.of(duration));
        System.out.println(String.format(Locale.ROOT, "{\"neurons\":%d,\"synapses\":%d,\"build_s\":%.1f,\"heap_mb\":%.0f,"
                + "\"bytes_per_synapse\":%.2f,\"run_s\":%.2f,\"simulated_s\":%.3f,\"threads\":%d,\"spikes\":%d}",
            (long) sim.group("exc").size() + sim.group("inh").size(), synapses, build, heap, (double) bytes / synapses, sim.runSeconds(),
            duration, sim.threads(), sim.spikeCount("exc") + sim.spikeCount("inh")));
    }

    private static Network brunel(int scale) {
        NeuronModel lif = ((GroupSpec) ReferenceNetworks.brunel(6, 4, 1).network().spec().populations().get(0)).model();
        Network net = Network.create().seed(1);
        GroupSpec exc = net.group("exc", 10_000 * scale, lif, b -> b.set("v", "rand()*theta"));
        GroupSpec inh = net.group("inh", 2_500 * scale, lif, b -> b.set("v", "rand()*theta"));
        SynapseModel excitatory = SynapseModel.onSpike("v_post += 0.1*mV");
        SynapseModel inhibitory = SynapseModel.onSpike("v_post += -0.6*mV");
        for (GroupSpec target : new GroupSpec[] {exc, inh}) {
            net.connect("exc_" + target.name(), exc, target, excitatory, Connect.fixedInDegree(1000), p -> p.delay(Units.ms.of(1.5)));
            net.connect("inh_" + target.name(), inh, target, inhibitory, Connect.fixedInDegree(250), p -> p.delay(Units.ms.of(1.5)));
            net.poissonInput("ext_" + target.name(), target, "v", 1000, Units.Hz.of(40), Units.mV.of(0.1));
        }
        net.probe(Probe.rate(exc, Units.ms.of(1)));
        return net;
    }
}
