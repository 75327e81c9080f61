package org.synfire.model.library;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.synfire.SynfireException;
import org.synfire.connectivity.Connect;
import org.synfire.model.GroupSpec;
import org.synfire.model.Initializer;
import org.synfire.model.Network;
import org.synfire.model.NeuronModel;
import org.synfire.model.Probe;
import org.synfire.model.ProjectionSpec;
import org.synfire.model.SpikeProbeSpec;
import org.synfire.model.SynapseModel;
import org.synfire.units.Quantity;
import org.synfire.units.Units;

/**
 * The cortical microcircuit of Potjans &amp; Diesmann (2014): the neurons under 1 mm² of early
 * sensory cortex in eight populations, an excitatory ({@code E}) and an inhibitory ({@code I})
 * one in each of layers 2/3, 4, 5 and 6, 77,169 neurons and about 0.3 billion synapses at full
 * scale, driven by Poisson background input. A configuration of the network (which scale,
 * which background, whether a thalamic pulse arrives), with the paper's tables;
 * {@link #build()} (or {@link ReferenceNetworks#microcircuit}) makes it.
 *
 * <h2>Model</h2>
 * <ul>
 * <li><b>Neurons</b>: {@link Library#lifExpCurrent()} (NEST's {@code iaf_psc_exp}) with
 *     τm = 10 ms, Cm = 250 pF (R = τm/Cm = 40 MΩ), τsyn = 0.5 ms, refractory 2 ms,
 *     El = −65 mV, threshold −50 mV, reset −65 mV; {@code I} is the DC input.</li>
 * <li><b>Sizes</b> ({@link #FULL_SIZES}) and <b>connection probabilities</b>
 *     ({@link #probabilities()}, target by source): the paper's Table 5. A probability C
 *     between populations of N_pre and N_post neurons becomes K = ln(1 − C) / ln(1 − 1/(N_pre·N_post))
 *     synapses, made by {@link Connect#fixedTotalNumber} (each synapse joins a random source to
 *     a random target, repeats allowed): the paper's rule, as its NEST implementation has it.</li>
 * <li><b>Weights</b>: a postsynaptic potential of 0.15 mV, as the current jump that peaks
 *     the membrane there (87.81 pA for these time constants), twice that from L4E onto L2/3E,
 *     −4 times it from inhibitory cells; per synapse normal with 10 % standard deviation,
 *     drawn again where the sign would flip ({@link Initializer.Normal}).</li>
 * <li><b>Delays</b>: normal, 1.5 ± 0.75 ms from excitatory and 0.75 ± 0.375 ms from
 *     inhibitory cells, drawn again below half a step, then rounded to the 0.1 ms step (so at
 *     least one step), as in NEST.</li>
 * <li><b>Background</b>: each neuron receives independent Poisson input from {@link #EXTERNAL_IN_DEGREES}
 *     sources at 8 Hz with the 87.81 pA weight, or, with {@link #dcBackground()}, the mean of
 *     that input as a constant current, 8 Hz × K_ext × 87.81 pA × τsyn.</li>
 * <li><b>Initial potentials</b>: normal per population with the means and standard deviations
 *     NEST's implementation fitted to the network's stationary state ({@code V0_type 'optimized'}),
 *     which avoids the synchronous burst of the paper's uniform start.</li>
 * <li><b>Thalamus</b> (optional, {@link #thalamicInput}): 902 thalamic neurons firing as
 *     independent Poisson processes at 120 Hz for 10 ms, onto L4 and L6 with the
 *     probabilities of {@link #THALAMIC_PROBABILITIES}, weights and delays as excitatory ones.</li>
 * </ul>
 *
 * <h2>Scaling</h2>
 * As NEST's implementation (its {@code helpers.adjust_weights_and_input_to_synapse_scaling}):
 * neuron numbers are scaled by {@code neuronScale} and in-degrees by {@code inDegreeScale}
 * (so synapse numbers by both; counts rounded half to even, as NumPy rounds them there),
 * weights by {@code 1/sqrt(inDegreeScale)}, which keeps the variance of each neuron's input,
 * and the mean this takes away is given back as a constant current,
 * {@code τsyn·(1 − sqrt(k))·Σ_j J_ij·K_ij·ν_j} with the full-scale in-degrees {@code K_ij},
 * weights {@code J_ij} and rates ν_j of {@link #FULL_SCALE_RATES} (the background's part too
 * when it is Poisson). External in-degrees are scaled by {@code inDegreeScale}. Thalamic
 * synapse numbers are scaled by both factors, so each target keeps the in-degree share the
 * scale gives it (NEST's example scales them by the in-degree factor only, which at reduced
 * neuron numbers multiplies the thalamic in-degree); a transient has no constant current to
 * stand for it, so a scaled network's thalamic drive is {@code sqrt(inDegreeScale)} of the full
 * one's.
 *
 * <h2>What it does</h2>
 * Asynchronous irregular firing at population rates near NEST's full-scale ones: low in L2/3E
 * (about 0.9 Hz), about 4.4 Hz in L4E, 7.6 Hz in L5E, 1.1 Hz in L6E, higher in the inhibitory
 * populations; interval CVs near 0.8–1; a thalamic pulse excites L4 and L6 first, then L2/3 and L5.
 *
 * <h2>References</h2>
 * Potjans TC, Diesmann M (2014) The cell-type specific cortical microcircuit: relating structure
 * and activity in a full-scale spiking network model. Cereb Cortex 24:785–806.<br>
 * The PyNEST implementation of the model ({@code pynest/examples/Potjans_2014}:
 * {@code network_params.py}, {@code stimulus_params.py}, {@code helpers.py}, NEST 3.x), whose
 * parameters, scaling and initial potentials these are.
 *
 * <h2>Example</h2>
 * <pre>{@code
 * ReferenceNetworks.Built mc = Microcircuit.scaled(0.1).seed(2).build();
 * Simulation sim = Simulation.build(mc.network()).run(Units.second.of(1));
 * }</pre>
 *
 * @param neuronScale   the fraction of each population's neurons kept, in (0, 1]
 * @param inDegreeScale the fraction of each neuron's synapses kept, in (0, 1]
 * @param poisson       Poisson background ({@code true}) or its mean as a constant current
 * @param thalamus      the thalamic pulse, or {@code null} for none
 * @param seed          the seed of connectivity, weights, delays, initial potentials and background
 */
