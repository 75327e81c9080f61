package org.synfire.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.synfire.equations.Equation;
import org.synfire.equations.Equations;
import org.synfire.equations.IntegrationMethod;
import org.synfire.equations.Refractoriness;
import org.synfire.equations.Source;
import org.synfire.units.Quantity;
import org.synfire.units.UnitException;

/**
 * A neuron model: equations with units, threshold, reset, refractoriness, default values of its
 * parameters and initial state, and optionally external constants, tabulated functions and an
 * integration method. Immutable: every {@code with…} method returns a changed copy. The equations
 * are parsed at once, so a syntax error points at the line that made the model.
 *
 * <pre>{@code
 * NeuronModel lif = NeuronModel.of("lif", """
 *         dv/dt = (El - v + R*I)/tau : volt (unless refractory)
 *         I : amp
 *         El : volt (shared, constant)
 *         R : ohm (shared, constant)
 *         tau : second (shared, constant)
 *         """)
 *     .threshold("v > -50*mV").reset("v = El").refractory(Units.ms.of(2))
 *     .with("El", "-65 mV").with("R", "100 Mohm").with("tau", "10 ms").with("v", "-65 mV");
 * }</pre>
 */
public final class NeuronModel implements Template<NeuronModel> {
    private final String name;
    private final Equations equations;
    private final String threshold;
    private final String reset;
    private final Refractoriness refractory;
    private final IntegrationMethod method;
    private final Map<String, Quantity> defaults;
    private final Map<String, Quantity> constants;
    private final Map<String, TimedArray> functions;
    private final String description;

    private NeuronModel(String name, Equations equations, String threshold, String reset, Refractoriness refractory,
                        IntegrationMethod method, Map<String, Quantity> defaults, Map<String, Quantity> constants,
                        Map<String, TimedArray> functions, String description) {
        this.name = name;
        this.equations = equations;
        this.threshold = threshold;
        this.reset = reset;
        this.refractory = refractory;
        this.method = method;
        this.defaults = Collections.unmodifiableMap(defaults);
        this.constants = Collections.unmodifiableMap(constants);
        this.functions = Collections.unmodifiableMap(functions);
        this.description = description;
    }

    /**
     * A model from its equations (one per line, Brian2 notation).
     *
     * @throws org.synfire.equations.EquationException with a caret under the mistake
     */
    public static NeuronModel of(String name, String equations) {
        Equations parsed = Equations.parse(new Source("equations of model '" + name + "'", equations));
        return new NeuronModel(name, parsed, null, null, Refractoriness.none(), null, new LinkedHashMap<>(),
            new LinkedHashMap<>(), new LinkedHashMap<>(), "");
    }

    /** The spike condition, e.g. {@code v > -50*mV}. */
    public NeuronModel threshold(String condition) {
        return new NeuronModel(name, equations, condition, reset, refractory, method, copy(defaults), copy(constants), copyFunctions(), description);
    }

    /** Statements run on a spike, e.g. {@code v = El; w += b}. */
    public NeuronModel reset(String statements) {
        return new NeuronModel(name, equations, threshold, statements, refractory, method, copy(defaults), copy(constants), copyFunctions(), description);
    }

    /** A fixed refractory period. */
    public NeuronModel refractory(Quantity duration) {
        return new NeuronModel(name, equations, threshold, reset, Refractoriness.of(duration), method, copy(defaults), copy(constants),
            copyFunctions(), description);
    }

    /** A refractory period as model text: a duration ({@code tref}) or a condition ({@code v > -20*mV}). */
    public NeuronModel refractory(String expression) {
        return new NeuronModel(name, equations, threshold, reset, Refractoriness.of(expression), method, copy(defaults), copy(constants),
            copyFunctions(), description);
    }

