package org.synfire.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.synfire.equations.Equation;
import org.synfire.equations.Equations;
import org.synfire.equations.Source;
import org.synfire.units.Quantity;
import org.synfire.units.UnitException;

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
public final class SynapseModel implements Template<SynapseModel> {
    private final String name;
    private final Equations equations;
    private final String onPre;
    private final String onPost;
    private final Map<String, Quantity> defaults;
    private final Map<String, Quantity> constants;
    private final String description;

    private SynapseModel(String name, Equations equations, String onPre, String onPost, Map<String, Quantity> defaults,
                         Map<String, Quantity> constants, String description) {
        this.name = name;
        this.equations = equations;
        this.onPre = onPre;
        this.onPost = onPost;
        this.defaults = Collections.unmodifiableMap(new LinkedHashMap<>(defaults));
        this.constants = Collections.unmodifiableMap(new LinkedHashMap<>(constants));
        this.description = description;
    }

    /**
     * A model from its equations (one per line; may be empty).
     *
     * @throws org.synfire.equations.EquationException with a caret under the mistake
     */
    public static SynapseModel of(String name, String equations) {
        Equations parsed = Equations.parse(new Source("equations of synapse model '" + name + "'", equations));
        return new SynapseModel(name, parsed, null, null, Map.of(), Map.of(), "");
    }

    /** A model without variables of its own whose only effect is {@code onPre}, e.g. {@code ge += we}. */
    public static SynapseModel onSpike(String onPre) {
        return of("synapse", "").onPre(onPre);
    }

    /** Statements run when a pre-synaptic spike arrives (after its delay), e.g. {@code ge += w}. */
    public SynapseModel onPre(String statements) {
        return new SynapseModel(name, equations, statements, onPost, defaults, constants, description);
    }

    /** Statements run when the post-synaptic neuron spikes, e.g. {@code w = clip(w + Apre, 0, wmax)}. */
    public SynapseModel onPost(String statements) {
        return new SynapseModel(name, equations, onPre, statements, defaults, constants, description);
    }

    /**
     * The default value of a synaptic parameter or the initial value of a synaptic variable.
     *
     * @throws SpecException if the model has no such variable or the unit does not fit
     */
    @Override
    public SynapseModel with(String variable, Quantity value) {
        Settable.accepting(equations, "SynapseModel", name, variable, "no such synaptic parameter or variable", value);
        Map<String, Quantity> d = new LinkedHashMap<>(defaults);
        d.put(variable, value);
        return new SynapseModel(name, equations, onPre, onPost, d, constants, description);
    }

    /** {@link #with(String, Quantity)} with the value as text, e.g. {@code with("w", "0.5 nS")}. */
    @Override
    public SynapseModel with(String variable, String value) {
        try {
            return with(variable, Quantity.parse(value));
        } catch (UnitException e) {
            throw new SpecException("SynapseModel", name, variable, e.getMessage());
        }
    }

    /** An external constant used in the statements (inlined into the code), e.g. {@code we}. */
    public SynapseModel constant(String constantName, Quantity value) {
        Map<String, Quantity> c = new LinkedHashMap<>(constants);
        c.put(constantName, value);
        return new SynapseModel(name, equations, onPre, onPost, defaults, c, description);
    }

    /** A one-paragraph description with its reference. */
    public SynapseModel describedAs(String text) {
        return new SynapseModel(name, equations, onPre, onPost, defaults, constants, text);
    }

    /** A copy under another name. */
    public SynapseModel named(String newName) {
        return new SynapseModel(newName, equations, onPre, onPost, defaults, constants, description);
    }

    /** Names of the synaptic parameters and variables, which {@link #with} accepts. */
    @Override
    public List<String> settable() {
        return Settable.names(equations);
    }

    public String name() {
        return name;
    }

    public Equations equations() {
        return equations;
    }

    /** The on_pre statements, or {@code null}. */
    public String onPre() {
        return onPre;
    }

    /** The on_post statements, or {@code null}. */
    public String onPost() {
        return onPost;
    }

    public Map<String, Quantity> defaults() {
        return defaults;
    }

    public Map<String, Quantity> constants() {
        return constants;
    }

    public String description() {
        return description;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("SynapseModel ").append(name).append('\n').append(equations);
        if (onPre != null) {
            out.append("on_pre: ").append(onPre).append('\n');
        }
        if (onPost != null) {
            out.append("on_post: ").append(onPost).append('\n');
        }
        if (!defaults.isEmpty()) {
            out.append("defaults: ").append(defaults).append('\n');
        }
        return out.toString();
    }
}
