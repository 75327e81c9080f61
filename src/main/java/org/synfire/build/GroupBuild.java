package org.synfire.build;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.synfire.codegen.KernelCompiler;
import org.synfire.codegen.KernelSource;
import org.synfire.engine.GroupState;
import org.synfire.equations.Assignment;
import org.synfire.equations.CheckedModel;
import org.synfire.equations.Equation;
import org.synfire.equations.Equations;
import org.synfire.equations.Evaluator;
import org.synfire.equations.Expr;
import org.synfire.equations.ModelChecker;
import org.synfire.equations.Namespace;
import org.synfire.equations.Source;
import org.synfire.kernel.NeuronKernel;
import org.synfire.model.GroupSpec;
import org.synfire.model.Initializer;
import org.synfire.model.NeuronModel;
import org.synfire.model.PopulationSpec;
import org.synfire.model.Slice;
import org.synfire.model.RunRegularlySpec;
import org.synfire.model.SpecException;
import org.synfire.model.TimedArray;
import org.synfire.random.RandomStreams;
import org.synfire.units.Dimension;

/**
 * Builds one neuron group in two phases: {@link #check} parses and checks the model, checks every
 * value, generates and compiles the kernel and estimates memory, allocating no state;
 * {@link #allocate} then creates the arrays, evaluates initial values and binds the kernel.
 */
final class GroupBuild implements PopulationBuild {
    private final GroupSpec spec;
    private final CheckedModel model;
    /** Each variable's value expressions, checked, by their text (a variable set on several slices has several). */
    private final Map<String, Map<Initializer.Expression, Expr>> expressions;
    private final KernelCompiler.Compiled kernel;
    private final Map<String, Boolean> tables;
    private final double[] millis;
    private final double dt;
    private final String lanes;
    /** Why the model integrates as it does, with the cable solver's method for spatial neurons. */
    private final String reason;
    /** The model the kernel runs: the model itself, or for spatial neurons its integration without spikes. */
    private final CheckedModel kernelModel;
    /** What makes the group's neurons spatial, or null for point neurons. */
    private final CableBuild cable;
    private final List<List<Assignment>> regular;
    /** The checked initialisation statements; a target that is no array or shared parameter is a temporary. */
    private final List<Assignment> initialization;
    private final long[] regularSteps;
    private double warmUpMillis;
    private boolean warmedUp;

    /** Kernel classes already run to C2 by {@link #warmUp} in this JVM. */
    private static final Set<String> WARM = ConcurrentHashMap.newKeySet();

    /** CPU nanoseconds per neuron and step of each kernel class {@link #warmUp} timed once C2 had compiled it. */
    private static final Map<String, Double> TIMED = new ConcurrentHashMap<>();

    /** Whether this JVM can run Vector API kernels (started with {@code --add-modules jdk.incubator.vector}). */
    static final boolean VECTOR_MODULE = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

    /**
     * {@code kernel} (running {@code kernelModel}) is null for the interpreted backend; {@code lanes} says how the kernel integrates
     * and {@code reason} why; {@code cable} is null for point neurons;
     * {@code regular} and {@code regularSteps} are the checked runRegularly statements and their intervals in steps.
     */
    private GroupBuild(GroupSpec spec, CheckedModel model, CheckedModel kernelModel, CableBuild cable,
                       Map<String, Map<Initializer.Expression, Expr>> expressions,
                       Map<String, Boolean> tables, List<List<Assignment>> regular, long[] regularSteps, List<Assignment> initialization,
                       KernelCompiler.Compiled kernel, double[] millis, double dt, String lanes, String reason) {
        this.lanes = lanes;
        this.reason = reason;
        this.kernelModel = kernelModel;
        this.cable = cable;
        this.regular = regular;
        this.initialization = initialization;
        this.regularSteps = regularSteps;
        this.spec = spec;
        this.tables = tables;
        this.model = model;
        this.dt = dt;
        this.expressions = expressions;
        this.kernel = kernel;
        this.millis = millis;
    }

