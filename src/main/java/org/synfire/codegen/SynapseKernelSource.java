package org.synfire.codegen;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.synfire.equations.Assignment;
import org.synfire.equations.CheckedSynapse;
import org.synfire.equations.Expr;
import org.synfire.equations.LinearSystem;

/**
 * Generates the Java source of a projection's kernel (see {@code org.synfire.kernel.SynapseKernel})
 * from a {@link CheckedSynapse}: loops over ranges of synapses with the event-driven updates and
 * statements inlined, writing straight into the arrays so each statement sees the one before,
 * as in Brian2. Plain Java 8, for Janino. The class is the template {@code synapse.java.tmpl};
 * this class fills its holes with translated expressions and statements.
 *
 * <p>Naming in the generated code: per-synapse arrays {@code y_x}; shared synaptic parameters
 * {@code g_x}; pre-/post-synaptic arrays {@code pre_x} / {@code post_x}, their shared parameters
 * {@code gpre_x} / {@code gpost_x}; the synapse {@code s}, its source {@code i} and target {@code j}.
 */
public final class SynapseKernelSource {
    /** Stands for the class name until the source is hashed. */
    static final String CLASS_NAME = "SynfireSynapse";
    private static final Template TEMPLATE = Template.resource("synapse.java.tmpl");

    /**
     * The order in which the build binds the connected groups' variables.
     *
     * @param preArrays  per-neuron variables of the source, in binding order
     * @param preShared  shared parameters of the source
     * @param postArrays per-neuron variables of the target
     * @param postShared shared parameters of the target
     * @param preSlice   the neurons of the source connected, when a slice: code counts {@code i} and {@code N_pre} within it
     * @param postSlice  the same for the target, {@code j} and {@code N_post}
     */
    public record Layout(List<String> preArrays, List<String> preShared, List<String> postArrays, List<String> postShared,
                         Range preSlice, Range postSlice) {
        /**
         * Copies the name lists, so a layout never changes after it is made.
         *
         * @param preArrays  per-neuron variables of the source, in binding order
         * @param preShared  shared parameters of the source
         * @param postArrays per-neuron variables of the target
         * @param postShared shared parameters of the target
         * @param preSlice   the neurons of the source connected, or null for all
         * @param postSlice  the neurons of the target connected, or null for all
         */
        public Layout {
            preArrays = List.copyOf(preArrays);
            preShared = List.copyOf(preShared);
            postArrays = List.copyOf(postArrays);
            postShared = List.copyOf(postShared);
        }
    }

    /**
     * What the synaptic code counts at one end: {@code count} elements of a population, element
     * {@code from + (k / width)·stride + k % width} counted {@code k} (consecutive elements when
     * {@code width == count}; one compartment of each spatial neuron when {@code width == 1});
     * {@code null} stands for the whole population, whose index and size the kernel reads as it
     * runs, so one kernel serves populations of every size.
     *
     * @param from   the population index of the element counted 0
     * @param count  how many elements are counted
     * @param width  how many consecutive elements are counted before skipping ahead
     * @param stride how far apart, in population indices, the starts of consecutive runs of {@code width} lie
     */
    public record Range(int from, int count, int width, int stride) {
        /**
         * Elements {@code from} to {@code from + count - 1}.
         *
         * @param from  the first element's population index
         * @param count how many elements
         */
        public Range(int from, int count) {
            this(from, count, count, count);
        }
    }

    private final CheckedSynapse model;
    private final Layout layout;
    private final int[] sites = {0};

    private SynapseKernelSource(CheckedSynapse model, Layout layout) {
        this.model = model;
        this.layout = layout;
    }

    /**
     * The kernel source for a synapse model between groups laid out as given.
     *
     * @param model  the checked synapse model whose pre, post and per-step code the kernel runs
     * @param layout the order in which the build binds the connected groups' variables, and the slices connected
     * @return Java source of one class implementing {@code SynapseKernel}, still named by its placeholder
     */
    public static String generate(CheckedSynapse model, Layout layout) {
        return new SynapseKernelSource(model, layout).write();
    }

