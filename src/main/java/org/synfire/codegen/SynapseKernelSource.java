package org.synfire.codegen;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import org.synfire.equations.Assignment;
import org.synfire.equations.CheckedSynapse;
import org.synfire.equations.Expr;
import org.synfire.equations.LinearSystem;

/**
 * Generates the Java source of a projection's kernel (see {@code org.synfire.kernel.SynapseKernel})
 * from a {@link CheckedSynapse}: loops over ranges of synapses with the event-driven updates and
 * statements inlined, writing straight into the arrays so each statement sees the one before,
 * as in Brian2. Plain Java 8, for Janino.
 *
 * <p>Naming in the generated code: per-synapse arrays {@code y_x}; shared synaptic parameters
 * {@code g_x}; pre-/post-synaptic arrays {@code pre_x} / {@code post_x}, their shared parameters
 * {@code gpre_x} / {@code gpost_x}; the synapse {@code s}, its source {@code i} and target {@code j}.
 */
public final class SynapseKernelSource {
    /** Stands for the class name until the source is hashed. */
    static final String CLASS_NAME = "SynfireSynapse";

    /**
     * The order in which the build binds the connected groups' variables.
     *
     * @param preArrays  per-neuron variables of the source, in binding order
     * @param preShared  shared parameters of the source
     * @param postArrays per-neuron variables of the target
     * @param postShared shared parameters of the target
     */
    public record Layout(List<String> preArrays, List<String> preShared, List<String> postArrays, List<String> postShared) {
        public Layout {
            preArrays = List.copyOf(preArrays);
            preShared = List.copyOf(preShared);
            postArrays = List.copyOf(postArrays);
            postShared = List.copyOf(postShared);
        }
    }

    private final CheckedSynapse model;
    private final Layout layout;
    private final int[] sites = {0};
    private final StringBuilder out = new StringBuilder();

    private SynapseKernelSource(CheckedSynapse model, Layout layout) {
        this.model = model;
        this.layout = layout;
    }

    /** The kernel source for a synapse model between groups laid out as given. */
    public static String generate(CheckedSynapse model, Layout layout) {
        return new SynapseKernelSource(model, layout).write();
    }

    private String write() {
        line("import org.synfire.kernel.KernelMath;");
        line("import org.synfire.random.RandomStreams;");
        line("");
        line("public final class " + CLASS_NAME + " implements org.synfire.kernel.SynapseKernel {");
        for (String x : model.synapseVariables()) {
            line("    private " + (model.singlePrecision().contains(x) ? "float" : "double") + "[] y_" + x + ";");
        }
        layout.preArrays().forEach(x -> line("    private double[] pre_" + x + ";"));
        layout.postArrays().forEach(x -> line("    private double[] post_" + x + ";"));
        line("    private double[] shared, preShared, postShared, lastUpdate;");
        line("    private org.synfire.kernel.NeuronKernel postKernel;");
        LinearSystem linear = model.clockDriven() == null ? null : model.clockDriven().linear();
        boolean[][] reach = linear == null ? new boolean[0][0] : linear.reach();
        for (int r = 0; r < reach.length; r++) {
            for (int c = 0; c < reach.length; c++) {
                if (reach[r][c]) {
                    line("    private double P_" + r + "_" + c + ", G_" + r + "_" + c + ";");
                }
            }
        }
        line("    private int[] targets;");
        line("    private int nPre, nPost;");
        line("    private long rngKey;");
        line("    private double dt;");
        line("");
        line("    public void bind(double[][] synapse, float[][] singles, double[] shared, double[] lastUpdate, int[] targets, double[][] pre, "
            + "double[] preShared, double[][] post, double[] postShared, int preSize, int postSize, long rngKey, "
            + "org.synfire.kernel.NeuronKernel postKernel) {");
        for (int k = 0; k < model.synapseVariables().size(); k++) {
            String x = model.synapseVariables().get(k);
            line("        this.y_" + x + " = " + (model.singlePrecision().contains(x) ? "singles" : "synapse") + "[" + k + "];");
        }
        for (int k = 0; k < layout.preArrays().size(); k++) {
            line("        this.pre_" + layout.preArrays().get(k) + " = pre[" + k + "];");
        }
        for (int k = 0; k < layout.postArrays().size(); k++) {
            line("        this.post_" + layout.postArrays().get(k) + " = post[" + k + "];");
        }
        line("        this.shared = shared; this.preShared = preShared; this.postShared = postShared; this.lastUpdate = lastUpdate;");
        line("        this.targets = targets; this.nPre = preSize; this.nPost = postSize; this.rngKey = rngKey;");
        line("        this.postKernel = postKernel;");
        line("    }");
        line("");
        writePrepare(linear, reach);
        writeEventMethod("public void onPre(int i, int from, int to, long step)", "for (int s = from; s < to; s++) {",
            "final int j = targets[s];", model.onPre());
        writeEventMethod("public void onPreQueued(int[] pairs, int count, long step)", "for (int k = 0; k < count; k++) {",
            "final int s = pairs[2 * k]; final int i = pairs[2 * k + 1]; final int j = targets[s];", model.onPre());
        writeAccumulate();
        writeEventMethod("public void onPost(int j, int[] synapses, int[] sources, int from, int to, long step)",
            "for (int k = from; k < to; k++) {", "final int s = synapses[k]; final int i = sources[k];", model.onPost());
        writeSummed();
        writeIntegrate(linear, reach);
        line("}");
        return out.toString();
    }

