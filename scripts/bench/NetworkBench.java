// Synfire side of the network benchmark (see network_bench.py, which runs it beside Brian2).
//
// Builds a reference network from the library (--network cuba|coba|cobahh|brunel|song|microcircuit; brunel in its
// fast synchronous irregular regime of Fig. 8B, g = 6, eta = 4; cuba with --neurons N [--in-degree K]
// is CUBA scaled to N neurons with a fixed in-degree, default 100; microcircuit with --scale S
// [--background poisson|dc] is Potjans & Diesmann's at S of its neurons and in-degrees), runs it for --duration seconds of
// biological time and prints one line of JSON: build_s (check, codegen, compile, connectivity,
// allocation), run_s (the simulation loop only, Simulation.runSeconds()), run_cpu_s (the process's
// CPU time over the loop), threads, spikes,
// synapses, events (synaptic events delivered: each spike times its source's out-degree),
// bytes_per_synapse (of a synapse, from the build report), heap_mb (live heap after the build, measured after a
// full GC) and peak_rss_mb (VmHWM of this JVM).
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.synfire.build.BuildReport;
import org.synfire.sim.Simulation;
import java.util.LinkedHashMap;
import java.util.Map;
import org.synfire.model.PopulationSpec;
import org.synfire.model.Probe;
import org.synfire.model.SpikeProbeSpec;
import org.synfire.probe.SpikeTrains;
import org.synfire.model.library.Microcircuit;
import org.synfire.model.library.ReferenceNetworks;
import org.synfire.units.Units;

public final class NetworkBench {
    public static void main(String[] args) throws Exception {
        String network = "cuba";
        double duration = 1.0;
        int threads = 0;
        int neurons = 0;
        int inDegree = 100;
        double scale = 0.1;
        boolean poisson = true;
        for (int k = 0; k < args.length; k += 2) {
            switch (args[k]) {
                case "--network" -> network = args[k + 1];
                case "--duration" -> duration = Double.parseDouble(args[k + 1]);
                case "--threads" -> threads = Integer.parseInt(args[k + 1]);
                case "--neurons" -> neurons = Integer.parseInt(args[k + 1]);
                case "--in-degree" -> inDegree = Integer.parseInt(args[k + 1]);
                case "--scale" -> scale = Double.parseDouble(args[k + 1]);
                case "--background" -> poisson = switch (args[k + 1]) {
                    case "poisson" -> true;
                    case "dc" -> false;
                    default -> throw new IllegalArgumentException("--background " + args[k + 1] + ": give poisson or dc");
                };
                default -> throw new IllegalArgumentException("unknown option " + args[k]
                    + "; use --network NAME --duration S [--threads N] [--neurons N --in-degree K] [--scale S --background poisson|dc]");
            }
        }
        if (neurons > 0 && !network.equals("cuba")) {
            throw new IllegalArgumentException("--neurons scales the cuba network only");
        }
        long t0 = System.nanoTime();
        ReferenceNetworks.Built built = switch (network) {
            case "cuba" -> neurons > 0 ? ReferenceNetworks.cuba(neurons, inDegree, 1) : ReferenceNetworks.cuba(1);
            case "coba" -> ReferenceNetworks.coba(1);
            case "cobahh" -> ReferenceNetworks.cobahh(1);
            case "brunel" -> ReferenceNetworks.brunel(6, 4, 1);
            case "song" -> ReferenceNetworks.songMillerAbbott(1);
            case "microcircuit" -> poisson ? Microcircuit.scaled(scale).build() : Microcircuit.scaled(scale).dcBackground().build();
            default -> throw new IllegalArgumentException("unknown network " + network + "; known: cuba, coba, cobahh, brunel, song, microcircuit");
        };
        // Every population's spikes, to count synaptic events: each spike times its out-degree.
        Map<String, SpikeProbeSpec> probes = new LinkedHashMap<>();
        built.spikes().forEach(p -> probes.put(p.target(), p));
        for (PopulationSpec p : built.network().spec().populations()) {
            probes.computeIfAbsent(p.name(), name -> built.network().probe(Probe.spikes(p)));
        }
        Simulation sim = Simulation.build(built.network());
        double build = (System.nanoTime() - t0) * 1e-9;
        System.gc();
        double heap = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1048576.0;
        if (threads > 0) {
            sim.threads(threads);
        }
        // CPU time of the whole process over the run: on a machine others load, wall time includes the
        // time the run waits for a core, CPU time only the work (workers, and any GC or JIT beside them).
        ProcessCpu cpu0 = ProcessCpu.now();
        sim.run(Units.second.of(duration));
        double runCpu = ProcessCpu.secondsSince(cpu0);
        Map<String, int[]> counts = new LinkedHashMap<>();
        long spikes = 0;
        for (Map.Entry<String, SpikeProbeSpec> e : probes.entrySet()) {
            SpikeTrains trains = sim.data(e.getValue());
            counts.put(e.getKey(), trains.counts());
            spikes += trains.count();
        }
        long events = 0;
        long synapses = 0;
        long bytes = 0;
        for (BuildReport.ProjectionReport p : sim.report().projections()) {
            int[] fired = counts.get(p.source());
            int[] outDegrees = sim.projection(p.name()).outDegrees();
            for (int source = 0; source < outDegrees.length; source++) {
                events += (long) fired[source] * outDegrees[source];
            }
            synapses += p.synapses();
            bytes += (long) p.synapses() * p.synapseBytes();
        }
        double peak = 0;
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                peak = Double.parseDouble(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        System.out.println(String.format(Locale.ROOT,
            "{\"simulator\":\"synfire\",\"network\":\"%s\",\"build_s\":%.4f,\"run_s\":%.4f,\"run_cpu_s\":%.4f,\"threads\":%d,\"spikes\":%d,"
                + "\"synapses\":%d,\"events\":%d,\"bytes_per_synapse\":%.2f,\"heap_mb\":%.1f,\"peak_rss_mb\":%.1f}",
            network, build, sim.runSeconds(), runCpu, sim.threads(), spikes, synapses, events, (double) bytes / synapses, heap, peak));
    }
}
