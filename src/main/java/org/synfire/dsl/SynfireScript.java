package org.synfire.dsl;

import groovy.lang.Binding;
import groovy.lang.Closure;
import groovy.lang.DelegatesTo;
import groovy.lang.Script;
import groovy.transform.stc.ClosureParams;
import groovy.transform.stc.SimpleType;
import java.util.List;
import java.util.Map;
import org.synfire.connectivity.Connect;
import org.synfire.connectivity.ConnectionRule;
import org.synfire.build.BuildReport;
import org.synfire.sim.Simulation;
import org.synfire.model.GroupSpec;
import org.synfire.model.LinkedVariable;
import org.synfire.model.Network;
import org.synfire.model.NeuronModel;
import org.synfire.model.PoissonInputSpec;
import org.synfire.model.ProbeSpec;
import org.synfire.model.ProjectionSpec;
import org.synfire.model.RateProbeSpec;
import org.synfire.model.SpikeProbeSpec;
import org.synfire.model.StateProbeSpec;
import org.synfire.model.SynapseModel;
import org.synfire.model.SynapseProbeSpec;
import org.synfire.model.TimedArray;
import org.synfire.model.library.Library;
import org.synfire.model.morphology.DLambda;
import org.synfire.model.morphology.Morphology;
import org.synfire.plot.Figure;
import org.synfire.plot.Plots;
import org.synfire.probe.SpikeTrains;
import org.synfire.units.Quantity;
import org.synfire.units.Units;
import tech.tablesaw.api.Table;

/**
 * The base class of Synfire scripts: its public methods are the DSL's words, with one model word
 * per neuron template of the library ({@code lif}, {@code izhikevich}, ...) that
 * {@link ModelWords} adds to each script. A script describes
 * a network at its top level, as in Brian2 ({@code def exc = group('exc', 100, lif(tau: 10.ms))},
 * {@code connect exc, exc, onPre: 'v += 0.5*mV', p: 0.1}, {@code def sp = probe spikes(exc)}),
 * then runs it ({@code run 200.ms}), reads and changes state ({@code exc.v}, {@code exc.tau = 15.ms})
 * and runs again. Everything goes into the {@link Session} held by the binding variable
 * {@value #SESSION}, so scripts sharing a binding (REPL lines, notebook cells) share one network.
 *
 * <p>The words avoid {@code call} and the names of {@link Closure}'s own methods, which a closure
 * under {@code @CompileStatic} would take for itself; {@code run} is a word only at the top level.
 */
public abstract class SynfireScript extends Script {
    /** The binding variable holding the session. */
    public static final String SESSION = "synfire";

    /** The named argument of {@code group} that holds its initialisation block. */
    private static final String INITIALIZE = "initialize";

    protected SynfireScript() {
    }

    protected SynfireScript(Binding binding) {
        super(binding);
    }

    /** This script's session (created on first use if the binding has none). */
    public Session getSynfire() {
        Binding b = getBinding();
        if (!b.hasVariable(SESSION) || !(b.getVariable(SESSION) instanceof Session)) {
            b.setVariable(SESSION, new Session(Session.Options.defaults()));
        }
        return (Session) b.getVariable(SESSION);
    }

    private Network network(String word) {
        return getSynfire().describing(word);
    }

    // ---- the network as a whole ----------------------------------------------------------------

    /** Sets the time step (default 0.1 ms). */
    public void dt(Quantity step) {
        network("dt").dt(step);
    }

    /** Sets the seed of every random stream; a seed from the command line wins. */
    public void seed(long value) {
        getSynfire().seed(value);
    }

    /** Sets the number of worker threads; a thread count from the command line wins. */
    public void threads(int count) {
        getSynfire().threads(count);
    }

    /** Forgets the network and starts an empty one (Brian2's {@code start_scope()}), e.g. between runs of a sweep. */
    public void startScope() {
        getSynfire().startScope();
    }

    /** Builds the network now (the first {@code run} does it otherwise) and returns the simulation. */
    public Simulation build() {
        return getSynfire().simulation();
    }

    /** The built simulation, for the whole Java API. */
    public Simulation getSimulation() {
        return getSynfire().built("simulation");
    }

    /** The build report: methods chosen, synapses, bytes, timings. */
    public BuildReport report() {
        return getSynfire().simulation().report();
    }

