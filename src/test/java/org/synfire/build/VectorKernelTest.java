package org.synfire.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synfire.units.Units.ms;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.synfire.connectivity.Connect;
import org.synfire.engine.GroupState;
import org.synfire.kernel.NeuronKernel;
import org.synfire.sim.Simulation;
import org.synfire.model.GroupSpec;
import org.synfire.model.Network;
import org.synfire.model.NeuronModel;
import org.synfire.model.Probe;
import org.synfire.model.SpikeProbeSpec;
import org.synfire.model.SynapseModel;
import org.synfire.model.library.Library;
import org.synfire.model.library.ReferenceNetworks;
import org.synfire.probe.SpikeTrains;

/**
 * The Vector API kernels (surefire runs with {@code --add-modules jdk.incubator.vector}): a
 * neuron's state gets the same bits whether it falls in a lane or in the scalar tail, so any
 * split into blocks (any thread count) gives the same result; and they stay within a few ulp
 * of the scalar kernels, which use {@code Math.exp}.
 */
class VectorKernelTest {

    /** Every operation the vector emitter supports; exprel(x*s*0.01) crosses its Taylor switch at |0.01|. */
    private static final NeuronModel MIX = NeuronModel.of("mix", """
            dx/dt = (exp(x*s) - 1 + exprel(-abs(y)*s*3) * clip(x, -2, 3) + sqrt(abs(y)) - min(x, y) + max(x*y, 0.5) + x**2/(1 + y**2) - 2*x + i/N) / tau : 1
            dy/dt = (-y + x**2 - 0.1*q**-2 + 0.5*(x > y) - (abs(x) < 0.5 and y > 0) + 0.1*(not (x < 0 or y < 0)) - 1/(1 + y**2) + exprel(x*s*0.01)) / tau2 : 1 (unless refractory)
            s : 1
            q : 1 (constant)
            tau : second (shared, constant)
            tau2 : second (shared, constant)
            """).threshold("x > 2.5").reset("x = -1; y = y*0.5").refractory(ms.of(1)).method("euler")
        .with("tau", "3 ms").with("tau2", "7 ms");

    /**
     * MIX refractory while a condition on its state holds (as Hodgkin–Huxley models are above a
     * voltage): it clamps y, and as read before integration it gates the threshold.
     */
    private static final NeuronModel MIX_CONDITION = MIX.refractory("x > 2.4 and x < 2.6");

    /** The one group of a network built for these tests, for stepping its kernel directly. */
    private static GroupState group(BuiltNetwork built) {
        return (GroupState) built.engine().populations().get(0);
    }

    private static BuiltNetwork mix(NeuronModel model, Backend backend, int n) {
        Network net = Network.create().seed(5);
        net.group("g", n, model, b -> b.set("x", "-3 + 6*rand()").set("y", "1 + 3*rand()").set("s", "0.1 + 0.9*rand()").set("q", "1 + rand()"));
        return Builder.build(net.spec(), backend);
    }

    @Test
    void lanesAndTailsGiveTheSameBitsForEverySupportedOperation() {
        lanesAndTailsAgree(n -> mix(MIX, Backend.COMPILED, n), "x", "y");
    }

    @Test
    void lanesAndTailsAgreeWithARefractoryCondition() {
        lanesAndTailsAgree(n -> mix(MIX_CONDITION, Backend.COMPILED, n), "x", "y");
    }

    @Test
    void lanesCutIntoPassesGiveTheBitsOfTheScalarTail() {
        // Traub–Miles' lanes hold ten exponentials, more than one pass of the lane loop takes
        // (codegen.LanePasses): each pass recomputes from the state at t what it needs and the
        // membrane potential waits in a scratch array for the gates' passes, while the scalar
        // tail runs the update as one, so equal bits mean the passes read and store nothing early.
        lanesAndTailsAgree(n -> {
            Network net = Network.create().seed(6);
            net.group("g", n, Library.traubMiles(), b -> b.set("v", "-70*mV + 50*mV*rand()").set("m", "rand()").set("h", "rand()")
                .set("n", "rand()").set("I", "rand()*nA"));
            return Builder.build(net.spec(), Backend.COMPILED);
        }, "v", "m", "h", "n");
    }