    /** The integration method: {@code exact}, {@code exponential_euler}, {@code rk4}, {@code rk2} or {@code euler}. */
    public NeuronModel method(String method) {
        IntegrationMethod m;
        try {
            m = IntegrationMethod.parse(method);
        } catch (IllegalArgumentException e) {
            throw new SpecException("Model", name, "method", e.getMessage());
        }
        return new NeuronModel(name, equations, threshold, reset, refractory, m, copy(defaults), copy(constants), copyFunctions(), description);
    }

    /**
     * The default value of a parameter or the initial value of a state variable.
     *
     * @throws SpecException if the model has no such variable or the unit does not fit
     */
    @Override
    public NeuronModel with(String variable, Quantity value) {
        Settable.accepting(equations, "Model", name, variable, "no such parameter or state variable", value);
        Map<String, Quantity> d = copy(defaults);
        d.put(variable, value);
        return new NeuronModel(name, equations, threshold, reset, refractory, method, d, copy(constants), copyFunctions(), description);
    }

    /** {@link #with(String, Quantity)} with the value as text, e.g. {@code with("tau", "10 ms")}. */
    @Override
    public NeuronModel with(String variable, String value) {
        return with(variable, parse(variable, value));
    }

    /** An external constant used in the equations but not stored per group (inlined into the code). */
    public NeuronModel constant(String constantName, Quantity value) {
        Map<String, Quantity> c = copy(constants);
        c.put(constantName, value);
        return new NeuronModel(name, equations, threshold, reset, refractory, method, copy(defaults), c, copyFunctions(), description);
    }

    /** A tabulated function of time the equations call as {@code functionName(t)} (or {@code (t, i)}). */
    public NeuronModel function(String functionName, TimedArray values) {
        Map<String, TimedArray> f = copyFunctions();
        f.put(functionName, values);
        return new NeuronModel(name, equations, threshold, reset, refractory, method, copy(defaults), copy(constants), f, description);
    }

    /** A one-paragraph description with its reference, shown in reports and notebooks. */
    public NeuronModel describedAs(String text) {
        return new NeuronModel(name, equations, threshold, reset, refractory, method, copy(defaults), copy(constants), copyFunctions(), text);
    }

    /** A copy under another name (e.g. a preset of a template). */
    public NeuronModel named(String newName) {
        return new NeuronModel(newName, equations, threshold, reset, refractory, method, copy(defaults), copy(constants), copyFunctions(), description);
    }

    Quantity parse(String variable, String value) {
        try {
            return Quantity.parse(value);
        } catch (UnitException e) {
            throw new SpecException("Model", name, variable, e.getMessage());
        }
    }

    /** Names of the parameters and state variables, which {@link #with} accepts. */
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

    public String threshold() {
        return threshold;
    }

    public String reset() {
        return reset;
    }

    public Refractoriness refractory() {
        return refractory;
    }

    /** The requested integration method, or {@code null} to choose automatically. */
    public IntegrationMethod method() {
        return method;
    }

    public Map<String, Quantity> defaults() {
        return defaults;
    }

    public Map<String, Quantity> constants() {
        return constants;
    }

    public Map<String, TimedArray> functions() {
        return functions;
    }

    public String description() {
        return description;
    }

    private static Map<String, Quantity> copy(Map<String, Quantity> map) {
        return new LinkedHashMap<>(map);
    }

    private Map<String, TimedArray> copyFunctions() {
        return new LinkedHashMap<>(functions);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("NeuronModel ").append(name).append('\n').append(equations);
        if (threshold != null) {
            out.append("threshold: ").append(threshold).append('\n');
        }
        if (reset != null) {
            out.append("reset: ").append(reset).append('\n');
        }
        if (!(refractory instanceof Refractoriness.None)) {
            out.append("refractory: ").append(refractory instanceof Refractoriness.Duration d ? d.duration().toString()
                : ((Refractoriness.Text) refractory).source().text()).append('\n');
        }
        if (!defaults.isEmpty()) {
            out.append("defaults: ").append(defaults).append('\n');
        }
        return out.toString();
    }
}
