package org.synfire.codegen;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.synfire.equations.Assignment;
import org.synfire.equations.CheckedModel;
import org.synfire.equations.Expr;
import org.synfire.equations.LinearSystem;

/**
 * Generates the Java source of a group's kernel (see {@code org.synfire.kernel.NeuronKernel})
 * from a {@link CheckedModel}: one class whose {@code update} loops over structure-of-arrays
 * state with integration, refractoriness, threshold and reset inlined. The source is plain
 * Java 8 so that Janino compiles it.
 *
 * <p>Naming in the generated code: per-neuron arrays {@code a_x}; per-neuron locals {@code s_x}
 * (state) and {@code p_x} (parameters); shared parameters {@code g_x}; temporaries
 * {@code tmp_…}; hoisted loop invariants {@code h0, h1, …}.
 */
public final class KernelSource {
    /** Stands for the class name until the source is hashed. */
    static final String CLASS_NAME = "SynfireKernel";

    private final CheckedModel model;
    private final List<String> tables;
    private final Set<String> perNeuronTables;
    private final Set<String> resetParameters = new HashSet<>();
    private final int[] sites = {0};
    private final StringBuilder out = new StringBuilder();
    private final boolean vector;

    private KernelSource(CheckedModel model, Map<String, Boolean> tables, boolean vector) {
        this.model = model;
        this.vector = vector;
        this.tables = new ArrayList<>(tables.keySet());
        this.perNeuronTables = new HashSet<>();
        tables.forEach((name, perNeuron) -> {
            if (perNeuron) {
                perNeuronTables.add(name);
            }
        });
        for (Assignment a : model.reset()) {
            if (model.neuronParameters().contains(a.target())) {
                resetParameters.add(a.target());
            }
        }
    }

    /**
     * The kernel source for a model.
     *
     * @param tables the tabulated functions the model may call, in binding order, each marked per-neuron or not
     */
    public static String generate(CheckedModel model, Map<String, Boolean> tables) {
        return new KernelSource(model, tables, false).write();
    }

    /**
     * The kernel source whose state integration runs in Vector API lanes (see
     * {@link VectorEmitter}), for a model {@link #vectorObstacle} accepts. Threshold, reset and
     * spike output stay scalar, in a second pass over the block: equivalent to the fused loop of
     * {@link #generate} because a neuron's update reads only its own state. Compiling and running
     * it needs the module {@code jdk.incubator.vector}.
     */
    public static String generateVector(CheckedModel model, Map<String, Boolean> tables) {
        String obstacle = vectorObstacle(model, tables);
        if (obstacle != null) {
            throw new IllegalArgumentException("no vector kernel: " + obstacle);
        }
        return new KernelSource(model, tables, true).write();
    }

    /** Why the model's integration cannot run in vector lanes, or {@code null} when it can. */
    public static String vectorObstacle(CheckedModel model, Map<String, Boolean> tables) {
        LinearSystem linear = model.scheme().linear();
        if (model.scheme().assignments().isEmpty() && linear == null) {
            return "nothing to integrate";
        }
        if (model.refractoryKind() == CheckedModel.RefractoryKind.CONDITION
            && !(VectorEmitter.isCondition(model.refractory()) && VectorEmitter.supports(model.refractory(), tables.keySet()))) {
            return "the refractory condition is not a comparison the vector kernel evaluates";
        }
        KernelSource probe = new KernelSource(model, tables, false);
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
        line("import org.synfire.kernel.KernelMath;");
        line("import org.synfire.random.RandomStreams;");
        if (vector) {
            for (String type : List.of("DoubleVector", "LongVector", "VectorMask", "VectorOperators", "VectorSpecies")) {
                line("import jdk.incubator.vector." + type + ";");
            }
        }
        line("");
        line("public final class " + CLASS_NAME + " implements org.synfire.kernel.NeuronKernel {");
        if (vector) {
            line("    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;");
            line("    private static final VectorSpecies<Long> LONGS = SPECIES.withLanes(long.class);");
            line("    private static final DoubleVector IOTA = DoubleVector.zero(SPECIES).addIndex(1);");
            out.append(VectorEmitter.constants("    "));
        }
        List<String> arrays = new ArrayList<>(model.stateVariables());
        arrays.addAll(model.neuronParameters());
        for (String a : arrays) {
            line("    private double[] a_" + a + ";");
        }
        line("    private double[] shared;");
        line("    private long[] lastSpike;");
        if (vector && model.refractoryKind() == CheckedModel.RefractoryKind.CONDITION) {
            // The threshold pass runs after integration, so it reads the condition as it was at t,
            // kept as 1.0 or 0.0: stored as doubles, the mask stays in registers once C2 compiles the
            // lanes (VectorMask.intoArray(boolean[]) boxes it on JDK 17).
            line("    private double[] activeAtT;");
        }
        for (int k = 0; k < tables.size(); k++) {
            line("    private double[] tb" + k + ";");
            line("    private double tdt" + k + ";");
        }
        line("    private long rngKey;");
        line("    private double dt;");
        line("    private long refSteps;");
        LinearSystem linear = model.scheme().linear();
        boolean[][] reach = linear == null ? new boolean[0][0] : linear.reach();
        for (int r = 0; r < reach.length; r++) {
            for (int c = 0; c < reach.length; c++) {
                if (reach[r][c]) {
                    String type = linear.perNeuron() ? "double[]" : "double";
                    line("    private " + type + " P_" + r + "_" + c + ";");
                    line("    private " + type + " G_" + r + "_" + c + ";");
                }
            }
        }
        line("");
        writeBind(arrays);
        writePrepare(linear, reach);
        if (vector) {
            writeVectorUpdate(linear, reach);
        } else {
            writeUpdate(linear, reach);
        }
        writeSubexpression();
        writeActive();
        line("}");
        return out.toString();
    }

