// Synfire side of the cable benchmarks (see cable_bench.py, which runs it beside Brian2's SpatialNeuron).
//
// --model axon (default): Hodgkin and Huxley's squid axon, Library.hodgkinHuxleyMembrane()
// (brian2_cable_bench.py runs the same equations with rest at 0 mV instead of -65 mV): a cylinder
// 10 cm long, 476 um thick, cut into N compartments (default 1,000), at 18.5 °C, dt = 10 us, with
// 2 uA injected at compartment 0 for the whole run (a train of action potentials), spikes counted
// where v rises through -20 mV at the middle compartment.
//
// --model network: N ball-and-stick neurons (default 100; soma 20 um, a dendrite 500 um long and
// 2 um thick in 49 compartments, 50 compartments per neuron), Hodgkin-Huxley sodium and potassium
// channels in the soma only, a passive dendrite, dt = 10 us. A constant current into each soma,
// growing with the neuron's number (0.05 nA to 0.248 nA), makes some fire on their own at different rates, and
// each soma's spikes reach the dendrites of the next 10 neurons (in a ring) through excitatory
// synapses after 1 ms: a conductance of 2 nS that jumps at compartment 4, 9, ..., 49 of the
// dendrite and decays with 2 ms. The same network as brian2_cable_bench.py's; spikes are the
// somas' spikes.
//
// Prints one line of JSON: build_s, run_s (Simulation.runSeconds(), the loop only, wall time),
// run_cpu_s (the process's CPU time over the loop, every thread's: what Brian2's C++ standalone
// reports as its run time, std::clock()), jvm_s, threads, spikes. Run: cable_bench.py compiles it into a temporary folder and runs the class directly.
import static org.synfire.units.Units.cm;
import static org.synfire.units.Units.ms;
import static org.synfire.units.Units.second;
import static org.synfire.units.Units.uA;
import static org.synfire.units.Units.um;
import static org.synfire.units.Units.us;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.synfire.connectivity.Connect;
import org.synfire.model.GroupSpec;
import org.synfire.model.Network;
import org.synfire.model.NeuronModel;
import org.synfire.model.Probe;
import org.synfire.model.SpikeProbeSpec;
import org.synfire.model.SynapseModel;
import org.synfire.model.library.Library;
import org.synfire.model.morphology.Morphology;
import org.synfire.sim.Simulation;
import org.synfire.units.Quantity;

public final class CableBench {
    /** Compartments of one ball-and-stick neuron: the soma and 49 of the dendrite. */
    static final int BALL_AND_STICK = 50;
    /** Each neuron's synapses reach the next this many neurons of the ring. */
    static final int FAN_OUT = 10;

    // Library.hodgkinHuxleyMembrane()'s channels (NEURON's hh.mod, here at 6.3 °C) with an exponential synaptic
    // conductance at each compartment, a point current there.
    static final NeuronModel BALL_AND_STICK_MODEL = NeuronModel.of("bench_ball_and_stick",
            Library.hodgkinHuxleyMembrane().equations().source().text() + """

            Is = gs*(Es - v) : amp (point current)
            dgs/dt = -gs/taus : siemens
            """).method("exponential_euler").threshold("v > -20*mV").refractory("v > -20*mV")
        .constant("Es", Quantity.parse("0 mV")).constant("taus", Quantity.parse("2 ms"))
        .with("ENa", "50 mV").with("EK", "-77 mV").with("phi", "1")
        .with("m", "0.0529325").with("h", "0.5961208").with("n", "0.3176769");