    private void writeEventMethod(String signature, String loop, String indices, List<Assignment> statements) {
        line("    " + signature + " {");
        if (!statements.isEmpty()) {
            Map<String, String> hoisted = new LinkedHashMap<>();
            JavaEmitter e = emitter(hoisted);
            StringBuilder body = new StringBuilder();
            String in = "            ";
            if (!model.eventDriven().isEmpty()) {
                body.append(in).append("final double delta = t - lastUpdate[s];\n");
                int k = 0;
                for (Map.Entry<String, CheckedSynapse.Decay> d : model.eventDriven().entrySet()) {
                    body.append(in).append(decay(d.getKey(), d.getValue(), e, k++)).append('\n');
                }
                body.append(in).append("lastUpdate[s] = t;\n");
            }
            for (Assignment a : statements) {
                // A target held while refractory ignores synaptic changes then (a.unlessRefractory()).
                body.append(in).append(a.unlessRefractory() ? "if (postKernel.active(j, step)) " : "")
                    .append(lvalue(a.target())).append(" = ").append(e.emit(a.value())).append(";\n");
            }
            writePrologue();
            out.append(e.hoistedDeclarations("        "));
            line("        " + loop);
            line("            " + indices);
            out.append(body);
            line("        }");
        }
        line("    }");
        line("");
    }

    /** {@code x(t) = x(t0)·e^{aΔ} + b·Δ·exprel(aΔ)}: exact for {@code dx/dt = a x + b} with a, b fixed between events. */
    private String decay(String x, CheckedSynapse.Decay d, JavaEmitter e, int k) {
        String y = "y_" + x + "[s]";
        if (Expr.isZero(d.rate())) {
            return y + " += " + e.emit(d.drive()) + " * delta;";
        }
        String rate = e.emit(d.rate());
        String decayed = "final double ed" + k + " = " + rate + " * delta; " + y + " = " + y + " * Math.exp(ed" + k + ")";
        return Expr.isZero(d.drive()) ? decayed + ";"
            : decayed + " + " + e.emit(d.drive()) + " * delta * KernelMath.exprel(ed" + k + ");";
    }

    private void writeAccumulate() {
        line("    public void accumulate(int i, int from, int to, long step, int[] delays, double[] ring, int slots) {");
        CheckedSynapse.Accumulation acc = model.accumulation();
        if (acc == null) {
            line("        throw new IllegalStateException(\"on_pre of this synapse model is not a plain sum\");");
        } else {
            Map<String, String> hoisted = new LinkedHashMap<>();
            JavaEmitter e = emitter(hoisted);
            String increment = e.emit(acc.increment());
            writeSynapseLoop(e, new StringBuilder("            ring[(int) ((step + delays[s]) % slots) * nPost + j] += " + increment + ";\n"));
        }
        line("    }");
        line("");
    }

    /** Propagators of linear clock-driven equations with shared coefficients, recomputed per run. */
    private void writePrepare(LinearSystem linear, boolean[][] reach) {
        line("    public void prepare(double dt) {");
        line("        this.dt = dt;");
        if (linear != null) {
            int k = linear.variables().size();
            loadSharedValues();
            line("        final double[][] A = new double[" + k + "][" + k + "];");
            line("        final double[][] phi = new double[" + k + "][" + k + "];");
            line("        final double[][] gamma = new double[" + k + "][" + k + "];");
            JavaEmitter e = emitter(null);
            for (int r = 0; r < k; r++) {
                for (int c = 0; c < k; c++) {
                    if (!Expr.isZero(linear.matrix()[r][c])) {
                        line("        A[" + r + "][" + c + "] = " + e.emit(linear.matrix()[r][c]) + ";");
                    }
                }
            }
            line("        KernelMath.propagators(A, dt, phi, gamma);");
            for (int r = 0; r < k; r++) {
                for (int c = 0; c < k; c++) {
                    if (reach[r][c]) {
                        line("        P_" + r + "_" + c + " = phi[" + r + "][" + c + "]; G_" + r + "_" + c + " = gamma[" + r + "][" + c + "];");
                    }
                }
            }
        }
        line("    }");
        line("");
    }

    /** Adds each synapse's summed expressions into its target's variables (which the caller has zeroed). */
    private void writeSummed() {
        line("    public void summed(int i, int from, int to, long step) {");
        if (!model.summed().isEmpty()) {
            Map<String, String> hoisted = new LinkedHashMap<>();
            JavaEmitter e = emitter(hoisted);
            StringBuilder body = new StringBuilder();
            model.summed().forEach((x, expr) -> body.append("            post_").append(x).append("[j] += ").append(e.emit(expr))
                .append(";\n"));
            writeSynapseLoop(e, body);
        }
        line("    }");
        line("");
    }

