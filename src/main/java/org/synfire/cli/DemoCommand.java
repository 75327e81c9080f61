package org.synfire.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.synfire.build.BuildReport;
import org.synfire.sim.Simulation;
import org.synfire.model.GroupSpec;
import org.synfire.model.Network;
import org.synfire.model.Probe;
import org.synfire.model.SpikeProbeSpec;
import org.synfire.model.StateProbeSpec;
import org.synfire.model.library.Library;
import org.synfire.model.library.ReferenceNetworks;
import org.synfire.probe.SpikeTrains;
import org.synfire.probe.StateTrace;
import org.synfire.units.Quantity;
import org.synfire.units.Units;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code synfire demo}: builds and runs a real simulation and prints what it found: the build
 * report, the f–I curve of LIF neurons against the analytic formula, a spike raster and a
 * membrane trace, then the CUBA network's rates and population activity, all as text.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Simulates 12 leaky integrate-and-fire neurons driven by constant currents from 0.1 to 0.65 nA "
        + "(tau 10 ms, R 100 Mohm, threshold 15 mV above rest, refractory 2 ms) and prints the build report, measured "
        + "against analytic firing rates, a spike raster of the first 200 ms and the membrane trace of one neuron; then "
        + "runs the CUBA network of Brette et al. (2007) (4,000 neurons, 320,000 synapses) and prints its rates and "
        + "population activity."},
    footer = {"", "Example: synfire demo --duration 2s"})
final class DemoCommand implements Callable<Integer> {
    private final PrintStream out;

    @Option(names = "--duration", paramLabel = "TIME", converter = Main.DurationConverter.class,
        description = "biological time to simulate (default: ${DEFAULT-VALUE}), e.g. 500ms, 2s", defaultValue = "1s")
    Quantity duration;

    DemoCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        demo(duration, out);
        return 0;
    }

    static void demo(Quantity duration, PrintStream out) {
        int n = 12;
        Network net = Network.create().dt(Units.ms.of(0.1)).seed(1);
        GroupSpec lif = net.group("lif", n, Library.lif(), g -> g.set("I", "0.1*nA + 0.05*nA*i"));
        SpikeProbeSpec spikes = net.probe(Probe.spikes(lif));
        StateProbeSpec trace = net.probe(Probe.state(lif, "v").neurons(n - 1).every(Units.ms.of(0.5)));
        Simulation sim = Simulation.build(net);
        out.print(sim.report());
        sim.run(duration);
        out.printf(Locale.ROOT, "Simulated %s in %.3f s of wall time.%n%n", sim.t(), sim.runSeconds());

        SpikeTrains s = sim.data(spikes);
        double seconds = duration.in(Units.second);
        out.println("  I (nA)   rate (Hz)   analytic (Hz)");
        int[] counts = s.counts();
        for (int i = 0; i < n; i++) {
            double current = 0.1 + 0.05 * i;
            double drive = 100e6 * current * 1e-9;
            // At rheobase (drive = 15 mV) the membrane only approaches threshold: no spikes.
            double analytic = drive <= 15e-3 * (1 + 1e-9) ? 0 : 1 / (2e-3 + 10e-3 * Math.log(drive / (drive - 15e-3)));
            out.printf(Locale.ROOT, "  %6.2f   %9.1f   %13.1f%n", current, counts[i] / seconds, analytic);
        }

        out.println("  (rates are spike counts over the run; the 0.1 ms grid delays each threshold crossing by up to one step)");

        double window = Math.min(200, seconds * 1000);
        out.printf(Locale.ROOT, "%nSpike raster, 0-%.0f ms (one column per 2.5 ms):%n", window);
        int columns = (int) (window / 2.5);
        for (int i = n - 1; i >= 0; i--) {
            char[] row = " ".repeat(columns).toCharArray();
            for (double t : s.timesOf(i, Units.ms)) {
                if (t < window) {
                    row[Math.min(columns - 1, (int) (t / 2.5))] = '|';
                }
            }
            out.printf(Locale.ROOT, "  %5.2f nA %s%n", 0.1 + 0.05 * i, new String(row));
        }

        StateTrace v = sim.data(trace);
        double[] t = v.times(Units.ms);
        double[] mv = v.values("v", 0, Units.mV);
        out.printf(Locale.ROOT, "%nMembrane potential of the %.2f nA neuron, first 30 ms (mV):%n", 0.1 + 0.05 * (n - 1));
        for (int k = 0; k < t.length && t[k] <= 30; k += 2) {
            int bar = (int) Math.round((mv[k] + 66) * 2);
            out.printf(Locale.ROOT, "  %5.1f ms %7.2f %s%n", t[k], mv[k], "#".repeat(Math.max(0, bar)));
        }
        network(duration, out);
    }

    /** The CUBA network: rates of both populations and the excitatory population rate over time. */
    static void network(Quantity duration, PrintStream out) {
        ReferenceNetworks.Built cuba = ReferenceNetworks.cuba(1);
        Simulation sim = Simulation.build(cuba.network());
        long synapses = sim.report().projections().stream().mapToLong(BuildReport.ProjectionReport::synapses).sum();
        out.printf(Locale.ROOT, "%nCUBA network (Brette et al. 2007): 4000 LIF neurons, %d synapses, built in %.0f ms%n",
            synapses, sim.report().totalMillis());
        sim.run(duration);
        double seconds = duration.in(Units.second);
        SpikeTrains exc = sim.data(cuba.spikes().get(0));
        SpikeTrains inh = sim.data(cuba.spikes().get(1));
        out.printf(Locale.ROOT, "Simulated %s in %.3f s of wall time on %d thread(s): excitatory %.2f Hz, inhibitory %.2f Hz "
            + "(Brian2 gives 5.7 and 5.7 Hz; scripts/reference/brian2_networks.py)%n", sim.t(), sim.runSeconds(), sim.threads(),
            exc.count() / 3200.0 / seconds, inh.count() / 800.0 / seconds);
        int bins = (int) Math.min(40, Math.max(1, seconds * 1000 / 10));
        int[] perBin = new int[bins];
        for (double t : exc.times(Units.ms)) {
            int b = (int) (t / 10);
            if (b < bins) {
                perBin[b]++;
            }
        }
        out.println("Excitatory population rate, 10 ms bins (Hz):");
        for (int b = 0; b < bins; b++) {
            double rate = perBin[b] / 3200.0 / 0.01;
            out.printf(Locale.ROOT, "  %4d ms %6.1f %s%n", b * 10, rate, "#".repeat((int) Math.round(rate)));
        }
    }
}
