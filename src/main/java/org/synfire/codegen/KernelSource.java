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
 * Generates the Java source of a group's kernel (see {@code org.synfire.engine.NeuronKernel})
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

    private KernelSource(CheckedModel model, Map<String, Boolean> tables) {
        this.model = model;
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
        return new KernelSource(model, tables).write();
    }

    private String write() {
        line("import org.synfire.engine.KernelMath;");
        line("import org.synfire.random.RandomStreams;");
        line("");
        line("public final class " + CLASS_NAME + " implements org.synfire.engine.NeuronKernel {");
        List<String> arrays = new ArrayList<>(model.stateVariables());
        arrays.addAll(model.neuronParameters());
        for (String a : arrays) {
            line("    private double[] a_" + a + ";");
        }
        line("    private double[] shared;");
        line("    private long[] lastSpike;");
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
        writeUpdate(linear, reach);
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

    private void writeUpdate(LinearSystem linear, boolean[][] reach) {
        line("    public int update(int from, int to, long step, int[] spikes) {");
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
        Set<String> invariant = new HashSet<>(model.sharedParameters());
        invariant.addAll(Set.of("t", "dt", "N"));
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
