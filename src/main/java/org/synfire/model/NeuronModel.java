package org.synfire.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.synfire.equations.CustomEvent;
import org.synfire.equations.Equation;
import org.synfire.equations.Equations;
import org.synfire.equations.IntegrationMethod;
import org.synfire.equations.Refractoriness;
import org.synfire.equations.Source;
import org.synfire.units.Quantity;

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
public final class NeuronModel extends Template<NeuronModel> {
    private final String threshold;
    private final String reset;
    private final Refractoriness refractory;
    private final IntegrationMethod method;
    private final Map<String, TimedArray> functions;
    private final List<CustomEvent> events;

    private NeuronModel(String name, Equations equations, Map<String, Quantity> defaults, Map<String, Quantity> constants,
                        String description, String threshold, String reset, Refractoriness refractory, IntegrationMethod method,
                        Map<String, TimedArray> functions, List<CustomEvent> events) {
        super(name, equations, defaults, constants, description);
        this.threshold = threshold;
        this.reset = reset;
        this.refractory = refractory;
        this.method = method;
        this.functions = Collections.unmodifiableMap(new LinkedHashMap<>(functions));
        this.events = List.copyOf(events);
    }

    /**
     * A model from its equations (one per line, Brian2 notation).
     *
     * @param name      the model's name, for messages and reports
     * @param equations the equations, parameters and sub-expressions, one per line
     * @return a model without threshold, reset or refractoriness, which the other methods add
     * @throws org.synfire.equations.EquationException with a caret under the mistake
     */
    public static NeuronModel of(String name, String equations) {
        Equations parsed = Equations.parse(new Source("equations of model '" + name + "'", equations));
        return new NeuronModel(name, parsed, Map.of(), Map.of(), "", null, null, Refractoriness.none(), null, Map.of(), List.of());
    }

    @Override
    NeuronModel copy(String newName, Map<String, Quantity> newDefaults, Map<String, Quantity> newConstants, String newDescription) {
        return new NeuronModel(newName, equations(), newDefaults, newConstants, newDescription, threshold, reset, refractory, method, functions,
            events);
    }

    /** A copy whose equations end with {@code declarations} (lines of model text), everything else as it is. */
    NeuronModel declaring(String declarations) {
        Source source = equations().source();
        Equations parsed = Equations.parse(new Source(source.label(), source.text() + "\n" + declarations));
        return new NeuronModel(name(), parsed, defaults(), constants(), description(), threshold, reset, refractory, method, functions, events);
    }

    /** A copy with these spiking parts and the common ones as they are. */
    private NeuronModel spiking(String newThreshold, String newReset, Refractoriness newRefractory, IntegrationMethod newMethod,
                                Map<String, TimedArray> newFunctions) {
        return new NeuronModel(name(), equations(), defaults(), constants(), description(), newThreshold, newReset, newRefractory,
            newMethod, newFunctions, events);
    }

    @Override
    String kind() {
        return "Model";
    }

    @Override
    String noSuchVariable() {
        return "no such parameter or state variable";
    }

    /**
     * The spike condition, e.g. {@code v > -50*mV}.
     *
     * @param condition a condition in model text; checked at build
     * @return a copy with that change; this model is unchanged
     */
    public NeuronModel threshold(String condition) {
        return spiking(condition, reset, refractory, method, functions);
    }

    /**
     * Statements run on a spike, e.g. {@code v = El; w += b}.
     *
     * @param statements model text, separated by {@code ;} or lines; checked at build
     * @return a copy with that change; this model is unchanged
     */
    public NeuronModel reset(String statements) {
        return spiking(threshold, statements, refractory, method, functions);
    }

    /**
     * A fixed refractory period.
     *
     * @param duration the time after each spike during which the neuron cannot spike again
     * @return a copy with that change; this model is unchanged
     */
    public NeuronModel refractory(Quantity duration) {
        return spiking(threshold, reset, Refractoriness.of(duration), method, functions);
    }

    /**
     * A refractory period as model text: a duration ({@code tref}) or a condition ({@code v > -20*mV}).
     *
     * @param expression a duration or a condition in model text; checked at build
     * @return a copy with that change; this model is unchanged
     */
    public NeuronModel refractory(String expression) {
        return spiking(threshold, reset, Refractoriness.of(expression), method, functions);
    }

    /**
     * The integration method: {@code exact}, {@code exponential_euler}, {@code rk4}, {@code rk2} or {@code euler}.
     *
     * @param method the method's name
     * @return a copy with that change; this model is unchanged
     * @throws SpecException for an unknown method, naming the known ones
     */
    public NeuronModel method(String method) {
        IntegrationMethod m;
        try {
            m = IntegrationMethod.parse(method);
        } catch (IllegalArgumentException e) {
            throw new SpecException("Model", name(), "method", e.getMessage());
        }
        return spiking(threshold, reset, refractory, m, functions);
    }

    /**
     * A tabulated function of time the equations call as {@code functionName(t)} (or {@code (t, i)}).
     *
     * @param functionName the name the equations call it by
     * @param values       the table, with its unit and time step
     * @return a copy with that change; this model is unchanged
     */
    public NeuronModel function(String functionName, TimedArray values) {
        Map<String, TimedArray> f = new LinkedHashMap<>(functions);
        f.put(functionName, values);
        return spiking(threshold, reset, refractory, method, f);
    }

