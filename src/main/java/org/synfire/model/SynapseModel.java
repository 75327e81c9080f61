package org.synfire.model;

import java.util.Map;
import org.synfire.equations.Equations;
import org.synfire.equations.Source;
import org.synfire.units.Quantity;

/**
 * A synapse model in Brian2's terms: per-synapse variables with units (weights, plasticity traces
 * marked {@code (event-driven)}), statements run when a pre-synaptic spike arrives
 * ({@code on_pre}) and when the post-synaptic neuron spikes ({@code on_post}), defaults and
 * external constants. Immutable: every method returns a changed copy. Equations are parsed at
 * once; names of the connected groups are checked when the network is built.
 *
 * <p>In synaptic code {@code x_pre} and {@code x_post} are variables of the source and target
 * neurons, an unsuffixed name that is not the synapse's own is the target's, and {@code i},
 * {@code j} are the source and target indices. Differential equations without a flag are
 * integrated every step; a {@code (summed)} sub-expression named {@code x_post} sets the target's
 * {@code x} to its sum over the target's synapses each step. Per-synapse parameters declared
 * {@code (constant)} cannot be changed by synaptic code and are stored in single precision (seven
 * significant digits), so a static synapse with its own weight costs 8 bytes.
 *
 * <pre>{@code
 * SynapseModel exc = SynapseModel.onSpike("ge += we").constant("we", Units.mV.of(1.62));
 * SynapseModel weighted = SynapseModel.of("weighted", "w : volt (constant)").onPre("v_post += w").with("w", "0.1 mV");
 * }</pre>
 */
public final class SynapseModel extends Template<SynapseModel> {
    private final String onPre;
    private final String onPost;

    private SynapseModel(String name, Equations equations, Map<String, Quantity> defaults, Map<String, Quantity> constants,
                         String description, String onPre, String onPost) {
        super(name, equations, defaults, constants, description);
        this.onPre = onPre;
        this.onPost = onPost;
    }

    /**
     * A model from its equations (one per line; may be empty).
     *
     * @param name      the model's name, for messages and reports
     * @param equations the per-synapse variables, parameters and equations, one per line
     * @return a model without {@code on_pre} or {@code on_post} code, which the other methods add
     * @throws org.synfire.equations.EquationException with a caret under the mistake
     */
    public static SynapseModel of(String name, String equations) {
        Equations parsed = Equations.parse(new Source("equations of synapse model '" + name + "'", equations));
        return new SynapseModel(name, parsed, Map.of(), Map.of(), "", null, null);
    }

    /**
     * A model without variables of its own whose only effect is {@code onPre}, e.g. {@code ge += we}.
     *
     * @param onPre statements in model text; checked at build
     * @return a model named {@code synapse}
     */
    public static SynapseModel onSpike(String onPre) {
        return of("synapse", "").onPre(onPre);
    }

    @Override
    SynapseModel copy(String newName, Map<String, Quantity> newDefaults, Map<String, Quantity> newConstants, String newDescription) {
        return new SynapseModel(newName, equations(), newDefaults, newConstants, newDescription, onPre, onPost);
    }

    @Override
    String kind() {
        return "SynapseModel";
    }

    @Override
    String noSuchVariable() {
        return "no such synaptic parameter or variable";
    }

    /**
     * Statements run when a pre-synaptic spike arrives (after its delay), e.g. {@code ge += w}.
     *
     * @param statements model text; checked at build
     * @return a copy with that change; this model is unchanged
     */
    public SynapseModel onPre(String statements) {
        return new SynapseModel(name(), equations(), defaults(), constants(), description(), statements, onPost);
    }

    /**
     * Statements run when the post-synaptic neuron spikes, e.g. {@code w = clip(w + Apre, 0, wmax)}.
     *
     * @param statements model text; checked at build
     * @return a copy with that change; this model is unchanged
     */
    public SynapseModel onPost(String statements) {
        return new SynapseModel(name(), equations(), defaults(), constants(), description(), onPre, statements);
    }

    /** {@return the on_pre statements, or {@code null}} */
    public String onPre() {
        return onPre;
    }

    /** {@return the on_post statements, or {@code null}} */
    public String onPost() {
        return onPost;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("SynapseModel ").append(name()).append('\n').append(equations());
        if (onPre != null) {
            out.append("on_pre: ").append(onPre).append('\n');
        }
        if (onPost != null) {
            out.append("on_post: ").append(onPost).append('\n');
        }
        if (!defaults().isEmpty()) {
            out.append("defaults: ").append(defaults()).append('\n');
        }
        return out.toString();
    }
}