    public static void main(String[] args) {
        String model = "axon";
        int n = -1;
        double duration = 0.1;
        int threads = 0;
        for (int k = 0; k < args.length; k += 2) {
            switch (args[k]) {
                case "--model" -> model = args[k + 1];
                case "--n" -> n = Integer.parseInt(args[k + 1]);
                case "--duration" -> duration = Double.parseDouble(args[k + 1]);
                case "--threads" -> threads = Integer.parseInt(args[k + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[k]
                    + "; use --model axon|network --n COMPARTMENTS_OR_CELLS --duration SECONDS [--threads N]");
            }
        }
        if (!model.equals("axon") && !model.equals("network")) {
            throw new IllegalArgumentException("unknown model " + model + "; use axon or network");
        }
        int size = n > 0 ? n : model.equals("axon") ? 1000 : 100;
        long start = System.nanoTime();
        Network net = Network.create().dt(us.of(10));
        SpikeProbeSpec spikes = model.equals("axon") ? axon(net, size) : network(net, size);
        Simulation sim = Simulation.build(net);
        if (threads > 0) {
            sim.threads(threads);
        }
        double build = (System.nanoTime() - start) * 1e-9;
        ProcessCpu cpu = ProcessCpu.now();
        sim.run(second.of(duration));
        double runCpu = ProcessCpu.secondsSince(cpu);
        System.out.printf(Locale.ROOT, "{\"simulator\":\"synfire\",\"model\":\"%s\",\"n\":%d,\"duration_s\":%s,\"threads\":%d,\"build_s\":%.4f,"
                + "\"run_s\":%.4f,\"run_cpu_s\":%.4f,\"jvm_s\":%.4f,\"spikes\":%d}%n", model, size, duration, sim.threads(), build,
            sim.runSeconds(), runCpu, ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0, sim.data(spikes).count());
    }

    /** The squid axon of {@code compartments} compartments, driven at one end; spikes at its middle. */
    static SpikeProbeSpec axon(Network net, int compartments) {
        Morphology axon = Morphology.builder().axon("axon", s -> s.length(cm.of(10)).diameter(um.of(476)).compartments(compartments)).build();
        GroupSpec g = net.spatial("axon", 1, axon, Library.hodgkinHuxleyMembrane(), b -> b.set("Cm", "1*uF/cm**2")
            .set("Ri", "35.4*ohm*cm").set("v", "-65*mV").set("phi", "3.8222")
            .at("axon", um.of(0), s -> s.set("I", uA.of(2))).spikesAt("axon", cm.of(5)));
        return net.probe(Probe.spikes(g));
    }

    /** {@code neurons} ball-and-stick neurons in a ring of dendritic synapses; spikes at the somas. */
    static SpikeProbeSpec network(Network net, int neurons) {
        Morphology shape = Morphology.builder().soma(um.of(20))
            .dendrite("dend", s -> s.length(um.of(500)).diameter(um.of(2)).compartments(BALL_AND_STICK - 1)).build();
        GroupSpec cells = net.spatial("cells", neurons, shape, BALL_AND_STICK_MODEL, b -> b.set("Cm", "1*uF/cm**2")
            .set("Ri", "100*ohm*cm").set("v", "-65*mV").set("gNa", "0*siemens/meter**2").set("gK", "0*siemens/meter**2")
            .set("gL", "0.1*mS/cm**2").set("EL", "-65*mV")
            .section("soma", s -> s.set("gNa", "120*mS/cm**2").set("gK", "36*mS/cm**2").set("gL", "0.3*mS/cm**2")
                .set("EL", "-54.387*mV")));
        // One current per soma (element n*50), the neuron's number n read off the element index i.
        String neuron = "floor(i/" + BALL_AND_STICK + ")";
        net.configure(cells, g -> g.set("I", "(0.15 + 0.003*" + neuron + ")*nA*(1 - clip(i - " + BALL_AND_STICK + "*" + neuron + ", 0, 1))"));
        int[] sources = new int[neurons * FAN_OUT];
        int[] targets = new int[neurons * FAN_OUT];
        for (int k = 0; k < neurons; k++) {
            for (int f = 0; f < FAN_OUT; f++) {
                sources[k * FAN_OUT + f] = k * BALL_AND_STICK;
                targets[k * FAN_OUT + f] = (k + 1 + f) % neurons * BALL_AND_STICK + 5 * f + 4;
            }
        }
        net.connect("ring", cells, cells, SynapseModel.of("excitatory", "w : siemens (constant)").onPre("gs_post += w"),
            Connect.explicit(sources, targets), p -> p.set("w", "2*nS").delay(ms.of(1)));
        return net.probe(Probe.spikes(cells));
    }
}
