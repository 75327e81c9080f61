// Synfire's Java API side of the sweep benchmark (see sweep_bench.py): the study of sweep_lif.groovy
// (100 uncoupled LIF neurons of GroupBench.LIF for 1 s, neuron i driven by I0 + 0.2 nA * i/(N-1)) over I0, run through
// org.synfire.sweep (Study, Sweep, LocalExecutor) with Java code at each point instead of a script,
// and one line of JSON: points, parallel (points at a time), threads (per point), wall_s (the study,
// from before the first point to the table written), run_s (median of the points' simulation loops,
// Simulation.runSeconds()), point_s (median wall time of a point, from study.json), jvm_s (JVM uptime
// at exit) and the rates.
//
// Run: javac -cp target/classes:$(cat target/classpath.txt) -d /tmp/bench scripts/bench/GroupBench.java scripts/bench/SweepBench.java
//      java -cp /tmp/bench:target/classes:$(cat target/classpath.txt) SweepBench --points 16 --parallel 1 --out /tmp/study
import static org.synfire.units.Units.ms;
import static org.synfire.units.Units.second;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.synfire.model.GroupSpec;
import org.synfire.model.Network;
import org.synfire.model.Probe;
import org.synfire.model.SpikeProbeSpec;
import org.synfire.sim.Simulation;
import org.synfire.sweep.Axis;
import org.synfire.sweep.LocalExecutor;
import org.synfire.sweep.PointResult;
import org.synfire.sweep.Seeds;
import org.synfire.sweep.Study;
import org.synfire.sweep.Sweep;

public final class SweepBench {
    public static void main(String[] args) throws Exception {
        int points = 16;
        int parallel = 1;
        Path out = Files.createTempDirectory("synfire-sweep-bench-");
        for (int k = 0; k < args.length; k += 2) {
            switch (args[k]) {
                case "--points" -> points = Integer.parseInt(args[k + 1]);
                case "--parallel" -> parallel = Integer.parseInt(args[k + 1]);
                case "--out" -> out = Path.of(args[k + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[k] + "; use --points N --parallel N --out DIR");
            }
        }
        // I0 = 0, 0.01, ... nA, as sweep_bench.py gives the script and Brian2.
        Study study = Study.of("SweepBench LIF", List.of(Axis.parse("I0=0nA:" + String.format(Locale.ROOT, "%.2f", 0.01 * (points - 1))
            + "nA:0.01nA")), Seeds.none());
        ConcurrentLinkedQueue<Double> loops = new ConcurrentLinkedQueue<>();
        LocalExecutor executor = LocalExecutor.forThisMachine(parallel, null);
        Sweep.Outcome done = new Sweep(study, (point, context) -> {
            Network net = Network.create().dt(ms.of(0.1));
            GroupSpec g = net.group("cells", 100, GroupBench.LIF, b -> b.set("I", point.quantity("I0").in(org.synfire.units.Units.nA)
                + "*nA + 0.2*nA*i/(N-1)"));
            SpikeProbeSpec spikes = net.probe(Probe.spikes(g));
            Simulation sim = Simulation.build(net).threads(context.threads());
            context.built(sim.report());
            sim.run(second.of(1));
            loops.add(sim.runSeconds());
            return Map.of("rate_Hz", sim.data(spikes).count() / 100.0);
        }, Sweep.Options.in(out).executor(executor)).run();
        double[] pointSeconds = done.results().stream().mapToDouble(PointResult::wallSeconds).sorted().toArray();
        double[] loopSeconds = loops.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "{\"simulator\":\"synfire java api\",\"points\":%d,\"parallel\":%d,\"threads\":%d,\"failed\":%d,"
                + "\"wall_s\":%.4f,\"point_s\":%.4f,\"run_s\":%.5f,\"jvm_s\":%.4f,\"rates\":%s}%n",
            done.results().size(), executor.parallel(), executor.threads(), done.failed().size(), done.wallSeconds(),
            pointSeconds[pointSeconds.length / 2], loopSeconds[loopSeconds.length / 2],
            ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0,
            Arrays.toString(done.table().doubleColumn("rate_Hz").asDoubleArray()));
    }
}
