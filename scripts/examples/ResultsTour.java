// A tour of Synfire's results API: tables, analyses, neural codes and figures from one small run.
//
//   mvn -B -o -q compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
//   java -cp target/classes:$(cat target/classpath.txt) scripts/examples/ResultsTour.java out/tour
//
// Writes CSV tables and PNG/SVG figures into the folder given (default out/tour) and prints
// the numbers it finds.

import static org.synfire.units.Units.Hz;
import static org.synfire.units.Units.mV;
import static org.synfire.units.Units.ms;
import static org.synfire.units.Units.nA;
import static org.synfire.units.Units.pA;

import java.nio.file.Path;
import org.synfire.analysis.Counts;
import org.synfire.analysis.FiCurve;
import org.synfire.analysis.Intervals;
import org.synfire.analysis.Kernel;
import org.synfire.analysis.Rates;
import org.synfire.analysis.Synchrony;
import org.synfire.analysis.coding.LatencyCode;
import org.synfire.connectivity.Connect;
import org.synfire.sim.Simulation;
import org.synfire.model.GroupSpec;
import org.synfire.model.Network;
import org.synfire.model.Probe;
import org.synfire.model.RateProbeSpec;
import org.synfire.model.SpikeProbeSpec;
import org.synfire.model.StateProbeSpec;
import org.synfire.model.SynapseModel;
import org.synfire.model.library.Library;
import org.synfire.plot.Figure;
import org.synfire.plot.PhasePlane;
import org.synfire.plot.Plots;
import org.synfire.probe.SpikeTrains;
import org.synfire.table.Tables;
import org.synfire.units.Units;
import tech.tablesaw.api.Table;

