package org.synfire.codegen;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.synfire.equations.Assignment;
import org.synfire.equations.CheckedModel;
import org.synfire.equations.Equation;
import org.synfire.equations.Expr;
import org.synfire.equations.Functions;
import org.synfire.equations.LinearSystem;

/**
 * Generates the Java source of a group's kernel (see {@code org.synfire.kernel.NeuronKernel})
 * from a {@link CheckedModel}: one class whose {@code update} loops over structure-of-arrays
 * state with integration, refractoriness, threshold and reset inlined. The source is plain
 * Java 8 so that Janino compiles it. The class, in its scalar and vector variants, is the
 * template {@code neuron.java.tmpl}; this class fills its holes with translated expressions and
 * statements.
 *
 * <p>Naming in the generated code: per-neuron arrays {@code a_x}; per-neuron locals {@code s_x}
 * (state) and {@code p_x} (parameters); shared parameters {@code g_x}; temporaries
 * {@code tmp_…}; hoisted loop invariants {@code h0, h1, …}.
 */
public final class KernelSource {
    /** Stands for the class name until the source is hashed. */
    static final String CLASS_NAME = "SynfireKernel";
    private static final Template TEMPLATE = Template.resource("neuron.java.tmpl");

    private final CheckedModel model;
    private final List<String> tables;
    private final Set<String> perNeuronTables;
    private final Set<String> resetParameters = new HashSet<>();
    private final int[] sites = {0};
    private final boolean vector;
    private final List<List<Assignment>> regular;

    private KernelSource(CheckedModel model, Map<String, Boolean> tables, List<List<Assignment>> regular, boolean vector) {
        this.model = model;
        this.vector = vector;
        this.regular = regular;
        this.tables = new ArrayList<>(tables.keySet());
        this.perNeuronTables = new HashSet<>();
        tables.forEach((name, perNeuron) -> {
            if (perNeuron) {
                perNeuronTables.add(name);
            }
        });
        for (Assignment a : resetAndEventCode()) {
            if (model.neuronParameters().contains(a.target())) {
                resetParameters.add(a.target());
            }
        }
    }

    /**
     * The kernel source for a model.
     *
     * @param model   the checked neuron model whose equations, threshold, reset and events the kernel runs
     * @param tables  the tabulated functions the model may call, in binding order, each marked per-neuron or not
     * @param regular the group's regular statements ({@code runRegularly}), checked as a reset, in operation order
     * @return Java source of one class implementing {@code NeuronKernel}, still named by the placeholder {@code SynfireKernel}
     */
    public static String generate(CheckedModel model, Map<String, Boolean> tables, List<List<Assignment>> regular) {
        return new KernelSource(model, tables, regular, false).write();
    }

    /**
     * The kernel source whose state integration runs in Vector API lanes (see
     * {@link VectorEmitter}), for a model {@link #vectorObstacle} accepts. Threshold, reset and
     * spike output stay scalar, in a second pass over the block: equivalent to the fused loop of
     * {@link #generate} because a neuron's update reads only its own state. Compiling and running
     * it needs the module {@code jdk.incubator.vector}.
     *
     * @param model   the checked neuron model, one {@link #vectorObstacle} returns {@code null} for
     * @param tables  the tabulated functions the model may call, as for {@link #generate}
     * @param regular the group's regular statements, as for {@link #generate}
     * @return Java source of one {@code NeuronKernel} class, still named by the placeholder {@code SynfireKernel}
     */
    public static String generateVector(CheckedModel model, Map<String, Boolean> tables, List<List<Assignment>> regular) {
        String obstacle = vectorObstacle(model, tables);
        if (obstacle != null) {
            throw new IllegalArgumentException("no vector kernel: " + obstacle);
        }
        return new KernelSource(model, tables, regular, true).write();
    }

