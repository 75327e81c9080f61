package org.synfire.build;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.synfire.codegen.KernelCompiler;
import org.synfire.codegen.SynapseKernelSource;
import org.synfire.connectivity.ConnectionGenerator;
import org.synfire.connectivity.ConnectionRule;
import org.synfire.connectivity.Connections;

import org.synfire.engine.DelaySteps;
import org.synfire.engine.GroupState;
import org.synfire.engine.Population;
import org.synfire.engine.ProjectionState;
import org.synfire.kernel.SynapseKernel;
import org.synfire.equations.CheckedModel;
import org.synfire.equations.CheckedSynapse;
import org.synfire.equations.Equation;
import org.synfire.equations.Evaluator;
import org.synfire.equations.Expr;
import org.synfire.equations.Namespace;
import org.synfire.equations.Source;
import org.synfire.equations.SynapseChecker;
import org.synfire.model.Compartments;
import org.synfire.model.GroupSpec;
import org.synfire.model.Initializer;
import org.synfire.model.NetworkSpec;
import org.synfire.model.Numbering;
import org.synfire.model.PopulationSpec;
import org.synfire.model.ProjectionSpec;
import org.synfire.model.Slice;
import org.synfire.model.SpecException;
import org.synfire.random.RandomStreams;
import org.synfire.units.Dimension;
import org.synfire.units.Quantity;
import org.synfire.units.Units;

/**
 * Builds one projection in two phases, like {@link GroupBuild}: {@link #check} checks the synapse
 * model against the groups it connects, checks every value and the delay, chooses how spikes are
 * delivered, compiles the kernel and estimates memory; {@link #allocate} generates the
 * connectivity, evaluates initial values and delays per synapse and binds the kernel.
 */
final class ProjectionBuild {
    private final ProjectionSpec spec;
    private final PopulationSpec source;
    private final GroupSpec target;
    /** How the rule, conditions and values count the sources and the targets. */
    private final Numbering sources;
    private final Numbering targets;
    private final CheckedSynapse model;
    private final SynapseChecker.Side pre;
    private final SynapseKernelSource.Layout layout;
    private final Map<String, Expr> expressions;
    /** The delay as a constant or a per-synapse expression; {@code null} when it is drawn from a distribution. */
    private final Expr delay;
    private final Expr condition;
    private final KernelCompiler.Compiled kernel;
    private final long estimatedSynapses;
    private final double dt;
    private String delivery;
    private String delayWarning;
    private double generateMillis;
    private int synapses;
    /** Bytes each synapse's delay takes once the delays are known (before: the most, 4). */
    private int delayBytes = 4;

    private ProjectionBuild(ProjectionSpec spec, PopulationSpec source, GroupSpec target, Numbering sources, Numbering targets,
                            CheckedSynapse model,
                            SynapseChecker.Side pre, SynapseKernelSource.Layout layout,
                            Map<String, Expr> expressions, Expr delay, Expr condition, KernelCompiler.Compiled kernel, double dt) {
        this.spec = spec;
        this.source = source;
        this.target = target;
        this.sources = sources;
        this.targets = targets;
        this.model = model;
        this.pre = pre;
        this.layout = layout;
        this.expressions = expressions;
        this.delay = delay;
        this.condition = condition;
        this.kernel = kernel;
        this.dt = dt;
        this.estimatedSynapses = estimateSynapses(spec.rule(), sources.count(), targets.count());
    }