    private String write() {
        List<String> variables = model.synapseVariables();
        LinearSystem linear = model.clockDriven() == null ? null : model.clockDriven().linear();
        List<int[]> reached = KernelSource.reached(linear);
        Template.Fill fill = TEMPLATE.fill()
            .put("class", CLASS_NAME)
            .put("synapseFields", Template.block(variables.stream()
                .map(x -> "private " + (model.singlePrecision().contains(x) ? "float" : "double") + "[] y_" + x + ";")))
            .put("preFields", Template.block(layout.preArrays().stream().map(x -> "private double[] pre_" + x + ";")))
            .put("postFields", Template.block(layout.postArrays().stream().map(x -> "private double[] post_" + x + ";")))
            .put("propagatorFields", Template.block(reached.stream().map(rc -> "private double P_" + rc[0] + "_" + rc[1] + ", G_" + rc[0] + "_" + rc[1] + ";")))
            .put("bindArrays", Template.block(Stream.of(
                Template.indexed(variables, (x, k) -> "this.y_" + x + " = " + (model.singlePrecision().contains(x) ? "singles" : "synapse")
                    + "[" + k + "];"),
                Template.indexed(layout.preArrays(), (x, k) -> "this.pre_" + x + " = pre[" + k + "];"),
                Template.indexed(layout.postArrays(), (x, k) -> "this.post_" + x + " = post[" + k + "];")).flatMap(lines -> lines)))
            .put("sharedLocals", Template.block(Stream.of(
                Template.indexed(model.sharedParameters(), (x, k) -> "final double g_" + x + " = shared[" + k + "];"),
                Template.indexed(layout.preShared(), (x, k) -> "final double gpre_" + x + " = preShared[" + k + "];"),
                Template.indexed(layout.postShared(), (x, k) -> "final double gpost_" + x + " = postShared[" + k + "];")).flatMap(lines -> lines)))
            .when("linear", linear != null);
        if (linear != null) {
            fill.put("k", Integer.toString(linear.variables().size()))
                .put("matrix", KernelSource.matrix(linear, emitter(null)))
                .put("storePropagators", Template.block(reached.stream().map(rc -> "P_" + rc[0] + "_" + rc[1] + " = phi[" + rc[0] + "][" + rc[1]
                    + "]; G_" + rc[0] + "_" + rc[1] + " = gamma[" + rc[0] + "][" + rc[1] + "];")));
        }
        fill.when("onPre", !model.onPre().isEmpty()).when("onPost", !model.onPost().isEmpty()).when("eventDriven", !model.eventDriven().isEmpty());
        fillEventMethod(fill, "onPre", model.onPre());
        fillEventMethod(fill, "onPreQueued", model.onPre());
        fillAccumulate(fill);
        fillEventMethod(fill, "onPost", model.onPost());
        fillSummed(fill);
        fillIntegrate(fill, linear, reached);
        return fill.render();
    }