    /**
     * Why the model's integration cannot run in vector lanes (for the build report), or {@code null} when it can.
     *
     * @param model  the checked neuron model
     * @param tables the tabulated functions it may call; a per-neuron table keeps it scalar
     * @return a short reason such as a function with no vector form, or {@code null}
     */
    public static String vectorObstacle(CheckedModel model, Map<String, Boolean> tables) {
        LinearSystem linear = model.scheme().linear();
        if (model.scheme().assignments().isEmpty() && linear == null) {
            return "nothing to integrate";
        }
        if (model.refractoryKind() == CheckedModel.RefractoryKind.CONDITION
            && !(VectorEmitter.isCondition(model.refractory()) && VectorEmitter.supports(model.refractory(), tables.keySet()))) {
            return "the refractory condition is not a comparison the vector kernel evaluates";
        }
        KernelSource probe = new KernelSource(model, tables, List.of(), false);
        if (model.refractoryKind() == CheckedModel.RefractoryKind.DURATION && !probe.isShared(model.refractory())) {
            return "the refractory period differs between neurons";
        }
        List<Expr> integration = new ArrayList<>();
        model.scheme().assignments().forEach(a -> integration.add(a.value()));
        if (linear != null) {
            integration.addAll(List.of(linear.offset()));
        }
        for (Expr e : integration) {
            if (!VectorEmitter.supports(e, tables.keySet())) {
                return "the equations call a function the vector kernel does not compute (it does + - * / exp exprel abs sqrt "
                    + "min max clip and integer powers)";
            }
        }
        return null;
    }

    private String write() {
        List<String> arrays = new ArrayList<>(model.stateVariables());
        arrays.addAll(model.neuronParameters());
        LinearSystem linear = model.scheme().linear();
        List<int[]> reached = reached(linear);
        String field = linear != null && linear.perNeuron() ? "double[]" : "double";
        Template.Fill fill = TEMPLATE.fill()
            .put("class", CLASS_NAME)
            .when("vector", vector)
            .put("vectorConstants", VectorEmitter.constants())
            .when("activeAtT", vector && model.refractoryKind() == CheckedModel.RefractoryKind.CONDITION)
            .put("arrayFields", Template.block(arrays.stream().map(a -> "private double[] a_" + a + ";")))
            .put("tableFields", Template.block(IntStream.range(0, tables.size()).boxed()
                .flatMap(k -> Stream.of("private double[] tb" + k + ";", "private double tdt" + k + ";"))))
            .put("propagatorFields", propagators(reached, (p, r, c) -> "private " + field + " " + p + "_" + r + "_" + c + ";"))
            .put("bindArrays", Template.block(Template.indexed(arrays, (a, k) -> "this.a_" + a + " = arrays[" + k + "];")))
            .put("bindTables", Template.block(IntStream.range(0, tables.size()).boxed()
                .flatMap(k -> Stream.of("this.tb" + k + " = tables[" + k + "];", "this.tdt" + k + " = tableDt[" + k + "];"))))
            .put("arrayLocals", Template.block(arrays.stream().map(a -> "final double[] a_" + a + " = this.a_" + a + ";")))
            .put("sharedLocals", Template.block(Template.indexed(model.sharedParameters(), (x, k) -> "final double g_" + x + " = shared[" + k + "];")))
            .put("propagatorLocals", linear == null || linear.perNeuron() ? ""
                : propagators(reached, (p, r, c) -> "final double " + p + "_" + r + "_" + c + " = this." + p + "_" + r + "_" + c + ";"))
            .put("neuronLocals", neuronLocals(false))
            .put("mutableNeuronLocals", neuronLocals(true))
            .put("scratchFields", "")
            .put("bindScratch", "");
        fillPrepare(fill, linear, reached);
        if (vector) {
            fillVectorUpdate(fill, linear, reached);
        } else {
            fillUpdate(fill, linear, reached);
        }
        JavaEmitter e = emitter(Set.of(), "t", null);
        List<Expr> subexpressions = List.copyOf(model.subexpressions().values());
        fill.put("subexpressionCases", Template.block(IntStream.range(0, subexpressions.size())
            .mapToObj(k -> "case " + k + ": return " + e.number(subexpressions.get(k)) + ";")));
        fill.put("activeNow", activeCondition(emitter(Set.of(), "t", null)));
        fill.put("regularCases", regularCases(arrays));
        return fill.render();
    }