    /**
     * Checks a projection against the populations of the network.
     *
     * @param groups the checked neuron groups by name (spike sources are absent)
     * @throws org.synfire.SynfireException for the first problem, naming the projection
     */
    static ProjectionBuild check(ProjectionSpec spec, Map<String, GroupBuild> groups, BuildContext context) {
        PopulationSpec source = find(context.network, spec.source());
        PopulationSpec targetSpec = find(context.network, spec.target());
        if (!(targetSpec instanceof GroupSpec target)) {
            throw new SpecException("Projection", spec.name(), "target", "'" + spec.target() + "' is a spike source; synapses act "
                + "on neuron groups, so connect the source to a group");
        }
        if (spec.sourceEvent() != null) {
            List<String> events = source instanceof GroupSpec g ? g.model().eventNames() : List.of();
            if (!events.contains(spec.sourceEvent())) {
                throw new SpecException("Projection", spec.name(), "onEvent", "'" + spec.source() + "' has no event '" + spec.sourceEvent()
                    + "'; " + (events.isEmpty() ? "its model declares none (declare one with NeuronModel.event(name, condition))"
                    : "its events: spike, " + String.join(", ", events)));
            }
        }
        // Both slices must fit their populations; then the projection counts its ends as Numbering says.
        Slice.neurons(source, spec.sourceSlice());
        Slice.neurons(target, spec.targetSlice());
        Numbering sources = Numbering.source(spec, source);
        Numbering targets = Numbering.target(spec, target);
        GroupBuild targetBuild = groups.get(target.name());
        GroupBuild sourceBuild = groups.get(source.name());
        if (targetBuild == null || (source instanceof GroupSpec && sourceBuild == null)) {
            throw new SpecException("Projection", spec.name(), null, "a group it connects has errors of its own (see above)");
        }
        SynapseChecker.Side pre = sourceBuild == null ? SynapseChecker.Side.NONE : side(sourceBuild.model());
        SynapseChecker.Side post = side(targetBuild.model());
        SynapseKernelSource.Layout layout = new SynapseKernelSource.Layout(
            sourceBuild == null ? List.of() : arrays(sourceBuild.model()), sourceBuild == null ? List.of() : sourceBuild.model().sharedParameters(),
            arrays(targetBuild.model()), targetBuild.model().sharedParameters(), range(sources, source), range(targets, target));
        Namespace namespace = new Namespace(spec.model().constants(), Map.of());
        CheckedSynapse checked = SynapseChecker.check(spec.model().equations(), spec.model().onPre(), spec.model().onPost(),
            namespace, pre, post);
        if (checked.onPre().isEmpty() && checked.onPost().isEmpty() && checked.summed().isEmpty()) {
            throw new SpecException("Projection", spec.name(), "model", "synapse model '" + spec.model().name()
                + "' does nothing: give on_pre statements such as \"v_post += w\" or a summed variable");
        }
        for (String p : checked.sharedParameters()) {
            if (!spec.model().defaults().containsKey(p) && !spec.values().containsKey(p)) {
                throw new SpecException("Projection", spec.name(), p, "shared parameter of synapse model '" + spec.model().name()
                    + "' has no value; give one with set(\"" + p + "\", ...) or model.with(\"" + p + "\", ...)");
            }
        }
        Map<String, Expr> expressions = new LinkedHashMap<>();
        for (Map.Entry<String, Initializer> value : spec.values().entrySet()) {
            if (value.getValue() instanceof Initializer.Expression e) {
                Dimension d = checked.dimensions().get(value.getKey());
                expressions.put(value.getKey(), SynapseChecker.checkExpression(spec.model().equations(), namespace, pre, post,
                    new Source("value of " + value.getKey() + " in projection '" + spec.name() + "'", e.text()), d));
            }
        }
        Expr delay = null;
        if (spec.delay() instanceof Initializer.Expression e) {
            delay = SynapseChecker.checkExpression(spec.model().equations(), namespace, pre, post,
                new Source("delay of projection '" + spec.name() + "'", e.text()), Dimension.TIME);
        } else if (spec.delay() instanceof Initializer.Constant c) {
            delay = Expr.num(c.value().si());
        }
        Expr condition = null;
        if (spec.rule() instanceof ConnectionRule.Condition c) {
            condition = SynapseChecker.checkExpression(spec.model().equations(), namespace, pre, post,
                new Source("condition of projection '" + spec.name() + "'", c.expression()), null);
        }
        self(spec, source, target, sources, targets);
        checkOnPost(spec, checked, target);
        long expected = estimateSynapses(spec.rule(), sources.count(), targets.count());
        if (expected > Integer.MAX_VALUE - 8) {
            throw new SpecException("Projection", spec.name(), "rule", "about " + expected + " synapses exceed the limit of 2^31 in one "
                + "projection; split it into several (for example between parts of the groups)");
        }
        String sourceText = SynapseKernelSource.generate(checked, layout);
        KernelCompiler.Compiled compiled = KernelCompiler.compile(sourceText, SynapseKernel.class.getClassLoader());
        return new ProjectionBuild(spec, source, target, sources, targets, checked, pre, layout, expressions, delay, condition, compiled,
            context.dt);
    }