    /** Checks a group's model and values and compiles its kernel; the model's equations were parsed when it was made. */
    static GroupBuild check(GroupSpec spec, BuildContext context) {
        NeuronModel m = spec.model();
        long t1 = System.nanoTime();
        Equations equations = m.equations();
        Map<String, Namespace.TimedFunction> functions = new LinkedHashMap<>();
        m.functions().forEach((name, table) -> {
            if (table.isPerNeuron() && table.neurons() != spec.size()) {
                throw new SpecException("Group", spec.name(), name, "the timed array has " + table.neurons() + " columns for "
                    + spec.size() + " neurons; give one column per neuron");
            }
            functions.put(name, new Namespace.TimedFunction(table.dimension(), table.isPerNeuron()));
        });
        Namespace namespace = new Namespace(m.constants(), functions);
        CheckedModel checked = ModelChecker.check(equations, m.threshold(), m.reset(), m.refractory(), namespace, m.method(), m.events());
        Map<String, Map<Initializer.Expression, Expr>> expressions = new LinkedHashMap<>();
        for (Map.Entry<String, Initializer> value : spec.values().entrySet()) {
            Dimension d = checked.dimensions().get(value.getKey());
            for (Initializer.Expression e : expressionsOf(value.getValue())) {
                expressions.computeIfAbsent(value.getKey(), k -> new LinkedHashMap<>()).put(e, ModelChecker.checkValue(equations,
                    namespace, new Source("value of " + value.getKey() + " in group '" + spec.name() + "'", e.text()), d));
            }
        }
        List<Assignment> initialization = spec.initialization().isEmpty() ? List.of()
            : ModelChecker.checkInitialization(equations, namespace, spec.initializationSource());
        // Inputs (per-neuron parameters that may change, like I : amp) start at zero as state does;
        // a constant or shared parameter without a value is almost always a mistake (tau = 0).
        for (String p : parameters(checked)) {
            Equation eq = equations.get(p);
            boolean mustBeGiven = eq.has(Equation.Flag.CONSTANT) || eq.has(Equation.Flag.SHARED);
            Initializer given = spec.values().get(p);
            boolean initialized = initialization.stream().anyMatch(a -> a.target().equals(p));
            if (mustBeGiven && !m.defaults().containsKey(p) && given == null && !initialized) {
                throw new SpecException("Group", spec.name(), p, "parameter of model '" + m.name() + "' has no value; give one with "
                    + "set(\"" + p + "\", ...) or model.with(\"" + p + "\", ...)");
            }
            int uncovered = given instanceof Initializer.Parts parts ? firstUncovered(parts, spec.size()) : -1;
            if (mustBeGiven && uncovered >= 0) {
                throw new SpecException("Group", spec.name(), p, "parameter of model '" + m.name() + "' is set on slices only, and "
                    + "neuron " + uncovered + " is in none of them; give every neuron a value (" + given + ")");
            }
        }
        checkLinks(spec, checked, context);
        List<List<Assignment>> regular = new ArrayList<>();
        long[] regularSteps = new long[spec.runRegularly().size()];
        for (int k = 0; k < regularSteps.length; k++) {
            RunRegularlySpec r = spec.runRegularly().get(k);
            regular.add(ModelChecker.checkStatements(equations, namespace, r.source(spec.name())));
            regularSteps[k] = wholeSteps(spec.name(), r, context);
        }
        long t2 = System.nanoTime();
        Map<String, Boolean> tables = new LinkedHashMap<>();
        m.functions().forEach((name, table) -> tables.put(name, table.isPerNeuron()));
        CableBuild cable = null;
        CheckedModel integrated = checked;
        String reason = checked.scheme().reason();
        if (spec.cable() == null) {
            CableBuild.refusePointCurrents(spec);
        } else {
            cable = CableBuild.plan(spec, checked, regular, tables, context.backend);
            integrated = CableBuild.integrating(checked);
            reason = cable.reason(reason);
        }
        if (context.backend == Backend.INTERPRETED) {
            return new GroupBuild(spec, checked, integrated, cable, expressions, tables, regular, regularSteps, initialization, null,
                new double[] {(t2 - t1) * 1e-6, 0, 0}, context.dt, "interpreted", reason);
        }
        int modelNeurons = neuronsOfModel(m, context);
        String obstacle = context.backend == Backend.SCALAR ? "scalar backend chosen"
            : !VECTOR_MODULE ? "module jdk.incubator.vector not loaded (--add-modules jdk.incubator.vector)"
            : modelNeurons < WARM_UP_MIN_NEURONS ? "fewer than " + WARM_UP_MIN_NEURONS + " neurons of this model in the network, too "
                + "few to repay the vector kernel's warm-up"
            : KernelSource.vectorObstacle(integrated, tables);
        String source = obstacle == null ? KernelSource.generateVector(integrated, tables, regular)
            : KernelSource.generate(integrated, tables, regular);
        String lanes = obstacle == null ? "vector, " + vectorLanes() + " lanes" : "scalar: " + obstacle;
        long t3 = System.nanoTime();
        KernelCompiler.Compiled compiled = KernelCompiler.compile(source, NeuronKernel.class.getClassLoader());
        double[] millis = {(t2 - t1) * 1e-6, (t3 - t2) * 1e-6, compiled.compileNanos() * 1e-6};
        return new GroupBuild(spec, checked, integrated, cable, expressions, tables, regular, regularSteps, initialization, compiled, millis,
            context.dt, lanes, reason);
    }

