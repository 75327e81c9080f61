package org.synfire.dsl;

import groovy.lang.Binding;
import groovy.lang.Closure;
import groovy.lang.DelegatesTo;
import groovy.lang.Script;
import groovy.transform.stc.ClosureParams;
import groovy.transform.stc.SimpleType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.synfire.connectivity.Connect;
import org.synfire.connectivity.ConnectionRule;
import org.synfire.build.BuildReport;
import org.synfire.sim.Simulation;
import org.synfire.model.GroupSpec;
import org.synfire.model.Initializer;
import org.synfire.model.LinkedVariable;
import org.synfire.model.Network;
import org.synfire.model.NetworkSpec;
import org.synfire.model.NeuronModel;
import org.synfire.model.PopulationSpec;
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
import org.synfire.model.library.ReferenceNetworks;
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

    /** A script with an empty binding; Groovy's script compiler calls it. */
    protected SynfireScript() {
    }

    /**
     * A script whose variables, and so whose session, are those of {@code binding}.
     *
     * @param binding the variables, shared by REPL lines and notebook cells
     */
    protected SynfireScript(Binding binding) {
        super(binding);
    }

    /**
     * The word {@code synfire}: the script's session, made on first use.
     *
     * @return the session held by the binding variable {@value #SESSION}
     */
    @Word("The script's session (`synfire`): the network being described, its simulation once built, and the script's parameters. Created on first use.")
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

    /**
     * The word {@code dt}: sets the time step of the simulation.
     *
     * @param step the time step, a time (default 0.1 ms)
     * @throws DslException once the network is built
     */
    @Word("Sets the time step of the simulation: `dt 0.05.ms` (default 0.1 ms). Only before the first run.")
    public void dt(Quantity step) {
        network("dt").dt(step);
    }

    /**
     * The word {@code seed}: sets the seed of every random stream, unless the command line gave one.
     *
     * @param value the seed
     * @throws DslException once the network is built
     */
    @Word("Sets the seed of every random stream (`seed 42`); the same seed gives the same network and spikes. A seed from the command line (`--seed`) wins.")
    public void seed(long value) {
        getSynfire().seed(value);
    }

    /**
     * The word {@code threads}: sets the number of worker threads, unless the command line gave one; results do not depend on it.
     *
     * @param count worker threads, at least 1
     * @throws DslException for fewer than 1
     */
    @Word("Sets the number of worker threads (`threads 4`); results do not depend on it. A thread count from the command line wins.")
    public void threads(int count) {
        getSynfire().threads(count);
    }

    /**
     * The word {@code startScope}: forgets the network and starts an empty one; handles of the old
     * network still read its results.
     */
    @Word("Forgets the network and starts an empty one (Brian2's `start_scope()`), e.g. between the runs of a sweep in one script.")
    public void startScope() {
        getSynfire().startScope();
    }

    /**
     * The word {@code network}: starts a new network from a reference network of the library, with
     * handles for its groups, projections and spike probes.
     *
     * @param reference a built reference network, e.g. {@code Microcircuit.scaled(0.1).build()}
     * @return its groups, projections and spike recordings, by the library's names
     */
    @Word("Starts a new network from a reference network of the library (as `startScope()` starts an empty one) and returns it: `def mc = network Microcircuit.scaled(0.1).build()`, or `network ReferenceNetworks.brunel(5, 2, 1)`. Its groups and projections are the script's (`mc.groups.L23E`, `mc.projections.L4E_L23E`), each population's spikes are recorded (`mc.spikes`, in the library's order), and more probes, values and inputs may be added before the first run. A seed from the command line replaces the network's.")
    public ReferenceNetwork network(ReferenceNetworks.Built reference) {
        Session session = getSynfire();
        Network net = reference.network();
        session.startScope(net);
        NetworkSpec spec = net.spec();
        Map<String, Group> groups = new LinkedHashMap<>();
        for (PopulationSpec p : spec.populations()) {
            Group g = new Group(session, p);
            session.add(g);
            groups.put(p.name(), g);
        }
        Map<String, Projection> projections = new LinkedHashMap<>();
        for (ProjectionSpec p : spec.projections()) {
            Projection handle = new Projection(session, p);
            session.add(handle);
            projections.put(p.name(), handle);
        }
        List<Recording> spikes = reference.spikes().stream().map(p -> new Recording(session, p)).toList();
        return new ReferenceNetwork(groups, projections, spikes);
    }

    /**
     * The word {@code build}: builds the network now, if it is not built yet.
     *
     * @return the simulation; after it the network can no longer change
     * @throws org.synfire.build.BuildException listing every problem the build found
     */
    @Word("Builds the network now and returns the simulation (the first `run` does it otherwise); after it the network can no longer change.")
    public Simulation build() {
        return getSynfire().simulation();
    }

    /**
     * The word {@code simulation}: the built simulation, for the whole Java API.
     *
     * @return the simulation
     * @throws DslException before the network is built
     */
    @Word("The built simulation (`simulation`), for the whole Java API: `simulation.t()`, `simulation.group('exc')`.")
    public Simulation getSimulation() {
        return getSynfire().built("simulation");
    }

    /**
     * The word {@code report}: how the network was built, building it if it is not yet.
     *
     * @return the build report: integration methods, synapses, bytes and timings
     * @throws org.synfire.build.BuildException listing every problem the build found
     */
    @Word("The build report: the integration method chosen per group, synapses made, bytes allocated and timings (`println report()`).")
    public BuildReport report() {
        return getSynfire().simulation().report();
    }

    /**
     * The word {@code run}: simulates {@code duration} more, building the network on the first run.
     *
     * @param duration a time, from where the last run stopped
     * @throws org.synfire.build.BuildException on the first run, listing every problem the build found
     * @throws DslException once a signal has stopped the session (the command line's answer to SIGTERM)
     */
    @Word("Simulates `duration` more: `run 200.ms`. The first run builds the network; later runs continue from where the last stopped.")
    public void run(Quantity duration) {
        getSynfire().run(duration);
    }

    /**
     * The word {@code reset}: goes back to time 0 and the state the build made, without building again.
     *
     * @throws DslException before the network is built
     */
    @Word("Goes back to time 0 and the state the build made, without building again (Nengo's `sim.reset()`): every variable as initialised, nothing in flight, every probe empty; the next run repeats the first exactly. `reset(seed)` does the same but draws noise and Poisson inputs from `seed`: another trial of the same network (connectivity and initial values stay).")
    public void reset() {
        getSynfire().built("reset").reset();
    }

    /**
     * Like {@link #reset()}, but draws noise and Poisson inputs from {@code seed}: another trial of the
     * same network, whose connectivity and initial values stay.
     *
     * @param seed the seed of the trial's random streams
     * @throws DslException before the network is built
     */
    public void reset(long seed) {
        getSynfire().built("reset").reset(seed);
    }

    /**
     * The word {@code param}: a script parameter, the command line's {@code --param name=...} (or a
     * sweep point's value) if given, else the default.
     *
     * @param name         the parameter's name
     * @param defaultValue its value when none is given; a given value is parsed to its type (a whole
     *                     number, a number, a quantity in its unit, true/false or text)
     * @return the value
     * @throws DslException if the given value cannot be parsed to the default's type
     */
    @Word("A script parameter: `def g = param('g', 5)`. The command line's `--param g=6` replaces the default, parsed to the default's type (a whole number, a number, a quantity in the same unit, true/false or text).")
    public Object param(String name, Object defaultValue) {
        return getSynfire().param(name, defaultValue);
    }

    /**
     * The word {@code save}: writes a result into the output folder, a table as CSV, a figure as PNG and
     * SVG, anything else as text.
     *
     * @param result a table, a figure, or anything with a text form
     * @param name   a plain file name without extension, e.g. {@code 'raster'}
     * @return the files written
     * @throws DslException if the name is not a plain file name
     */
    @Word("Saves a result in the output folder (the command line's `--out`): a table as `name.csv`, a figure as `name.png` and `name.svg`, text as `name.txt`: `save raster(sp), 'raster'`. Returns the files written.")
    public List<java.nio.file.Path> save(Object result, String name) {
        return Saving.save(getSynfire(), result, name);
    }

    /**
     * The word {@code sweep}: a parameter study, the block run at every point of the grid × seeds, each
     * in a network of its own.
     *
     * @param options the grid (one named argument per parameter) and {@code seeds:}, {@code parallel:},
     *                {@code threads:}, {@code out:}, {@code resume:}
     * @param block   builds and runs one point's network and returns its results
     * @return one row per point: {@code point}, the parameters, {@code seed}, the results, {@code status},
     *         {@code error}, {@code folder}
     * @throws DslException for a malformed grid or option, or when a point's mistake stops the study
     */
    @Word(value = "A parameter study: runs the block at every point of the grid × seeds, each point in a network of its own, and returns one "
        + "table row per point (`point`, the parameters, `seed`, the block's results, `status`, `error`, `folder`): "
        + "`def t = sweep(g: [4, 5, 6], eta: '1:4:0.5', seeds: 1..3) { def g = param('g', 5); ...; run 1.s; [rate_Hz: r, cv: cv] }`. "
        + "Inside the block `param(...)` reads the point's values and every word builds the point's own network; the block returns "
        + "a map of numbers, a `summary()` or a table of one row (or saves a table as 'summary'). Points run in parallel on the "
        + "machine's cores, reusing compiled kernels; a point that fails is a row with its message. The folder holds `sweep.csv`, "
        + "`sweep_mean.csv` (mean and sd over seeds), `study.json` and one folder per point with what it saved.", named = {
        @Word.Named(name = "(any parameter)", unit = "a list or range of values (numbers, quantities, texts), or a range as text '1:4:0.5'",
            doc = "the values of that param(...) to sweep"),
        @Word.Named(name = "seeds", unit = "range or list of whole numbers, or text '1..10'", fallback = "none: the block's own seed",
            doc = "each parameter point runs once per seed"),
        @Word.Named(name = "parallel", unit = "whole number", fallback = "the cores", doc = "points at a time (at most the cores; fewer when their networks do not fit the heap)"),
        @Word.Named(name = "threads", unit = "whole number", fallback = "cores / parallel", doc = "threads per point"),
        @Word.Named(name = "out", unit = "path (text)", fallback = "sweep-N in the output folder", doc = "the study folder"),
        @Word.Named(name = "resume", unit = "true/false", fallback = "false", doc = "skip the points whose results the folder holds (by parameters and seed)")})
    public Table sweep(Map<String, ?> options,
                       @DelegatesTo(value = SynfireScript.class, strategy = Closure.DELEGATE_FIRST)
                       @ClosureParams(value = SimpleType.class, options = "org.synfire.sweep.Point") Closure<?> block) {
        return Sweeping.run(this, options, block);
    }

    // ---- results ------------------------------------------------------------------------------

    /**
     * The word {@code table}: recordings as one table, after a run.
     *
     * @param recordings spike probes (stacked), or one state, synapse or rate probe
     * @return the table: {@code t_ms, neuron, group} for spikes, a state trace in tall format, {@code t_ms, count, rate_Hz} for a rate
     * @throws DslException without recordings, before the network is built, or for probes of kinds that do not stack
     */
    @Word("Recordings as one Tablesaw table: spike probes give `t_ms, neuron, group` (several probes stacked), a state or synapse probe its trace in tall format, a rate probe `t_ms, count, rate_Hz`. `table(projection)` lists every synapse of a built projection: `synapse, source, target, delay_ms` and one column per synaptic variable.")
    public Table table(Recording... recordings) {
        return Results.table(recordings);
    }

    /**
     * Every synapse of a built projection as a table.
     *
     * @param projection the projection
     * @return {@code synapse, source, target, delay_ms} and a column per synaptic variable
     * @throws DslException before the network is built
     */
    public Table table(Projection projection) {
        return projection.table();
    }

    /**
     * The word {@code summary}: a new, empty summary of key numbers.
     *
     * @return the summary, to fill with {@code add}
     */
    @Word("A new, empty summary of key numbers (`summary().add('rate', rate)`), to print or save as a table.")
    public Summary summary() {
        return new Summary();
    }

    /**
     * The word {@code raster}: a raster plot of spike probes, after a run.
     *
     * @param spikes spike or event probes, a band each
     * @return the figure
     * @throws DslException before the network is built, or for a probe that records no spikes
     */
    @Word("A raster plot of spike probes, a band per group in its colour, labelled with what it records (`exc, first 100 of 3,200`): `raster(excSpikes, inhSpikes).title('CUBA')`.")
    public Figure raster(Recording... spikes) {
        return Plots.raster(java.util.Arrays.stream(spikes).map(Recording::trains).toArray(org.synfire.probe.SpikeTrains[]::new));
    }

    /**
     * The word {@code tracePlot}: a variable of a state probe over time, a line per recorded neuron.
     *
     * @param options  {@code threshold:}, a quantity of the variable's dimension for a dashed line
     * @param state    a state probe
     * @param variable one of its variables, e.g. {@code 'v'}
     * @return the figure
     * @throws DslException for an unknown named argument, before the network is built, or for a probe that is no state probe
     */
    @Word(value = "A variable of a state probe over time, one line per recorded neuron: `tracePlot(vm, 'v', threshold: -50.mV)`. For several variables, record them in one probe (`state(exc, ['v', 'w'])`) and plot each.", named = {
        @Word.Named(name = "threshold", unit = "volt (any unit of the variable)", fallback = "none", doc = "draws a dashed horizontal line at this value")})
    public Figure tracePlot(Map<String, ?> options, Recording state, String variable) {
        Arguments a = new Arguments("tracePlot", options);
        Quantity threshold = a.quantity("threshold");
        a.finish(List.of("threshold"));
        return threshold == null ? Plots.trace(state.trace(), variable) : Plots.trace(state.trace(), variable, threshold);
    }

    /**
     * {@link #tracePlot(Map, Recording, String)} without a threshold line.
     *
     * @param state    a state probe
     * @param variable one of its variables, e.g. {@code 'v'}
     * @return the figure
     * @throws DslException before the network is built, or for a probe that is no state probe
     */
    public Figure tracePlot(Recording state, String variable) {
        return tracePlot(Map.of(), state, variable);
    }

    /**
     * The word {@code ratePlot}: a rate probe's population rate over time.
     *
     * @param rate a rate probe
     * @return the figure, rate in Hz
     * @throws DslException before the network is built, or for a probe that is no rate probe
     */
    @Word("A rate probe's population rate over time: `ratePlot(probe rate(exc, bin: 5.ms))`.")
    public Figure ratePlot(Recording rate) {
        return Plots.rate(rate.rate());
    }

    // ---- neuron models ---------------------------------------------------------------------------

    /**
     * What the model words {@code lif}, {@code izhikevich}, ... (one per
     * {@link Library#neuronTemplates() neuron template}, added to each script when it is compiled)
     * call: the template's defaults for a null {@code argument}, with some replaced for a map of
     * named values, or a preset for its name.
     *
     * @param word     the model word, the template's name
     * @param argument {@code null}, a map of parameter values, or a preset's name
     * @return the model
     * @throws DslException for an unknown parameter or preset, naming the known ones
     */
    protected NeuronModel neuronTemplate(String word, Object argument) {
        return Models.template(word, argument);
    }

    /**
     * The word {@code poisson}: independent Poisson spike sources, as a group's model.
     *
     * @param rate a rate (a quantity in Hz), an expression of {@code t} as text, or a timed array in Hz
     * @return the model
     * @throws DslException if {@code rate} is none of these
     */
    @Word("Independent Poisson spike sources at `rate`: a quantity (`poisson(10.Hz)`), an expression of `t` as text (`poisson('10*Hz + 5*Hz*sin(2*pi*t/second)')`), or a timed array; use it as a group's model.")
    public NeuronModel poisson(Object rate) {
        if (rate instanceof TimedArray rates) {
            return Library.poisson(rates);
        }
        return rate instanceof CharSequence text ? Library.poisson(text.toString())
            : Library.poisson(Arguments.quantity("poisson", rate, "give a rate such as 10.Hz"));
    }

    /**
     * The word {@code timed}: values in time, as Brian2's {@code TimedArray}.
     *
     * @param options {@code dt:}, how long each value holds (required)
     * @param values  the values, each held for {@code dt}; a list of lists gives one row per sample and a value per neuron
     * @return the timed array
     * @throws DslException without {@code dt:}, or for values of mixed units
     */
    @Word(value = "Values in time, as Brian2's `TimedArray`: `timed([0.nA, 0.5.nA, 0.nA], dt: 100.ms)` holds each value for `dt` and the last one after; a list of lists gives one row per sample and one value per neuron (`name(t, i)`). Drive a parameter with it (`lif(I: timed(...))`) or name it as a function the equations call (`model('... stim(t) ...', stim: timed(...))`).", named = {
        @Word.Named(name = "dt", unit = "second", fallback = "required", doc = "how long each value holds")})
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
     * The word {@code model}: a neuron model from equations.
     *
     * @param options   {@code threshold:}, {@code reset:}, {@code refractory:}, {@code method:}, {@code name:},
     *                  {@code events:}, {@code runOnEvent:}; any other is a parameter's default value
     * @param equations the equations, one per line, Brian2's syntax
     * @return the model
     * @throws DslException for a named argument of the wrong kind
     * @throws org.synfire.equations.EquationException for equations that do not parse or whose units disagree
     */
    @Word(value = "A neuron model from equations: `model('dv/dt = -v/tau : volt\\ntau : second', threshold: 'v > 1*mV', reset: 'v = 0*mV', refractory: 2.ms, tau: 10.ms)`; every other named argument is a default value.", named = {
        @Word.Named(name = "threshold", unit = "condition (text)", fallback = "none: never spikes", doc = "when a neuron spikes, e.g. 'v > -50*mV'"),
        @Word.Named(name = "reset", unit = "statements (text)", fallback = "none", doc = "what a spike does to the neuron, e.g. 'v = -65*mV'"),
        @Word.Named(name = "refractory", unit = "second, or a condition (text)", fallback = "none", doc = "how long after a spike the neuron stays refractory (variables flagged (unless refractory) are held)"),
        @Word.Named(name = "method", unit = "text", fallback = "tried in order: exact, exponential_euler, rk2/rk4, euler", doc = "the integration method"),
        @Word.Named(name = "name", unit = "text", fallback = "model", doc = "the model's name in messages"),
        @Word.Named(name = "events", unit = "map of names to conditions (text)", fallback = "none", doc = "custom events besides the spike (Brian2's events=), e.g. [plateau: 'v_dend > -30*mV']"),
        @Word.Named(name = "runOnEvent", unit = "map of names to statements (text)", fallback = "none", doc = "what each custom event does where it holds (Brian2's run_on_event)"),
        @Word.Named(name = "(any parameter)", unit = "the parameter's unit", doc = "its default value, e.g. tau: 10.ms")})
    public NeuronModel model(Map<String, ?> options, String equations) {
        return Models.neuron(options, equations);
    }

    /**
     * A neuron model from equations alone, without threshold or reset: it never spikes.
     *
     * @param equations the equations, one per line, Brian2's syntax
     * @return the model
     * @throws org.synfire.equations.EquationException for equations that do not parse or whose units disagree
     */
    public NeuronModel model(String equations) {
        return Models.neuron(Map.of(), equations);
    }

    // ---- morphologies ----------------------------------------------------------------------------

    /**
     * The word {@code morphology}: a neuron's shape from a block of sections, or from an SWC file.
     *
     * @param options {@code file:}, and {@code Ri:} with {@code Cm:} (and {@code dLambda:}, {@code frequency:})
     *                to cut sections by NEURON's d_lambda rule
     * @param shape   the sections, in {@link MorphologyBlock}'s words; {@code null} with {@code file:}
     * @return the shape, cut into compartments
     * @throws DslException for both or neither of a block and {@code file:}, or {@code Ri:} without {@code Cm:}
     * @throws org.synfire.model.morphology.MorphologyException for a shape that cannot be built
     * @throws org.synfire.model.morphology.SwcException for a malformed SWC file
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    @Word(value = "A neuron's shape (geometry so far): `def cell = morphology { soma diameter: 20.um; dendrite('d', length: 200.um, diameter: 1.um, compartments: 10) { dendrite 'd1', length: 100.um, diameter: 0.5.um }; axon 'axon', length: 1.mm, diameter: 1.um }`. A section's `diameter: [2.um, 0.5.um]` tapers; one given no `compartments:` has one unless `Ri:` and `Cm:` choose counts by NEURON's d_lambda rule.", named = {
        @Word.Named(name = "file", unit = "path (text)", fallback = "none: the block", doc = "reads an SWC file instead of the block (see swc)"),
        @Word.Named(name = "Ri", unit = "ohm*meter", fallback = "none", doc = "axial resistivity, with Cm: for the d_lambda rule"),
        @Word.Named(name = "Cm", unit = "farad/meter**2", fallback = "none", doc = "membrane capacitance per area, with Ri: for the d_lambda rule"),
        @Word.Named(name = "dLambda", unit = "number", fallback = "0.1", doc = "compartment length as a fraction of the length constant at frequency:"),
        @Word.Named(name = "frequency", unit = "hertz", fallback = "100 Hz", doc = "the frequency of the d_lambda rule's length constant")})
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

    /**
     * A neuron's shape from a block of sections, each with its own compartment count.
     *
     * @param shape the sections, in {@link MorphologyBlock}'s words
     * @return the shape
     * @throws org.synfire.model.morphology.MorphologyException for a shape that cannot be built
     */
    public Morphology morphology(@DelegatesTo(value = MorphologyBlock.class, strategy = Closure.DELEGATE_FIRST) Closure<?> shape) {
        return morphology(Map.of(), shape);
    }

    /**
     * A morphology from an SWC file: {@code morphology(file: 'cell.swc', Ri: 100.ohm * 1.cm, Cm: 1.uF / 1.cm / 1.cm)}.
     *
     * @param options {@code file:} (required), and {@code Ri:} with {@code Cm:} (and {@code dLambda:},
     *                {@code frequency:}) to cut sections by NEURON's d_lambda rule
     * @return the shape
     * @throws DslException without {@code file:}, or {@code Ri:} without {@code Cm:}
     * @throws org.synfire.model.morphology.SwcException for a malformed SWC file
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public Morphology morphology(Map<String, ?> options) {
        return morphology(options, null);
    }

    /**
     * The word {@code swc}: reads a reconstructed neuron from an SWC file.
     *
     * @param file the path, from the working folder
     * @return the shape; its {@code warnings} list what was kept going past
     * @throws org.synfire.model.morphology.SwcException for a malformed SWC file
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    @Word("Reads a reconstructed neuron from an SWC file (path from the working folder): `def cell = swc('scripts/data/ball_and_stick.swc')`; `cell.warnings` lists what it kept going past.")
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
     * The word {@code synapse}: a synapse model from equations, for {@code connect ..., synapse: s}.
     *
     * @param options   {@code onPre:}, {@code onPost:}, {@code name:}; any other is a parameter's default value
     * @param equations per-synapse variables, e.g. {@code 'w : volt'}
     * @return the model
     * @throws DslException for an unknown named argument or one of the wrong kind
     */
    @Word(value = "A synapse model: `synapse('w : volt', onPre: 'v += w')`, or without equations `synapse(onPre: 'v += 0.5*mV')`; every other named argument is a default value. Pass it to `connect ..., synapse: s`.", named = {
        @Word.Named(name = "onPre", unit = "statements (text)", fallback = "none", doc = "what a presynaptic spike does, e.g. 'v += w' (v of the target)"),
        @Word.Named(name = "onPost", unit = "statements (text)", fallback = "none", doc = "what a postsynaptic spike does"),
        @Word.Named(name = "name", unit = "text", fallback = "synapse", doc = "the model's name in messages"),
        @Word.Named(name = "(any parameter)", unit = "the parameter's unit", doc = "its default value, e.g. w: 0.5.mV")})
    public SynapseModel synapse(Map<String, ?> options, String equations) {
        return Models.synapse(options, equations);
    }

    /**
     * A synapse model without equations of its own, e.g. {@code synapse(onPre: 'v += 0.5*mV')}.
     *
     * @param options {@code onPre:}, {@code onPost:}, {@code name:}; any other is a parameter's default value
     * @return the model
     * @throws DslException for an unknown named argument or one of the wrong kind
     */
    public SynapseModel synapse(Map<String, ?> options) {
        return Models.synapse(options, "");
    }

    /**
     * The word {@code stdp}: additive pair-based STDP with all-to-all trace interaction (Song, Miller &amp; Abbott 2000).
     *
     * @param options {@code on:} (required) and {@code unit:}; any other is a parameter's default value
     * @return the model
     * @throws DslException without {@code on:}, or for an unknown parameter
     */
    @Word(value = "Additive pair-based STDP with all-to-all trace interaction (Song, Miller & Abbott 2000): `stdp(on: 'ge', unit: 'siemens', wmax: 0.01.nS)`. Parameters: w and wmax (in `unit`), taupre and taupost (20 ms), Aplus (0.005) and Aminus (-0.00525); Aplus and Aminus are relative to wmax: a pre-then-post pair changes w by about wmax·Aplus, a post-then-pre pair by wmax·Aminus, and w stays in [0, wmax].", named = {
        @Word.Named(name = "on", unit = "variable name (text)", fallback = "required", doc = "the target's variable each presynaptic spike adds the weight to, e.g. 'ge' or 'v'"),
        @Word.Named(name = "unit", unit = "unit name (text)", fallback = "'1' (dimensionless)", doc = "the unit of the weight w and of wmax, e.g. 'siemens' for a conductance or 'volt' for a jump in v"),
        @Word.Named(name = "(any parameter)", unit = "the parameter's unit", fallback = "the template's", doc = "its default value")})
    public SynapseModel stdp(Map<String, ?> options) {
        return Models.plastic("stdp", options, Library::stdp);
    }

    /**
     * The word {@code tripletStdp}: triplet STDP with visual-cortex parameters (Pfister &amp; Gerstner 2006).
     *
     * @param options {@code on:} (required) and {@code unit:}; any other is a parameter's default value
     * @return the model
     * @throws DslException without {@code on:}, or for an unknown parameter
     */
    @Word(value = "Triplet STDP, all-to-all, visual-cortex parameters (Pfister & Gerstner 2006): `tripletStdp(on: 'ge', unit: 'siemens', wmax: 0.01.nS)`; amplitudes are fractions of wmax.", named = {
        @Word.Named(name = "on", unit = "variable name (text)", fallback = "required", doc = "the target's variable each presynaptic spike adds the weight to, e.g. 'ge' or 'v'"),
        @Word.Named(name = "unit", unit = "unit name (text)", fallback = "'1' (dimensionless)", doc = "the unit of the weight w and of wmax, e.g. 'siemens' for a conductance or 'volt' for a jump in v"),
        @Word.Named(name = "(any parameter)", unit = "the parameter's unit", fallback = "the template's", doc = "its default value")})
    public SynapseModel tripletStdp(Map<String, ?> options) {
        return Models.plastic("tripletStdp", options, Library::tripletStdp);
    }

    /**
     * The word {@code inhibitoryStdp}: inhibitory STDP that sets the target rate {@code rho0} (Vogels et al. 2011).
     *
     * @param options {@code on:} (required) and {@code unit:}; any other is a parameter's default value
     * @return the model
     * @throws DslException without {@code on:}, or for an unknown parameter
     */
    @Word(value = "Inhibitory STDP that balances excitation and sets the target rate rho0 (Vogels et al. 2011): `inhibitoryStdp(on: 'gi', unit: 'siemens')`.", named = {
        @Word.Named(name = "on", unit = "variable name (text)", fallback = "required", doc = "the target's variable each presynaptic spike adds the weight to, e.g. 'ge' or 'v'"),
        @Word.Named(name = "unit", unit = "unit name (text)", fallback = "'1' (dimensionless)", doc = "the unit of the weight w and of wmax, e.g. 'siemens' for a conductance or 'volt' for a jump in v"),
        @Word.Named(name = "(any parameter)", unit = "the parameter's unit", fallback = "the template's", doc = "its default value")})
    public SynapseModel inhibitoryStdp(Map<String, ?> options) {
        return Models.plastic("inhibitoryStdp", options, Library::inhibitoryStdp);
    }

    /**
     * The word {@code tsodyksMarkram}: Tsodyks–Markram short-term plasticity.
     *
     * @param options {@code preset:} ({@code 'depressing'} or {@code 'facilitating'}) and {@code on:} (both
     *                required), {@code unit:}; any other is a parameter's default value
     * @return the model
     * @throws DslException without a known preset or {@code on:}, or for an unknown parameter
     */
    @Word(value = "Tsodyks–Markram short-term plasticity: `tsodyksMarkram(on: 'v', unit: 'volt', preset: 'depressing')`.", named = {
        @Word.Named(name = "preset", unit = "text", fallback = "required", doc = "'depressing' (Tsodyks & Markram 1997) or 'facilitating' (Markram, Wang & Tsodyks 1998)"),
        @Word.Named(name = "on", unit = "variable name (text)", fallback = "required", doc = "the target's variable each presynaptic spike adds the weight to, e.g. 'ge' or 'v'"),
        @Word.Named(name = "unit", unit = "unit name (text)", fallback = "'1' (dimensionless)", doc = "the unit of the weight w and of wmax, e.g. 'siemens' for a conductance or 'volt' for a jump in v"),
        @Word.Named(name = "(any parameter)", unit = "the parameter's unit", fallback = "the template's", doc = "its default value")})
    public SynapseModel tsodyksMarkram(Map<String, ?> options) {
        Arguments a = new Arguments("tsodyksMarkram", options);
        String preset = a.text("preset");
        if (preset == null || !Library.tsodyksMarkramPresets().contains(preset)) {
            throw new DslException("tsodyksMarkram", "give preset: one of " + String.join(", ", Library.tsodyksMarkramPresets()));
        }
        return Models.plastic("tsodyksMarkram", a.rest(), (target, unit) -> Library.tsodyksMarkram(target, unit, preset));
    }

    /**
     * The saturating NMDA synapse of Wang (2002), its gating summed into a variable of the target.
     *
     * @param options {@code on:} the target's variable (required), {@code unit:} the weight's unit,
     *                and any parameter of the template with its value
     * @return the synapse model, for {@code connect ..., synapse: nmda(...)}
     * @throws DslException if {@code on:} is missing or an option is not one of the template's
     */
    @Word(value = "NMDA synapse with saturating gating (Wang 2002): `nmda(on: 's_NMDA_tot')` sums w·s over each target's synapses into its s_NMDA_tot every step; ds/dt = -s/tau_decay + alpha·x·(1 - s), dx/dt = -x/tau_rise, a spike adds 1 to x. Parameters: w (per synapse, in `unit`), tau_decay (100 ms), tau_rise (2 ms), alpha (0.5 kHz). The target's model declares the variable (`s_NMDA_tot : 1`) and applies the Mg²⁺ block in its current.", named = {
        @Word.Named(name = "on", unit = "variable name (text)", fallback = "required", doc = "the target's variable the summed gating replaces each step, e.g. 's_NMDA_tot'"),
        @Word.Named(name = "unit", unit = "unit name (text)", fallback = "'1' (dimensionless)", doc = "the unit of the weight w and of the target variable, e.g. 'siemens' for a conductance"),
        @Word.Named(name = "(any parameter)", unit = "the parameter's unit", fallback = "the template's", doc = "its default value")})
    public SynapseModel nmda(Map<String, ?> options) {
        return Models.plastic("nmda", options, Library::nmda);
    }

    // ---- connection rules ------------------------------------------------------------------------

    /**
     * The word {@code allToAll}: every source to every target, {@code connect}'s default.
     *
     * @return the rule
     */
    @Word("The rule connecting every source to every target (`connect`'s default): `connect a, b, rule: allToAll(), onPre: 'v += 1*mV'`.")
    public ConnectionRule allToAll() {
        return Connect.allToAll();
    }

    /**
     * The word {@code oneToOne}: source {@code i} to target {@code i}.
     *
     * @return the rule
     */
    @Word("The rule connecting source i to target i: `connect a, b, rule: oneToOne(), ...`.")
    public ConnectionRule oneToOne() {
        return Connect.oneToOne();
    }

    /**
     * The word {@code probability}: each pair a synapse with probability {@code p}, independently.
     *
     * @param p the probability, in [0, 1]
     * @return the rule
     * @throws org.synfire.SynfireException if {@code p} is outside [0, 1]
     */
    @Word("The rule making each pair a synapse with probability `p`, independently: `rule: probability(0.1)` (or `p: 0.1`).")
    public ConnectionRule probability(double p) {
        return Connect.probability(p);
    }

    /**
     * The word {@code fixedTotalNumber}: exactly {@code n} synapses between random sources and targets; pairs may repeat.
     *
     * @param n the number of synapses
     * @return the rule
     */
    @Word("The rule making exactly `n` synapses, each between a random source and a random target (NEST's `fixed_total_number`, pairs may repeat): `rule: fixedTotalNumber(20000)`.")
    public ConnectionRule fixedTotalNumber(long n) {
        return Connect.fixedTotalNumber(n);
    }

    /**
     * The word {@code normal}: values drawn per neuron or synapse from a normal distribution, drawn again outside {@code low}..{@code high}.
     *
     * @param options {@code low:} and {@code high:}, the bounds, in the mean's dimension
     * @param mean    the mean
     * @param sd      the standard deviation, zero or more, in the mean's dimension
     * @return the distribution, for a value of {@code group} or {@code connect}
     * @throws DslException for an unknown named argument
     * @throws org.synfire.SynfireException for a standard deviation or bound of another dimension, a negative
     *                                      standard deviation, or {@code low} above {@code high}
     */
    @Word(value = "Values drawn per neuron or synapse from a normal distribution, drawn again outside `low`..`high` (a truncated normal, NEST's `redraw`): `group('e', 100, lif(), v: normal(-58.mV, 10.mV))`, `connect e, i, onPre: 'I_syn_post += w', model: 'w : amp (constant)', p: 0.1, w: normal(88.pA, 8.8.pA, low: 0.pA), delay: normal(1.5.ms, 0.75.ms, low: 0.05.ms)`.", named = {
        @Word.Named(name = "low", unit = "the mean's unit", fallback = "none", doc = "the smallest value kept"),
        @Word.Named(name = "high", unit = "the mean's unit", fallback = "none", doc = "the largest value kept")})
    public Initializer.Normal normal(Map<String, ?> options, Quantity mean, Quantity sd) {
        Arguments a = new Arguments("normal", options);
        Quantity low = a.quantity("low");
        Quantity high = a.quantity("high");
        a.finish(List.of("low", "high"));
        return Initializer.normal(mean, sd).within(low, high);
    }

    /**
     * A normal distribution without bounds; see {@link #normal(Map, Quantity, Quantity)}.
     *
     * @param mean the mean
     * @param sd   the standard deviation, zero or more, in the mean's dimension
     * @return the distribution
     * @throws org.synfire.SynfireException for a standard deviation of another dimension or a negative one
     */
    public Initializer.Normal normal(Quantity mean, Quantity sd) {
        return normal(Map.of(), mean, sd);
    }

    /**
     * The word {@code fixedInDegree}: every target gets exactly {@code k} random sources.
     *
     * @param k sources per target, zero or more
     * @return the rule
     * @throws org.synfire.SynfireException if {@code k} is negative
     */
    @Word("The rule giving every target exactly `k` random sources: `rule: fixedInDegree(100)` (or `inDegree: 100`).")
    public ConnectionRule fixedInDegree(int k) {
        return Connect.fixedInDegree(k);
    }

    /**
     * The word {@code fixedOutDegree}: every source gets exactly {@code k} random targets.
     *
     * @param k targets per source, zero or more
     * @return the rule
     * @throws org.synfire.SynfireException if {@code k} is negative
     */
    @Word("The rule giving every source exactly `k` random targets: `rule: fixedOutDegree(100)` (or `outDegree: 100`).")
    public ConnectionRule fixedOutDegree(int k) {
        return Connect.fixedOutDegree(k);
    }

    /**
     * The word {@code condition}: a synapse wherever {@code expression} holds.
     *
     * @param expression a condition of {@code i}, {@code j} and pre- and postsynaptic variables, e.g. {@code 'abs(i - j) < 10'}
     * @return the rule
     * @throws org.synfire.SynfireException if the expression is empty
     */
    @Word("The rule making a synapse wherever `expression` (of i, j and pre/post variables) holds: `rule: condition('abs(i - j) < 10')`.")
    public ConnectionRule condition(String expression) {
        return Connect.condition(expression);
    }

    // ---- the network's parts ------------------------------------------------------------------

    /**
     * The word {@code group}: adds a group of neurons.
     *
     * @param values    values per neuron by variable or parameter name (quantities, expressions as text,
     *                  timed arrays, {@code normal(...)}), and {@code initialize:} statements run per neuron
     * @param name      the group's name, unique in the network
     * @param size      the number of neurons
     * @param model     the neuron model
     * @param configure sets values as {@code { v = -60.mV }}, after {@code values}; may be {@code null}
     * @return the group's handle: its state reads and writes as {@code exc.v} after the build
     * @throws DslException once the network is built
     * @throws org.synfire.model.SpecException for a name in use or not a name, or a value the model has no variable for
     */
    @Word(value = "Adds a group of `size` neurons of `model`: `def exc = group('exc', 3200, lifConductance(), v: '-60*mV + rand()*10*mV')`. Named arguments set values; so does an optional closure (`{ v = -60.mV; I = 0.5.nA }`). Read and set state after a run as `exc.v`, `exc.I = 0.3.nA`; `exc[0..99]` is a slice.", named = {
        @Word.Named(name = "(any parameter or variable)", unit = "its unit; or an expression as text; or a timed array", fallback = "the model's", doc = "its value per neuron, e.g. I: 0.5.nA or v: '-65*mV + rand()*5*mV'"),
        @Word.Named(name = "initialize", unit = "statements (text)", fallback = "none", doc = "run per neuron after the values, with temporaries: 'r = rand(); c = -65*mV + 15*mV*r**2'")})
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

    /**
     * A group with values given as named arguments; see {@link #group(Map, String, int, NeuronModel, Closure)}.
     *
     * @param values values per neuron by variable or parameter name
     * @param name   the group's name, unique in the network
     * @param size   the number of neurons
     * @param model  the neuron model
     * @return the group's handle
     * @throws DslException once the network is built
     * @throws org.synfire.model.SpecException for a name in use or not a name, or a value the model has no variable for
     */
    public Group group(Map<String, ?> values, String name, int size, NeuronModel model) {
        return group(values, name, size, model, null);
    }

    /**
     * A group with values set by a closure; see {@link #group(Map, String, int, NeuronModel, Closure)}.
     *
     * @param name      the group's name, unique in the network
     * @param size      the number of neurons
     * @param model     the neuron model
     * @param configure sets values as {@code { v = -60.mV }}
     * @return the group's handle
     * @throws DslException once the network is built
     * @throws org.synfire.model.SpecException for a name in use or not a name, or a value the model has no variable for
     */
    public Group group(String name, int size, NeuronModel model,
                       @DelegatesTo(value = GroupValues.class, strategy = Closure.DELEGATE_FIRST) Closure<?> configure) {
        return group(Map.of(), name, size, model, configure);
    }

    /**
     * A group with the model's default values; see {@link #group(Map, String, int, NeuronModel, Closure)}.
     *
     * @param name  the group's name, unique in the network
     * @param size  the number of neurons
     * @param model the neuron model
     * @return the group's handle
     * @throws DslException once the network is built
     * @throws org.synfire.model.SpecException for a name in use or not a name
     */
    public Group group(String name, int size, NeuronModel model) {
        return group(Map.of(), name, size, model, null);
    }

    /**
     * The word {@code spatial}: adds spatial neurons of one shape, a group of compartments.
     *
     * @param values     {@code Cm:} and {@code Ri:} (required), and values of the model's variables in every compartment
     * @param name       the group's name, unique in the network
     * @param count      the number of neurons
     * @param morphology their shape; sections without a compartment count are cut by the d_lambda rule
     * @param model      the membrane model of every compartment
     * @param configure  sets values per section or location ({@link SpatialValues}'s words); may be {@code null}
     * @return the group's handle; compartment {@code c} of neuron {@code n} is element {@code n*compartments + c}
     * @throws DslException once the network is built
     * @throws org.synfire.model.SpecException for a name in use, no {@code Cm} or {@code Ri}, or a value the model has no variable for
     */
    @Word(value = "Adds spatial neurons of one shape (a morphology), a group of compartments: `def cells = spatial('cells', 100, cell, Library.hodgkinHuxleyMembrane(), Cm: '1*uF/cm**2', Ri: '100*ohm*cm', v: -65.mV) { section('dend') { gNa = '0*mS/cm**2' }; at('dend', 400.um) { I = 0.2.nA }; spikesAt 'axon', 50.um }`. Neuron n's compartment c is `cells[n*compartments + c]`; `cells.dend[400.um]`, `cells.dend[0.um..200.um]`, `cells.dend[3]` are compartments of every neuron (for `connect` and `state`), `cells.morphology` the shape as cut. Sections given no compartment count are cut by NEURON's d_lambda rule (`dLambda 0.1, 100.Hz` in the block to change it). Spikes are counted by neuron.", named = {
        @Word.Named(name = "Cm", unit = "farad/meter**2", fallback = "required", doc = "membrane capacitance per area"),
        @Word.Named(name = "Ri", unit = "ohm*meter", fallback = "required", doc = "axial resistivity"),
        @Word.Named(name = "(any variable)", unit = "its unit; or an expression as text", fallback = "the model's", doc = "its value in every compartment")})
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

    /**
     * Spatial neurons with values given as named arguments; see {@link #spatial(Map, String, int, Morphology, NeuronModel, Closure)}.
     *
     * @param values     {@code Cm:} and {@code Ri:} (required), and values of the model's variables in every compartment
     * @param name       the group's name, unique in the network
     * @param count      the number of neurons
     * @param morphology their shape
     * @param model      the membrane model of every compartment
     * @return the group's handle
     * @throws DslException once the network is built
     * @throws org.synfire.model.SpecException for a name in use, no {@code Cm} or {@code Ri}, or a value the model has no variable for
     */
    public Group spatial(Map<String, ?> values, String name, int count, Morphology morphology, NeuronModel model) {
        return spatial(values, name, count, morphology, model, null);
    }

    /**
     * Spatial neurons with values set by a closure; see {@link #spatial(Map, String, int, Morphology, NeuronModel, Closure)}.
     *
     * @param name       the group's name, unique in the network
     * @param count      the number of neurons
     * @param morphology their shape
     * @param model      the membrane model of every compartment
     * @param configure  sets {@code Cm}, {@code Ri} and values per section or location ({@link SpatialValues}'s words)
     * @return the group's handle
     * @throws DslException once the network is built
     * @throws org.synfire.model.SpecException for a name in use, no {@code Cm} or {@code Ri}, or a value the model has no variable for
     */
    public Group spatial(String name, int count, Morphology morphology, NeuronModel model,
                         @DelegatesTo(value = SpatialValues.class, strategy = Closure.DELEGATE_FIRST) Closure<?> configure) {
        return spatial(Map.of(), name, count, morphology, model, configure);
    }

    /**
     * The word {@code spikeSource}: sources firing at given times.
     *
     * @param events {@code indices:} and {@code times:} (both required), one index and one time per spike
     * @param name   the group's name, unique in the network
     * @param size   the number of sources; every index lies in {@code [0, size)}
     * @return the group's handle
     * @throws DslException once the network is built, or without as many times as indices
     * @throws org.synfire.model.SpecException for a name in use, or an index outside the group
     */
    @Word(value = "Sources firing at given times: `spikeSource('input', 3, indices: [0, 2], times: [10.ms, 20.ms])`; or replaying spike trains made elsewhere, e.g. by a neural code: `spikeSource('input', code.encode(values))`.", named = {
        @Word.Named(name = "indices", unit = "list of whole numbers", fallback = "required", doc = "which source fires, one per spike"),
        @Word.Named(name = "times", unit = "list of times (second)", fallback = "required", doc = "when, one per index")})
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

    /**
     * Sources replaying spike trains made elsewhere, e.g. by a neural code.
     *
     * @param name   the group's name, unique in the network
     * @param trains the spikes; the group has as many sources as their group
     * @return the group's handle
     * @throws DslException once the network is built
     * @throws org.synfire.model.SpecException for a name in use or not a name
     */
    public Group spikeSource(String name, SpikeTrains trains) {
        Group g = new Group(getSynfire(), network("spikeSource").spikeSource(name, trains.groupSize(), trains.indices(),
            trains.times(Units.ms), Units.ms));
        getSynfire().add(g);
        return g;
    }

    /**
     * The word {@code connect}: connects two groups, or slices of them.
     *
     * @param options the synapse ({@code synapse:}, or {@code model:}, {@code onPre:}, {@code onPost:}), the rule
     *                ({@code p:}, {@code condition:}, {@code inDegree:}, {@code outDegree:}, {@code rule:}),
     *                {@code autapses:}, {@code delay:}, {@code name:}, {@code onEvent:}, and values of synaptic variables
     * @param source  the presynaptic group or slice; {@code i} counts from its first neuron
     * @param target  the postsynaptic group or slice; {@code j} counts from its first neuron
     * @return the projection's handle; its synapses read back after the build
     * @throws DslException once the network is built, if the target is a spike source, without a synapse
     *                      model ({@code synapse:}, {@code model:} or {@code onPre:}), or for an unknown
     *                      named argument or one of the wrong kind
     */
    @Word(value = "Connects two populations (or one to itself): `connect exc, inh, synapse: s, p: 0.02, w: 0.4.nS, delay: 1.5.ms`. Either end may be a slice (`connect exc[0..399], inh, ...`); `i` and `j` then count from the slice's first neuron. The target may be compartments of spatial neurons (`connect inputs, cell.dend[400.um], ...`): `j` counts them neuron by neuron, so at one location it is the neuron. Spatial neurons as sources are counted by neuron. Read the synapses after a build with `table(projection)`.", named = {
        @Word.Named(name = "synapse", unit = "a synapse model", fallback = "none", doc = "e.g. synapse(...) or stdp(...); or give onPre:"),
        @Word.Named(name = "onPre", unit = "statements (text)", fallback = "none", doc = "what a presynaptic spike does, e.g. 'v += 0.5*mV'"),
        @Word.Named(name = "onPost", unit = "statements (text)", fallback = "none", doc = "what a postsynaptic spike does"),
        @Word.Named(name = "model", unit = "equations (text)", fallback = "none", doc = "per-synapse variables, e.g. 'w : volt'"),
        @Word.Named(name = "p", unit = "number in [0, 1]", fallback = "all to all", doc = "connection probability"),
        @Word.Named(name = "condition", unit = "expression (text)", fallback = "none", doc = "where synapses are made (with p: among those)"),
        @Word.Named(name = "inDegree", unit = "whole number", fallback = "none", doc = "exactly this many sources per target"),
        @Word.Named(name = "outDegree", unit = "whole number", fallback = "none", doc = "exactly this many targets per source"),
        @Word.Named(name = "rule", unit = "a connection rule", fallback = "allToAll()", doc = "e.g. oneToOne(), probability(0.1)"),
        @Word.Named(name = "autapses", unit = "true/false", fallback = "true", doc = "whether a neuron may connect to itself"),
        @Word.Named(name = "delay", unit = "second, an expression (text) or normal(...)", fallback = "one step", doc = "transmission delay"),
        @Word.Named(name = "name", unit = "text", fallback = "source_target", doc = "the projection's name"),
        @Word.Named(name = "onEvent", unit = "text", fallback = "spike", doc = "a custom event of the source that triggers onPre instead of its spikes (Brian2's on_event)"),
        @Word.Named(name = "(any synaptic variable)", unit = "its unit; an expression as text; or normal(...)", fallback = "the model's", doc = "its value per synapse, e.g. w: 0.4.nS")})
    public Projection connect(Map<String, ?> options, Group source, Group target) {
        if (!(target.spec() instanceof GroupSpec)) {
            throw new DslException("connect", "the target '" + target.name() + "' is a spike source; connect onto a neuron group");
        }
        return connect(options, source, target, null);
    }

    /**
     * {@code connect a, b} without named arguments, which say what a spike does: it fails with a
     * message asking for {@code onPre:} or {@code synapse:}; see {@link #connect(Map, Group, Group)}.
     *
     * @param source the presynaptic group or slice
     * @param target the postsynaptic group or slice
     * @return never: a connection needs a synapse model
     * @throws DslException always, naming what to give
     */
    public Projection connect(Group source, Group target) {
        return connect(Map.of(), source, target);
    }

    /**
     * Synapses onto compartments of spatial neurons: {@code connect inputs, cell.dend[400.um], onPre: 'gs_post += 1*nS'}.
     * {@code j} counts the compartments neuron by neuron, so at one location it is the neuron.
     *
     * @param options as for {@link #connect(Map, Group, Group)}
     * @param source  the presynaptic group or slice
     * @param target  compartments of spatial neurons
     * @return the projection's handle
     * @throws DslException once the network is built, without a synapse model, or for an unknown named
     *                      argument or one of the wrong kind
     */
    public Projection connect(Map<String, ?> options, Group source, Location target) {
        return connect(options, source, target.group(), target);
    }

    /**
     * {@code connect a, cell.dend[400.um]} without named arguments, which say what a spike does: it
     * fails with a message asking for {@code onPre:} or {@code synapse:}; see {@link #connect(Map, Group, Location)}.
     *
     * @param source the presynaptic group or slice
     * @param target compartments of spatial neurons
     * @return never: a connection needs a synapse model
     * @throws DslException always, naming what to give
     */
    public Projection connect(Group source, Location target) {
        return connect(Map.of(), source, target);
    }

    private Projection connect(Map<String, ?> options, Group source, Group target, Location at) {
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
        String projectionName = name != null ? name : session.freeProjectionName(source.spec().name() + "_" + target.spec().name());
        java.util.function.Consumer<ProjectionSpec.Builder> values = b -> {
            a.rest().forEach((k, v) -> Arguments.setValue(b::set, b::set, b::set, k, v, projectionName));
            if (delay instanceof CharSequence text) {
                b.delay(text.toString());
            } else if (delay instanceof Initializer.Normal draws) {
                b.delay(draws);
            } else if (delay != null) {
                b.delay(Arguments.quantity("connect(delay:)", delay, "give a delay such as 1.5.ms"));
            }
            if (onEvent != null) {
                b.onEvent(onEvent);
            }
        };
        ProjectionSpec spec = at == null ? net.connect(projectionName, source.neurons(), target.neurons(), model, rule, values)
            : net.connect(projectionName, source.neurons(), at.compartments(), model, rule, values);
        Projection p = new Projection(session, spec);
        session.add(p);
        return p;
    }

    /**
     * The word {@code poissonInput}: Brian2's {@code PoissonInput}, {@code n} independent Poisson sources per neuron
     * adding {@code weight} to a variable at each of their spikes.
     *
     * @param options  {@code n:}, {@code rate:} (Hz, or a timed array in Hz) and {@code weight:} (the variable's
     *                 unit), all required; {@code name:}
     * @param target   a whole neuron group
     * @param variable the variable each spike adds to
     * @return the input
     * @throws DslException once the network is built, without {@code n:}, {@code rate:} or {@code weight:}, or
     *                      when the target is a slice or a spike source
     */
    @Word(value = "Brian2's `PoissonInput`: `poissonInput exc, 'v', n: 1000, rate: 10.Hz, weight: 0.1.mV` gives every neuron `n` independent Poisson sources adding `weight` to `variable`.", named = {
        @Word.Named(name = "n", unit = "whole number", fallback = "required", doc = "sources per neuron"),
        @Word.Named(name = "rate", unit = "Hz, or a timed array in Hz", fallback = "required", doc = "rate of each source"),
        @Word.Named(name = "weight", unit = "the variable's unit", fallback = "required", doc = "what each spike adds"),
        @Word.Named(name = "name", unit = "text", fallback = "target_variable_poisson", doc = "the input's name")})
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
     * The word {@code runRegularly}: Brian2's {@code run_regularly}, statements run on every neuron of a
     * group at the start of each step whose time is a multiple of {@code every:}.
     *
     * @param options    {@code every:}, the interval (required)
     * @param group      the group
     * @param statements the statements, e.g. {@code 'v += 1*mV'}
     * @throws DslException once the network is built, or without {@code every:}
     */
    @Word(value = "Brian2's `run_regularly`: `runRegularly exc, 'v += 1*mV', every: 10.ms` runs the statements on every neuron of the group at the start of each step whose time is a multiple of `every` (t = 0 included), before that step's input. Only before the first run.", named = {
        @Word.Named(name = "every", unit = "second", fallback = "required", doc = "the interval")})
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
     * The word {@code every}: Brian2's {@code network_operation}, a closure called with the simulation
     * between steps, at every multiple of the interval from t = 0. Added at the build when the network is not built yet.
     *
     * @param options   {@code name:}, which names it in messages
     * @param interval  a time
     * @param operation called with the simulation
     * @throws DslException for an unknown named argument
     */
    @Word(value = "Brian2's `network_operation`: `every(1.ms) { sim -> exc.I = ... }` calls the closure with the simulation at the start of every step whose time is a multiple of the interval (t = 0 included), between steps, for what no equation expresses.", named = {
        @Word.Named(name = "name", unit = "text", fallback = "none", doc = "names it in messages")})
    public void every(Map<String, ?> options, Quantity interval,
                      @ClosureParams(value = SimpleType.class, options = "org.synfire.sim.Simulation") Closure<?> operation) {
        Arguments a = new Arguments("every", options);
        String name = a.text("name");
        a.finish(List.of("name"));
        getSynfire().every(name, interval, operation::call);
    }

    /**
     * A network operation without a name; see {@link #every(Map, Quantity, Closure)}.
     *
     * @param interval  a time
     * @param operation called with the simulation
     */
    public void every(Quantity interval,
                      @ClosureParams(value = SimpleType.class, options = "org.synfire.sim.Simulation") Closure<?> operation) {
        every(Map.of(), interval, operation);
    }

    /**
     * The word {@code linked}: Brian2's {@code linked_var}, a variable of another group as the value of a
     * {@code (linked)} parameter, read at the start of each step.
     *
     * @param options  {@code index:}, the source neuron of each target neuron; one to one without it
     * @param source   the group read
     * @param variable its variable
     * @return the link, for a value of {@code group}
     * @throws DslException for an unknown named argument or indices that are not whole numbers
     */
    @Word(value = "A variable of another group for a `(linked)` parameter (Brian2's `linked_var`): `group('dend', 100, dendrite, v_soma: linked(soma, 'v'))`, one to one; the value is the source's at the start of each step, read-only where linked.", named = {
        @Word.Named(name = "index", unit = "list of indices", fallback = "one to one", doc = "neuron k reads the source's neuron index[k]")})
    public LinkedVariable linked(Map<String, ?> options, Group source, String variable) {
        Arguments a = new Arguments("linked", options);
        LinkedVariable link = LinkedVariable.of(source.neurons(), variable);
        Object index = a.take("index");
        a.finish(List.of("index"));
        return index == null ? link : link.index(Arguments.indices("linked(index:)", index));
    }

    /**
     * A variable of another group, linked one to one; see {@link #linked(Map, Group, String)}.
     *
     * @param source   the group read
     * @param variable its variable
     * @return the link, for a value of {@code group}
     */
    public LinkedVariable linked(Group source, String variable) {
        return linked(Map.of(), source, variable);
    }

    // ---- probes ------------------------------------------------------------------------------

    /**
     * The word {@code spikes}: a probe of a group's spikes, to add with {@code probe}.
     *
     * @param options {@code neurons:} (indices), {@code from:} and {@code to:} (the recording window, times),
     *                {@code file:} (a path to stream the spikes to instead of memory)
     * @param population the group or slice; a slice's neurons are numbered from its start
     * @return the probe
     * @throws DslException for an unknown named argument or one of the wrong kind
     */
    @Word(value = "Records spikes: `def sp = probe spikes(exc)`, `spikes(exc[0..99])` (numbered from the slice's start), or `spikes(exc, neurons: 0..99, from: 1.s, to: 2.s)`. After a run: `sp.count`, `sp.counts()`, `sp.trains`, `table(sp)`, `raster(sp)`.", named = {
        @Word.Named(name = "neurons", unit = "range or list of indices", fallback = "all", doc = "which neurons"),
        @Word.Named(name = "from", unit = "second", fallback = "0 s", doc = "start of the recording window"),
        @Word.Named(name = "to", unit = "second", fallback = "the end of the run", doc = "end of the recording window"),
        @Word.Named(name = "file", unit = "path (text)", fallback = "none: kept in memory", doc = "streams the spikes to this file instead")})
    public SpikeProbeSpec spikes(Map<String, ?> options, Group population) {
        return recordingWhen("spikes", options, org.synfire.model.Probe.spikes(population.neurons()));
    }

    /**
     * A probe of every spike of a group, throughout; see {@link #spikes(Map, Group)}.
     *
     * @param population the group or slice
     * @return the probe
     */
    public SpikeProbeSpec spikes(Group population) {
        return spikes(Map.of(), population);
    }

    /**
     * The word {@code events}: Brian2's {@code EventMonitor}, a probe of a custom event of a group's model,
     * read as a spike probe is.
     *
     * @param options {@code neurons:} (indices), {@code from:} and {@code to:} (the recording window, times),
     *                {@code file:} (a path to stream the spikes to instead of memory)
     * @param group   the group or slice
     * @param event   the event's name, as the model's {@code events:} gives it
     * @return the probe
     * @throws DslException for an unknown named argument or one of the wrong kind
     */
    @Word(value = "Records a custom event of a group's model (Brian2's `EventMonitor`): `def pl = probe events(cell, 'plateau')`; read as a spike probe is (`pl.count`, `table(pl)`, `raster(pl)`).", named = {
        @Word.Named(name = "neurons", unit = "range or list of indices", fallback = "all", doc = "which neurons"),
        @Word.Named(name = "from", unit = "second", fallback = "0 s", doc = "start of the recording window"),
        @Word.Named(name = "to", unit = "second", fallback = "the end of the run", doc = "end of the recording window"),
        @Word.Named(name = "file", unit = "path (text)", fallback = "none: kept in memory", doc = "streams the events to this file instead")})
    public SpikeProbeSpec events(Map<String, ?> options, Group group, String event) {
        return recordingWhen("events", options, org.synfire.model.Probe.events(group.neurons(), event));
    }

    /**
     * A probe of every event of one kind, throughout; see {@link #events(Map, Group, String)}.
     *
     * @param group the group or slice
     * @param event the event's name
     * @return the probe
     */
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

    /**
     * The word {@code state}: a probe of variables of a group, to add with {@code probe}.
     *
     * @param options   {@code neurons:} (indices; neuron 0 by default), {@code every:} (the sampling interval),
     *                  {@code from:} and {@code to:} (the recording window, times)
     * @param group     the group or slice
     * @param variables the variables to record, e.g. {@code 'v'}
     * @return the probe
     * @throws DslException for a spike source, a variable the model lacks, or an unknown named argument
     */
    @Word(value = "Records variables: `def vm = probe state(exc, 'v', neurons: 0..9, every: 0.5.ms)`, several at once as `state(exc, ['v', 'w'])`; compartments of spatial neurons as `state(cell.dend, 'v')` (every neuron's, or `neurons: 0..1`), whose `table` has `x_um`. After a run: `vm.trace`, `table(vm)`, `tracePlot(vm, 'v')`.", named = {
        @Word.Named(name = "neurons", unit = "range or list of indices", fallback = "neuron 0", doc = "which neurons"),
        @Word.Named(name = "every", unit = "second", fallback = "every step", doc = "sampling interval"),
        @Word.Named(name = "from", unit = "second", fallback = "0 s", doc = "start of the recording window"),
        @Word.Named(name = "to", unit = "second", fallback = "the end of the run", doc = "end of the recording window")})
    public StateProbeSpec state(Map<String, ?> options, Group group, String... variables) {
        if (!(group.spec() instanceof GroupSpec g)) {
            throw new DslException("state", "'" + group.name() + "' is a spike source, which has no state to record");
        }
        checkVariables(g, variables);
        Arguments a = new Arguments("state", options);
        StateProbeSpec spec = org.synfire.model.Probe.state(group.neurons(), variables);
        Object neurons = a.take("neurons");
        if (neurons != null) {
            spec = spec.neurons(Arguments.indices("state(neurons:)", neurons));
        }
        return sampled(a, spec);
    }

    /**
     * Records variables at compartments of spatial neurons: {@code probe state(cell.dend, 'v')}
     * records the dendrite of every neuron, {@code neurons: 0..1} of some; {@code table(...)} of it
     * gives each row its neuron, compartment and distance from the soma ({@code x_um}).
     *
     * @param options   {@code neurons:}, {@code every:}, {@code from:}, {@code to:}
     * @param where     compartments of spatial neurons, e.g. {@code cell.dend} or {@code cell.dend[400.um]}
     * @param variables the variables to record
     * @return the probe, to add with {@code probe}
     * @throws DslException for a variable the model lacks, a neuron out of range, or an unknown named argument
     */
    public StateProbeSpec state(Map<String, ?> options, Location where, String... variables) {
        checkVariables((GroupSpec) where.group().spec(), variables);
        Arguments a = new Arguments("state", options);
        StateProbeSpec spec = org.synfire.model.Probe.state(where.compartments(), variables);
        Object neurons = a.take("neurons");
        if (neurons != null) {
            int per = where.compartments().count();
            int[] all = where.compartments().elements();
            int[] chosen = Arguments.indices("state(neurons:)", neurons);
            int[] elements = new int[chosen.length * per];
            for (int k = 0; k < chosen.length; k++) {
                if (chosen[k] < 0 || chosen[k] >= all.length / per) {
                    throw new DslException("state(neurons:)", "neuron " + chosen[k] + " is out of range; " + where.compartments().group()
                        + " has neurons 0.." + (all.length / per - 1));
                }
                System.arraycopy(all, chosen[k] * per, elements, k * per, per);
            }
            spec = spec.neurons(elements);
        }
        return sampled(a, spec);
    }

    /**
     * Records variables at compartments of every spatial neuron, each step; see {@link #state(Map, Location, String...)}.
     *
     * @param where     compartments of spatial neurons
     * @param variables the variables to record
     * @return the probe
     * @throws DslException for a variable the model lacks
     */
    public StateProbeSpec state(Location where, String... variables) {
        return state(Map.of(), where, variables);
    }

    /**
     * Records variables at compartments of spatial neurons, given as a list; see {@link #state(Map, Location, String...)}.
     *
     * @param options   {@code neurons:}, {@code every:}, {@code from:}, {@code to:}
     * @param where     compartments of spatial neurons
     * @param variables the variables to record
     * @return the probe
     * @throws DslException for a variable the model lacks, a neuron out of range, or an unknown named argument
     */
    public StateProbeSpec state(Map<String, ?> options, Location where, List<String> variables) {
        return state(options, where, variables.toArray(String[]::new));
    }

    /**
     * Records variables, given as a list, at compartments of every spatial neuron, each step.
     *
     * @param where     compartments of spatial neurons
     * @param variables the variables to record
     * @return the probe
     * @throws DslException for a variable the model lacks
     */
    public StateProbeSpec state(Location where, List<String> variables) {
        return state(Map.of(), where, variables);
    }

    private static void checkVariables(GroupSpec g, String... variables) {
        for (String v : variables) {
            if (!g.model().equations().names().contains(v)) {
                throw DslException.missing("state", "group '" + g.name() + "'", v, g.model().equations().names());
            }
        }
    }

    /** A state probe with the named arguments {@code every:}, {@code from:} and {@code to:}. */
    private static StateProbeSpec sampled(Arguments a, StateProbeSpec probe) {
        StateProbeSpec spec = probe;
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

    /**
     * Records variables of neuron 0 of a group, each step; see {@link #state(Map, Group, String...)}.
     *
     * @param group     the group or slice
     * @param variables the variables to record
     * @return the probe
     * @throws DslException for a spike source or a variable the model lacks
     */
    public StateProbeSpec state(Group group, String... variables) {
        return state(Map.of(), group, variables);
    }

    /**
     * Records variables given as a list ({@code state(exc, ['v', 'w'])}); see {@link #state(Map, Group, String...)}.
     *
     * @param options   {@code neurons:} (indices; neuron 0 by default), {@code every:} (the sampling interval),
     *                  {@code from:} and {@code to:} (the recording window, times)
     * @param group     the group or slice
     * @param variables the variables to record
     * @return the probe
     * @throws DslException for a spike source, a variable the model lacks, or an unknown named argument
     */
    public StateProbeSpec state(Map<String, ?> options, Group group, List<String> variables) {
        return state(options, group, variables.toArray(String[]::new));
    }

    /**
     * Records variables, given as a list, of neuron 0 of a group, each step.
     *
     * @param group     the group or slice
     * @param variables the variables to record
     * @return the probe
     * @throws DslException for a spike source or a variable the model lacks
     */
    public StateProbeSpec state(Group group, List<String> variables) {
        return state(Map.of(), group, variables);
    }

    /**
     * The word {@code rate}: a probe of a group's population rate, to add with {@code probe}.
     *
     * @param options    {@code bin:}, the bin width (1 ms by default); {@code from:} and {@code to:}, the recording window
     * @param population the group or slice
     * @return the probe
     * @throws DslException for an unknown named argument or one of the wrong kind
     */
    @Word(value = "Records the population rate: `def r = probe rate(inh, bin: 1.ms)`; plot it with `ratePlot(r)`.", named = {
        @Word.Named(name = "bin", unit = "second", fallback = "1 ms", doc = "bin width"),
        @Word.Named(name = "from", unit = "second", fallback = "0 s", doc = "start of the recording window"),
        @Word.Named(name = "to", unit = "second", fallback = "the end of the run", doc = "end of the recording window")})
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

    /**
     * A probe of a group's population rate in bins of 1 ms, throughout.
     *
     * @param population the group or slice
     * @return the probe
     */
    public RateProbeSpec rate(Group population) {
        return rate(Map.of(), population);
    }

    /**
     * The word {@code synapses}: a probe of synaptic variables, to add with {@code probe}.
     *
     * @param options    {@code synapses:} (indices, as the projection reads them back; synapse 0 by default),
     *                   {@code every:} (the sampling interval)
     * @param projection the projection
     * @param variables  its per-synapse variables, e.g. {@code 'w'}
     * @return the probe
     * @throws DslException for an unknown named argument or one of the wrong kind
     */
    @Word(value = "Records synaptic variables: `probe synapses(plastic, 'w', synapses: 0..99, every: 1.s)`.", named = {
        @Word.Named(name = "synapses", unit = "range or list of indices", fallback = "synapse 0", doc = "which synapses (numbered as the projection reads them back)"),
        @Word.Named(name = "every", unit = "second", fallback = "every step", doc = "sampling interval")})
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

    /**
     * A probe of synaptic variables of synapse 0, each step; see {@link #synapses(Map, Projection, String...)}.
     *
     * @param projection the projection
     * @param variables  its per-synapse variables
     * @return the probe
     */
    public SynapseProbeSpec synapses(Projection projection, String... variables) {
        return synapses(Map.of(), projection, variables);
    }

    /**
     * The word {@code probe}: adds a probe to the network.
     *
     * @param spec a probe made by {@code spikes}, {@code events}, {@code state}, {@code rate} or {@code synapses}
     * @return the handle its results are read from after a run
     * @throws DslException once the network is built, or for something that is no probe
     * @throws org.synfire.model.SpecException for a probe name in use
     */
    @Word("Adds a probe to the network and returns the handle its results are read from after a run: `def sp = probe spikes(exc)`.")
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

    /** The recording window of {@code from:} and {@code to:} ({@code to} null for the end of the run), or null when neither is given. */
    private static Quantity[] window(Arguments a) {
        Quantity from = a.quantity("from");
        Quantity to = a.quantity("to");
        if (from == null && to == null) {
            return null;
        }
        return new Quantity[] {from != null ? from : Units.second.of(0), to};
    }
}
