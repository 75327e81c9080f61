// Synfire side of the network benchmark (see network_bench.py, which runs it beside Brian2).
//
// Builds a reference network from the library (--network cuba|coba|cobahh|brunel, the last in its
// asynchronous irregular regime, g = 6, eta = 4), runs it for --duration seconds of
// biological time and prints one line of JSON: build_s (check, codegen, compile, connectivity,
// allocation), run_s (the simulation loop only, Simulation.runSeconds()), threads, spikes,
// synapses, events (synaptic events delivered: each spike times its source's out-degree),
// bytes_per_synapse (from the build report) and peak_rss_mb (VmHWM of this JVM).
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.synfire.build.Builder;
import org.synfire.engine.BuildReport;
import org.synfire.engine.ProjectionState;
import org.synfire.engine.Simulation;
import org.synfire.model.SpikeProbeSpec;
import org.synfire.model.library.ReferenceNetworks;
import org.synfire.units.Units;

public final class NetworkBench {
    public static void main(String[] args) throws Exception {
        String network = "cuba";
        double duration = 1.0;
        int threads = 0;
        for (int k = 0; k < args.length; k += 2) {
            switch (args[k]) {
                case "--network" -> network = args[k + 1];
                case "--duration" -> duration = Double.parseDouble(args[k + 1]);
                case "--threads" -> threads = Integer.parseInt(args[k + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[k] + "; use --network NAME --duration S [--threads N]");
            }
        }
        long t0 = System.nanoTime();
        ReferenceNetworks.Built built = switch (network) {
            case "cuba" -> ReferenceNetworks.cuba(1);
            case "coba" -> ReferenceNetworks.coba(1);
            case "cobahh" -> ReferenceNetworks.cobahh(1);
            case "brunel" -> ReferenceNetworks.brunel(6, 4, 1);
            default -> throw new IllegalArgumentException("unknown network " + network + "; known: cuba, coba, cobahh, brunel");
        };
        Simulation sim = Builder.build(built.network());
        double build = (System.nanoTime() - t0) * 1e-9;
        if (threads > 0) {
            sim.threads(threads);
        }
        sim.run(Units.second.of(duration));
        long spikes = 0;
        long events = 0;
        String[] names = {"exc", "inh"};
        for (int g = 0; g < names.length; g++) {
            SpikeProbeSpec probe = built.spikes().get(g);
            int[] counts = sim.spikes(probe).counts();
            for (int c : counts) {
                spikes += c;
            }
            for (String target : names) {
                ProjectionState p = sim.projection(names[g] + "_" + target);
                for (int source : p.sources()) {
                    events += counts[source];
                }
            }
        }
        long synapses = 0;
        long bytes = 0;
        for (BuildReport.ProjectionReport p : sim.report().projections()) {
            synapses += p.synapses();
            bytes += p.bytes();
        }
        double peak = 0;
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                peak = Double.parseDouble(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        System.out.println(String.format(Locale.ROOT,
            "{\"simulator\":\"synfire\",\"network\":\"%s\",\"build_s\":%.4f,\"run_s\":%.4f,\"threads\":%d,\"spikes\":%d,"
                + "\"synapses\":%d,\"events\":%d,\"bytes_per_synapse\":%.2f,\"peak_rss_mb\":%.1f}",
            network, build, sim.runSeconds(), sim.threads(), spikes, synapses, events, (double) bytes / synapses, peak));
    }
}
