package org.synfire.model.library;

import java.util.List;
import java.util.function.Consumer;
import org.synfire.connectivity.Connect;
import org.synfire.connectivity.ConnectionRule;
import org.synfire.model.GroupSpec;
import org.synfire.model.Network;
import org.synfire.model.NeuronModel;
import org.synfire.model.Probe;
import org.synfire.model.SpikeProbeSpec;
import org.synfire.model.SynapseModel;
import org.synfire.units.Units;

/**
 * The classic networks of the literature, built from the library's templates, so tests,
 * benchmarks, scripts and tutorials run one and the same definition.
 *
 * <pre>{@code
 * ReferenceNetworks.Built cuba = ReferenceNetworks.cuba(1);
 * Simulation sim = Simulation.build(cuba.network()).run(Units.second.of(1));
 * sim.data(cuba.spikes().get(0)).count();
 * }</pre>
 */
public final class ReferenceNetworks {
    private ReferenceNetworks() {
    }

    /**
     * A network with probes on every population's spikes.
     *
     * @param network the network, ready to build (more probes may be added)
     * @param spikes  one spike probe per population, in the order the network lists them
     */
    public record Built(Network network, List<SpikeProbeSpec> spikes) {
        /**
         * Copies the list of probes, so the record never changes.
         *
         * @param network the network
         * @param spikes  its spike probes
         */
        public Built {
            spikes = List.copyOf(spikes);
        }
    }

    /**
     * The current-based network of Vogels &amp; Abbott (2005) as benchmarked by Brette et al.
     * (2007, benchmark 2, "CUBA") and as in Brian2's {@code CUBA.py}: 3,200 excitatory and 800
     * inhibitory leaky integrate-and-fire neurons (τm = 20 ms, El = −49 mV, threshold −50 mV,
     * reset −60 mV, 5 ms refractory), connected with probability 0.02, exponential synaptic
     * currents (τe = 5 ms, τi = 10 ms) that jump by 1.62 mV and −9 mV, no delay. Initial
     * potentials are uniform between reset and threshold. Self-sustained irregular activity of
     * about 5–6 Hz without external input (the resting potential lies above threshold; the
     * recurrent input, mostly inhibitory, keeps the rate down).
     *
     * @param seed the seed of connectivity and initial values
     * @return the network with a spike probe on each of its two populations
     */
    public static Built cuba(long seed) {
        return balanced(seed, cubaNeuron(), g -> g.set("v", CUBA_INITIAL_V), cubaSynapse("ge += we", "we", CUBA_WE),
            cubaSynapse("gi += wi", "wi", CUBA_WI));
    }

    /**
     * The CUBA network of {@link #cuba(long)} at another size, for scaling: {@code neurons}
     * neurons (80 % excitatory), each receiving exactly {@code inDegree} synapses (80 % from
     * excitatory sources, drawn without repeats), with the weights scaled by 80 / {@code inDegree}
     * so that every neuron's mean input is CUBA's (which has 80 inputs on average). With 4,000
     * neurons and an in-degree of 80 it differs from CUBA only in fixing the in-degree, which
     * lowers the mean rate by about a tenth (CUBA's spread of in-degrees lets some neurons fire
     * faster than the others slow down).
     *
     * @throws IllegalArgumentException if there are fewer than 5 neurons or the in-degree does
     *         not fit the sources (at most 80 % of the neurons excitatory, 20 % inhibitory)
     * @param neurons  neurons in all, 80 % of them excitatory
     * @param inDegree synapses each neuron receives
     * @param seed     the seed of connectivity and initial values
     * @return the network with a spike probe on each of its two populations
     */
    public static Built cuba(int neurons, int inDegree, long seed) {
        int excitatory = (int) Math.round(neurons * 0.8);
        int fromExcitatory = (int) Math.round(inDegree * 0.8);
        if (neurons < 5 || inDegree < 1 || fromExcitatory > excitatory || inDegree - fromExcitatory > neurons - excitatory) {
            throw new IllegalArgumentException("cuba(" + neurons + " neurons, in-degree " + inDegree + "): give at least 5 neurons and "
                + "an in-degree of at least 1 whose excitatory 80 % and inhibitory 20 % fit in the 80 % and 20 % of neurons");
        }
        double scale = 80.0 / inDegree;
        return balanced(seed, cubaNeuron(), g -> g.set("v", CUBA_INITIAL_V), excitatory, neurons - excitatory,
            cubaSynapse("ge += we", "we", CUBA_WE * scale), cubaSynapse("gi += wi", "wi", CUBA_WI * scale),
            Connect.fixedInDegree(fromExcitatory), Connect.fixedInDegree(inDegree - fromExcitatory));
    }