    private void writeBind(List<String> arrays) {
        line("    public void bind(double[][] arrays, double[] shared, long[] lastSpike, double[][] tables, double[] tableDt, long rngKey) {");
        for (int k = 0; k < arrays.size(); k++) {
            line("        this.a_" + arrays.get(k) + " = arrays[" + k + "];");
        }
        line("        this.shared = shared;");
        line("        this.lastSpike = lastSpike;");
        if (vector && model.refractoryKind() == CheckedModel.RefractoryKind.CONDITION) {
            line("        this.activeAtT = new double[lastSpike.length];");
        }
        for (int k = 0; k < tables.size(); k++) {
            line("        this.tb" + k + " = tables[" + k + "];");
            line("        this.tdt" + k + " = tableDt[" + k + "];");
        }
        line("        this.rngKey = rngKey;");
        line("    }");
        line("");
    }

    private void writePrepare(LinearSystem linear, boolean[][] reach) {
        line("    public void prepare(double dt) {");
        line("        this.dt = dt;");
        line("        final int n = lastSpike.length;");
        line("        final double N = n;");
        loadShared("        ");
        JavaEmitter shared = emitter(Set.of(), "0.0", null);
        if (model.refractoryKind() == CheckedModel.RefractoryKind.DURATION && isShared(model.refractory())) {
            line("        this.refSteps = Math.round(" + shared.emit(model.refractory()) + " / dt);");
        }
        if (linear != null) {
            int k = linear.variables().size();
            line("        final double[][] A = new double[" + k + "][" + k + "];");
            line("        final double[][] phi = new double[" + k + "][" + k + "];");
            line("        final double[][] gamma = new double[" + k + "][" + k + "];");
            String indent = "        ";
            JavaEmitter e = shared;
            if (linear.perNeuron()) {
                for (int r = 0; r < k; r++) {
                    for (int c = 0; c < k; c++) {
                        if (reach[r][c]) {
                            line("        if (P_" + r + "_" + c + " == null || P_" + r + "_" + c + ".length != n) { P_" + r + "_" + c
                                + " = new double[n]; G_" + r + "_" + c + " = new double[n]; }");
                        }
                    }
                }
                line("        for (int i = 0; i < n; i++) {");
                indent = "            ";
                loadNeuron(indent, false);
                e = emitter(Set.of(), "0.0", null);
            }
            for (int r = 0; r < k; r++) {
                for (int c = 0; c < k; c++) {
                    if (!Expr.isZero(linear.matrix()[r][c])) {
                        line(indent + "A[" + r + "][" + c + "] = " + e.emit(linear.matrix()[r][c]) + ";");
                    }
                }
            }
            line(indent + "KernelMath.propagators(A, dt, phi, gamma);");
            for (int r = 0; r < k; r++) {
                for (int c = 0; c < k; c++) {
                    if (reach[r][c]) {
                        String at = linear.perNeuron() ? "[i]" : "";
                        line(indent + "P_" + r + "_" + c + at + " = phi[" + r + "][" + c + "];");
                        line(indent + "G_" + r + "_" + c + at + " = gamma[" + r + "][" + c + "];");
                    }
                }
            }
            if (linear.perNeuron()) {
                line("        }");
            }
        }
        line("    }");
        line("");
    }