public record Microcircuit(double neuronScale, double inDegreeScale, boolean poisson, Thalamus thalamus, long seed) {
    /** The populations, in the paper's order (and the order of {@link ReferenceNetworks.Built#spikes()}). */
    public static final List<String> POPULATIONS = List.of("L23E", "L23I", "L4E", "L4I", "L5E", "L5I", "L6E", "L6I");
    /** Neurons of each population at full scale (Table 5). */
    public static final List<Integer> FULL_SIZES = List.of(20683, 5834, 21915, 5479, 4850, 1065, 14395, 2948);
    /** External (background) in-degree of each population at full scale (Table 5). */
    public static final List<Integer> EXTERNAL_IN_DEGREES = List.of(1600, 1500, 2100, 1900, 2000, 1900, 2900, 2100);
    /**
     * Population rates (Hz) of NEST's implementation at full scale, which the scaling's constant
     * current compensates with (NEST's {@code full_mean_rates}).
     */
    public static final List<Double> FULL_SCALE_RATES = List.of(0.903, 2.965, 4.414, 5.876, 7.569, 8.633, 1.105, 7.829);
    /** Connection probabilities from the thalamus onto each population (Table 5). */
    public static final List<Double> THALAMIC_PROBABILITIES = List.of(0.0, 0.0, 0.0983, 0.0619, 0.0, 0.0, 0.0512, 0.0196);
    /** Neurons in the thalamus. */
    public static final int THALAMIC_NEURONS = 902;