    private static final double CUBA_WE = 60 * 0.27 / 10;
    private static final double CUBA_WI = -20 * 4.5 / 10;
    private static final String CUBA_INITIAL_V = "Vr + rand()*(Vt - Vr)";

    private static NeuronModel cubaNeuron() {
        return NeuronModel.of("cuba_lif", """
                dv/dt = (ge + gi - (v - El))/taum : volt (unless refractory)
                dge/dt = -ge/taue : volt
                dgi/dt = -gi/taui : volt
                El : volt (shared, constant)
                taum : second (shared, constant, positive)
                taue : second (shared, constant, positive)
                taui : second (shared, constant, positive)
                Vt : volt (shared, constant)
                Vr : volt (shared, constant)
                tref : second (shared, constant)
                """)
            .threshold("v > Vt").reset("v = Vr").refractory("tref")
            .with("El", "-49 mV").with("taum", "20 ms").with("taue", "5 ms").with("taui", "10 ms")
            .with("Vt", "-50 mV").with("Vr", "-60 mV").with("tref", "5 ms")
            .describedAs("CUBA neuron: LIF with exponential excitatory and inhibitory currents in volts (Brette et al. 2007).");
    }

    private static SynapseModel cubaSynapse(String onPre, String weight, double millivolts) {
        return SynapseModel.onSpike(onPre).constant(weight, Units.mV.of(millivolts));
    }

    /**
     * The conductance-based network of Vogels &amp; Abbott (2005) as benchmarked by Brette et al.
     * (2007, benchmark 1, "COBA"): the topology of {@link #cuba} with conductances relative to the
     * leak ({@code ge}, {@code gi} dimensionless, τe = 5 ms, τi = 10 ms, reversal 0 mV and −80 mV)
     * that jump by 0.6 and 6.7 (6 nS and 67 nS over a 10 nS leak). Rest −60 mV, threshold −50 mV,
     * reset −60 mV, 5 ms refractory. Initial values as in the benchmark: v around −65 mV
     * (sd 5 mV), ge around 4 (sd 1.5), gi around 20 (sd 12). Integrated by exponential Euler,
     * as the conductances multiply v.
     *
     * @param seed the seed of connectivity and initial values
     * @return the network with a spike probe on each of its two populations
     */
    public static Built coba(long seed) {
        NeuronModel lif = NeuronModel.of("coba_lif", """
                dv/dt = (El - v + ge*(Ee - v) + gi*(Ei - v))/taum : volt (unless refractory)
                dge/dt = -ge/taue : 1
                dgi/dt = -gi/taui : 1
                El : volt (shared, constant)
                Ee : volt (shared, constant)
                Ei : volt (shared, constant)
                taum : second (shared, constant, positive)
                taue : second (shared, constant, positive)
                taui : second (shared, constant, positive)
                Vt : volt (shared, constant)
                Vr : volt (shared, constant)
                tref : second (shared, constant)
                """)
            .threshold("v > Vt").reset("v = Vr").refractory("tref").method("exponential_euler")
            .with("El", "-60 mV").with("Ee", "0 mV").with("Ei", "-80 mV").with("taum", "20 ms").with("taue", "5 ms")
            .with("taui", "10 ms").with("Vt", "-50 mV").with("Vr", "-60 mV").with("tref", "5 ms")
            .describedAs("COBA neuron: LIF with exponential conductances relative to the leak (Brette et al. 2007).");
        return balanced(seed, lif, g -> g.set("v", "El + (randn()*5 - 5)*mV").set("ge", "randn()*1.5 + 4").set("gi", "randn()*12 + 20"),
            SynapseModel.onSpike("ge += 0.6"), SynapseModel.onSpike("gi += 6.7"));
    }