    private void writeUpdatePrologue(String signature, LinearSystem linear, boolean[][] reach) {
        line("    " + signature + " {");
        line("        final double dt = this.dt;");
        line("        final double t = step * dt;");
        line("        final double tNext = (step + 1) * dt;");
        line("        final double N = lastSpike.length;");
        line("        final long[] lastSpike = this.lastSpike;");
        line("        final long rngKey = this.rngKey;");
        line("        final long refSteps = this.refSteps;");
        List<String> arrays = new ArrayList<>(model.stateVariables());
        arrays.addAll(model.neuronParameters());
        for (String a : arrays) {
            line("        final double[] a_" + a + " = this.a_" + a + ";");
        }
        loadShared("        ");
        if (linear != null && !linear.perNeuron()) {
            for (int r = 0; r < reach.length; r++) {
                for (int c = 0; c < reach.length; c++) {
                    if (reach[r][c]) {
                        line("        final double P_" + r + "_" + c + " = this.P_" + r + "_" + c + ";");
                        line("        final double G_" + r + "_" + c + " = this.G_" + r + "_" + c + ";");
                    }
                }
            }
        }
    }

    private void writeUpdate(LinearSystem linear, boolean[][] reach) {
        writeUpdatePrologue("public int update(int from, int to, long step, int[] spikes)", linear, reach);
        Set<String> invariant = invariantNames();
        Map<String, String> hoisted = new LinkedHashMap<>();
        JavaEmitter integrate = emitter(invariant, "t", hoisted);
        integrate.eliminateCommonCalls();
        JavaEmitter after = emitter(invariant, "tNext", hoisted);
        StringBuilder body = new StringBuilder();
        String in = "            ";
        String active = activeCondition(integrate);
        body.append(integrate.takeDeclarations(in)).append(in).append("final boolean active = ").append(active).append(";\n");
        boolean usesActive = model.scheme().assignments().stream().anyMatch(a -> Expr.names(a.value()).contains("_active"));
        if (usesActive) {
            body.append(in).append("final double activeD = active ? 1.0 : 0.0;\n");
        }
        for (Assignment a : model.scheme().assignments()) {
            if (!a.target().startsWith("_")) {
                integrate.forgetCommonCalls();
            }
            String statement = assign(a, integrate);
            body.append(integrate.takeDeclarations(in)).append(in).append(statement).append('\n');
        }
        if (linear != null) {
            writeExact(linear, reach, integrate, body, in);
        }
        if (model.threshold() != null) {
            body.append(in).append("if (active && ").append(after.emit(model.threshold())).append(") {\n");
            body.append(in).append("    lastSpike[i] = step + 1;\n");
            body.append(in).append("    spikes[count++] = i;\n");
            for (Assignment a : model.reset()) {
                body.append(in).append("    ").append(local(a.target())).append(" = ").append(after.emit(a.value())).append(";\n");
            }
            body.append(in).append("}\n");
        }
        for (String x : model.stateVariables()) {
            body.append(in).append("a_").append(x).append("[i] = s_").append(x).append(";\n");
        }
        for (String p : resetParameters) {
            body.append(in).append("a_").append(p).append("[i] = p_").append(p).append(";\n");
        }
        out.append(integrate.hoistedDeclarations("        "));
        line("        int count = 0;");
        line("        for (int i = from; i < to; i++) {");
        loadNeuron("            ", true);
        out.append(body);
        line("        }");
        line("        return count;");
        line("    }");
        line("");
    }

    private Set<String> invariantNames() {
        Set<String> invariant = new HashSet<>(model.sharedParameters());
        invariant.addAll(Set.of("t", "dt", "N"));
        return invariant;
    }