    /** Simulates {@code duration} more, building the network first if needed. */
    public void run(Quantity duration) {
        getSynfire().run(duration);
    }

    /**
     * Goes back to time 0 and the state the build made, without building again (Nengo's
     * {@code sim.reset()}): every variable as initialised, nothing in flight, every probe empty.
     * The next run repeats the first one exactly.
     */
    public void reset() {
        getSynfire().built("reset").reset();
    }

    /**
     * Like {@link #reset()}, but the next runs draw their noise and Poisson inputs from
     * {@code seed}: another trial of the same network (its connectivity and initial values stay).
     */
    public void reset(long seed) {
        getSynfire().built("reset").reset(seed);
    }

    /**
     * A script parameter: {@code def g = param('g', 5)}. The command line's
     * {@code --param g=6} replaces the default, parsed to the default's type (a whole number, a
     * number, a quantity in the same unit, true/false or text).
     */
    public Object param(String name, Object defaultValue) {
        return getSynfire().param(name, defaultValue);
    }

    /**
     * Saves a result in the output folder (the command line's {@code --out}): a Tablesaw table as
     * {@code name.csv}, a figure as {@code name.png} and {@code name.svg}, text as {@code name.txt}.
     * Returns the files written.
     */
    public List<java.nio.file.Path> save(Object result, String name) {
        return Saving.save(getSynfire(), result, name);
    }

    // ---- results ------------------------------------------------------------------------------

    /**
     * Recordings as one Tablesaw table: spike probes give {@code t_ms, neuron, group} (several
     * probes stacked), a state or synapse probe its trace in tall format, a rate probe
     * {@code t_ms, count, rate_Hz}. See {@link org.synfire.table.Tables} for more.
     */
    public Table table(Recording... recordings) {
        return Results.table(recordings);
    }

    /**
     * Every synapse of a built projection as a table: {@code synapse, source, target, delay_ms}
     * and one column per synaptic variable (see {@link org.synfire.table.Tables#synapses}).
     */
    public Table table(Projection projection) {
        return projection.table();
    }

    /** A new, empty {@link Summary} of key numbers, to save as a table. */
    public Summary summary() {
        return new Summary();
    }

    /** A raster plot of spike probes, coloured by group: {@code save raster(excSpikes, inhSpikes), 'raster'}. */
    public Figure raster(Recording... spikes) {
        return Plots.raster(Results.spikeTable("raster", spikes));
    }

    /** A variable of a state probe over time, a line per neuron; {@code threshold:} adds a dashed line. */
    public Figure tracePlot(Map<String, ?> options, Recording state, String variable) {
        Arguments a = new Arguments("tracePlot", options);
        Quantity threshold = a.quantity("threshold");
        a.finish(List.of("threshold"));
        return threshold == null ? Plots.trace(state.trace(), variable) : Plots.trace(state.trace(), variable, threshold);
    }

    public Figure tracePlot(Recording state, String variable) {
        return tracePlot(Map.of(), state, variable);
    }

    /** A rate probe's population rate over time. */
    public Figure ratePlot(Recording rate) {
        return Plots.rate(rate.rate());
    }

    // ---- neuron models ---------------------------------------------------------------------------

    /**
     * What the model words {@code lif}, {@code izhikevich}, ... (one per
     * {@link Library#neuronTemplates() neuron template}, added to each script when it is compiled)
     * call: the template's defaults for a null {@code argument}, with some replaced for a map of
     * named values, or a preset for its name.
     */
    protected NeuronModel neuronTemplate(String word, Object argument) {
        return Models.template(word, argument);
    }

    /** Independent Poisson spike sources at {@code rate}: a quantity, an expression of {@code t} as text, or a timed array. */
    public NeuronModel poisson(Object rate) {
        if (rate instanceof TimedArray rates) {
            return Library.poisson(rates);
        }
        return rate instanceof CharSequence text ? Library.poisson(text.toString())
            : Library.poisson(Arguments.quantity("poisson", rate, "give a rate such as 10.Hz"));
    }