    /**
     * The interval of regular statements in steps. An interval off the step grid is refused rather
     * than rounded (as delays are): a rounded interval drifts against the times the user wrote, so
     * the operation would run at times nobody asked for.
     */
    private static long wholeSteps(String group, RunRegularlySpec r, BuildContext context) {
        double steps = r.interval().si() / context.dt;
        long whole = Math.round(steps);
        if (whole < 1 || Math.abs(steps - whole) > 1e-6 * whole) {
            throw new SpecException("Group", group, "runRegularly", "every " + r.interval() + " is not a whole number of steps of dt = "
                + context.network.dt() + "; give a multiple of dt");
        }
        return whole;
    }

    /**
     * The neurons of the network's groups with this model, compared by content (a model built
     * twice is the same model), the group itself included: one warm-up serves them all, so their
     * number decides between vector and scalar kernels.
     */
    private static int neuronsOfModel(NeuronModel model, BuildContext context) {
        String key = kernelKey(model);
        return context.network.populations().stream()
            .filter(p -> p instanceof GroupSpec g && kernelKey(g.model()).equals(key))
            .mapToInt(PopulationSpec::size).sum();
    }

    /**
     * Every {@code (linked)} parameter has a link, and each link reads a per-neuron variable of a
     * neuron group in the parameter's unit, from a source neuron that exists for every neuron.
     */
    private static void checkLinks(GroupSpec spec, CheckedModel checked, BuildContext context) {
        for (String p : checked.neuronParameters()) {
            if (checked.equations().get(p).has(Equation.Flag.LINKED) && !spec.links().containsKey(p)) {
                throw new SpecException("Group", spec.name(), p, "is declared (linked) but reads nothing; link it with link(\"" + p
                    + "\", LinkedVariable.of(group, \"v\")) (in a script: " + p + ": linked(group, 'v'))");
            }
        }
        spec.links().forEach((p, link) -> {
            PopulationSpec source = context.network.populations().stream().filter(x -> x.name().equals(link.source())).findFirst()
                .orElse(null);
            if (!(source instanceof GroupSpec g)) {
                throw new SpecException("Group", spec.name(), p, source == null ? "is linked to '" + link.source()
                    + "', which is no group of the network" : "is linked to '" + link.source() + "', a spike source, which has no variables");
            }
            Equation read = g.model().equations().get(link.variable());
            if (read == null || read.kind() == Equation.Kind.SUBEXPRESSION || read.has(Equation.Flag.SHARED)) {
                throw new SpecException("Group", spec.name(), p, "is linked to " + link.label() + ", which is "
                    + (read == null ? "no variable of model '" + g.model().name() + "'" : read.has(Equation.Flag.SHARED)
                    ? "shared (one value for the group)" : "a sub-expression") + "; link a state variable or a per-neuron parameter");
            }
            if (!read.dimension().equals(checked.dimensions().get(p))) {
                throw new SpecException("Group", spec.name(), p, "is in " + checked.equations().get(p).unitText() + " and linked to "
                    + link.label() + " in " + read.unitText() + "; link a variable of the same unit");
            }
            int available = link.slice() == null ? g.size() : link.slice().size();
            int[] index = link.index();
            if (index == null && available != spec.size()) {
                throw new SpecException("Group", spec.name(), p, "is linked one to one to " + link.label() + ", which has " + available
                    + " neurons for " + spec.size() + "; link groups of one size, or give an index with .index(...)");
            }
            if (index != null && index.length != spec.size()) {
                throw new SpecException("Group", spec.name(), p, "is linked to " + link.label() + " by an index of " + index.length
                    + " entries for " + spec.size() + " neurons; give one source neuron per neuron");
            }
            for (int k = 0; index != null && k < index.length; k++) {
                if (index[k] < 0 || index[k] >= available) {
                    throw new SpecException("Group", spec.name(), p, "is linked to " + link.label() + ", and neuron " + k + " reads its neuron "
                        + index[k] + ", which does not exist (it has neurons 0.." + (available - 1) + ")");
                }
            }
        });
    }