    private static void lanesAndTailsAgree(java.util.function.IntFunction<BuiltNetwork> network, String... variables) {
        int n = 1003;
        BuiltNetwork whole = network.apply(n);
        BuiltNetwork split = network.apply(n);
        assertTrue(whole.report().group("g").lanes().startsWith("vector"), whole.report().group("g").lanes());
        GroupState a = group(whole);
        GroupState b = group(split);
        a.prepare(1e-4);
        b.prepare(1e-4);
        NeuronKernel ka = a.kernel();
        NeuronKernel kb = b.kernel();
        int[] spikesA = new int[n];
        int[] spikesB = new int[n];
        SplittableRandom random = new SplittableRandom(1);
        int spiked = 0;
        for (long step = 0; step < 400; step++) {
            int countA = ka.update(0, n, step, spikesA);
            int countB = 0;
            // Blocks of random length, most of them off the lane grid.
            for (int from = 0; from < n; ) {
                int to = Math.min(n, from + 1 + random.nextInt(20));
                int[] block = new int[n];
                int c = kb.update(from, to, step, block);
                System.arraycopy(block, 0, spikesB, countB, c);
                countB += c;
                from = to;
            }
            assertEquals(countA, countB, "step " + step);
            assertArrayEquals(java.util.Arrays.copyOf(spikesA, countA), java.util.Arrays.copyOf(spikesB, countB), "step " + step);
            spiked += countA;
            for (String v : variables) {
                double[] x = a.array(v);
                double[] y = b.array(v);
                for (int i = 0; i < n; i++) {
                    assertEquals(Double.doubleToRawLongBits(x[i]), Double.doubleToRawLongBits(y[i]), v + "[" + i + "] at step " + step);
                }
            }
        }
        assertTrue(spiked > n, "neurons spike and reset: " + spiked);
        double[] y = a.array(variables[variables.length - 1]);
        assertTrue(java.util.Arrays.stream(y).allMatch(Double::isFinite) && java.util.Arrays.stream(y).distinct().count() > n / 2,
            "the state stays finite and varied");
    }