    /** Connection probabilities, target (row) by source (column), in the order of {@link #POPULATIONS} (Table 5). */
    private static final double[][] PROBABILITIES = {
        {0.1009, 0.1689, 0.0437, 0.0818, 0.0323, 0.0, 0.0076, 0.0},
        {0.1346, 0.1371, 0.0316, 0.0515, 0.0755, 0.0, 0.0042, 0.0},
        {0.0077, 0.0059, 0.0497, 0.135, 0.0067, 0.0003, 0.0453, 0.0},
        {0.0691, 0.0029, 0.0794, 0.1597, 0.0033, 0.0, 0.1057, 0.0},
        {0.1004, 0.0622, 0.0505, 0.0057, 0.0831, 0.3726, 0.0204, 0.0},
        {0.0548, 0.0269, 0.0257, 0.0022, 0.06, 0.3158, 0.0086, 0.0},
        {0.0156, 0.0066, 0.0211, 0.0166, 0.0572, 0.0197, 0.0396, 0.2252},
        {0.0364, 0.001, 0.0034, 0.0005, 0.0277, 0.008, 0.0658, 0.1443}};
    /** Mean initial potential (mV) of each population, NEST's 'optimized' start. */
    private static final double[] V0_MEAN = {-68.28, -63.16, -63.33, -63.45, -63.11, -61.66, -66.72, -61.43};
    /** Standard deviation of the initial potential (mV) of each population. */
    private static final double[] V0_SD = {5.36, 4.57, 4.74, 4.94, 4.94, 4.55, 5.46, 4.48};

    private static final double TAU_M = 10e-3;
    private static final double TAU_SYN = 0.5e-3;
    private static final double C_M = 250e-12;
    private static final double PSP = 0.15e-3;
    private static final double G = -4;
    private static final double BACKGROUND_RATE = 8;
    private static final double DT = 0.1e-3;
    private static final double WEIGHT_RELATIVE_SD = 0.1;
    private static final double DELAY_RELATIVE_SD = 0.5;
    private static final double EXCITATORY_DELAY = 1.5e-3;
    private static final double INHIBITORY_DELAY = 0.75e-3;

    /**
     * A pulse of thalamic input: each of {@link #THALAMIC_NEURONS} neurons fires as a Poisson
     * process at {@code rate} from {@code start} for {@code duration} (the paper's Fig. 10:
     * 120 Hz for 10 ms).
     */
    public record Thalamus(Quantity start, Quantity duration, Quantity rate) {
        /**
         * @param start    when the pulse begins, a time of 0 s or later
         * @param duration how long it lasts, a positive time
         * @param rate     each thalamic neuron's firing rate during the pulse, 0 Hz or more
         * @throws SynfireException if a value has the wrong dimension or is out of range
         */
        public Thalamus {
            if (!start.dimension().equals(Units.second.dimension()) || !duration.dimension().equals(Units.second.dimension())
                || !(start.si() >= 0) || !(duration.si() > 0) || !rate.dimension().equals(Units.Hz.dimension()) || !(rate.si() >= 0)) {
                throw new SynfireException("Microcircuit.thalamicInput: start " + start + ", duration " + duration + ", rate " + rate
                    + "; give a start of 0 s or later, a positive duration and a rate of 0 Hz or more (the paper: 700 ms, 10 ms, 120 Hz)");
            }
        }
    }

    /**
     * @param neuronScale   the fraction of each population's neurons kept, in (0, 1]
     * @param inDegreeScale the fraction of each neuron's synapses kept, in (0, 1]
     * @param poisson       Poisson background ({@code true}) or its mean as a constant current
     * @param thalamus      the thalamic pulse, or {@code null} for none
     * @param seed          the seed of connectivity, weights, delays, initial potentials and background
     * @throws SynfireException if a scale is outside (0, 1], or the neuron scale leaves L5I without a neuron
     */
    public Microcircuit {
        if (!(neuronScale > 0 && neuronScale <= 1) || !(inDegreeScale > 0 && inDegreeScale <= 1)) {
            throw new SynfireException("Microcircuit: scales " + neuronScale + " (neurons) and " + inDegreeScale + " (in-degrees); "
                + "give fractions above 0 and at most 1 (1 is the full model)");
        }
        if (Math.rint(1065 * neuronScale) < 1) {
            throw new SynfireException("Microcircuit: a neuron scale of " + neuronScale + " leaves L5I without a neuron; give at least "
                + (0.5 / 1065));
        }
    }