    /**
     * The update of {@link #generateVector}: lanes of {@code SPECIES.length()} neurons, a scalar
     * tail with the same operations (so block boundaries, i.e. thread counts, do not change any
     * bit), then the scalar threshold pass. The refractory mask comes from the last-spike steps
     * read as a long vector of the same shape.
     */
    private void writeVectorUpdate(LinearSystem linear, boolean[][] reach) {
        Set<String> invariant = invariantNames();
        Map<String, String> hoisted = new LinkedHashMap<>();
        JavaEmitter uniform = emitter(invariant, "t", hoisted);
        JavaEmitter after = emitter(invariant, "tNext", hoisted);
        VectorEmitter e = new VectorEmitter(name -> name.equals("t") ? "t" : local(name), this::vectorLocal, invariant, uniform,
            hoisted, new int[] {0});
        boolean refractory = model.refractoryKind() != CheckedModel.RefractoryKind.NONE;
        StringBuilder lanes = new StringBuilder();
        StringBuilder tail = new StringBuilder();
        String in = "            ";
        for (String x : model.stateVariables()) {
            lanes.append(in).append("DoubleVector vs_").append(x).append(" = DoubleVector.fromArray(SPECIES, a_").append(x).append(", i);\n");
        }
        for (String p : model.neuronParameters()) {
            lanes.append(in).append("final DoubleVector vp_").append(p).append(" = DoubleVector.fromArray(SPECIES, a_").append(p).append(", i);\n");
        }
        lanes.append(in).append("final DoubleVector vi = DoubleVector.broadcast(SPECIES, (double) i).add(IOTA);\n");
        boolean condition = model.refractoryKind() == CheckedModel.RefractoryKind.CONDITION;
        if (condition) {
            // Lanes and tail evaluate the one emitted condition, on the state at t.
            VectorEmitter.Value refractoryNow = e.emit(model.refractory());
            lanes.append(e.takeVectorDeclarations(in));
            tail.append(e.takeScalarDeclarations(in));
            lanes.append(in).append("final VectorMask<Double> vactive = ").append(refractoryNow.uniform()
                ? "SPECIES.maskAll(!" + refractoryNow.scalar() + ")" : refractoryNow.vector() + ".not()").append(";\n");
            lanes.append(in).append("DoubleVector.zero(SPECIES).blend(1.0, vactive).intoArray(activeAtT, i);\n");
            tail.append(in).append("final boolean active = !").append(refractoryNow.scalar()).append(";\n");
            tail.append(in).append("activeAtT[i] = active ? 1.0 : 0.0;\n");
        } else if (refractory) {
            lanes.append(in).append("final VectorMask<Double> vactive = LongVector.broadcast(LONGS, step).sub(LongVector.fromArray(LONGS, lastSpike, i))")
                .append(".compare(VectorOperators.GE, refSteps).cast(SPECIES);\n");
            tail.append(in).append("final boolean active = ").append(activeCondition(uniform)).append(";\n");
        }
        if (model.scheme().assignments().stream().anyMatch(a -> Expr.names(a.value()).contains("_active"))) {
            lanes.append(in).append("final DoubleVector vactiveD = ")
                .append(refractory ? "DoubleVector.zero(SPECIES).blend(1.0, vactive)" : "DoubleVector.broadcast(SPECIES, 1.0)").append(";\n");
            tail.append(in).append("final double activeD = ").append(refractory ? "active ? 1.0 : 0.0" : "1.0").append(";\n");
        }
        for (Assignment a : model.scheme().assignments()) {
            if (!a.target().startsWith("_")) {
                e.forgetCommonCalls();
            }
            VectorEmitter.Value v = e.emit(a.value());
            String lane = lanes(v);
            lanes.append(e.takeVectorDeclarations(in));
            tail.append(e.takeScalarDeclarations(in));
            if (a.target().startsWith("_")) {
                lanes.append(in).append("final DoubleVector ").append(vectorLocal(a.target())).append(" = ").append(lane).append(";\n");
                tail.append(in).append("final double ").append(local(a.target())).append(" = ").append(v.scalar()).append(";\n");
            } else {
                assignLanes(lanes, tail, in, a.target(), lane, v.scalar(), refractory && a.unlessRefractory());
            }
        }
        if (linear != null) {
            writeVectorExact(linear, reach, e, lanes, tail, in, refractory);
        }
        for (String x : model.stateVariables()) {
            lanes.append(in).append("vs_").append(x).append(".intoArray(a_").append(x).append(", i);\n");
            tail.append(in).append("a_").append(x).append("[i] = s_").append(x).append(";\n");
        }
        StringBuilder spikes = new StringBuilder();
        if (model.threshold() != null) {
            String threshold = after.emit(model.threshold());
            String active = condition ? "activeAtT[i] != 0.0 && " : refractory ? activeCondition(uniform) + " && " : "";
            spikes.append(in).append("if (").append(active).append(threshold).append(") {\n");
            spikes.append(in).append("    lastSpike[i] = step + 1;\n");
            spikes.append(in).append("    spikes[count++] = i;\n");
            for (Assignment a : model.reset()) {
                spikes.append(in).append("    ").append(local(a.target())).append(" = ").append(after.emit(a.value())).append(";\n");
            }
            for (Assignment a : model.reset()) {
                spikes.append(in).append("    a_").append(a.target()).append("[i] = ").append(local(a.target())).append(";\n");
            }
            spikes.append(in).append("}\n");
        }
        // Three methods rather than one loop after another: each stays small enough for the JIT to
        // compile on its own, and C2's on-stack replacement of the lane loop then covers the
        // whole of that method (Traub-Miles' lanes alone are beyond what C1 compiles).
        line("    public int update(int from, int to, long step, int[] spikes) {");
        line("        final int upper = from + SPECIES.loopBound(to - from);");
        line("        integrateLanes(from, upper, step);");
        line("        integrateTail(upper, to, step);");
        line("        return " + (model.threshold() != null ? "fire(from, to, step, spikes)" : "0") + ";");
        line("    }");
        line("");
        writeUpdatePrologue("private void integrateLanes(int from, int to, long step)", linear, reach);
        out.append(uniform.hoistedDeclarations("        "));
        line("        final int lanes = SPECIES.length();");
        line("        for (int i = from; i < to; i += lanes) {");
        out.append(lanes);
        line("        }");
        line("    }");
        line("");
        writeUpdatePrologue("private void integrateTail(int from, int to, long step)", linear, reach);
        out.append(uniform.hoistedDeclarations("        "));
        line("        for (int i = from; i < to; i++) {");
        loadNeuron("            ", true);
        out.append(tail);
        line("        }");
        line("    }");
        line("");
        if (model.threshold() != null) {
            writeUpdatePrologue("private int fire(int from, int to, long step, int[] spikes)", linear, reach);
            out.append(uniform.hoistedDeclarations("        "));
            line("        int count = 0;");
            line("        for (int i = from; i < to; i++) {");
            loadNeuron("            ", true);
            out.append(spikes);
            line("        }");
            line("        return count;");
            line("    }");
            line("");
        }
    }

