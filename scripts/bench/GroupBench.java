// Synfire side of the uncoupled-group benchmark (see group_bench.py, which runs it beside Brian2).
//
// Simulates N uncoupled LIF (with or without white noise) or Hodgkin–Huxley (Traub–Miles) neurons for a given biological time at
// dt = 0.1 ms, with exactly the equations, parameters and inputs of brian2_group.py, and prints one
// line of JSON: build_s (parse, check, generate, compile, allocate), run_s (the simulation loop
// only, as Simulation.runSeconds() measures it, on the default number of threads, which the JSON
// reports; --threads 1 forces one), run_cpu_s (the process's CPU time over the loop), jvm_s (JVM uptime at exit, i.e. the process up to
// the print), spikes (total count) and the integration method chosen.
//
// Run: java -cp target/classes:$(cat target/classpath.txt) -d /tmp/bench scripts/bench/GroupBench.java
//      (group_bench.py compiles it once into a temporary folder and runs the class directly).
import static org.synfire.units.Units.ms;
import static org.synfire.units.Units.second;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.synfire.sim.Simulation;
import org.synfire.model.GroupSpec;
import org.synfire.model.Network;
import org.synfire.model.NeuronModel;
import org.synfire.model.Probe;
import org.synfire.model.SpikeProbeSpec;
import org.synfire.units.Quantity;

public final class GroupBench {
    static final NeuronModel LIF = NeuronModel.of("bench_lif", """
            dv/dt = (El - v + R*I)/tau : volt (unless refractory)
            I : amp (constant)
            """).threshold("v > -50*mV").reset("v = -65*mV").refractory(ms.of(2)).method("exact")
        .constant("El", Quantity.parse("-65 mV")).constant("R", Quantity.parse("100 Mohm")).constant("tau", Quantity.parse("10 ms"))
        .with("v", "-65 mV");

    // The LIF above with white noise: Euler–Maruyama, one normal draw per neuron and step.
    static final NeuronModel NOISY_LIF = NeuronModel.of("bench_noisy_lif", """
            dv/dt = (El - v + R*I)/tau + sigma*sqrt(2/tau)*xi : volt (unless refractory)
            I : amp (constant)
            """).threshold("v > -50*mV").reset("v = -65*mV").refractory(ms.of(2))
        .constant("El", Quantity.parse("-65 mV")).constant("R", Quantity.parse("100 Mohm")).constant("tau", Quantity.parse("10 ms"))
        .constant("sigma", Quantity.parse("3 mV")).with("v", "-65 mV");

    // Traub–Miles HH as in Brian2's COBAHH example, without synapses (Brette et al. 2007).
    static final NeuronModel HH = NeuronModel.of("bench_hh", """
            dv/dt = (gl*(El-v) - g_na*(m*m*m)*h*(v-ENa) - g_kd*(n*n*n*n)*(v-EK) + I)/Cm : volt
            dm/dt = 0.32*(mV**-1)*4*mV/exprel((13.*mV-v+VT)/(4*mV))/ms*(1-m)-0.28*(mV**-1)*5*mV/exprel((v-VT-40.*mV)/(5*mV))/ms*m : 1
            dn/dt = 0.032*(mV**-1)*5*mV/exprel((15.*mV-v+VT)/(5*mV))/ms*(1.-n)-.5*exp((10.*mV-v+VT)/(40.*mV))/ms*n : 1
            dh/dt = 0.128*exp((17.*mV-v+VT)/(18.*mV))/ms*(1.-h)-4./(1+exp((40.*mV-v+VT)/(5.*mV)))/ms*h : 1
            I : amp (constant)
            """).threshold("v > -20*mV").refractory("v > -20*mV").method("exponential_euler")
        .constant("Cm", Quantity.parse("200 pF")).constant("gl", Quantity.parse("10 nS"))
        .constant("El", Quantity.parse("-65 mV")).constant("EK", Quantity.parse("-90 mV")).constant("ENa", Quantity.parse("50 mV"))
        .constant("g_na", Quantity.parse("20 uS")).constant("g_kd", Quantity.parse("6 uS")).constant("VT", Quantity.parse("-63 mV"))
        .with("v", "-65 mV");

    public static void main(String[] args) {
        String model = "lif";
        int n = 4000;
        double duration = 1.0;
        int threads = 0;
        for (int k = 0; k < args.length; k += 2) {
            switch (args[k]) {
                case "--model" -> model = args[k + 1];
                case "--n" -> n = Integer.parseInt(args[k + 1]);
                case "--duration" -> duration = Double.parseDouble(args[k + 1]);
                case "--threads" -> threads = Integer.parseInt(args[k + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[k]
                    + "; use --model lif|noisy|hh --n N --duration SECONDS [--threads N]");
            }
        }
        long start = System.nanoTime();
        Network net = Network.create().dt(ms.of(0.1));
        boolean hh = model.equals("hh");
        NeuronModel chosen = switch (model) {
            case "lif" -> LIF;
            case "noisy" -> NOISY_LIF;
            case "hh" -> HH;
            default -> throw new IllegalArgumentException("unknown model " + model + "; use lif, noisy or hh");
        };
        GroupSpec g = net.group("g", n, chosen, b -> b.set("I", hh ? "1*nA*i/(N-1)" : "0.1*nA + 0.2*nA*i/(N-1)"));
        SpikeProbeSpec spikes = net.probe(Probe.spikes(g));
        Simulation sim = Simulation.build(net);
        if (threads > 0) {
            sim.threads(threads);
        }
        double build = (System.nanoTime() - start) * 1e-9;
        // The process's CPU time over the run, as Brian2 C++ standalone's std::clock measures its loop on one thread.
        ProcessCpu cpu0 = ProcessCpu.now();
        sim.run(second.of(duration));
        double runCpu = ProcessCpu.secondsSince(cpu0);
        System.out.printf(Locale.ROOT,
            "{\"simulator\":\"synfire\",\"model\":\"%s\",\"n\":%d,\"duration_s\":%s,\"method\":\"%s\",\"threads\":%d,\"build_s\":%.4f,"
                + "\"run_s\":%.4f,\"run_cpu_s\":%.4f,\"jvm_s\":%.4f,\"spikes\":%d}%n",
            model, n, duration, sim.report().group("g").method(), sim.threads(), build, sim.runSeconds(), runCpu,
            ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0, sim.data(spikes).count());
    }
}