    /**
     * The model at {@code scale} of its neurons and in-degrees, Poisson background, seed 1.
     *
     * @param scale the fraction of neurons and of in-degrees kept, in (0, 1]; 1 is the full model
     * @return the configuration; nothing is built yet
     * @throws SynfireException if the scale is outside (0, 1] or too small to keep a neuron in every population
     */
    public static Microcircuit scaled(double scale) {
        return new Microcircuit(scale, scale, true, null, 1);
    }

    /**
     * The same model with another seed.
     *
     * @param value the seed of connectivity, weights, delays, initial potentials and background
     * @return a configuration that differs from this one in its seed only
     */
    public Microcircuit seed(long value) {
        return new Microcircuit(neuronScale, inDegreeScale, poisson, thalamus, value);
    }

    /**
     * The same model with in-degrees scaled by {@code scale} instead (the neuron scale unchanged).
     *
     * @param scale the fraction of each neuron's synapses kept, in (0, 1]
     * @return a configuration that differs from this one in its in-degree scale only
     * @throws SynfireException if the scale is outside (0, 1]
     */
    public Microcircuit inDegreeScale(double scale) {
        return new Microcircuit(neuronScale, scale, poisson, thalamus, seed);
    }

    /**
     * The same model with its background as constant currents of the Poisson input's mean (NEST's {@code poisson_input: False}).
     *
     * @return a configuration that differs from this one in its background only
     */
    public Microcircuit dcBackground() {
        return new Microcircuit(neuronScale, inDegreeScale, false, thalamus, seed);
    }

    /**
     * The same model with a thalamic pulse, e.g. {@code thalamicInput(ms.of(700), ms.of(10), Hz.of(120))}.
     *
     * @param start    when the pulse begins, a time of 0 s or later
     * @param duration how long it lasts, a positive time
     * @param rate     each thalamic neuron's firing rate during the pulse, a frequency of 0 Hz or more
     * @return a configuration that differs from this one in its thalamic input only
     * @throws SynfireException if a value has the wrong dimension or is out of range
     */
    public Microcircuit thalamicInput(Quantity start, Quantity duration, Quantity rate) {
        return new Microcircuit(neuronScale, inDegreeScale, poisson, new Thalamus(start, duration, rate), seed);
    }

    /**
     * Connection probabilities of the paper's Table 5.
     *
     * @return the probabilities, target (row) by source (column), in the order of {@link #POPULATIONS}; a copy the
     *         caller may change
     */
    public static double[][] probabilities() {
        double[][] out = new double[8][];
        for (int i = 0; i < 8; i++) {
            out[i] = PROBABILITIES[i].clone();
        }
        return out;
    }

    /** {@return neurons of each population at this scale, in the order of {@link #POPULATIONS}} */
    public int[] sizes() {
        int[] out = new int[8];
        for (int i = 0; i < 8; i++) {
            out[i] = (int) Math.rint(FULL_SIZES.get(i) * neuronScale);
        }
        return out;
    }

    /** The number of synapses a connection probability {@code c} stands for between populations of {@code pre} and {@code post} neurons. */
    static double synapses(double c, double pre, double post) {
        double pairs = pre * post;
        return Math.log(1 - c) / Math.log((pairs - 1) / pairs);
    }

    /** Synapses between the populations at full scale, target by source (unrounded). */
    private static double[][] fullSynapses() {
        double[][] k = new double[8][8];
        for (int i = 0; i < 8; i++) {
            for (int j = 0; j < 8; j++) {
                k[i][j] = synapses(PROBABILITIES[i][j], FULL_SIZES.get(j), FULL_SIZES.get(i));
            }
        }
        return k;
    }

    /**
     * Synapses between the populations at this scale, rounded half to even as NEST's implementation rounds them.
     *
     * @return synapse counts, target (row) by source (column), in the order of {@link #POPULATIONS}
     */
    public long[][] synapses() {
        double[][] full = fullSynapses();
        long[][] out = new long[8][8];
        for (int i = 0; i < 8; i++) {
            for (int j = 0; j < 8; j++) {
                out[i][j] = (long) Math.rint(full[i][j] * neuronScale * inDegreeScale);
            }
        }
        return out;
    }