    /**
     * The Hodgkin–Huxley network of Brette et al. (2007, benchmark 3, "COBAHH") as in Brian2's
     * {@code COBAHH.py}: the topology of {@link #cuba} with {@link Library#traubMiles()} cells,
     * conductance jumps of 6 nS and 67 nS, and Brian2's initial values (v around −65 mV, gates at
     * 0, ge around 40 nS, gi around 200 nS).
     *
     * @param seed the seed of connectivity and initial values
     * @return the network with a spike probe on each of its two populations
     */
    public static Built cobahh(long seed) {
        NeuronModel hh = Library.traubMiles().with("m", "0").with("h", "0").with("n", "0");
        return balanced(seed, hh, g -> g.set("v", "El + (randn()*5 - 5)*mV").set("ge", "(randn()*1.5 + 4)*10*nS")
                .set("gi", "(randn()*12 + 20)*10*nS"),
            SynapseModel.onSpike("ge += 6*nS"), SynapseModel.onSpike("gi += 67*nS"));
    }

    /**
     * Brunel (2000), model A: 10,000 excitatory and 2,500 inhibitory leaky integrate-and-fire
     * neurons (τ = 20 ms, threshold 20 mV, reset 10 mV, 2 ms refractory, rest 0), each receiving
     * exactly CE = 1,000 excitatory and CI = 250 inhibitory synapses (fixed in-degree) that make
     * the potential jump by J = 0.1 mV and −g·J after D = 1.5 ms, and external Poisson input from
     * CE sources at η·νthr, where νthr = θ/(J·CE·τ) = 10 Hz brings the mean input to threshold.
     * As in Brian2's implementations, jumps during the refractory period are not suppressed.
     * Potentials start uniform between rest and threshold.
     * Regimes (Brunel's Fig. 8A–D): g = 3, η = 2 synchronous regular; g = 6, η = 4 synchronous
     * irregular, fast (a global oscillation near 180 Hz, neurons firing irregularly); g = 5, η = 2
     * asynchronous irregular; g = 4.5, η = 0.9 synchronous irregular, slow.
     *
     * @param g   relative strength of inhibition
     * @param eta external rate relative to the threshold rate
     * @param seed the seed of connectivity, input and initial values
     * @return the network with a spike probe on each of its two populations
     */
    public static Built brunel(double g, double eta, long seed) {
        NeuronModel lif = NeuronModel.of("brunel_lif", """
                dv/dt = -v/tau : volt (unless refractory)
                tau : second (shared, constant, positive)
                theta : volt (shared, constant)
                Vr : volt (shared, constant)
                tref : second (shared, constant)
                """)
            .threshold("v > theta").reset("v = Vr").refractory("tref")
            .with("tau", "20 ms").with("theta", "20 mV").with("Vr", "10 mV").with("tref", "2 ms").with("v", "0 mV")
            .describedAs("The neuron of Brunel (2000), model A: LIF with delta synapses, potentials relative to rest.");
        Network net = Network.create().dt(Units.ms.of(0.1)).seed(seed);
        // Potentials start uniform between rest and threshold, so the network does not begin in lockstep.
        GroupSpec exc = net.group("exc", 10_000, lif, b -> b.set("v", "rand()*theta"));
        GroupSpec inh = net.group("inh", 2_500, lif, b -> b.set("v", "rand()*theta"));
        double j = 0.1;
        SynapseModel excitatory = SynapseModel.onSpike("v_post += J").constant("J", Units.mV.of(j));
        SynapseModel inhibitory = SynapseModel.onSpike("v_post += -g*J").constant("J", Units.mV.of(j))
            .constant("g", org.synfire.units.Quantity.parse(Double.toString(g)));
        double nuThreshold = 20.0 / (j * 1000 * 0.020);
        for (GroupSpec target : List.of(exc, inh)) {
            net.connect("exc_" + target.name(), exc, target, excitatory, Connect.fixedInDegree(1000), p -> p.delay(Units.ms.of(1.5)));
            net.connect("inh_" + target.name(), inh, target, inhibitory, Connect.fixedInDegree(250), p -> p.delay(Units.ms.of(1.5)));
            net.poissonInput("ext_" + target.name(), target, "v", 1000, Units.Hz.of(eta * nuThreshold), Units.mV.of(j));
        }
        return new Built(net, List.of(net.probe(Probe.spikes(exc)), net.probe(Probe.spikes(inh))));
    }