    /** Fills the holes of an event method: the decay of event-driven variables since the last event, then the statements. */
    private void fillEventMethod(Template.Fill fill, String method, List<Assignment> statements) {
        if (statements.isEmpty()) {
            return;
        }
        Map<String, String> hoisted = new LinkedHashMap<>();
        JavaEmitter e = emitter(hoisted);
        List<String> decays = new ArrayList<>();
        for (Map.Entry<String, CheckedSynapse.Decay> d : model.eventDriven().entrySet()) {
            decays.add(decay(d.getKey(), d.getValue(), e, decays.size()));
        }
        // A target held while refractory ignores synaptic changes then (a.unlessRefractory()).
        fill.put(method + "Decay", Template.block(decays.stream()))
            .put(method + "Body", Template.block(statements.stream().map(a -> (a.unlessRefractory() ? "if (postKernel.active(j, step)) " : "")
                + lvalue(a.target()) + " = " + e.emit(a.value()) + ";")))
            .put(method + "Hoisted", e.hoistedDeclarations());
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

    private void fillAccumulate(Template.Fill fill) {
        CheckedSynapse.Accumulation acc = model.accumulation();
        fill.when("plainSum", acc != null);
        if (acc != null) {
            JavaEmitter e = emitter(new LinkedHashMap<>());
            fill.put("increment", e.emit(acc.increment())).put("accumulateHoisted", e.hoistedDeclarations());
        }
    }

    private void fillSummed(Template.Fill fill) {
        fill.when("summed", !model.summed().isEmpty());
        JavaEmitter e = emitter(new LinkedHashMap<>());
        fill.put("summedBody", Template.block(model.summed().entrySet().stream()
                .map(x -> "post_" + x.getKey() + "[j] += " + e.emit(x.getValue()) + ";")))
            .put("summedHoisted", e.hoistedDeclarations());
    }

    private void fillIntegrate(Template.Fill fill, LinearSystem linear, List<int[]> reached) {
        fill.when("clockDriven", model.clockDriven() != null);
        if (model.clockDriven() == null) {
            return;
        }
        JavaEmitter e = emitter(new LinkedHashMap<>());
        StringBuilder body = new StringBuilder();
        for (Assignment a : model.clockDriven().assignments()) {
            String value = e.emit(a.value());
            body.append(a.target().startsWith("_") ? "final double " + rvalue(a.target()) : lvalue(a.target())).append(" = ").append(value).append(";\n");
        }
        if (linear != null) {
            int k = linear.variables().size();
            for (int c = 0; c < k; c++) {
                if (!Expr.isZero(linear.offset()[c])) {
                    body.append("final double tmp_b").append(c).append(" = ").append(e.emit(linear.offset()[c])).append(";\n");
                }
            }
            for (int r = 0; r < k; r++) {
                StringBuilder sum = new StringBuilder();
                for (int[] rc : reached) {
                    if (rc[0] == r) {
                        int c = rc[1];
                        sum.append(sum.length() == 0 ? "" : " + ").append("P_").append(r).append('_').append(c).append(" * ")
                            .append(rvalue(linear.variables().get(c)));
                        if (!Expr.isZero(linear.offset()[c])) {
                            sum.append(" + G_").append(r).append('_').append(c).append(" * tmp_b").append(c);
                        }
                    }
                }
                body.append("final double tmp_new").append(r).append(" = ").append(sum).append(";\n");
            }
            for (int r = 0; r < k; r++) {
                body.append(lvalue(linear.variables().get(r))).append(" = tmp_new").append(r).append(";\n");
            }
        }
        fill.put("integrateBody", body.toString()).put("integrateHoisted", e.hoistedDeclarations());
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
        if (name.equals("N_pre") || name.equals("N_post")) {
            Range slice = name.equals("N_pre") ? layout.preSlice() : layout.postSlice();
            return slice == null ? "((double) " + (name.equals("N_pre") ? "nPre" : "nPost") + ")" : "((double) " + slice.count() + ")";
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
            case "i" -> index("i", layout.preSlice());
            case "j" -> index("j", layout.postSlice());
            case "t", "dt" -> name;
            case "N" -> "((double) targets.length)";
            case "lastupdate" -> "lastUpdate[s]";
            default -> throw new IllegalStateException("unresolved name '" + name + "' reached synapse code generation");
        };
    }

    /** A neuron's index as synaptic code counts it: in its population, from the start of the connected slice, or by block. */
    private static String index(String name, Range slice) {
        if (slice == null || (slice.from() == 0 && slice.width() == slice.count())) {
            return "((double) " + name + ")";
        }
        String offset = "(" + name + " - " + slice.from() + ")";
        if (slice.width() == slice.count()) {
            return "((double) " + offset + ")";
        }
        return slice.width() == 1 ? "((double) (" + offset + " / " + slice.stride() + "))"
            : "((double) (" + offset + " / " + slice.stride() + " * " + slice.width() + " + " + offset + " % " + slice.stride() + "))";
    }
}