    /** What decides a group's kernel. */
    private static String kernelKey(NeuronModel m) {
        return String.join("\n", m.equations().source().text(), String.valueOf(m.threshold()), String.valueOf(m.reset()),
            String.valueOf(m.refractory()), String.valueOf(m.method()));
    }

    /** {@code DoubleVector.SPECIES_PREFERRED.length()}, read reflectively so this class loads without the module. */
    private static int vectorLanes() {
        try {
            Object species = Class.forName("jdk.incubator.vector.DoubleVector").getField("SPECIES_PREFERRED").get(null);
            return (int) Class.forName("jdk.incubator.vector.VectorSpecies").getMethod("length").invoke(species);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("jdk.incubator.vector is loaded but DoubleVector is not readable", e);
        }
    }

    private static List<String> parameters(CheckedModel m) {
        List<String> out = new ArrayList<>(m.neuronParameters());
        out.addAll(m.sharedParameters());
        return out;
    }

    String name() {
        return spec.name();
    }

    /** Bytes of state: the per-neuron arrays, the last-spike steps and per-neuron propagators. */
    @Override
    public long bytes() {
        long perNeuron = model.stateVariables().size() + model.neuronParameters().size() + 1L;
        if (model.scheme().linear() != null && model.scheme().linear().perNeuron()) {
            boolean[][] reach = model.scheme().linear().reach();
            for (boolean[] row : reach) {
                for (boolean r : row) {
                    perNeuron += r ? 2 : 0;
                }
            }
        }
        return perNeuron * 8L * spec.size();
    }

    /** The dimension of every stored variable: per-neuron arrays, then shared parameters, in the state's order. */
    Map<String, Dimension> units() {
        Map<String, Dimension> units = new LinkedHashMap<>();
        model.stateVariables().forEach(v -> units.put(v, model.dimensions().get(v)));
        model.neuronParameters().forEach(v -> units.put(v, model.dimensions().get(v)));
        model.sharedParameters().forEach(v -> units.put(v, model.dimensions().get(v)));
        return units;
    }

    /** Per-neuron arrays in the kernel's binding order: state variables, then per-neuron parameters. */
    private List<String> arrayNames() {
        List<String> names = new ArrayList<>(model.stateVariables());
        names.addAll(model.neuronParameters());
        return names;
    }

    /**
     * Sets a group's variables to their initial values again (a simulation reset): zero where
     * the spec gives none, as when allocated, and the same random draws for the same seed.
     */
    void reinitialize(GroupState state, long seed) {
        List<String> arrayNames = arrayNames();
        double[][] arrays = arrayNames.stream().map(state::array).toArray(double[][]::new);
        for (double[] a : arrays) {
            Arrays.fill(a, 0);
        }
        double[] shared = state.sharedArray();
        Arrays.fill(shared, 0);
        initialize(arrays, shared, seed);
    }