    /**
     * Values in time, as Brian2's {@code TimedArray}: {@code timed([0.nA, 0.5.nA, 0.nA], dt: 100.ms)}
     * holds each value for {@code dt} and the last one after; a list of lists gives one row per
     * sample and one value per neuron ({@code name(t, i)}). Drive a parameter with it
     * ({@code lif(I: timed(...))}, {@code group(..., I: timed(...))}) or name it as a function the
     * equations call ({@code model('... stim(t) ...', stim: timed(...))}).
     */
    public TimedArray timed(Map<String, ?> options, List<?> values) {
        Arguments a = new Arguments("timed", options);
        Quantity dt = a.quantity("dt");
        a.finish(List.of("dt"));
        if (dt == null) {
            throw new DslException("timed", "give the sampling interval, e.g. timed([0.nA, 0.5.nA], dt: 100.ms)");
        }
        return Arguments.timedArray(values, dt);
    }

    /**
     * A model from equations: {@code model('dv/dt = -v/tau : volt\ntau : second', threshold: 'v > 1*mV',
     * reset: 'v = 0*mV', refractory: 2.ms, method: 'exact', tau: 10.ms)}; custom events besides the
     * spike with {@code events: [plateau: 'v_dend > -30*mV']} and the statements they run with
     * {@code runOnEvent: [plateau: 'v_dend = -60*mV']} (Brian2's {@code events=} and
     * {@code run_on_event}); other named arguments are default values.
     */
    public NeuronModel model(Map<String, ?> options, String equations) {
        return Models.neuron(options, equations);
    }

    public NeuronModel model(String equations) {
        return Models.neuron(Map.of(), equations);
    }

    // ---- morphologies ----------------------------------------------------------------------------

    /**
     * A neuron's shape (geometry only, see {@link Morphology}):
     * {@code def cell = morphology { soma diameter: 20.um; dendrite('d', length: 200.um, diameter: 1.um, compartments: 10)
     * { dendrite 'd1', length: 100.um, diameter: 0.5.um }; axon 'axon', length: 1.mm, diameter: 1.um }}. A section's
     * {@code diameter: [2.um, 0.5.um]} tapers; one given no {@code compartments:} has one, unless {@code Ri:} and
     * {@code Cm:} (e.g. {@code Ri: 100.ohm * 1.cm, Cm: 1.uF / 1.cm / 1.cm}) choose counts by NEURON's d_lambda rule,
     * with {@code dLambda:} (default 0.1) and {@code frequency:} (default 100 Hz). {@code file:} reads an SWC file
     * instead of the block (see {@link #swc}).
     */
    public Morphology morphology(Map<String, ?> options,
                                 @DelegatesTo(value = MorphologyBlock.class, strategy = Closure.DELEGATE_FIRST) Closure<?> shape) {
        Arguments a = new Arguments("morphology", options);
        Object file = a.take("file");
        DLambda rule = dLambda(a);
        a.finish(List.of("file", "Ri", "Cm", "dLambda", "frequency"));
        if ((file == null) == (shape == null)) {
            throw new DslException("morphology", file == null ? "give a block, morphology { soma diameter: 20.um; ... }, or file: 'cell.swc'"
                : "give file: or a block, not both");
        }
        Morphology m;
        if (file != null) {
            m = Morphology.readSwc(java.nio.file.Path.of(file.toString()));
        } else {
            Morphology.Builder builder = Morphology.builder();
            Closure<?> c = shape.rehydrate(new MorphologyBlock(builder), this, this);
            c.setResolveStrategy(Closure.DELEGATE_FIRST);
            c.call();
            m = builder.build();
        }
        return rule == null ? m : m.withCompartments(rule);
    }

    public Morphology morphology(@DelegatesTo(value = MorphologyBlock.class, strategy = Closure.DELEGATE_FIRST) Closure<?> shape) {
        return morphology(Map.of(), shape);
    }

    /** A morphology from an SWC file: {@code morphology(file: 'cell.swc', Ri: 100.ohm * 1.cm, Cm: 1.uF / 1.cm / 1.cm)}. */
    public Morphology morphology(Map<String, ?> options) {
        return morphology(options, null);
    }

    /**
     * Reads an SWC file (path from the working folder) as {@link Morphology#readSwc(java.nio.file.Path)} does:
     * {@code def cell = swc('scripts/data/ball_and_stick.swc')}; {@code cell.warnings} lists what it kept going past.
     */
    public Morphology swc(String file) {
        return morphology(Map.of("file", file), null);
    }