    private static String lanes(VectorEmitter.Value v) {
        return v.uniform() ? "DoubleVector.broadcast(SPECIES, " + v.scalar() + ")" : v.vector();
    }

    private static void assignLanes(StringBuilder lanes, StringBuilder tail, String in, String x, String lane, String scalar, boolean clamped) {
        if (clamped) {
            lanes.append(in).append("vs_").append(x).append(" = vs_").append(x).append(".blend(").append(lane).append(", vactive);\n");
            tail.append(in).append("if (active) s_").append(x).append(" = ").append(scalar).append(";\n");
        } else {
            lanes.append(in).append("vs_").append(x).append(" = ").append(lane).append(";\n");
            tail.append(in).append("s_").append(x).append(" = ").append(scalar).append(";\n");
        }
    }

    /** {@link #writeExact} in lanes and its scalar twin: the same products summed in the same order. */
    private void writeVectorExact(LinearSystem linear, boolean[][] reach, VectorEmitter e, StringBuilder lanes, StringBuilder tail,
                                  String in, boolean refractory) {
        int k = linear.variables().size();
        String at = linear.perNeuron() ? "[i]" : "";
        for (int c = 0; c < k; c++) {
            if (!Expr.isZero(linear.offset()[c])) {
                VectorEmitter.Value v = e.emit(linear.offset()[c]);
                String lane = lanes(v);
                lanes.append(e.takeVectorDeclarations(in)).append(in).append("final DoubleVector vtmp_b").append(c).append(" = ").append(lane).append(";\n");
                tail.append(e.takeScalarDeclarations(in)).append(in).append("final double tmp_b").append(c).append(" = ").append(v.scalar()).append(";\n");
            }
        }
        for (int r = 0; r < k; r++) {
            StringBuilder sum = new StringBuilder();
            StringBuilder lane = new StringBuilder();
            for (int c = 0; c < k; c++) {
                if (reach[r][c]) {
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
            lanes.append(in).append("final DoubleVector vtmp_new").append(r).append(" = ").append(lane).append(";\n");
            tail.append(in).append("final double tmp_new").append(r).append(" = ").append(sum).append(";\n");
        }
        for (int r = 0; r < k; r++) {
            String x = linear.variables().get(r);
            boolean clamped = refractory && model.equations().get(x).has(org.synfire.equations.Equation.Flag.UNLESS_REFRACTORY);
            assignLanes(lanes, tail, in, x, "vtmp_new" + r, "tmp_new" + r, clamped);
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

    private void writeExact(LinearSystem linear, boolean[][] reach, JavaEmitter e, StringBuilder body, String in) {
        int k = linear.variables().size();
        String at = linear.perNeuron() ? "[i]" : "";
        for (int c = 0; c < k; c++) {
            if (!Expr.isZero(linear.offset()[c])) {
                String value = e.emit(linear.offset()[c]);
                body.append(e.takeDeclarations(in)).append(in).append("final double tmp_b").append(c).append(" = ").append(value).append(";\n");
            }
        }
        for (int r = 0; r < k; r++) {
            StringBuilder sum = new StringBuilder();
            for (int c = 0; c < k; c++) {
                if (reach[r][c]) {
                    sum.append(sum.length() == 0 ? "" : " + ").append("P_").append(r).append('_').append(c).append(at)
                        .append(" * s_").append(linear.variables().get(c));
                    if (!Expr.isZero(linear.offset()[c])) {
                        sum.append(" + G_").append(r).append('_').append(c).append(at).append(" * tmp_b").append(c);
                    }
                }
            }
            body.append(in).append("final double tmp_new").append(r).append(" = ").append(sum).append(";\n");
        }
        for (int r = 0; r < k; r++) {
            String x = linear.variables().get(r);
            boolean clamped = model.equations().get(x).has(org.synfire.equations.Equation.Flag.UNLESS_REFRACTORY);
            body.append(in).append(clamped ? "if (active) " : "").append("s_").append(x).append(" = tmp_new").append(r).append(";\n");
        }
    }

    private String assign(Assignment a, JavaEmitter e) {
        String value = e.emit(a.value());
        if (a.target().startsWith("_")) {
            return "final double " + local(a.target()) + " = " + value + ";";
        }
        return (a.unlessRefractory() ? "if (active) " : "") + local(a.target()) + " = " + value + ";";
    }

    /** The start of a method that reads one neuron {@code i} at time {@code step·dt}: its state and parameters in locals. */
    private void writeOneNeuronPrologue(String signature) {
        line("    " + signature + " {");
        line("        final double dt = this.dt;");
        line("        final double t = step * dt;");
        line("        final double N = lastSpike.length;");
        line("        final long rngKey = this.rngKey;");
        line("        final long refSteps = this.refSteps;");
        line("        final long[] lastSpike = this.lastSpike;");
        List<String> arrays = new ArrayList<>(model.stateVariables());
        arrays.addAll(model.neuronParameters());
        for (String a : arrays) {
            line("        final double[] a_" + a + " = this.a_" + a + ";");
        }
        loadShared("        ");
        loadNeuron("        ", false);
    }

    private void writeSubexpression() {
        writeOneNeuronPrologue("public double subexpression(int k, int i, long step)");
        line("        switch (k) {");
        JavaEmitter e = emitter(Set.of(), "t", null);
        int k = 0;
        for (Map.Entry<String, Expr> sub : model.subexpressions().entrySet()) {
            line("            case " + k++ + ": return " + e.emit(sub.getValue()) + ";");
        }
        line("            default: throw new IllegalArgumentException(\"no sub-expression \" + k);");
        line("        }");
        line("    }");
    }

    private void writeActive() {
        line("");
        writeOneNeuronPrologue("public boolean active(int i, long step)");
        line("        return " + activeCondition(emitter(Set.of(), "t", null)) + ";");
        line("    }");
    }

    private void loadShared(String indent) {
        for (int k = 0; k < model.sharedParameters().size(); k++) {
            line(indent + "final double g_" + model.sharedParameters().get(k) + " = shared[" + k + "];");
        }
    }

    /** Loads neuron {@code i}'s state and parameters into locals; state stays mutable in the update loop. */
    private void loadNeuron(String indent, boolean mutable) {
        for (String x : model.stateVariables()) {
            line(indent + (mutable ? "double s_" : "final double s_") + x + " = a_" + x + "[i];");
        }
        for (String p : model.neuronParameters()) {
            boolean assigned = mutable && resetParameters.contains(p);
            line(indent + (assigned ? "double p_" : "final double p_") + p + " = a_" + p + "[i];");
        }
    }

    private boolean isShared(Expr e) {
        Set<String> allowed = new HashSet<>(model.sharedParameters());
        allowed.addAll(Set.of("dt", "N"));
        return allowed.containsAll(Expr.names(e)) && !Expr.calls(e, "rand") && !Expr.calls(e, "randn");
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

    private void line(String text) {
        out.append(text).append('\n');
    }
}