    /** Advances clock-driven synaptic variables of synapses {@code [from, to)} by one step. */
    private void writeIntegrate(LinearSystem linear, boolean[][] reach) {
        line("    public void integrate(int i, int from, int to, long step) {");
        if (model.clockDriven() != null) {
            Map<String, String> hoisted = new LinkedHashMap<>();
            JavaEmitter e = emitter(hoisted);
            StringBuilder body = new StringBuilder();
            String in = "            ";
            for (Assignment a : model.clockDriven().assignments()) {
                String value = e.emit(a.value());
                body.append(in).append(a.target().startsWith("_") ? "final double " + rvalue(a.target()) : lvalue(a.target()))
                    .append(" = ").append(value).append(";\n");
            }
            if (linear != null) {
                int k = linear.variables().size();
                for (int c = 0; c < k; c++) {
                    if (!Expr.isZero(linear.offset()[c])) {
                        body.append(in).append("final double tmp_b").append(c).append(" = ").append(e.emit(linear.offset()[c])).append(";\n");
                    }
                }
                for (int r = 0; r < k; r++) {
                    StringBuilder sum = new StringBuilder();
                    for (int c = 0; c < k; c++) {
                        if (reach[r][c]) {
                            sum.append(sum.length() == 0 ? "" : " + ").append("P_").append(r).append('_').append(c).append(" * ")
                                .append(rvalue(linear.variables().get(c)));
                            if (!Expr.isZero(linear.offset()[c])) {
                                sum.append(" + G_").append(r).append('_').append(c).append(" * tmp_b").append(c);
                            }
                        }
                    }
                    body.append(in).append("final double tmp_new").append(r).append(" = ").append(sum).append(";\n");
                }
                for (int r = 0; r < k; r++) {
                    body.append(in).append(lvalue(linear.variables().get(r))).append(" = tmp_new").append(r).append(";\n");
                }
            }
            writeSynapseLoop(e, body);
        }
        line("    }");
        line("");
    }

    /** The prologue, the emitter's hoisted invariants and a loop over synapses {@code [from, to)} of one row running {@code body}. */
    private void writeSynapseLoop(JavaEmitter e, StringBuilder body) {
        writePrologue();
        out.append(e.hoistedDeclarations("        "));
        line("        for (int s = from; s < to; s++) {");
        line("            final int j = targets[s];");
        out.append(body);
        line("        }");
    }

    private void loadSharedValues() {
        for (int k = 0; k < model.sharedParameters().size(); k++) {
            line("        final double g_" + model.sharedParameters().get(k) + " = shared[" + k + "];");
        }
        for (int k = 0; k < layout.preShared().size(); k++) {
            line("        final double gpre_" + layout.preShared().get(k) + " = preShared[" + k + "];");
        }
        for (int k = 0; k < layout.postShared().size(); k++) {
            line("        final double gpost_" + layout.postShared().get(k) + " = postShared[" + k + "];");
        }
    }

    private void writePrologue() {
        line("        final double dt = this.dt;");
        line("        final double t = step * dt;");
        line("        final long rngKey = this.rngKey;");
        loadSharedValues();
    }

    /** An emitter over synapse {@code s}; {@code hoisted} collects loop invariants, or is {@code null} for code outside loops. */
    private JavaEmitter emitter(Map<String, String> hoisted) {
        Set<String> invariant = new HashSet<>(model.sharedParameters());
        layout.preShared().forEach(x -> invariant.add(x + "_pre"));
        layout.postShared().forEach(x -> invariant.add(x + "_post"));
        invariant.addAll(Set.of("t", "dt", "N", "N_pre", "N_post"));
        return new JavaEmitter(this::rvalue, invariant, hoisted, sites, Map.of(), "s");
    }

    private String lvalue(String name) {
        String v = rvalue(name);
        if (v.startsWith("g")) {
            throw new IllegalStateException("shared '" + name + "' reached an assignment in generated code");
        }
        return v;
    }

    private String rvalue(String name) {
        if (name.startsWith("_")) {
            return "tmp" + name;
        }
        if (model.synapseVariables().contains(name)) {
            return "y_" + name + "[s]";
        }
        if (model.sharedParameters().contains(name)) {
            return "g_" + name;
        }
        if (name.endsWith("_pre")) {
            String x = name.substring(0, name.length() - 4);
            return layout.preArrays().contains(x) ? "pre_" + x + "[i]" : "gpre_" + x;
        }
        if (name.endsWith("_post")) {
            String x = name.substring(0, name.length() - 5);
            return layout.postArrays().contains(x) ? "post_" + x + "[j]" : "gpost_" + x;
        }
        return switch (name) {
            case "i", "j" -> "((double) " + name + ")";
            case "t", "dt" -> name;
            case "N" -> "((double) targets.length)";
            case "N_pre" -> "((double) nPre)";
            case "N_post" -> "((double) nPost)";
            case "lastupdate" -> "lastUpdate[s]";
            default -> throw new IllegalStateException("unresolved name '" + name + "' reached synapse code generation");
        };
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