    private void checkInitialValues(List<String> arrayNames, double[][] arrays, double[] shared) {
        for (int k = 0; k < arrays.length; k++) {
            check(arrayNames.get(k), arrays[k], "neuron");
        }
        for (int k = 0; k < shared.length; k++) {
            check(model.sharedParameters().get(k), new double[] {shared[k]}, null);
        }
    }

    private void check(String variable, double[] values, String element) {
        Equation declared = spec.model().equations().get(variable);
        InitialValues.check("Group", spec.name(), variable, values, model.dimensions().get(variable),
            declared != null && declared.has(Equation.Flag.POSITIVE), element);
    }

    /** Evaluates the initial value of every variable the model or the spec gives one into zeroed state. */
    private void initialize(double[][] arrays, double[] shared, long seed) {
        List<String> arrayNames = arrayNames();
        Map<String, Initializer> values = new LinkedHashMap<>();
        spec.model().defaults().forEach((k, v) -> values.put(k, new Initializer.Constant(v)));
        values.putAll(spec.values());
        Slice all = new Slice(0, spec.size());
        for (Map.Entry<String, Initializer> entry : values.entrySet()) {
            List<Initializer.Part> parts = entry.getValue() instanceof Initializer.Parts p ? p.parts()
                : List.of(new Initializer.Part(all, entry.getValue()));
            for (Initializer.Part part : parts) {
                assign(entry.getKey(), part.value(), part.slice(), arrayNames, arrays, shared, seed);
            }
        }
        runInitialization(arrayNames, arrays, shared, seed);
    }

    /**
     * The initialisation statements, neuron by neuron in order, temporaries held per neuron; draws
     * keyed by (group, neuron) and numbered within the neuron, so they do not depend on the order
     * of visits.
     */
    private void runInitialization(List<String> arrayNames, double[][] arrays, double[] shared, long seed) {
        if (initialization.isEmpty()) {
            return;
        }
        long key = RandomStreams.streamKey(seed, "initialize/" + spec.name());
        Slice all = new Slice(0, spec.size());
        Map<String, Double> temporaries = new java.util.HashMap<>();
        int[] neuron = {0};
        int[] site = {0};
        Evaluator evaluator = RunStreams.evaluator(name -> {
            Double temporary = temporaries.get(name);
            return temporary != null ? temporary : lookup(name, neuron[0], all, arrayNames, arrays, shared);
        }, Evaluator.Tables.NONE, key, neuron, 0, site);
        for (int i = 0; i < spec.size(); i++) {
            neuron[0] = i;
            site[0] = 0;
            temporaries.clear();
            for (Assignment a : initialization) {
                double value = evaluator.evaluate(a.value());
                int k = arrayNames.indexOf(a.target());
                if (k >= 0) {
                    arrays[k][i] = value;
                } else {
                    temporaries.put(a.target(), value);
                }
            }
        }
    }

    /** Evaluates one value of {@code variable} into the neurons of {@code neurons}, which it counts from their start. */
    private void assign(String variable, Initializer init, Slice neurons, List<String> arrayNames, double[][] arrays, double[] shared,
                        long seed) {
        int a = arrayNames.indexOf(variable);
        int s = model.sharedParameters().indexOf(variable);
        if (init instanceof Initializer.Constant c) {
            if (a >= 0) {
                Arrays.fill(arrays[a], neurons.from(), neurons.to(), c.value().si());
            } else {
                shared[s] = c.value().si();
            }
        } else if (init instanceof Initializer.PerNeuron p) {
            if (a < 0) {
                throw new SpecException("Group", spec.name(), variable, "is shared (one value for the group); give one quantity");
            }
            System.arraycopy(p.si(), 0, arrays[a], neurons.from(), neurons.size());
        } else if (init instanceof Initializer.Normal d) {
            if (a < 0) {
                throw new SpecException("Group", spec.name(), variable, "is shared (one value for the group); give one quantity, not draws");
            }
            // Keyed by (group, variable, neuron), as expressions' draws are; indices count within the whole group.
            double[] into = arrays[a];
            NormalDraws.fill(d, RandomStreams.streamKey(seed, "init/" + spec.name() + "/" + variable), neurons.from(), neurons.size(),
                (i, value) -> into[i] = value, "Group", spec.name(), variable, "neuron");
        } else {
            // Counter-based draws keyed by (group, variable, neuron): initial values do not depend on
            // the order in which variables or neurons are visited, nor on the slice that set them.
            long key = RandomStreams.streamKey(seed, "init/" + spec.name() + "/" + variable);
            int[] neuron = {0};
            int[] site = {0};
            Evaluator evaluator = RunStreams.evaluator(name -> lookup(name, neuron[0], neurons, arrayNames, arrays, shared),
                Evaluator.Tables.NONE, key, neuron, 0, site);
            Expr e = expressions.get(variable).get((Initializer.Expression) init);
            if (a >= 0) {
                for (int i = neurons.from(); i < neurons.to(); i++) {
                    neuron[0] = i;
                    site[0] = 0;
                    arrays[a][i] = evaluator.evaluate(e);
                }
            } else {
                shared[s] = evaluator.evaluate(e);
            }
        }
    }