    /** The d_lambda rule from {@code Ri:}, {@code Cm:}, {@code dLambda:} and {@code frequency:}, or null when none is given. */
    private static DLambda dLambda(Arguments a) {
        Quantity ri = a.quantity("Ri");
        Quantity cm = a.quantity("Cm");
        Double fraction = a.number("dLambda");
        Quantity frequency = a.quantity("frequency");
        if (ri == null && cm == null && fraction == null && frequency == null) {
            return null;
        }
        if (ri == null || cm == null) {
            throw new DslException("morphology", "the d_lambda rule needs both Ri: and Cm:, e.g. Ri: 100.ohm * 1.cm, Cm: 1.uF / 1.cm / 1.cm");
        }
        return new DLambda(ri, cm, fraction != null ? fraction : 0.1, frequency != null ? frequency : Units.Hz.of(100));
    }

    // ---- synapse models ------------------------------------------------------------------------

    /**
     * A synapse model: {@code synapse('w : volt', onPre: 'v += w')}, with {@code onPost:} and default
     * values as the other named arguments.
     */
    public SynapseModel synapse(Map<String, ?> options, String equations) {
        return Models.synapse(options, equations);
    }

    /** A synapse model without equations: {@code synapse(onPre: 'v += 0.5*mV')}. */
    public SynapseModel synapse(Map<String, ?> options) {
        return Models.synapse(options, "");
    }

    /** Pair-based STDP (Song, Miller &amp; Abbott 2000): {@code stdp(on: 'ge', unit: 'siemens', wmax: 0.01.nS)}. */
    public SynapseModel stdp(Map<String, ?> options) {
        return Models.plastic("stdp", options, Library::stdp);
    }

    /** Triplet STDP (Pfister &amp; Gerstner 2006). */
    public SynapseModel tripletStdp(Map<String, ?> options) {
        return Models.plastic("tripletStdp", options, Library::tripletStdp);
    }

    /** Inhibitory STDP (Vogels et al. 2011). */
    public SynapseModel inhibitoryStdp(Map<String, ?> options) {
        return Models.plastic("inhibitoryStdp", options, Library::inhibitoryStdp);
    }

    /** Tsodyks–Markram short-term plasticity: {@code tsodyksMarkram(on: 'v', unit: 'volt', preset: 'depressing')}. */
    public SynapseModel tsodyksMarkram(Map<String, ?> options) {
        Arguments a = new Arguments("tsodyksMarkram", options);
        String preset = a.text("preset");
        if (preset == null || !Library.tsodyksMarkramPresets().contains(preset)) {
            throw new DslException("tsodyksMarkram", "give preset: one of " + String.join(", ", Library.tsodyksMarkramPresets()));
        }
        return Models.plastic("tsodyksMarkram", a.rest(), (target, unit) -> Library.tsodyksMarkram(target, unit, preset));
    }

    // ---- connection rules ------------------------------------------------------------------------

    public ConnectionRule allToAll() {
        return Connect.allToAll();
    }

    public ConnectionRule oneToOne() {
        return Connect.oneToOne();
    }

    public ConnectionRule probability(double p) {
        return Connect.probability(p);
    }

    public ConnectionRule fixedInDegree(int k) {
        return Connect.fixedInDegree(k);
    }

    public ConnectionRule fixedOutDegree(int k) {
        return Connect.fixedOutDegree(k);
    }

    /** Synapses where {@code expression} (of i, j and pre/post variables) holds, e.g. {@code 'abs(i - j) < 10'}. */
    public ConnectionRule condition(String expression) {
        return Connect.condition(expression);
    }

    // ---- the network's parts ------------------------------------------------------------------

    /**
     * Adds a group: {@code group('exc', 3200, lifConductance(), v: '-60*mV + rand()*10*mV')}; named
     * arguments set values, and so does an optional closure ({@code { v = -60.mV; I = 0.5.nA }}).
     * {@code initialize: 'r = rand(); c = -65*mV + 15*mV*r**2; d = 8*mV/ms - 6*mV/ms*r**2'} runs
     * statements per neuron after the values, with temporaries such as {@code r} (see
     * {@link GroupSpec.Builder#initialize}).
     */
    public Group group(Map<String, ?> values, String name, int size, NeuronModel model,
                       @DelegatesTo(value = GroupValues.class, strategy = Closure.DELEGATE_FIRST) Closure<?> configure) {
        Network net = network("group");
        NeuronModel driven = model;
        for (Map.Entry<String, ?> e : values.entrySet()) {
            if (e.getValue() instanceof TimedArray input) {
                driven = Models.timed(driven, e.getKey(), input);
            }
        }
        // 'initialize:' is the initialisation block, unless the model has a variable of that name.
        boolean block = values.get(INITIALIZE) instanceof CharSequence && model.equations().get(INITIALIZE) == null;
        GroupSpec spec = net.group(name, size, driven, b -> {
            values.forEach((k, v) -> {
                if (!(v instanceof TimedArray) && !(block && k.equals(INITIALIZE))) {
                    GroupValues.set(b, k, v, name);
                }
            });
            if (block) {
                b.initialize(values.get(INITIALIZE).toString());
            }
            if (configure != null) {
                fill(configure, new GroupValues(b, name));
            }
        });
        return added(spec);
    }