    /** {@return all synapses between the populations at this scale, without background or thalamic ones} */
    public long totalSynapses() {
        long total = 0;
        for (long[] row : synapses()) {
            for (long k : row) {
                total += k;
            }
        }
        return total;
    }

    /** The current jump (A) whose postsynaptic potential peaks at {@code psp} volts, for these membrane and synaptic time constants. */
    static double current(double psp) {
        // The potential of an exponential current J·e^(-t/τs) through the membrane peaks at
        // J·τm·τs/(Cm·(τm − τs))·(e^(-t*/τm) − e^(-t*/τs)), where its derivative vanishes:
        // t* = ln(τm/τs)·τm·τs/(τm − τs) (Hanuschkin et al. 2010, eq. 5, as NEST's helpers use it).
        double peak = Math.log(TAU_M / TAU_SYN) * TAU_M * TAU_SYN / (TAU_M - TAU_SYN);
        double perAmp = TAU_M * TAU_SYN / (C_M * (TAU_M - TAU_SYN)) * (Math.exp(-peak / TAU_M) - Math.exp(-peak / TAU_SYN));
        return psp / perAmp;
    }

    /** Mean weights (A) at full scale, target by source: 0.15 mV as a current, doubled from L4E onto L2/3E, −4 times from inhibitory cells. */
    private static double[][] fullWeights() {
        double j = current(PSP);
        double[][] w = new double[8][8];
        for (int i = 0; i < 8; i++) {
            for (int s = 0; s < 8; s++) {
                w[i][s] = s % 2 == 0 ? j : G * j;
            }
        }
        w[0][2] = 2 * j;
        return w;
    }

    /**
     * Mean weights at this scale: the full-scale weights divided by {@code sqrt(inDegreeScale)}.
     *
     * @return weights in pA, target (row) by source (column), in the order of {@link #POPULATIONS}; negative from
     *         inhibitory populations
     */
    public double[][] meanWeightsPa() {
        double[][] w = fullWeights();
        for (double[] row : w) {
            for (int s = 0; s < 8; s++) {
                row[s] = row[s] / Math.sqrt(inDegreeScale) * 1e12;
            }
        }
        return w;
    }

    /** {@return the background in-degree of each population at this scale, in the order of {@link #POPULATIONS}} */
    public int[] externalInDegrees() {
        int[] out = new int[8];
        for (int i = 0; i < 8; i++) {
            out[i] = (int) Math.rint(EXTERNAL_IN_DEGREES.get(i) * inDegreeScale);
        }
        return out;
    }

    /**
     * The constant current (pA) each population receives: the DC background when the background
     * is not Poisson, plus the mean input that scaling the in-degrees takes away.
     *
     * @return the current of each population in pA, in the order of {@link #POPULATIONS}; all 0 for the full model
     *         with Poisson background
     */
    public double[] dcPa() {
        double jExt = current(PSP);
        double[][] k = fullSynapses();
        double[][] w = fullWeights();
        double lost = 1 - Math.sqrt(inDegreeScale);
        double[] dc = new double[8];
        for (int i = 0; i < 8; i++) {
            double external = BACKGROUND_RATE * EXTERNAL_IN_DEGREES.get(i) * jExt;
            double recurrent = 0;
            for (int s = 0; s < 8; s++) {
                recurrent += w[i][s] * k[i][s] / FULL_SIZES.get(i) * FULL_SCALE_RATES.get(s);
            }
            dc[i] = TAU_SYN * (poisson ? lost * (recurrent + external) : external + lost * recurrent) * 1e12;
        }
        return dc;
    }

    /**
     * Synapses from the thalamus onto each population at this scale, whether or not a thalamic pulse is configured.
     *
     * @return synapse counts in the order of {@link #POPULATIONS}
     */
    public long[] thalamicSynapses() {
        long[] out = new long[8];
        for (int i = 0; i < 8; i++) {
            out[i] = (long) Math.rint(synapses(THALAMIC_PROBABILITIES.get(i), THALAMIC_NEURONS, FULL_SIZES.get(i)) * neuronScale * inDegreeScale);
        }
        return out;
    }