    /** The expressions among a variable's values. */
    private static List<Initializer.Expression> expressionsOf(Initializer init) {
        List<Initializer> values = init instanceof Initializer.Parts p ? p.parts().stream().map(Initializer.Part::value).toList()
            : List.of(init);
        return values.stream().filter(Initializer.Expression.class::isInstance).map(Initializer.Expression.class::cast).toList();
    }

    /** The first neuron of a group of {@code size} that no part gives a value, or -1 when every neuron has one. */
    private static int firstUncovered(Initializer.Parts parts, int size) {
        boolean[] covered = new boolean[size];
        parts.parts().forEach(p -> Arrays.fill(covered, p.slice().from(), p.slice().to(), true));
        for (int i = 0; i < size; i++) {
            if (!covered[i]) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public GroupState allocate(BuildContext context) {
        long seed = context.seed;
        int n = spec.size();
        List<String> arrayNames = arrayNames();
        double[][] arrays = new double[arrayNames.size()][n];
        double[] shared = new double[model.sharedParameters().size()];
        initialize(arrays, shared, seed);
        checkInitialValues(arrayNames, arrays, shared);
        NeuronModel m = spec.model();
        List<TimedArray> tableList = new ArrayList<>(m.functions().values());
        double[][] tables = new double[tableList.size()][];
        double[] tableDt = new double[tableList.size()];
        for (int k = 0; k < tables.length; k++) {
            tables[k] = tableList.get(k).siValues();
            tableDt[k] = tableList.get(k).dt().si();
        }
        NeuronKernel instance;
        if (kernel == null) {
            instance = new InterpretedKernel(kernelModel, arrayNames, this.tables, regular);
        } else {
            try {
                instance = (NeuronKernel) kernel.type().getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot instantiate generated kernel " + kernel.className(), e);
            }
            if (lanes.startsWith("vector") && WARM.add(kernel.className())) {
                warmUpMillis = warmUp(arrayNames, arrays, shared, tables, tableDt) * 1e-6;
            }
        }
        GroupState state = new GroupState(spec.name(), n, arrayNames, arrays, model.sharedParameters(), shared, instance, tables, tableDt,
            RunStreams.group(seed, spec.name()), nanosPerNeuron(), regularSteps, model.events().stream().map(CheckedModel.Event::name).toList());
        if (cable != null) {
            cable.attach(state, arrayNames);
        }
        return state;
    }

    /**
     * Models with fewer neurons in a network get scalar kernels. A vector kernel must be warmed up at build (see
     * {@link #warmUp}): C2 takes over the lane loop by on-stack replacement, after some 40,000
     * lane iterations whatever the group's size, which is 0.3-0.5 s for LIF and 3-4 s for
     * Traub-Miles, whose lane loop is beyond C1. Without it, Hodgkin-Huxley's short lane loops
     * stayed in C1's tier 2, boxed: 400 neurons ran 1 s in 4.7 s against 0.28 s scalar. For fewer
     * than 1,000 neurons the warm-up costs more than lanes save in a typical run. A smaller group
     * of a model that also has a large group (COBA's 800 inhibitory neurons beside 3,200
     * excitatory ones) shares its warmed-up kernel.
     */
    static final int WARM_UP_MIN_NEURONS = 1000;

    /**
     * Runs a fresh instance of the vector kernel on copies of the group's state until C2 has
     * compiled it, and returns the nanoseconds spent. Before C2 every Vector API operation
     * allocates a boxed vector, so a vector kernel's first steps run many times slower than
     * scalar code (for Traub–Miles, whose update is too large for C1, about 1 s interpreted);
     * spent here, that cost lands in the build instead of the run, and the real state is never
     * touched. Compiled code allocates nothing, so the warm-up ends when a batch of steps
     * allocates (almost) nothing, or after {@link #WARM_UP_LIMIT_NANOS} of this thread's CPU time
     * where this JVM cannot count allocations or C2 does not get there. The whole group is stepped, because C2 is
     * reliably triggered by the lane loop's iterations (on-stack replacement): with short blocks,
     * Traub–Miles' kernel stayed in C1's non-profiling tier 2 for a minute (blocks of 130). The blocks are split
     * off the lane grid so that the scalar tails are compiled too. Most of the cost, and the
     * garbage that raises the process's peak memory, is the interpreted lane loop before C2.
     *
     * <p>Spatial neurons step as the run steps them: the kernel, the cable solve and the spiking
     * kernel on whole neurons, so that C2 has compiled the solver and the membrane current's
     * linearisation too (they are compiled while the lane loop waits for C2, which takes longer)
     * and the run starts without compiling.
     */
    private long warmUp(List<String> arrayNames, double[][] arrays, double[] shared, double[][] tables, double[] tableDt) {
        long start = System.nanoTime();
        NeuronKernel scratch;
        try {
            scratch = (NeuronKernel) kernel.type().getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot instantiate generated kernel " + kernel.className(), e);
        }
        // At least WARM_UP_MIN_NEURONS, the group's state repeated (whole spatial neurons), so
        // that the lane loop is long enough for C2 to take it over whichever of a model's groups
        // is built first.
        int granule = cable == null ? 1 : spec.cable().morphology().size();
        int n = (Math.max(spec.size(), WARM_UP_MIN_NEURONS) + granule - 1) / granule * granule;
        double[][] copies = new double[arrays.length][];
        for (int a = 0; a < arrays.length; a++) {
            copies[a] = new double[n];
            for (int i = 0; i < n; i += arrays[a].length) {
                System.arraycopy(arrays[a], 0, copies[a], i, Math.min(arrays[a].length, n - i));
            }
        }
        int[] spikes = new int[n];
        java.util.function.LongConsumer advance;
        if (cable == null) {
            long[] lastSpike = new long[n];
            Arrays.fill(lastSpike, -1_000_000_000L);
            scratch.bind(copies, shared.clone(), lastSpike, new long[model.events().size()][n], tables, tableDt, 0);
            scratch.prepare(dt);
            int middle = n / 2 + 3;
            advance = step -> {
                scratch.update(0, middle, step, spikes);
                scratch.update(middle, n, step, spikes);
            };
        } else {
            GroupState neurons = new GroupState(spec.name(), n, arrayNames, copies, model.sharedParameters(), shared.clone(), scratch,
                tables, tableDt, 0, nanosPerNeuron(), regularSteps, model.events().stream().map(CheckedModel.Event::name).toList());
            cable.attach(neurons, arrayNames);
            neurons.prepare(dt);
            advance = step -> neurons.update(step, spikes);
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        com.sun.management.ThreadMXBean counting = threads instanceof com.sun.management.ThreadMXBean c
            && c.isThreadAllocatedMemorySupported() && c.isThreadAllocatedMemoryEnabled() ? c : null;
        // This thread's CPU time where the JVM measures it: on a machine busy with other work the
        // JIT's compiler threads slow down as much as this one, and a limit in wall time then ended
        // the warm-up before C2 had compiled, leaving the run to interpret boxed lanes.
        boolean cpu = threads.isCurrentThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled();
        long spentFrom = cpu ? threads.getCurrentThreadCpuTime() : start;
        long thread = Thread.currentThread().getId();
        long step = 0;
        while ((cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime()) - spentFrom < WARM_UP_LIMIT_NANOS) {
            long allocated = counting == null ? 0 : counting.getThreadAllocatedBytes(thread);
            for (int k = 0; k < 100; k++, step++) {
                advance.accept(step);
            }
            if (step >= 300 && counting != null && counting.getThreadAllocatedBytes(thread) - allocated < 4096) {
                warmedUp = true;
                break;
            }
        }
        if (warmedUp && cpu && cable == null) {
            long from = threads.getCurrentThreadCpuTime();
            for (int k = 0; k < TIMED_STEPS; k++, step++) {
                advance.accept(step);
            }
            TIMED.put(kernel.className(), (threads.getCurrentThreadCpuTime() - from) / ((double) TIMED_STEPS * n));
        }
        return System.nanoTime() - start;
    }

    /** The longest warm-up, in CPU time of the building thread: a few times what C2 takes for Traub–Miles' kernel. */
    private static final long WARM_UP_LIMIT_NANOS = 8_000_000_000L;

    /** Steps of the compiled vector kernel timed after the warm-up, for {@link #nanosPerNeuron}. */
    private static final int TIMED_STEPS = 50;

    /**
     * The cost of one neuron's update, only for choosing the number of threads. A vector kernel's
     * is timed (CPU time) at the end of its warm-up: how much lanes save differs too much between
     * models for a count of operations to tell (COBA's lanes saved far more than Hodgkin–Huxley's,
     * whose exponentials stay costly, and counted alike the two came out the same). Otherwise a
     * rough model: about 1 ns per arithmetic node, 8 ns per function call (exp, exprel, ...) and a
     * quarter of a nanosecond per propagator entry of exact integration, as scalar kernels run.
     */
    private double nanosPerNeuron() {
        Double timed = kernel != null && lanes.startsWith("vector") ? TIMED.get(kernel.className()) : null;
        if (timed != null) {
            return timed;
        }
        List<Expr> all = new ArrayList<>();
        model.scheme().assignments().forEach(a -> all.add(a.value()));
        double propagation = 0;
        if (model.scheme().linear() != null) {
            all.addAll(List.of(model.scheme().linear().offset()));
            int k = model.scheme().linear().variables().size();
            propagation = 0.25 * k * k;
        }
        if (model.threshold() != null) {
            all.add(model.threshold());
        }
        return 2 + propagation + all.stream().mapToDouble(GroupBuild::cost).sum();
    }

    private static double cost(Expr e) {
        if (e instanceof Expr.Call c) {
            return 8 + c.args().stream().mapToDouble(GroupBuild::cost).sum();
        }
        if (e instanceof Expr.Binary b) {
            return 1 + cost(b.left()) + cost(b.right());
        }
        if (e instanceof Expr.Unary u) {
            return 1 + cost(u.operand());
        }
        return 0;
    }

    /** A name in a value expression for {@code neuron}, in the group's numbering; {@code i} and {@code N} count within {@code neurons}. */
    private double lookup(String name, int neuron, Slice neurons, List<String> arrayNames, double[][] arrays, double[] shared) {
        int a = arrayNames.indexOf(name);
        if (a >= 0) {
            return arrays[a][neuron];
        }
        int s = model.sharedParameters().indexOf(name);
        if (s >= 0) {
            return shared[s];
        }
        return switch (name) {
            case "i" -> neuron - neurons.from();
            case "N" -> neurons.size();
            case "t" -> 0;
            case "dt" -> dt;
            default -> throw new SpecException("Group", spec.name(), name, "cannot be used in an initial value");
        };
    }

    BuildReport.GroupReport report() {
        String method = model.scheme().method() == null ? "none" : model.scheme().method().label();
        return new BuildReport.GroupReport(spec.name(), spec.model().name(), spec.size(), method, reason,
            kernel == null ? "interpreted" : kernel.className(),
            lanes + (warmUpMillis > 0 && !warmedUp ? " (warm-up stopped before the JIT compiled it)" : ""),
            kernel != null && kernel.cached(), millis[0], millis[1], millis[2], warmUpMillis, bytes());
    }

    /** The checked model, for probes that record sub-expressions. */
    CheckedModel model() {
        return model;
    }
}