    @Test
    void aWarmedUpKernelStepsWithoutAllocating() throws Exception {
        // Compiled lanes keep their vectors and masks in registers. A mask stored with
        // intoArray(boolean[]) went through a fresh boolean[] on JDK 17 (6 kB a step here), so no
        // batch of steps ever ran without allocation. The check runs in a JVM of its own, as a
        // script does: in the suite's long-lived JVM, C2 had compiled the shared vector helpers on
        // their own by then and may decline to inline them into a new kernel, which then boxes
        // its vectors whatever the kernel's code, so the outcome hung on which tests ran before.
        String jvm = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(jvm, "--add-modules", "jdk.incubator.vector", "-XX:+UseParallelGC",
            "-cp", System.getProperty("java.class.path"), AllocationCheck.class.getName())
            .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS), "the check finishes");
        assertEquals(0, p.exitValue(), output);
    }

    /** Steps a warmed-up vector kernel until a batch of steps allocates nothing, for at most 30 s (a loaded machine compiles late); exits 1 if none does. */
    static final class AllocationCheck {
        public static void main(String[] args) {
            GroupState g = group(mix(MIX_CONDITION, Backend.COMPILED, 2000));
            g.prepare(1e-4);
            int[] spikes = new int[2000];
            com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
            long deadline = System.nanoTime() + 30_000_000_000L;
            long allocated;
            long step = 0;
            do {
                long before = threads.getCurrentThreadAllocatedBytes();
                for (int k = 0; k < 100; k++, step++) {
                    g.kernel().update(0, 2000, step, spikes);
                }
                allocated = threads.getCurrentThreadAllocatedBytes() - before;
            } while (allocated >= 4096 && System.nanoTime() < deadline);
            System.out.println("100 steps of 2,000 neurons allocated " + allocated + " bytes after " + step + " steps");
            System.exit(allocated < 4096 ? 0 : 1);
        }
    }

    @Test
    void vectorKernelsStayWithinAFewUlpOfTheScalarOnesOverOneStep() {
        // One step from the same state, so differences do not compound. exp differs by at most an
        // ulp (KernelMathTest) and the models add a step's small increment to the state, so the
        // state agrees to a few ulp of the variable's range: 4 ulp of its largest value allowed
        // (a potential that lands near 0 V after a step of -65 mV-sized terms can differ by 30 ulp
        // of its own size).
        NeuronModel coba = ((GroupSpec) ReferenceNetworks.coba(1).network().spec().populations().get(0)).model();
        NeuronModel[] models = {MIX, MIX_CONDITION, coba, Library.traubMiles()};
        for (NeuronModel model : models) {
            int n = 1001;
            Network net = Network.create().seed(9);
            net.group("g", n, model, b -> {
                if (model == MIX || model == MIX_CONDITION) {
                    b.set("x", "-3 + 6*rand()").set("y", "1 + 3*rand()").set("s", "0.1 + 0.9*rand()").set("q", "1 + rand()");
                } else if (model == coba) {
                    b.set("v", "-60*mV + 15*mV*rand()").set("ge", "rand()*8").set("gi", "rand()*40");
                } else {
                    b.set("v", "-70*mV + 50*mV*rand()").set("m", "rand()").set("h", "rand()").set("n", "rand()").set("I", "rand()*nA");
                }
            });
            BuiltNetwork vector = Builder.build(net.spec(), Backend.COMPILED);
            BuiltNetwork scalar = Builder.build(net.spec(), Backend.SCALAR);
            assertTrue(vector.report().group("g").lanes().startsWith("vector"), model.name() + ": " + vector.report().group("g").lanes());
            assertTrue(scalar.report().group("g").lanes().startsWith("scalar"), scalar.report().group("g").lanes());
            GroupState a = group(vector);
            GroupState b = group(scalar);
            a.prepare(1e-4);
            b.prepare(1e-4);
            a.kernel().update(0, n, 10, new int[n]);
            b.kernel().update(0, n, 10, new int[n]);
            for (String v : a.variables()) {
                if (!a.isPerNeuron(v)) {
                    continue;
                }
                double[] x = a.array(v);
                double[] y = b.array(v);
                double scale = java.util.Arrays.stream(y).map(Math::abs).max().orElse(0);
                for (int i = 0; i < n; i++) {
                    assertEquals(y[i], x[i], 4 * Math.ulp(scale), model.name() + " " + v + "[" + i + "]");
                }
            }
        }
    }

    @Test
    void aRecurrentNetworkGivesIdenticalSpikesOnAnyNumberOfThreads() {
        // 1,001 neurons, so that 2 and 3 threads put block boundaries off the lane grid.
        NeuronModel coba = ((GroupSpec) ReferenceNetworks.coba(1).network().spec().populations().get(0)).model();
        Network net = Network.create().seed(4);
        GroupSpec g = net.group("g", 1001, coba, b -> b.set("v", "El + (randn()*5 - 5)*mV").set("ge", "randn()*1.5 + 4")
            .set("gi", "randn()*12 + 20"));
        net.connect("e", g, g, SynapseModel.onSpike("ge += 0.6"), Connect.probability(0.03));
        SpikeProbeSpec probe = net.probe(Probe.spikes(g));
        SpikeTrains one = null;
        for (int threads : new int[] {1, 2, 3}) {
            Simulation sim = Simulation.build(net.spec()).threads(threads);
            assertTrue(sim.report().group("g").lanes().startsWith("vector"), sim.report().group("g").lanes());
            sim.run(ms.of(100));
            SpikeTrains trains = sim.data(probe);
            if (one == null) {
                one = trains;
                assertTrue(one.count() > 1001, "the network is active: " + one.count() + " spikes");
            } else {
                assertArrayEquals(one.indices(), trains.indices(), threads + " threads");
                assertArrayEquals(one.times(ms), trains.times(ms), threads + " threads");
            }
        }
    }

    @Test
    void modelsTheLanesCannotComputeAndSmallGroupsFallBackToScalar() {
        Network net = Network.create();
        net.group("noisy", GroupBuild.WARM_UP_MIN_NEURONS, Library.lif().method("euler"), b -> b.set("I", "0.1*nA"));
        NeuronModel noisy = NeuronModel.of("noisy", "dv/dt = (-v + 0.1*randn()*sqrt(dt/ms))/(10*ms) : 1").method("euler");
        net.group("random", GroupBuild.WARM_UP_MIN_NEURONS, noisy);
        net.group("small", GroupBuild.WARM_UP_MIN_NEURONS - 1, Library.hodgkinHuxley());
        // Another instance of the first group's model: it shares that group's warmed-up kernel.
        net.group("companion", 10, Library.lif().method("euler"), b -> b.set("I", "0.2*nA"));
        Simulation sim = Simulation.build(net.spec());
        assertTrue(sim.report().group("noisy").lanes().startsWith("vector"), sim.report().group("noisy").lanes());
        assertTrue(sim.report().group("companion").lanes().startsWith("vector"), sim.report().group("companion").lanes());
        assertEquals("scalar: the equations call a function the vector kernel does not compute (it does + - * / exp exprel abs sqrt "
            + "min max clip and integer powers)", sim.report().group("random").lanes());
        assertTrue(sim.report().toString().contains("scalar: the equations call"), sim.report().toString());
        assertEquals("scalar: fewer than 1000 neurons of this model in the network, too few to repay the vector kernel's warm-up",
            sim.report().group("small").lanes());
    }
}