public class ResultsTour {
    public static void main(String[] args) {
        Path out = Path.of(args.length > 0 ? args[0] : "out/tour");

        // An excitatory-inhibitory LIF network driven by Poisson input.
        Network net = Network.create().seed(7);
        GroupSpec exc = net.group("exc", 320, Library.lif(), g -> g.set("v", "-65*mV + 15*mV*rand()"));
        GroupSpec inh = net.group("inh", 80, Library.lif(), g -> g.set("v", "-65*mV + 15*mV*rand()"));
        SynapseModel delta = SynapseModel.of("w", "w : volt").onPre("v_post += w");
        net.connect("ee", exc, exc, delta, Connect.probability(0.1), p -> p.set("w", mV.of(0.2)).delay(ms.of(1.5)));
        net.connect("ei", exc, inh, delta, Connect.probability(0.1), p -> p.set("w", mV.of(0.2)).delay(ms.of(1.5)));
        net.connect("ie", inh, exc, delta, Connect.probability(0.1), p -> p.set("w", "-rand()*1.6*mV").delay(ms.of(1.5)));
        net.poissonInput("drive_e", exc, "v", 100, Hz.of(85), mV.of(0.2));
        net.poissonInput("drive_i", inh, "v", 100, Hz.of(85), mV.of(0.2));
        SpikeProbeSpec excSpikes = net.probe(Probe.spikes(exc));
        SpikeProbeSpec inhSpikes = net.probe(Probe.spikes(inh));
        StateProbeSpec v = net.probe(Probe.state(exc, "v").neurons(0, 1, 2));
        RateProbeSpec rate = net.probe(Probe.rate(exc, ms.of(5)));
        Simulation sim = Simulation.build(net).run(ms.of(500));

        // Tables: tall spikes of both groups, traces, rates, the network itself; CSV out.
        Table spikes = Tables.spikes(sim, excSpikes, inhSpikes);
        Tables.writeCsv(spikes, out.resolve("spikes.csv"));
        Tables.writeCsv(Tables.trace(sim.data(v)), out.resolve("v.csv"));
        Tables.writeCsv(Tables.rate(sim.data(rate)), out.resolve("rate.csv"));
        System.out.println(Tables.groups(sim).print());
        System.out.println(Tables.projections(sim).print());

        // Analyses.
        SpikeTrains e = sim.data(excSpikes);
        System.out.printf("exc: %d spikes, rate %s, CV %.2f, LV %.2f, Fano(50 ms) %.2f, chi %.2f%n", e.count(),
            Rates.mean(e, ms.of(100), ms.of(500)), Intervals.meanCv(e), Intervals.meanLv(e),
            Counts.meanFano(e, ms.of(50), ms.of(100), ms.of(500)), Synchrony.chi(e, ms.of(2), ms.of(100), ms.of(500)));

        // Figures: raster, traces with the threshold, smoothed rate, ISI histogram, weights.
        Figure raster = Plots.raster(spikes).title("Raster");
        Figure trace = Plots.trace(sim.data(v), "v", mV.of(-50)).title("Membrane potential");
        Figure smooth = Plots.rate(Rates.smoothed(e, Kernel.gaussian(ms.of(2)), ms.of(0.5), ms.of(0), ms.of(500)))
            .title("Population rate (Gaussian, 2 ms)");
        Figure isi = Plots.isiHistogram(e, ms.of(2), ms.of(200));
        Figure weights = Plots.weights(sim.projection("ie"), "w", 30);
        Figure matrix = Plots.weightMatrix(sim.projection("ee"), "w");
        Plots.grid(2, raster, trace, smooth, isi, weights, matrix).save(out.resolve("network.png")).save(out.resolve("network.svg"));

        // An f-I curve against the LIF theory.
        double[] currents = new double[25];
        for (int k = 0; k < currents.length; k++) {
            currents[k] = 0.1 + 0.02 * k;
        }
        Network fiNet = Network.create();
        GroupSpec lif = fiNet.group("lif", currents.length, Library.lif(), g -> g.set("I", currents, nA));
        SpikeProbeSpec lifSpikes = fiNet.probe(Probe.spikes(lif));
        Simulation fiSim = Simulation.build(fiNet).run(ms.of(1100));
        FiCurve measured = FiCurve.of(currents, nA, fiSim.data(lifSpikes), ms.of(100), ms.of(1100));
        double[] fine = new double[200];
        for (int k = 0; k < fine.length; k++) {
            fine[k] = 0.1 + 0.5 * k / (fine.length - 1);
        }
        FiCurve theory = FiCurve.lif(fine, nA, Units.Mohm.of(100), ms.of(10), mV.of(-65), mV.of(-50), mV.of(-65), ms.of(2));
        Plots.fi(measured, theory).title("LIF f-I curve").save(out.resolve("fi.png"));

        // An Izhikevich neuron in its phase plane (the paper's units: mV, ms, I in pA).
        Network izNet = Network.create();
        GroupSpec rs = izNet.group("rs", 1, Library.izhikevich(), g -> g.set("I", pA.of(10)));
        StateProbeSpec vu = izNet.probe(Probe.state(rs, "v", "u"));
        Simulation izSim = Simulation.build(izNet).run(ms.of(200));
        PhasePlane.of("v", mV, -80, 35, "u", mV, -16, 4)
            .field((vv, uu) -> 0.04 * vv * vv + 5 * vv + 140 - uu + 10, (vv, uu) -> 0.02 * (0.2 * vv - uu))
            .trajectory(izSim.data(vu), 0)
            .figure().title("Izhikevich RS, I = 10").save(out.resolve("phase.png")).save(out.resolve("phase.svg"));

        // A latency code through the network's input side: encode, decode, error.
        LatencyCode code = new LatencyCode(0, 1, ms.of(5), ms.of(25));
        double[] decoded = code.decode(code.encode(new double[] {0.1, 0.5, 0.9}));
        System.out.printf("latency code: decoded %.3f %.3f %.3f (resolution at dt = 0.1 ms: %.4f)%n", decoded[0], decoded[1],
            decoded[2], code.resolution(ms.of(0.1)));
        System.out.println("wrote " + out.toAbsolutePath());
    }
}