    /**
     * Where a source's own neuron is among the targets, so where autapses are (see
     * {@link ConnectionGenerator}), or empty when the ends share no neuron or nothing is excluded.
     * Between spatial neurons counted by neuron at both ends (spikes onto one location) a neuron's
     * own synapse is one onto itself, whatever the compartments.
     *
     * @throws SpecException when autapses are excluded between ends counted differently
     */
    private static OptionalInt self(ProjectionSpec spec, PopulationSpec source, GroupSpec target, Numbering sources, Numbering targets) {
        if (!source.name().equals(target.name())) {
            return OptionalInt.empty();
        }
        if (sources.isConsecutive() && targets.isConsecutive()) {
            return OptionalInt.of(sources.first() - targets.first());
        }
        if (sources.width() == 1 && targets.width() == 1 && sources.stride() == targets.stride()) {
            return OptionalInt.of(sources.first() / sources.stride() - targets.first() / targets.stride());
        }
        if (!spec.rule().autapses()) {
            throw new SpecException("Projection", spec.name(), "rule", "excludes autapses, but its sources are counted by neuron and its "
                + "targets " + (spec.targetCompartments() == null ? "by compartment" : "by (neuron, compartment) at " + spec.targetLabel())
                + ", so a neuron's own synapses are not one target per source; target one location (" + target.name()
                + ".at(section, distance)) or exclude them with a condition on i and j");
        }
        return OptionalInt.empty();
    }

    /**
     * A spatial neuron spikes at one compartment, and {@code on_post} follows the target's spikes;
     * synapses at other compartments would never see one, so that is refused rather than silent.
     */
    private static void checkOnPost(ProjectionSpec spec, CheckedSynapse model, GroupSpec target) {
        Compartments at = spec.targetCompartments();
        int spikes = target.cable() == null ? -1 : target.cable().spikeCompartment();
        if (at != null && !model.onPost().isEmpty() && (spikes < at.first() || spikes >= at.first() + at.count())) {
            throw new SpecException("Projection", spec.name(), "model", "has on_post statements, which run when the target spikes, but the "
                + "neurons of '" + target.name() + "' spike at compartment " + spikes + " and the synapses sit at " + at + ", where no spike "
                + "happens; "
                + "move the spiking compartment there (spikesAt) or drop on_post");
        }
    }

    /** An end as synaptic code counts it, or {@code null} for a whole population counted by element. */
    private static SynapseKernelSource.Range range(Numbering end, PopulationSpec population) {
        return end.isConsecutive() && end.first() == 0 && end.count() == population.size() ? null
            : new SynapseKernelSource.Range(end.first(), end.count(), end.width(), end.stride());
    }