    /**
     * Makes the network: its specs, with a spike probe on each population.
     *
     * @return the network and its spike probes, in the order of {@link #POPULATIONS}
     */
    public ReferenceNetworks.Built build() {
        Network net = Network.create().dt(Units.ms.of(DT * 1e3)).seed(seed);
        int[] sizes = sizes();
        double[] dc = dcPa();
        NeuronModel lif = Library.lifExpCurrent().with("R", Quantity.of(TAU_M / C_M, Units.ohm)).with("tau", Units.ms.of(TAU_M * 1e3))
            .with("tau_syn", Units.ms.of(TAU_SYN * 1e3)).with("El", Units.mV.of(-65)).with("theta", Units.mV.of(-50))
            .with("Vr", Units.mV.of(-65)).with("tref", Units.ms.of(2));
        List<GroupSpec> groups = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int p = i;
            groups.add(net.group(POPULATIONS.get(i), sizes[i], lif, g -> g.set("I", Units.pA.of(dc[p]))
                .set("v", Initializer.normal(Units.mV.of(V0_MEAN[p]), Units.mV.of(V0_SD[p])))));
        }
        SynapseModel synapse = SynapseModel.of("microcircuit_synapse", "w : amp (constant)").onPre("I_syn_post += w");
        long[][] k = synapses();
        double[][] w = meanWeightsPa();
        for (int i = 0; i < 8; i++) {
            for (int s = 0; s < 8; s++) {
                if (k[i][s] > 0) {
                    net.connect(POPULATIONS.get(s) + "_" + POPULATIONS.get(i), groups.get(s), groups.get(i), synapse,
                        Connect.fixedTotalNumber(k[i][s]), weightsAndDelays(w[i][s], s % 2 == 0 ? EXCITATORY_DELAY : INHIBITORY_DELAY));
                }
            }
        }
        if (poisson) {
            int[] external = externalInDegrees();
            Quantity weight = Units.pA.of(current(PSP) / Math.sqrt(inDegreeScale) * 1e12);
            for (int i = 0; i < 8; i++) {
                net.poissonInput(POPULATIONS.get(i) + "_background", groups.get(i), "I_syn", external[i], Units.Hz.of(BACKGROUND_RATE), weight);
            }
        }
        if (thalamus != null) {
            GroupSpec th = net.group("thalamus", THALAMIC_NEURONS, Library.poisson(Stimuli.step(thalamus.start(),
                Quantity.si(thalamus.start().si() + thalamus.duration().si(), thalamus.start().dimension()), thalamus.rate())));
            long[] kt = thalamicSynapses();
            for (int i = 0; i < 8; i++) {
                if (kt[i] > 0) {
                    net.connect("thalamus_" + POPULATIONS.get(i), th, groups.get(i), synapse, Connect.fixedTotalNumber(kt[i]),
                        weightsAndDelays(current(PSP) / Math.sqrt(inDegreeScale) * 1e12, EXCITATORY_DELAY));
                }
            }
        }
        List<SpikeProbeSpec> spikes = groups.stream().map(g -> net.probe(Probe.spikes(g))).toList();
        return new ReferenceNetworks.Built(net, spikes);
    }

    /** Weights around {@code meanPa} (10 % sd, the sign kept) and delays around {@code delay} seconds (50 % sd, at least half a step). */
    private static Consumer<ProjectionSpec.Builder> weightsAndDelays(double meanPa, double delay) {
        Initializer.Normal weight = Initializer.normal(Units.pA.of(meanPa), Units.pA.of(Math.abs(meanPa) * WEIGHT_RELATIVE_SD));
        Quantity zero = Units.pA.of(0);
        Initializer.Normal delays = Initializer.normal(Units.ms.of(delay * 1e3), Units.ms.of(delay * DELAY_RELATIVE_SD * 1e3))
            .within(Units.ms.of(DT * 1e3 / 2), null);
        return p -> p.set("w", meanPa > 0 ? weight.within(zero, null) : weight.within(null, zero)).delay(delays);
    }
}