    /**
     * One case per regular operation: its statements in order over the block, each reading what
     * the one before assigned, as a reset does, then the assigned variables stored. Written after
     * the update, so its random draws take call sites of their own.
     */
    private String regularCases(List<String> arrays) {
        JavaEmitter e = emitter(Set.of(), "t", null);
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < regular.size(); k++) {
            out.append("case ").append(k).append(": {\nfor (int i = from; i < to; i++) {\n");
            arrays.forEach(a -> out.append("double ").append(local(a)).append(" = a_").append(a).append("[i];\n"));
            Set<String> assigned = new LinkedHashSet<>();
            for (Assignment a : regular.get(k)) {
                String value = e.number(a.value());
                out.append(e.takeDeclarations()).append(local(a.target())).append(" = ").append(value).append(";\n");
                assigned.add(a.target());
            }
            assigned.forEach(x -> out.append("a_").append(x).append("[i] = ").append(local(x)).append(";\n"));
            out.append("}\nreturn;\n}\n");
        }
        return out.toString();
    }

    /** The entries of the propagator matrices that the linear system's couplings reach, as {@code {row, column}}. */
    static List<int[]> reached(LinearSystem linear) {
        List<int[]> out = new ArrayList<>();
        boolean[][] reach = linear == null ? new boolean[0][0] : linear.reach();
        for (int r = 0; r < reach.length; r++) {
            for (int c = 0; c < reach.length; c++) {
                if (reach[r][c]) {
                    out.add(new int[] {r, c});
                }
            }
        }
        return out;
    }

    /** A line about each reached entry of the propagator matrix {@code P} and then of {@code G}. */
    private static String propagators(List<int[]> reached, PropagatorLine line) {
        return Template.block(reached.stream().flatMap(rc -> Stream.of(line.of("P", rc[0], rc[1]), line.of("G", rc[0], rc[1]))));
    }

    /** Writes a line about entry {@code (r, c)} of propagator matrix {@code p}. */
    private interface PropagatorLine {
        String of(String p, int r, int c);
    }

    private void fillPrepare(Template.Fill fill, LinearSystem linear, List<int[]> reached) {
        JavaEmitter e = emitter(Set.of(), "0.0", null);
        boolean sharedRefractory = model.refractoryKind() == CheckedModel.RefractoryKind.DURATION && isShared(model.refractory());
        fill.when("sharedRefractory", sharedRefractory).when("linear", linear != null);
        if (sharedRefractory) {
            fill.put("refractory", e.emit(model.refractory()));
        }
        if (linear == null) {
            return;
        }
        int k = linear.variables().size();
        String at = linear.perNeuron() ? "[i]" : "";
        fill.put("k", Integer.toString(k))
            .when("perNeuronPropagators", linear.perNeuron())
            .put("allocatePropagators", Template.block(reached.stream().map(rc -> rc[0] + "_" + rc[1])
                .map(rc -> "if (P_" + rc + " == null || P_" + rc + ".length != n) { P_" + rc + " = new double[n]; G_" + rc + " = new double[n]; }")))
            .put("matrix", matrix(linear, e))
            .put("storePropagators", propagators(reached, (p, r, c) -> p + "_" + r + "_" + c + at + " = "
                + (p.equals("P") ? "phi" : "gamma") + "[" + r + "][" + c + "];"));
    }

    /** The statements that fill the system's matrix {@code A}, row by row, leaving the zeros out. */
    static String matrix(LinearSystem linear, JavaEmitter e) {
        int k = linear.variables().size();
        return Template.block(IntStream.range(0, k * k).filter(entry -> !Expr.isZero(linear.matrix()[entry / k][entry % k]))
            .mapToObj(entry -> "A[" + entry / k + "][" + entry % k + "] = " + e.emit(linear.matrix()[entry / k][entry % k]) + ";"));
    }

    private void fillUpdate(Template.Fill fill, LinearSystem linear, List<int[]> reached) {
        Set<String> invariant = invariantNames();
        Map<String, String> hoisted = new LinkedHashMap<>();
        JavaEmitter integrate = emitter(invariant, "t", hoisted);
        integrate.eliminateCommonCalls();
        JavaEmitter after = emitter(invariant, "tNext", hoisted);
        fill.put("active", activeCondition(integrate)).put("activeDeclarations", integrate.takeDeclarations())
            .when("activeD", usesActive());
        StringBuilder body = new StringBuilder();
        for (Assignment a : model.scheme().assignments()) {
            if (!a.target().startsWith("_")) {
                integrate.forgetCommonCalls();
            }
            String statement = assign(a, integrate);
            body.append(integrate.takeDeclarations()).append(statement).append('\n');
        }
        if (linear != null) {
            writeExact(linear, reached, integrate, body);
        }
        fill.put("integrate", body.toString());
        fillThreshold(fill, after);
        List<String> stores = new ArrayList<>();
        model.stateVariables().forEach(x -> stores.add("a_" + x + "[i] = s_" + x + ";"));
        resetParameters.forEach(p -> stores.add("a_" + p + "[i] = p_" + p + ";"));
        fill.put("store", Template.block(stores.stream())).put("hoisted", integrate.hoistedDeclarations());
    }

    /**
     * Fills the threshold, the custom events' conditions, the reset and the events' statements,
     * emitted for the state at {@code tNext}: every condition is read before any statement runs,
     * as Brian2 runs all thresholders before the resetters. An event's statements store what they
     * assign at once (in the vector kernel's threshold pass the reset's stores are inside the spike's branch).
     */
    private void fillThreshold(Template.Fill fill, JavaEmitter after) {
        List<CheckedModel.Event> events = model.events();
        fill.when("fires", model.threshold() != null || !events.isEmpty());
        fill.put("threshold", model.threshold() == null ? "false" : after.emit(model.threshold()))
            .put("reset", statements(model.reset(), after));
        StringBuilder conditions = new StringBuilder();
        StringBuilder actions = new StringBuilder();
        for (int k = 0; k < events.size(); k++) {
            CheckedModel.Event event = events.get(k);
            String condition = after.emit(event.condition());
            conditions.append(after.takeDeclarations()).append("final boolean event").append(k).append(" = ").append(condition).append(";\n");
            actions.append("if (event").append(k).append(") {\nlastEvent[").append(k).append("][i] = step + 1;\n")
                .append(statements(event.code(), after)).append('\n');
            event.code().stream().map(Assignment::target).distinct()
                .forEach(x -> actions.append("a_").append(x).append("[i] = ").append(local(x)).append(";\n"));
            actions.append("}\n");
        }
        fill.put("eventConditions", conditions.toString()).put("eventActions", actions.toString());
    }

    private String statements(List<Assignment> assignments, JavaEmitter e) {
        return Template.block(assignments.stream().map(a -> local(a.target()) + " = " + e.number(a.value()) + ";"));
    }

    /** The reset's assignments, then every custom event's. */
    private List<Assignment> resetAndEventCode() {
        List<Assignment> all = new ArrayList<>(model.reset());
        model.events().forEach(e -> all.addAll(e.code()));
        return all;
    }

    private boolean usesActive() {
        return model.scheme().assignments().stream().anyMatch(a -> Expr.names(a.value()).contains("_active"));
    }

    private Set<String> invariantNames() {
        Set<String> invariant = new HashSet<>(model.sharedParameters());
        invariant.addAll(Set.of("t", "dt", "N"));
        return invariant;
    }

    /**
     * The update of {@link #generateVector}: lanes of {@code SPECIES.length()} neurons, a scalar
     * tail with the same operations, then the scalar threshold pass. The refractory mask comes
     * from the last-spike steps read as a long vector of the same shape.
     */
    private void fillVectorUpdate(Template.Fill fill, LinearSystem linear, List<int[]> reached) {
        Set<String> invariant = invariantNames();
        Map<String, String> hoisted = new LinkedHashMap<>();
        JavaEmitter uniform = emitter(invariant, "t", hoisted);
        JavaEmitter after = emitter(invariant, "tNext", hoisted);
        VectorEmitter e = new VectorEmitter(name -> name.equals("t") ? "t" : local(name), this::vectorLocal, invariant, uniform,
            hoisted, new int[] {0});
        boolean refractory = model.refractoryKind() != CheckedModel.RefractoryKind.NONE;
        StringBuilder lanes = new StringBuilder();
        StringBuilder tail = new StringBuilder();
        boolean condition = model.refractoryKind() == CheckedModel.RefractoryKind.CONDITION;
        if (condition) {
            // Lanes and tail evaluate the one emitted condition, on the state at t.
            VectorEmitter.Value refractoryNow = e.emit(model.refractory());
            lanes.append(e.takeVectorDeclarations());
            tail.append(e.takeScalarDeclarations());
            lanes.append("final VectorMask<Double> vactive = ").append(refractoryNow.uniform()
                ? "SPECIES.maskAll(!" + refractoryNow.scalar() + ")" : refractoryNow.vector() + ".not()").append(";\n");
            lanes.append("DoubleVector.zero(SPECIES).blend(1.0, vactive).intoArray(activeAtT, i);\n");
            tail.append("final boolean active = !").append(refractoryNow.scalar()).append(";\n");
            tail.append("activeAtT[i] = active ? 1.0 : 0.0;\n");
        } else if (refractory) {
            lanes.append("final VectorMask<Double> vactive = LongVector.broadcast(LONGS, step).sub(LongVector.fromArray(LONGS, lastSpike, i))")
                .append(".compare(VectorOperators.GE, refSteps).cast(SPECIES);\n");
            tail.append("final boolean active = ").append(activeCondition(uniform)).append(";\n");
        }
        if (usesActive()) {
            lanes.append("final DoubleVector vactiveD = ")
                .append(refractory ? "DoubleVector.zero(SPECIES).blend(1.0, vactive)" : "DoubleVector.broadcast(SPECIES, 1.0)").append(";\n");
            tail.append("final double activeD = ").append(refractory ? "active ? 1.0 : 0.0" : "1.0").append(";\n");
        }
        for (Assignment a : model.scheme().assignments()) {
            if (!a.target().startsWith("_")) {
                e.forgetCommonCalls();
            }
            VectorEmitter.Value v = e.emit(a.value());
            String lane = lanes(v);
            lanes.append(e.takeVectorDeclarations());
            tail.append(e.takeScalarDeclarations());
            if (a.target().startsWith("_")) {
                lanes.append("final DoubleVector ").append(vectorLocal(a.target())).append(" = ").append(lane).append(";\n");
                tail.append("final double ").append(local(a.target())).append(" = ").append(v.scalar()).append(";\n");
            } else {
                assignLanes(lanes, tail, a.target(), lane, v.scalar(), refractory && a.unlessRefractory());
            }
        }
        if (linear != null) {
            writeVectorExact(linear, reached, e, lanes, tail, refractory);
        }
        for (String x : model.stateVariables()) {
            lanes.append("vs_").append(x).append(".intoArray(a_").append(x).append(", i);\n");
            tail.append("a_").append(x).append("[i] = s_").append(x).append(";\n");
        }
        fillLanePasses(fill, LanePasses.split(lanes.toString(), LanePasses.MAX_CALLS));
        fill.put("tail", tail.toString());
        fillThreshold(fill, after);
        fill.put("spikeGuard", condition ? "activeAtT[i] != 0.0 && " : refractory ? activeCondition(uniform) + " && " : "")
            .put("storeReset", Template.block(model.reset().stream().map(a -> "a_" + a.target() + "[i] = " + local(a.target()) + ";")))
            .put("hoisted", uniform.hoistedDeclarations());
    }

    /**
     * The lane loop as one method, {@code integrateLanes}, or as passes that it calls in order
     * before it copies the new values left in scratch arrays into the state.
     */
    private void fillLanePasses(Template.Fill fill, List<LanePasses.Pass> passes) {
        boolean split = passes.size() > 1;
        List<Map<String, String>> copies = new ArrayList<>();
        StringBuilder calls = new StringBuilder();
        List<String> scratch = new ArrayList<>();
        for (int p = 0; p < passes.size(); p++) {
            String name = split ? "integrateLanes" + p : "integrateLanes";
            copies.add(Map.of("lanePassName", name, "lanes", laneLoads(passes.get(p).body()) + passes.get(p).body()));
            calls.append(name).append("(from, to, step);\n");
            scratch.addAll(passes.get(p).scratch());
        }
        scratch.forEach(x -> calls.append("System.arraycopy(").append(LanePasses.scratch(x)).append(", from, a_").append(x)
            .append(", from, to - from);\n"));
        fill.when("lanePasses", split).repeat("lanePass", copies).put("lanePassCalls", calls.toString())
            .put("scratchFields", Template.block(scratch.stream().map(x -> "private double[] " + LanePasses.scratch(x) + ";")))
            .put("bindScratch", Template.block(scratch.stream().map(x -> "this." + LanePasses.scratch(x) + " = new double[lastSpike.length];")));
    }

    /**
     * The loads that a lane loop's {@code body} reads: the state variables and the parameters
     * (and the lane indices) it names. C2 drops a dead load, but the interpreter and
     * C2's parser do not, and before C2 each one boxes a vector: a spatial neuron's kernel holds
     * its geometry and the cable solver's arrays among its parameters, most of which its
     * integration never reads.
     */
    private String laneLoads(String body) {
        StringBuilder loads = new StringBuilder();
        for (String x : model.stateVariables()) {
            if (names(body, "vs_" + x)) {
                loads.append("DoubleVector vs_").append(x).append(" = DoubleVector.fromArray(SPECIES, a_").append(x).append(", i);\n");
            }
        }
        for (String p : model.neuronParameters()) {
            if (names(body, "vp_" + p)) {
                loads.append("final DoubleVector vp_").append(p).append(" = DoubleVector.fromArray(SPECIES, a_").append(p).append(", i);\n");
            }
        }
        if (names(body, "vi")) {
            loads.append("final DoubleVector vi = DoubleVector.broadcast(SPECIES, (double) i).add(IOTA);\n");
        }
        return loads.toString();
    }

    /** Whether generated {@code code} names the identifier {@code name}. */
    private static boolean names(String code, String name) {
        return Pattern.compile("(?<![\\w$])" + Pattern.quote(name) + "(?![\\w$])").matcher(code).find();
    }

    private static String lanes(VectorEmitter.Value v) {
        return v.uniform() ? "DoubleVector.broadcast(SPECIES, " + v.scalar() + ")" : v.vector();
    }

    private static void assignLanes(StringBuilder lanes, StringBuilder tail, String x, String lane, String scalar, boolean clamped) {
        if (clamped) {
            lanes.append("vs_").append(x).append(" = vs_").append(x).append(".blend(").append(lane).append(", vactive);\n");
            tail.append("if (active) s_").append(x).append(" = ").append(scalar).append(";\n");
        } else {
            lanes.append("vs_").append(x).append(" = ").append(lane).append(";\n");
            tail.append("s_").append(x).append(" = ").append(scalar).append(";\n");
        }
    }

    /** {@link #writeExact} in lanes and its scalar twin: the same products summed in the same order. */
    private void writeVectorExact(LinearSystem linear, List<int[]> reached, VectorEmitter e, StringBuilder lanes, StringBuilder tail,
                                  boolean refractory) {
        int k = linear.variables().size();
        String at = linear.perNeuron() ? "[i]" : "";
        for (int c = 0; c < k; c++) {
            if (!Expr.isZero(linear.offset()[c])) {
                VectorEmitter.Value v = e.emit(linear.offset()[c]);
                String lane = lanes(v);
                lanes.append(e.takeVectorDeclarations()).append("final DoubleVector vtmp_b").append(c).append(" = ").append(lane).append(";\n");
                tail.append(e.takeScalarDeclarations()).append("final double tmp_b").append(c).append(" = ").append(v.scalar()).append(";\n");
            }
        }
        for (int r = 0; r < k; r++) {
            StringBuilder sum = new StringBuilder();
            StringBuilder lane = new StringBuilder();
            for (int[] rc : reached) {
                if (rc[0] == r) {
                    int c = rc[1];
                    String p = "P_" + r + "_" + c;
                    String g = "G_" + r + "_" + c;
                    sum.append(sum.length() == 0 ? "" : " + ").append(p).append(at).append(" * s_").append(linear.variables().get(c));
                    String product = "vs_" + linear.variables().get(c) + ".mul(" + coefficient(p, linear.perNeuron()) + ")";
                    lane.append(lane.length() == 0 ? product : ".add(" + product + ")");
                    if (!Expr.isZero(linear.offset()[c])) {
                        sum.append(" + ").append(g).append(at).append(" * tmp_b").append(c);
                        lane.append(".add(vtmp_b").append(c).append(".mul(").append(coefficient(g, linear.perNeuron())).append("))");
                    }
                }
            }
            lanes.append("final DoubleVector vtmp_new").append(r).append(" = ").append(lane).append(";\n");
            tail.append("final double tmp_new").append(r).append(" = ").append(sum).append(";\n");
        }
        for (int r = 0; r < k; r++) {
            String x = linear.variables().get(r);
            boolean clamped = refractory && model.equations().get(x).has(Equation.Flag.UNLESS_REFRACTORY);
            assignLanes(lanes, tail, x, "vtmp_new" + r, "tmp_new" + r, clamped);
        }
    }

    private static String coefficient(String name, boolean perNeuron) {
        return perNeuron ? "DoubleVector.fromArray(SPECIES, " + name + ", i)" : name;
    }

    /** The lanes of a per-neuron local of {@link #local}: its name with a {@code v} in front. */
    private String vectorLocal(String name) {
        if (name.equals("i")) {
            return "vi";
        }
        if (invariantNames().contains(name)) {
            throw new IllegalStateException("'" + name + "' is the same in all lanes and reached vector code generation");
        }
        return "v" + local(name);
    }

    private String activeCondition(JavaEmitter e) {
        return switch (model.refractoryKind()) {
            case NONE -> "true";
            case CONDITION -> "!" + e.emit(model.refractory());
            case DURATION -> isShared(model.refractory())
                ? "step - lastSpike[i] >= refSteps"
                : "step - lastSpike[i] >= Math.round(" + e.emit(model.refractory()) + " / dt)";
        };
    }

    private void writeExact(LinearSystem linear, List<int[]> reached, JavaEmitter e, StringBuilder body) {
        int k = linear.variables().size();
        String at = linear.perNeuron() ? "[i]" : "";
        for (int c = 0; c < k; c++) {
            if (!Expr.isZero(linear.offset()[c])) {
                String value = e.emit(linear.offset()[c]);
                body.append(e.takeDeclarations()).append("final double tmp_b").append(c).append(" = ").append(value).append(";\n");
            }
        }
        for (int r = 0; r < k; r++) {
            StringBuilder sum = new StringBuilder();
            for (int[] rc : reached) {
                if (rc[0] == r) {
                    int c = rc[1];
                    sum.append(sum.length() == 0 ? "" : " + ").append("P_").append(r).append('_').append(c).append(at)
                        .append(" * s_").append(linear.variables().get(c));
                    if (!Expr.isZero(linear.offset()[c])) {
                        sum.append(" + G_").append(r).append('_').append(c).append(at).append(" * tmp_b").append(c);
                    }
                }
            }
            body.append("final double tmp_new").append(r).append(" = ").append(sum).append(";\n");
        }
        for (int r = 0; r < k; r++) {
            String x = linear.variables().get(r);
            boolean clamped = model.equations().get(x).has(Equation.Flag.UNLESS_REFRACTORY);
            body.append(clamped ? "if (active) " : "").append("s_").append(x).append(" = tmp_new").append(r).append(";\n");
        }
    }

    private String assign(Assignment a, JavaEmitter e) {
        String value = e.number(a.value());
        if (a.target().startsWith("_")) {
            return "final double " + local(a.target()) + " = " + value + ";";
        }
        return (a.unlessRefractory() ? "if (active) " : "") + local(a.target()) + " = " + value + ";";
    }

    /** Neuron {@code i}'s state and parameters in locals; state (and parameters the reset assigns) mutable where the update writes them. */
    private String neuronLocals(boolean mutable) {
        List<String> out = new ArrayList<>();
        model.stateVariables().forEach(x -> out.add((mutable ? "double s_" : "final double s_") + x + " = a_" + x + "[i];"));
        model.neuronParameters().forEach(p -> out.add((mutable && resetParameters.contains(p) ? "double p_" : "final double p_") + p
            + " = a_" + p + "[i];"));
        return Template.block(out.stream());
    }

    private boolean isShared(Expr e) {
        Set<String> allowed = new HashSet<>(model.sharedParameters());
        allowed.addAll(Set.of("dt", "N"));
        return allowed.containsAll(Expr.names(e)) && !Functions.draws(e);
    }

    private JavaEmitter emitter(Set<String> invariant, String timeLocal, Map<String, String> hoisted) {
        Map<String, String> tableCalls = new LinkedHashMap<>();
        for (int k = 0; k < tables.size(); k++) {
            String name = tables.get(k);
            tableCalls.put(name, "KernelMath.table(tb" + k + ", tdt" + k + ", " + (perNeuronTables.contains(name) ? "N, " : ""));
        }
        return new JavaEmitter(name -> name.equals("t") ? timeLocal : local(name), invariant, hoisted, sites, tableCalls, "i");
    }

    private String local(String name) {
        if (name.equals("_active")) {
            return "activeD";
        }
        if (name.startsWith("_")) {
            return "tmp" + name;
        }
        if (model.stateVariables().contains(name)) {
            return "s_" + name;
        }
        if (model.neuronParameters().contains(name)) {
            return "p_" + name;
        }
        if (model.sharedParameters().contains(name)) {
            return "g_" + name;
        }
        return switch (name) {
            case "i" -> "((double) i)";
            case "dt", "N", "t" -> name;
            default -> throw new IllegalStateException("unresolved name '" + name + "' reached code generation");
        };
    }
}