    /** The expressions synaptic code evaluates while the network runs. */
    private static List<Expr> runTimeExpressions(CheckedSynapse model) {
        List<Expr> all = new ArrayList<>(model.summed().values());
        model.onPre().forEach(a -> all.add(a.value()));
        model.onPost().forEach(a -> all.add(a.value()));
        if (model.clockDriven() != null) {
            model.clockDriven().assignments().forEach(a -> all.add(a.value()));
            if (model.clockDriven().linear() != null) {
                all.addAll(List.of(model.clockDriven().linear().offset()));
            }
        }
        return all;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static PopulationSpec find(NetworkSpec network, String name) {
        return network.populations().stream().filter(p -> p.name().equals(name)).findFirst()
            .orElseThrow(() -> new SpecException("Projection", name, null, "no population named '" + name + "'"));
    }

    private static List<String> arrays(CheckedModel m) {
        List<String> out = new ArrayList<>(m.stateVariables());
        out.addAll(m.neuronParameters());
        return out;
    }

    private static SynapseChecker.Side side(CheckedModel m) {
        Map<String, Dimension> perNeuron = new TreeMap<>();
        Map<String, Dimension> shared = new TreeMap<>();
        java.util.Set<String> writable = new java.util.HashSet<>(m.stateVariables());
        for (String x : arrays(m)) {
            perNeuron.put(x, m.dimensions().get(x));
        }
        for (String p : m.neuronParameters()) {
            if (!m.equations().get(p).has(Equation.Flag.CONSTANT) && !m.equations().get(p).has(Equation.Flag.LINKED)) {
                writable.add(p);
            }
        }
        m.sharedParameters().forEach(p -> shared.put(p, m.dimensions().get(p)));
        java.util.Set<String> clamped = new java.util.HashSet<>();
        for (String x : m.stateVariables()) {
            if (m.equations().get(x).has(Equation.Flag.UNLESS_REFRACTORY)) {
                clamped.add(x);
            }
        }
        java.util.Set<String> linked = new java.util.HashSet<>();
        m.neuronParameters().stream().filter(p -> m.equations().get(p).has(Equation.Flag.LINKED)).forEach(linked::add);
        return new SynapseChecker.Side(perNeuron, shared, writable, new java.util.HashSet<>(m.stateVariables()), clamped, linked);
    }

    /** An upper estimate of the synapse count, for the memory check before anything is allocated. */
    private static long estimateSynapses(ConnectionRule rule, int n, int m) {
        if (rule instanceof ConnectionRule.OneToOne) {
            return n;
        }
        if (rule instanceof ConnectionRule.Probability p) {
            return (long) Math.ceil(p.p() * n * (double) m);
        }
        if (rule instanceof ConnectionRule.FixedInDegree f) {
            return (long) f.k() * m;
        }
        if (rule instanceof ConnectionRule.FixedOutDegree f) {
            return (long) f.k() * n;
        }
        if (rule instanceof ConnectionRule.Explicit e) {
            return e.sources().length;
        }
        if (rule instanceof ConnectionRule.FixedTotalNumber f) {
            return f.n();
        }
        if (rule instanceof ConnectionRule.Condition c) {
            return (long) Math.ceil(c.p() * n * (double) m);
        }
        return (long) n * m;
    }

    String name() {
        return spec.name();
    }

    /** The target group and the variables this projection's summed expressions replace each step. */
    List<String> summedTargets() {
        return model.summed().keySet().stream().map(x -> target.name() + "." + x).toList();
    }

    /**
     * Bytes per synapse: its target, its variables, its delay when per synapse (1, 2 or 4 bytes
     * after the build, 4 in the estimate before it), the by-target index for on_post.
     */
    private long bytesPerSynapse() {
        long bytes = 4 + 8L * model.synapseVariables().size() - 4L * model.singlePrecision().size();
        bytes += model.eventDriven().isEmpty() ? 0 : 8;
        bytes += spec.delay() instanceof Initializer.Constant ? 0 : delayBytes;
        bytes += model.onPost().isEmpty() ? 0 : 8;
        return bytes;
    }

    /**
     * Bytes the generator needs beyond the result while it runs: for sampled rules its row buffers
     * (which grow by doubling) before they are joined; for in-degree rules the rows by target
     * before they are turned into rows by source; fixed out-degree rows are written in place, and
     * a fixed total number needs only row counts besides them.
     */
    long transientBytes() {
        if (spec.rule() instanceof ConnectionRule.FixedOutDegree) {
            return 0;
        }
        if (spec.rule() instanceof ConnectionRule.FixedTotalNumber) {
            return 16L * 4 * source.size();
        }
        return estimatedSynapses * 4 * (spec.rule() instanceof ConnectionRule.FixedInDegree ? 1 : 2);
    }

    /** Estimated bytes of the projection's synapses (from the rule's expected count), checked before allocation. */
    long bytes() {
        return estimatedSynapses * bytesPerSynapse() + 4L * (source.size() + 1);
    }

    /** The dimension of every per-synapse variable, in the state's order. */
    Map<String, Dimension> units() {
        Map<String, Dimension> units = new LinkedHashMap<>();
        model.synapseVariables().forEach(v -> units.put(v, model.dimensions().get(v)));
        return units;
    }

    ProjectionState allocate(BuildContext context, List<Population> populations, Map<String, Population> built) {
        long seed = context.seed;
        long t0 = System.nanoTime();
        Population sourceState = built.get(source.name());
        GroupState targetState = (GroupState) built.get(target.name());
        GroupState sourceGroup = sourceState instanceof GroupState g ? g : null;
        Map<String, Initializer> values = values();
        double[] shared = sharedValues(values);
        for (int k = 0; k < shared.length; k++) {
            check(model.sharedParameters().get(k), new double[] {shared[k]}, null);
        }
        OptionalInt self = self(spec, source, target, sources, targets);
        ConnectionGenerator generator = new ConnectionGenerator(sources.count(), targets.count(), self,
            RandomStreams.streamKey(seed, "connect/" + spec.name()));
        Connections counted;
        if (condition == null) {
            counted = generator.generate(spec.rule(), null);
        } else {
            ThreadLocal<PairValues> pairs = ThreadLocal.withInitial(() -> new PairValues(sourceGroup, targetState, Map.of(), shared));
            counted = generator.generate(spec.rule(), (i, j) -> pairs.get().at(sources.element(i), targets.element(j), -1).holds(condition));
        }
        Connections c = counted.placedIn(source.size(), sources::element, target.size(), targets::element);
        synapses = c.size();
        int n = c.size();
        int[] targets = c.targetArray();
        // Only expressions read a synapse's source; the rest of the build does without that array.
        boolean readsPairs = spec.delay() instanceof Initializer.Expression
            || values.values().stream().anyMatch(Initializer.Expression.class::isInstance);
        int[] sources = readsPairs ? c.sources() : null;
        double[][] arrays = synapseValues(values, seed, sources, targets, sourceGroup, targetState, shared);
        for (int k = 0; k < arrays.length; k++) {
            check(model.synapseVariables().get(k), arrays[k], "synapse");
        }
        // Constant per-synapse parameters are evaluated in double precision, then kept as float;
        // each double array is dropped as soon as its copy is made, so at most one is held twice.
        float[][] singles = new float[arrays.length][];
        for (int k = 0; k < arrays.length; k++) {
            if (model.singlePrecision().contains(model.synapseVariables().get(k))) {
                singles[k] = new float[n];
                for (int s = 0; s < n; s++) {
                    singles[k][s] = (float) arrays[k][s];
                }
                if (!readsPairs) {
                    arrays[k] = null;
                }
            }
        }
        int homogeneous = -1;
        DelaySteps delays = null;
        DelayRounding rounding = new DelayRounding();
        if (spec.delay() instanceof Initializer.Expression) {
            double[] seconds = new double[n];
            evaluate(delay, "delay/" + spec.name(), seed, sources, targets, sourceGroup, targetState, own(arrays), shared, seconds);
            int[] steps = new int[n];
            for (int s = 0; s < n; s++) {
                steps[s] = steps(seconds[s], s);
                rounding.add(seconds[s], steps[s]);
            }
            delays = DelaySteps.of(steps);
        } else if (spec.delay() instanceof Initializer.Normal draws) {
            int[] steps = new int[n];
            NormalDraws.fill(draws, RandomStreams.streamKey(seed, "delay/" + spec.name()), 0, n, (s, seconds) -> steps[s] = steps(seconds, s),
                "Projection", spec.name(), "delay", "synapse");
            delays = DelaySteps.of(steps);
        } else {
            double seconds = ((Expr.Num) delay).value();
            homogeneous = steps(seconds, -1);
            rounding.add(seconds, homogeneous);
        }
        for (int k = 0; k < arrays.length; k++) {
            if (singles[k] != null) {
                arrays[k] = null;
            }
        }
        delayWarning = rounding.warning(n);
        delayBytes = delays == null ? 0 : delays.bytesPerSynapse();
        double[] lastUpdate = new double[model.eventDriven().isEmpty() ? 0 : n];
        SynapseKernel instance;
        try {
            instance = (SynapseKernel) kernel.type().getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot instantiate generated synapse kernel " + kernel.className(), e);
        }
        double[][] preArrays = sourceGroup == null ? new double[0][] : layout.preArrays().stream().map(sourceGroup::array).toArray(double[][]::new);
        double[][] postArrays = layout.postArrays().stream().map(targetState::array).toArray(double[][]::new);
        instance.bind(arrays, singles, shared, lastUpdate, targets, preArrays, sourceGroup == null ? new double[0] : sourceGroup.sharedArray(),
            postArrays, targetState.sharedArray(), source.size(), target.size(), RunStreams.synapses(seed, spec.name()),
            targetState.kernel());
        double[] ringTarget = delays == null || model.accumulation() == null ? null : targetState.array(model.accumulation().target());
        delivery = (model.accumulation() != null ? "additive" : "per-synapse code")
            + (model.clockDriven() == null ? "" : ", clock-driven " + model.clockDriven().method().label())
            + (model.summed().isEmpty() ? "" : ", summed into " + String.join(", ", model.summed().keySet()))
            + (delays == null ? ", delay " + homogeneous + " steps" : ", per-synapse delays up to " + delays.max()
            + " steps (" + (ringTarget == null ? "synapse queues" : "ring buffer") + ")") + (model.onPost().isEmpty() ? "" : ", on_post")
            + (spec.sourceEvent() == null ? "" : ", on_pre on event '" + spec.sourceEvent() + "'");
        generateMillis = (System.nanoTime() - t0) * 1e-6;
        boolean readsSource = readsSourceState(pre);
        double[][] summedTargets = model.summed().keySet().stream().map(targetState::array).toArray(double[][]::new);
        boolean ringGated = model.accumulation() != null && model.accumulation().gated();
        Population trigger = spec.sourceEvent() == null ? sourceState : sourceGroup.event(spec.sourceEvent());
        return new ProjectionState(spec.name(), populations.indexOf(trigger), targetState, c.rowStartArray(), targets,
            model.synapseVariables(), arrays, singles, lastUpdate, instance, homogeneous, delays, ringTarget, ringGated,
            summedTargets, model.clockDriven() != null, !model.onPost().isEmpty(), readsSource);
    }

    /**
     * Sets the per-synapse variables to their initial values again (a simulation reset): the same
     * draws for the same seed, on the synapses the build made.
     */
    void reinitialize(ProjectionState state, Map<String, Population> built, long seed) {
        Population sourceState = built.get(source.name());
        GroupState sourceGroup = sourceState instanceof GroupState g ? g : null;
        Map<String, Initializer> values = values();
        double[][] arrays = synapseValues(values, seed, state.sources(), state.targets(), sourceGroup,
            (GroupState) built.get(target.name()), sharedValues(values));
        for (int k = 0; k < arrays.length; k++) {
            state.setSi(model.synapseVariables().get(k), arrays[k]);
        }
    }

    private void check(String variable, double[] values, String element) {
        Equation declared = spec.model().equations().get(variable);
        InitialValues.check("Projection", spec.name(), variable, values, model.dimensions().get(variable),
            declared != null && declared.has(Equation.Flag.POSITIVE), element);
    }

    /** The values the model's defaults and the spec give, the spec's last. */
    private Map<String, Initializer> values() {
        Map<String, Initializer> values = new LinkedHashMap<>();
        spec.model().defaults().forEach((k, v) -> values.put(k, new Initializer.Constant(v)));
        values.putAll(spec.values());
        return values;
    }

    /** The shared parameters, first: connection conditions and per-synapse values may use them. */
    private double[] sharedValues(Map<String, Initializer> values) {
        double[] shared = new double[model.sharedParameters().size()];
        for (Map.Entry<String, Initializer> entry : values.entrySet()) {
            int k = model.sharedParameters().indexOf(entry.getKey());
            if (k >= 0) {
                if (!(entry.getValue() instanceof Initializer.Constant constant)) {
                    throw new SpecException("Projection", spec.name(), entry.getKey(), "is shared (one value for the projection); "
                        + "give one quantity");
                }
                shared[k] = constant.value().si();
            }
        }
        return shared;
    }

    /** Every per-synapse variable's initial value, in double precision: one array per variable, zero where none is given. */
    private double[][] synapseValues(Map<String, Initializer> values, long seed, int[] sources, int[] targets, GroupState sourceGroup,
                                     GroupState targetState, double[] shared) {
        double[][] arrays = new double[model.synapseVariables().size()][targets.length];
        Map<String, double[]> own = own(arrays);
        for (Map.Entry<String, Initializer> entry : values.entrySet()) {
            int a = model.synapseVariables().indexOf(entry.getKey());
            if (a < 0) {
                continue;
            }
            if (entry.getValue() instanceof Initializer.Constant constant) {
                Arrays.fill(arrays[a], constant.value().si());
            } else if (entry.getValue() instanceof Initializer.Normal draws) {
                double[] into = arrays[a];
                NormalDraws.fill(draws, RandomStreams.streamKey(seed, "init/" + spec.name() + "/" + entry.getKey()), 0, targets.length,
                    (s, value) -> into[s] = value, "Projection", spec.name(), entry.getKey(), "synapse");
            } else {
                evaluate(expressions.get(entry.getKey()), "init/" + spec.name() + "/" + entry.getKey(), seed, sources, targets,
                    sourceGroup, targetState, own, shared, arrays[a]);
            }
        }
        return arrays;
    }

    /** The per-synapse arrays by variable, for expressions that read other synapse variables. */
    private Map<String, double[]> own(double[][] arrays) {
        Map<String, double[]> own = new LinkedHashMap<>();
        for (int k = 0; k < arrays.length; k++) {
            own.put(model.synapseVariables().get(k), arrays[k]);
        }
        return own;
    }

    private boolean readsSourceState(SynapseChecker.Side sourceSide) {
        for (Expr e : runTimeExpressions(model)) {
            for (String name : Expr.names(e)) {
                if (name.endsWith("_pre") && sourceSide.perNeuron().containsKey(name.substring(0, name.length() - 4))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Delays off the grid of {@code dt} are rounded to the nearest step, as Brian2 does (NEST refuses
     * delays below its resolution instead); the build says so once per projection, as a warning in
     * its report, rather than silently, since a delay below one step then acts at once.
     */
    private final class DelayRounding {
        private long offGrid;
        private long belowOneStep;
        private double example = Double.NaN;
        private int exampleSteps;

        void add(double seconds, int steps) {
            double exact = seconds / dt;
            if (Math.abs(exact - steps) > 1e-6 * Math.max(1, exact)) {
                offGrid++;
                belowOneStep += seconds > 0 && steps == 0 ? 1 : 0;
                if (Double.isNaN(example) || (seconds > 0 && steps == 0)) {
                    example = seconds;
                    exampleSteps = steps;
                }
            }
        }

        /** Delays read as the field writes them, in milliseconds. */
        private static String inMs(double seconds) {
            return Quantity.of(seconds, Units.second).format(Units.ms);
        }

        String warning(int synapses) {
            if (offGrid == 0) {
                return null;
            }
            String count = spec.delay() instanceof Initializer.Expression ? " (" + offGrid + " of " + synapses + " synapses" + (belowOneStep > 0
                ? ", " + belowOneStep + " of them shorter than one step" : "") + ")" : "";
            return "Projection '" + spec.name() + "'.delay: " + inMs(example) + " is not a whole number of steps of dt = " + inMs(dt)
                + "; it is rounded to " + exampleSteps + (exampleSteps == 1 ? " step" : " steps")
                + (exampleSteps == 0 ? ", so the spike acts in the step it is reported" : " (" + inMs(exampleSteps * dt) + ")")
                + count + ". Give delays in multiples of dt to silence this (a drawn delay d as floor(d/dt + 0.5)*dt)";
        }
    }

    private int steps(double seconds, int synapse) {
        long k = Math.round(seconds / dt);
        if (!(seconds >= 0) || k > 1_000_000) {
            throw new SpecException("Projection", spec.name(), "delay", (synapse < 0 ? "" : "synapse " + synapse + ": ")
                + Quantity.of(seconds, Units.second) + " is not a delay from 0 to a million steps");
        }
        return (int) k;
    }

    /**
     * Evaluates a per-synapse expression into {@code out}, with counter-based draws keyed by
     * (purpose, synapse): a synapse's value depends on nothing evaluated for another, so blocks
     * of synapses are evaluated in parallel, each with an evaluator of its own, and give the
     * same values on any number of threads.
     */
    private void evaluate(Expr e, String purpose, long seed, int[] sources, int[] targets, GroupState sourceGroup,
                          GroupState targetState, Map<String, double[]> own, double[] shared, double[] out) {
        long key = RandomStreams.streamKey(seed, purpose);
        int n = out.length;
        int blocks = Math.max(1, Math.min(64, n / 16_384));
        java.util.stream.IntStream.range(0, blocks).parallel().forEach(b -> {
            PairValues values = new PairValues(sourceGroup, targetState, own, shared);
            int[] synapse = {0};
            int[] site = {0};
            Evaluator evaluator = RunStreams.evaluator(values::value, Evaluator.Tables.NONE, key, synapse, 0, site);
            for (int s = (int) ((long) n * b / blocks), to = (int) ((long) n * (b + 1) / blocks); s < to; s++) {
                values.at(sources[s], targets[s], s);
                synapse[0] = s;
                site[0] = 0;
                out[s] = evaluator.evaluate(e);
            }
        });
    }

    /** Values of the names a per-synapse expression may use, for one synapse (or candidate pair). */
    private final class PairValues {
        private final GroupState sourceGroup;
        private final GroupState targetGroup;
        private final Map<String, double[]> own;
        private final double[] shared;
        private int i;
        private int j;
        private int s;
        private Evaluator conditions;

        /** @param shared the projection's shared parameters, as far as they are set */
        PairValues(GroupState sourceGroup, GroupState targetGroup, Map<String, double[]> own, double[] shared) {
            this.sourceGroup = sourceGroup;
            this.targetGroup = targetGroup;
            this.own = own;
            this.shared = shared;
        }

        /** Sets the pair of neurons {@code source}, {@code target} (in their populations' numbering) and its synapse. */
        PairValues at(int source, int target, int synapse) {
            i = source;
            j = target;
            s = synapse;
            return this;
        }

        /** Whether a connection condition holds for the pair last set by {@link #at}. */
        boolean holds(Expr e) {
            if (conditions == null) {
                conditions = new Evaluator(this::value, () -> {
                    throw new SpecException("Projection", spec.name(), "rule", "the condition may not draw random numbers; "
                        + "use the p of the rule");
                }, () -> 0);
            }
            return conditions.evaluate(e) != 0;
        }

        private double value(String name) {
            double[] mine = own.get(name);
            if (mine != null) {
                return mine[s];
            }
            int k = model.sharedParameters().indexOf(name);
            if (k >= 0) {
                return shared[k];
            }
            // N_pre and N_post are the counts of the projection's ends, not variables of the groups.
            if (name.equals("N_pre") || name.equals("N_post")) {
                return name.equals("N_pre") ? sources.count() : targets.count();
            }
            if (name.endsWith("_pre") && sourceGroup != null) {
                return read(sourceGroup, name.substring(0, name.length() - 4), i);
            }
            if (name.endsWith("_post")) {
                return read(targetGroup, name.substring(0, name.length() - 5), j);
            }
            return switch (name) {
                case "i" -> sources.index(i);
                case "j" -> targets.index(j);
                case "t", "lastupdate" -> 0;
                case "dt" -> dt;
                default -> throw new SpecException("Projection", spec.name(), name, "cannot be used in a value computed at build");
            };
        }

        private double read(GroupState g, String variable, int index) {
            return g.isPerNeuron(variable) ? g.array(variable)[index] : g.shared(variable);
        }
    }

    /** The warning about delays rounded to the step, or {@code null} when every delay is a whole number of steps. */
    String delayWarning() {
        return delayWarning;
    }

    BuildReport.ProjectionReport report() {
        return new BuildReport.ProjectionReport(spec.name(), spec.sourceLabel(), spec.targetLabel(), spec.rule().toString(), synapses,
            delivery, kernel.className(), kernel.cached(), kernel.compileNanos() * 1e-6, generateMillis, (long) synapses * bytesPerSynapse() + 4L * (source.size() + 1),
            bytesPerSynapse());
    }
}