    /** Runs a values closure on its delegate, the delegate's words first. */
    private void fill(Closure<?> configure, Object delegate) {
        Closure<?> c = configure.rehydrate(delegate, this, this);
        c.setResolveStrategy(Closure.DELEGATE_FIRST);
        c.call();
    }

    /** The handle of a group just added to the network, kept by the session. */
    private Group added(GroupSpec spec) {
        Group g = new Group(getSynfire(), spec);
        getSynfire().add(g);
        return g;
    }

    public Group group(Map<String, ?> values, String name, int size, NeuronModel model) {
        return group(values, name, size, model, null);
    }

    public Group group(String name, int size, NeuronModel model,
                       @DelegatesTo(value = GroupValues.class, strategy = Closure.DELEGATE_FIRST) Closure<?> configure) {
        return group(Map.of(), name, size, model, configure);
    }

    public Group group(String name, int size, NeuronModel model) {
        return group(Map.of(), name, size, model, null);
    }

    /**
     * Adds {@code count} spatial neurons of one shape (see {@link Network#spatial}): named
     * arguments set values in every compartment, and the closure sets them everywhere, per
     * section or at a location, and says where the neurons spike:
     * <pre>{@code
     * def cells = spatial('cells', 100, cell, Library.hodgkinHuxleyMembrane(), Cm: '1*uF/cm**2', Ri: '100*ohm*cm', v: -65.mV) {
     *     section('dend') { gNa = '0*mS/cm**2'; gK = '0*mS/cm**2' }
     *     at('dend', 400.um) { I = 0.2.nA }
     * }
     * }</pre>
     * The group's elements are compartments: neuron {@code n}'s compartment {@code c} is {@code cells[n*compartments + c]}.
     */
    public Group spatial(Map<String, ?> values, String name, int count, Morphology morphology, NeuronModel model,
                         @DelegatesTo(value = SpatialValues.class, strategy = Closure.DELEGATE_FIRST) Closure<?> configure) {
        GroupSpec spec = network("spatial").spatial(name, count, morphology, model, b -> {
            SpatialValues delegate = new SpatialValues(b, name);
            values.forEach(delegate::set);
            if (configure != null) {
                fill(configure, delegate);
            }
        });
        return added(spec);
    }

    public Group spatial(Map<String, ?> values, String name, int count, Morphology morphology, NeuronModel model) {
        return spatial(values, name, count, morphology, model, null);
    }

    public Group spatial(String name, int count, Morphology morphology, NeuronModel model,
                         @DelegatesTo(value = SpatialValues.class, strategy = Closure.DELEGATE_FIRST) Closure<?> configure) {
        return spatial(Map.of(), name, count, morphology, model, configure);
    }

    /** Sources firing at given times: {@code spikeSource('input', 3, indices: [0, 2], times: [10.ms, 20.ms])}. */
    public Group spikeSource(Map<String, ?> events, String name, int size) {
        Arguments a = new Arguments("spikeSource", events);
        int[] indices = Arguments.indices("spikeSource(indices:)", a.take("indices"));
        Object times = a.take("times");
        a.finish(List.of("indices", "times"));
        if (!(times instanceof List<?> list) || list.size() != indices.length) {
            throw new DslException("spikeSource", "give times: a list of " + indices.length + " times, one per index");
        }
        double[] ms = new double[indices.length];
        for (int k = 0; k < ms.length; k++) {
            ms[k] = Arguments.quantity("spikeSource(times:)", list.get(k), "give times such as 10.ms").in(Units.ms);
        }
        Group g = new Group(getSynfire(), network("spikeSource").spikeSource(name, size, indices, ms, Units.ms));
        getSynfire().add(g);
        return g;
    }