    /**
     * A copy in which the parameter {@code parameter} follows {@code input} in time, as Brian2's
     * {@code I = stim(t) : amp} with a {@code TimedArray}: the parameter becomes the sub-expression
     * {@code parameter = parameter_input(t)} ({@code (t, i)} for a per-neuron array), and its default goes.
     *
     * <pre>{@code
     * NeuronModel driven = Library.lif().drive("I", Stimuli.step(ms.of(50), ms.of(150), nA.of(0.5)));
     * }</pre>
     *
     * @param parameter a parameter of the model
     * @param input     its values over time, in the parameter's unit
     * @return a copy with that change; this model is unchanged
     * @throws SpecException if {@code parameter} is no parameter of the model or {@code input} has another unit
     */
    public NeuronModel drive(String parameter, TimedArray input) {
        Equation target = equations().get(parameter);
        if (target == null || target.kind() != Equation.Kind.PARAMETER) {
            throw new SpecException("Model", name(), parameter, "is not a parameter, so no timed array can drive it; parameters: "
                + String.join(", ", equations().ofKind(Equation.Kind.PARAMETER).stream().map(Equation::variable).toList()));
        }
        if (!target.dimension().equals(input.dimension())) {
            throw new SpecException("Model", name(), parameter, "is in " + target.unitText() + ", and the timed array driving it in "
                + input.dimension() + "; give one in " + target.unitText());
        }
        String function = parameter + "_input";
        StringBuilder text = new StringBuilder();
        for (Equation e : equations().all()) {
            text.append(e != target ? e.toString()
                : parameter + " = " + function + (input.isPerNeuron() ? "(t, i)" : "(t)") + " : " + target.unitText()).append('\n');
        }
        Map<String, Quantity> kept = new LinkedHashMap<>(defaults());
        kept.remove(parameter);
        Map<String, TimedArray> withInput = new LinkedHashMap<>(functions);
        withInput.put(function, input);
        return new NeuronModel(name(), Equations.parse(new Source("equations of model '" + name() + "'", text.toString())), kept,
            constants(), description(), threshold, reset, refractory, method, withInput, events);
    }

    /**
     * A copy that also emits the event {@code event} where {@code condition} holds, as Brian2's
     * {@code events={'plateau': 'v_dend > -30*mV'}}: checked every step on the state after
     * integration, ungated by refractoriness. Projections listen to it with
     * {@code ProjectionSpec.Builder.onEvent}, probes record it with {@link Probe#events}.
     *
     * <pre>{@code
     * NeuronModel m = model.event("plateau", "v_dend > -30*mV", "v_dend = -60*mV; plateaus += 1");
     * }</pre>
     *
     * @param event     the event's name, an identifier other than {@code spike}
     * @param condition where the event holds, in model text; checked at build
     * @return a copy with that change; this model is unchanged
     * @throws SpecException for a name that is not an identifier, {@code spike}, or an event the model has
     */
    public NeuronModel event(String event, String condition) {
        return event(event, condition, null);
    }

    /**
     * {@link #event(String, String)} with statements run where the condition holds (Brian2's {@code run_on_event}).
     *
     * @param event      the event's name, an identifier other than {@code spike}
     * @param condition  where the event holds, in model text; checked at build
     * @param statements model text run on each neuron where it holds
     * @return a copy with that change; this model is unchanged
     * @throws SpecException for a name that is not an identifier, {@code spike}, or an event the model has
     */
    public NeuronModel event(String event, String condition, String statements) {
        if (events.stream().anyMatch(e -> e.name().equals(event))) {
            throw new SpecException(kind(), name(), event, "is an event of the model already; give each event its own name");
        }
        List<CustomEvent> more = new ArrayList<>(events);
        try {
            more.add(new CustomEvent(event, condition, statements));
        } catch (IllegalArgumentException e) {
            throw new SpecException(kind(), name(), String.valueOf(event), e.getMessage());
        }
        return withEvents(more);
    }

    /**
     * A copy that runs {@code statements} where its event {@code event} holds, after the spike's
     * reset (Brian2's {@code run_on_event}); replaces the event's statements.
     *
     * @param event      one of the model's events
     * @param statements model text run on each neuron where it holds
     * @return a copy with that change; this model is unchanged
     * @throws SpecException if the model has no such event
     */
    public NeuronModel runOnEvent(String event, String statements) {
        if (!eventNames().contains(event)) {
            throw new SpecException(kind(), name(), event, "is no event of the model; its events: "
                + (events.isEmpty() ? "none (declare one with event(name, condition))" : String.join(", ", eventNames())));
        }
        return withEvents(events.stream().map(e -> e.name().equals(event) ? e.runOnEvent(statements) : e).toList());
    }

    private NeuronModel withEvents(List<CustomEvent> newEvents) {
        return new NeuronModel(name(), equations(), defaults(), constants(), description(), threshold, reset, refractory, method,
            functions, newEvents);
    }

    /** {@return the custom events, in the order declared} */
    public List<CustomEvent> events() {
        return events;
    }

    /** {@return the names of the custom events, in the order declared} */
    public List<String> eventNames() {
        return events.stream().map(CustomEvent::name).toList();
    }

    /** {@return the spike condition, or {@code null} for a model that does not spike} */
    public String threshold() {
        return threshold;
    }

    /** {@return the statements run on a spike, or {@code null}} */
    public String reset() {
        return reset;
    }

    /** {@return the refractoriness: none, a duration or a condition} */
    public Refractoriness refractory() {
        return refractory;
    }

    /** {@return the requested integration method, or {@code null} to choose automatically} */
    public IntegrationMethod method() {
        return method;
    }

    /** {@return the tabulated functions, by name; unmodifiable} */
    public Map<String, TimedArray> functions() {
        return functions;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("NeuronModel ").append(name()).append('\n').append(equations());
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
        for (CustomEvent e : events) {
            out.append("event ").append(e.name()).append(": ").append(e.condition())
                .append(e.code() == null ? "" : " -> " + e.code()).append('\n');
        }
        if (!defaults().isEmpty()) {
            out.append("defaults: ").append(defaults()).append('\n');
        }
        return out.toString();
    }
}
