// Synfire side of the cable benchmark (see cable_bench.py, which runs it beside Brian2's SpatialNeuron).
//
// Hodgkin and Huxley's squid axon, Library.hodgkinHuxleyMembrane() (brian2_cable_bench.py runs the
// same equations with rest at 0 mV instead of -65 mV): a cylinder 10 cm long, 476 um thick, cut
// into N compartments (default 1,000), at 18.5 °C, dt = 10 us, with 2 uA injected at compartment 0
// for the whole run (a train of action potentials), spikes counted where v rises through -20 mV at
// the middle compartment. Prints one line of JSON: build_s, run_s
// (Simulation.runSeconds(), the loop only), jvm_s, threads, spikes.
//
// Run: cable_bench.py compiles it into a temporary folder and runs the class directly.
import static org.synfire.units.Units.cm;
import static org.synfire.units.Units.second;
import static org.synfire.units.Units.uA;
import static org.synfire.units.Units.um;
import static org.synfire.units.Units.us;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.synfire.model.GroupSpec;
import org.synfire.model.Network;
import org.synfire.model.Probe;
import org.synfire.model.SpikeProbeSpec;
import org.synfire.model.library.Library;
import org.synfire.model.morphology.Morphology;
import org.synfire.sim.Simulation;

public final class CableBench {
    public static void main(String[] args) {
        int n = 1000;
        double duration = 0.1;
        int threads = 0;
        for (int k = 0; k < args.length; k += 2) {
            switch (args[k]) {
                case "--n" -> n = Integer.parseInt(args[k + 1]);
                case "--duration" -> duration = Double.parseDouble(args[k + 1]);
                case "--threads" -> threads = Integer.parseInt(args[k + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[k] + "; use --n N --duration SECONDS [--threads N]");
            }
        }
        long start = System.nanoTime();
        int compartments = n;
        Morphology axon = Morphology.builder().axon("axon", s -> s.length(cm.of(10)).diameter(um.of(476)).compartments(compartments)).build();
        Network net = Network.create().dt(us.of(10));
        GroupSpec g = net.spatial("axon", 1, axon, Library.hodgkinHuxleyMembrane(), b -> b.set("Cm", "1*uF/cm**2")
            .set("Ri", "35.4*ohm*cm").set("v", "-65*mV").set("phi", "3.8222")
            .at("axon", um.of(0), s -> s.set("I", uA.of(2))).spikesAt("axon", cm.of(5)));
        SpikeProbeSpec spikes = net.probe(Probe.spikes(g));
        Simulation sim = Simulation.build(net);
        if (threads > 0) {
            sim.threads(threads);
        }
        double build = (System.nanoTime() - start) * 1e-9;
        sim.run(second.of(duration));
        System.out.printf(Locale.ROOT, "{\"simulator\":\"synfire\",\"n\":%d,\"duration_s\":%s,\"threads\":%d,\"build_s\":%.4f,"
                + "\"run_s\":%.4f,\"jvm_s\":%.4f,\"spikes\":%d}%n", n, duration, sim.threads(), build, sim.runSeconds(),
            ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0, sim.data(spikes).count());
    }
}