    /** Sources replaying spike trains made elsewhere, e.g. by a neural code: {@code spikeSource('input', code.encode(values))}. */
    public Group spikeSource(String name, SpikeTrains trains) {
        Group g = new Group(getSynfire(), network("spikeSource").spikeSource(name, trains.groupSize(), trains.indices(),
            trains.times(Units.ms), Units.ms));
        getSynfire().add(g);
        return g;
    }

    /**
     * Connects two populations (or one to itself):
     * {@code connect exc, inh, synapse: s, p: 0.02, w: 0.4.nS, delay: 1.5.ms}. Named arguments:
     * {@code synapse:} a model, or {@code model:} equations with {@code onPre:}/{@code onPost:}
     * code; the rule as {@code rule:}, or {@code p:} (with {@code condition:} to restrict it),
     * {@code inDegree:}, {@code outDegree:} (default all to all); {@code autapses:} true or false;
     * {@code delay:} a quantity or an expression; {@code name:}; {@code onEvent:} a custom event of
     * the source that triggers {@code onPre} instead of its spikes; every other one a synaptic value.
     * Either end may be a slice ({@code connect exc[0..399], inh, ...}); {@code i} and {@code j}
     * then count from the slice's first neuron.
     */
    public Projection connect(Map<String, ?> options, Group source, Group target) {
        Session session = getSynfire();
        Network net = network("connect");
        Arguments a = new Arguments("connect", options);
        String name = a.text("name");
        SynapseModel model = Models.connection(a);
        ConnectionRule rule = Models.rule(a);
        Object delay = a.take("delay");
        String onEvent = a.text("onEvent");
        for (String key : a.rest().keySet()) {
            if (!model.settable().contains(key)) {
                throw DslException.unknown("connect", "named argument", key, Models.connectWords(model));
            }
        }
        if (!(target.spec() instanceof GroupSpec)) {
            throw new DslException("connect", "the target '" + target.name() + "' is a spike source; connect onto a neuron group");
        }
        String projectionName = name != null ? name : session.freeProjectionName(source.spec().name() + "_" + target.spec().name());
        ProjectionSpec spec = net.connect(projectionName, source.neurons(), target.neurons(), model, rule, b -> {
            a.rest().forEach((k, v) -> Arguments.setValue(b::set, b::set, k, v, projectionName));
            if (delay instanceof CharSequence text) {
                b.delay(text.toString());
            } else if (delay != null) {
                b.delay(Arguments.quantity("connect(delay:)", delay, "give a delay such as 1.5.ms"));
            }
            if (onEvent != null) {
                b.onEvent(onEvent);
            }
        });
        Projection p = new Projection(session, spec);
        session.add(p);
        return p;
    }

    public Projection connect(Group source, Group target) {
        return connect(Map.of(), source, target);
    }

    /**
     * Brian2's {@code PoissonInput}: {@code poissonInput exc, 'v', n: 1000, rate: 10.Hz, weight: 0.1.mV}
     * gives every neuron {@code n} independent Poisson sources adding {@code weight} to {@code v}.
     */
    public PoissonInputSpec poissonInput(Map<String, ?> options, Group target, String variable) {
        Arguments a = new Arguments("poissonInput", options);
        Integer n = a.integer("n");
        Object rate = a.take("rate");
        Quantity weight = a.quantity("weight");
        String name = a.text("name");
        a.finish(List.of("n", "rate", "weight", "name"));
        if (n == null || rate == null || weight == null) {
            throw new DslException("poissonInput", "give n:, rate: and weight:, e.g. poissonInput exc, 'v', n: 1000, rate: 10.Hz, weight: 0.1.mV");
        }
        if (!(target.neurons() instanceof GroupSpec g)) {
            throw new DslException("poissonInput", "the target '" + target.name() + "' is " + (target.spec() instanceof GroupSpec
                ? "a slice; Poisson input goes to whole groups (connect a poisson() group to the slice instead)"
                : "a spike source; give a neuron group"));
        }
        String input = name != null ? name : target.name() + "_" + variable + "_poisson";
        return rate instanceof TimedArray rates ? network("poissonInput").poissonInput(input, g, variable, n, rates, weight)
            : network("poissonInput").poissonInput(input, g, variable, n,
                Arguments.quantity("poissonInput(rate:)", rate, "give a rate such as 10.Hz or timed([...], dt: ...) in Hz"), weight);
    }