    /**
     * Song, Miller &amp; Abbott (2000), as in Brian2's example {@code STDP.py}: 1,000 Poisson inputs
     * at 15 Hz drive one leaky integrate-and-fire neuron (τm = 10 ms, rest −74 mV, threshold −54 mV,
     * reset −60 mV, excitatory conductance relative to the leak with τe = 5 ms, reversal 0 mV)
     * through {@link Library#stdp} synapses (gmax = 0.01, A+ = 0.01, A−/A+ = −1.05, τ = 20 ms),
     * weights starting uniform in [0, gmax]. Competition between the inputs drives the weights to
     * the bounds: after 100 s their distribution is bimodal. The projection is named
     * {@code "plastic"}; the probe records the neuron's spikes.
     *
     * @param seed the seed of the inputs and the initial weights
     * @return the network with a spike probe on the neuron
     */
    public static Built songMillerAbbott(long seed) {
        NeuronModel lif = NeuronModel.of("song_lif", """
                dv/dt = (ge*(Ee - v) + El - v)/taum : volt
                dge/dt = -ge/taue : 1
                El : volt (shared, constant)
                Ee : volt (shared, constant)
                taum : second (shared, constant, positive)
                taue : second (shared, constant, positive)
                vt : volt (shared, constant)
                vr : volt (shared, constant)
                """)
            .threshold("v > vt").reset("v = vr").method("euler")
            .with("El", "-74 mV").with("Ee", "0 mV").with("taum", "10 ms").with("taue", "5 ms").with("vt", "-54 mV")
            .with("vr", "-60 mV").with("v", "-60 mV")
            .describedAs("The neuron of Song, Miller & Abbott (2000), Brian2's STDP example.");
        Network net = Network.create().dt(Units.ms.of(0.1)).seed(seed);
        GroupSpec input = net.group("input", 1000, Library.poisson(Units.Hz.of(15)));
        GroupSpec neuron = net.group("neuron", 1, lif);
        SynapseModel stdp = Library.stdp("ge", "1").with("wmax", "0.01").with("Aplus", "0.01").with("Aminus", "-0.0105");
        net.connect("plastic", input, neuron, stdp, Connect.allToAll(), p -> p.set("w", "rand()*wmax"));
        return new Built(net, List.of(net.probe(Probe.spikes(neuron))));
    }

    /**
     * The cortical microcircuit of Potjans &amp; Diesmann (2014) with {@code scale} of its neurons
     * and in-degrees (1 for the full model's 77,169 neurons and 0.3 billion synapses; 0.1, as
     * NEST's example runs it, for 7,717 neurons and 3 million synapses), Poisson background:
     * {@code Microcircuit.scaled(scale).seed(seed).build()}. See {@link Microcircuit} for the
     * model, the scaling and the other options (DC background, thalamic input).
     *
     * @param scale the fraction of neurons and of in-degrees kept, in (0, 1]
     * @param seed  the seed of connectivity, weights, delays, initial potentials and background
     * @return the network and a spike probe on each population, in the order of {@link Microcircuit#POPULATIONS}
     * @throws org.synfire.SynfireException if the scale is outside (0, 1] or leaves a population without a neuron
     */
    public static Built microcircuit(double scale, long seed) {
        return Microcircuit.scaled(scale).seed(seed).build();
    }

    /** Brette et al.'s topology: 3,200 excitatory and 800 inhibitory neurons connected with probability 0.02. */
    private static Built balanced(long seed, NeuronModel model, Consumer<GroupSpec.Builder> initial, SynapseModel excitatory,
                                  SynapseModel inhibitory) {
        return balanced(seed, model, initial, 3200, 800, excitatory, inhibitory, Connect.probability(0.02), Connect.probability(0.02));
    }

    private static Built balanced(long seed, NeuronModel model, Consumer<GroupSpec.Builder> initial, int excitatoryCount, int inhibitoryCount,
                                  SynapseModel excitatory, SynapseModel inhibitory, ConnectionRule fromExcitatory, ConnectionRule fromInhibitory) {
        Network net = Network.create().dt(Units.ms.of(0.1)).seed(seed);
        GroupSpec exc = net.group("exc", excitatoryCount, model, initial);
        GroupSpec inh = net.group("inh", inhibitoryCount, model, initial);
        for (GroupSpec target : List.of(exc, inh)) {
            net.connect("exc_" + target.name(), exc, target, excitatory, fromExcitatory);
            net.connect("inh_" + target.name(), inh, target, inhibitory, fromInhibitory);
        }
        return new Built(net, List.of(net.probe(Probe.spikes(exc)), net.probe(Probe.spikes(inh))));
    }
}