    // ---- per-step operations ----------------------------------------------------------------------

    /**
     * Brian2's {@code run_regularly}: {@code runRegularly exc, 'v += 1*mV', every: 10.ms} runs the
     * statements on every neuron of {@code group} at the start of each step whose time is a
     * multiple of {@code every:} (t = 0 included), before that step's input; checked like a reset
     * and compiled into the group's kernel. Only before the first run.
     */
    public void runRegularly(Map<String, ?> options, Group group, String statements) {
        Arguments a = new Arguments("runRegularly", options);
        Quantity every = a.quantity("every");
        a.finish(List.of("every"));
        if (every == null) {
            throw new DslException("runRegularly", "give every:, e.g. runRegularly exc, 'v += 1*mV', every: 10.ms");
        }
        group.runRegularly(statements, every);
    }

    /**
     * Brian2's {@code network_operation}: {@code every(1.ms) { sim -> exc.I = ... }} calls the
     * closure with the simulation at the start of every step whose time is a multiple of the
     * interval (t = 0 included), between steps, for what no equation expresses; it reads and sets
     * state as a script does after a run. Declared before the first run it is added when the
     * network is built. {@code name:} names it in messages; see {@link Simulation#every}.
     */
    public void every(Map<String, ?> options, Quantity interval,
                      @ClosureParams(value = SimpleType.class, options = "org.synfire.sim.Simulation") Closure<?> operation) {
        Arguments a = new Arguments("every", options);
        String name = a.text("name");
        a.finish(List.of("name"));
        getSynfire().every(name, interval, operation::call);
    }

    public void every(Quantity interval,
                      @ClosureParams(value = SimpleType.class, options = "org.synfire.sim.Simulation") Closure<?> operation) {
        every(Map.of(), interval, operation);
    }

    /**
     * A variable of another group, for a {@code (linked)} parameter (Brian2's {@code linked_var}):
     * {@code group('dend', 100, dendrite, v_soma: linked(soma, 'v'))}, one to one; with
     * {@code index: [0, 0, 1, 1]} neuron k reads the source's neuron {@code index[k]}. The value is
     * the source's at the start of each step.
     */
    public LinkedVariable linked(Map<String, ?> options, Group source, String variable) {
        Arguments a = new Arguments("linked", options);
        LinkedVariable link = LinkedVariable.of(source.neurons(), variable);
        Object index = a.take("index");
        a.finish(List.of("index"));
        return index == null ? link : link.index(Arguments.indices("linked(index:)", index));
    }

    public LinkedVariable linked(Group source, String variable) {
        return linked(Map.of(), source, variable);
    }

    // ---- probes ------------------------------------------------------------------------------

    /**
     * Records spikes: {@code probe spikes(exc)}, {@code spikes(exc[0..99])} (numbered 0..99 from the
     * slice's start), or {@code spikes(exc, neurons: 0..99, from: 1.s, to: 2.s)}.
     */
    public SpikeProbeSpec spikes(Map<String, ?> options, Group population) {
        return recordingWhen("spikes", options, org.synfire.model.Probe.spikes(population.neurons()));
    }

    public SpikeProbeSpec spikes(Group population) {
        return spikes(Map.of(), population);
    }

    /**
     * Records a custom event of a group's model (Brian2's {@code EventMonitor}):
     * {@code probe events(exc, 'plateau')}, with the named arguments of {@link #spikes}.
     */
    public SpikeProbeSpec events(Map<String, ?> options, Group group, String event) {
        return recordingWhen("events", options, org.synfire.model.Probe.events(group.neurons(), event));
    }

    public SpikeProbeSpec events(Group group, String event) {
        return events(Map.of(), group, event);
    }

    /** A spike or event probe with the named arguments {@code neurons:}, {@code from:}, {@code to:} and {@code file:}. */
    private SpikeProbeSpec recordingWhen(String word, Map<String, ?> options, SpikeProbeSpec probe) {
        Arguments a = new Arguments(word, options);
        SpikeProbeSpec spec = probe;
        Object neurons = a.take("neurons");
        if (neurons != null) {
            spec = spec.neurons(Arguments.indices(word + "(neurons:)", neurons));
        }
        Quantity[] window = window(a);
        if (window != null) {
            spec = spec.between(window[0], window[1]);
        }
        Object file = a.take("file");
        if (file != null) {
            spec = spec.toFile(java.nio.file.Path.of(file.toString()));
        }
        a.finish(List.of("neurons", "from", "to", "file"));
        return spec;
    }

    /** Records variables: {@code probe state(exc, 'v', neurons: 0..9, every: 0.5.ms)} (default: neuron 0, every step). */
    public StateProbeSpec state(Map<String, ?> options, Group group, String... variables) {
        if (!(group.spec() instanceof GroupSpec g)) {
            throw new DslException("state", "'" + group.name() + "' is a spike source, which has no state to record");
        }
        Arguments a = new Arguments("state", options);
        for (String v : variables) {
            if (!g.model().equations().names().contains(v)) {
                throw DslException.missing("state", "group '" + g.name() + "'", v, g.model().equations().names());
            }
        }
        StateProbeSpec spec = org.synfire.model.Probe.state(group.neurons(), variables);
        Object neurons = a.take("neurons");
        if (neurons != null) {
            spec = spec.neurons(Arguments.indices("state(neurons:)", neurons));
        }
        Quantity every = a.quantity("every");
        if (every != null) {
            spec = spec.every(every);
        }
        Quantity[] window = window(a);
        if (window != null) {
            spec = spec.between(window[0], window[1]);
        }
        a.finish(List.of("neurons", "every", "from", "to"));
        return spec;
    }

    public StateProbeSpec state(Group group, String... variables) {
        return state(Map.of(), group, variables);
    }

    /** The variables as a list: {@code probe state(exc, ['v', 'w'], neurons: 0..9)}. */
    public StateProbeSpec state(Map<String, ?> options, Group group, List<String> variables) {
        return state(options, group, variables.toArray(String[]::new));
    }

    public StateProbeSpec state(Group group, List<String> variables) {
        return state(Map.of(), group, variables);
    }

    /** Records the population rate: {@code probe rate(inh, bin: 1.ms)} (default bin 1 ms). */
    public RateProbeSpec rate(Map<String, ?> options, Group population) {
        Arguments a = new Arguments("rate", options);
        Quantity bin = a.quantity("bin");
        RateProbeSpec spec = org.synfire.model.Probe.rate(population.neurons(), bin != null ? bin : Units.ms.of(1));
        Quantity[] window = window(a);
        if (window != null) {
            spec = spec.between(window[0], window[1]);
        }
        a.finish(List.of("bin", "from", "to"));
        return spec;
    }

    public RateProbeSpec rate(Group population) {
        return rate(Map.of(), population);
    }

    /** Records synaptic variables: {@code probe synapses(plastic, 'w', synapses: 0..99, every: 1.s)}. */
    public SynapseProbeSpec synapses(Map<String, ?> options, Projection projection, String... variables) {
        Arguments a = new Arguments("synapses", options);
        SynapseProbeSpec spec = org.synfire.model.Probe.synapses(projection.spec(), variables);
        Object which = a.take("synapses");
        if (which != null) {
            spec = spec.synapses(Arguments.indices("synapses(synapses:)", which));
        }
        Quantity every = a.quantity("every");
        if (every != null) {
            spec = spec.every(every);
        }
        a.finish(List.of("synapses", "every"));
        return spec;
    }

    public SynapseProbeSpec synapses(Projection projection, String... variables) {
        return synapses(Map.of(), projection, variables);
    }

    /** Adds a probe to the network and returns the handle its results are read from after a run. */
    public Recording probe(ProbeSpec spec) {
        Network net = network("probe");
        ProbeSpec added;
        if (spec instanceof SpikeProbeSpec s) {
            added = net.probe(s);
        } else if (spec instanceof StateProbeSpec s) {
            added = net.probe(s);
        } else if (spec instanceof RateProbeSpec r) {
            added = net.probe(r);
        } else if (spec instanceof SynapseProbeSpec s) {
            added = net.probe(s);
        } else {
            throw new DslException("probe", spec + " is not a probe; use spikes(...), state(...), rate(...) or synapses(...)");
        }
        return new Recording(getSynfire(), added);
    }

    /** The line of this script now running, found on the stack (0 if it cannot be told). */
    private static Quantity[] window(Arguments a) {
        Quantity from = a.quantity("from");
        Quantity to = a.quantity("to");
        if (from == null && to == null) {
            return null;
        }
        return new Quantity[] {from != null ? from : Units.second.of(0), to};
    }
}
