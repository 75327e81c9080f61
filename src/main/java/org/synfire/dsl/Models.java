package org.synfire.dsl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.synfire.connectivity.Connect;
import org.synfire.connectivity.ConnectionRule;
import org.synfire.model.NeuronModel;
import org.synfire.model.TimedArray;
import org.synfire.model.SynapseModel;
import org.synfire.model.Template;
import org.synfire.model.library.Library;
import org.synfire.model.library.NeuronTemplate;

/** Turns the named arguments of the model, synapse and rule words into models and rules. */
final class Models {
    private static final List<String> CONNECT_WORDS = List.of("synapse", "model", "onPre", "onPost", "rule", "p", "condition",
        "inDegree", "outDegree", "autapses", "delay", "name", "onEvent");

    private Models() {
    }

    /** A model with default values replaced by {@code values}: quantities, plain numbers or expression texts. */
    static <M extends Template<M>> M with(String word, M model, Map<String, ?> values) {
        if (values == null) {
            return model;
        }
        M m = model;
        for (Map.Entry<String, ?> e : values.entrySet()) {
            String variable = e.getKey();
            if (e.getValue() instanceof TimedArray input && m instanceof NeuronModel neuron) {
                @SuppressWarnings("unchecked")
                M driven = (M) timed(neuron, variable, input);
                m = driven;
                continue;
            }
            if (!m.settable().contains(variable)) {
                throw DslException.unknown(word, "parameter", variable, m.settable());
            }
            m = e.getValue() instanceof CharSequence text ? m.with(variable, text.toString())
                : m.with(variable, Arguments.quantity(word + "(" + variable + ":)", e.getValue(), "give a quantity such as 10.ms"));
        }
        return m;
    }

    /**
     * {@code model} with a timed array: driving the parameter {@code name} ({@code lif(I: step(...))}),
     * or else as the function {@code name} its equations call ({@code model('... stim(t) ...', stim: timed(...))}).
     */
    static NeuronModel timed(NeuronModel model, String name, TimedArray input) {
        return model.equations().get(name) != null ? model.drive(name, input) : model.function(name, input);
    }

    /** The model word {@code word} of {@link ModelWords}: defaults for null, named values for a map, a preset for its name. */
    @SuppressWarnings("unchecked")
    static NeuronModel template(String word, Object argument) {
        NeuronTemplate template = Library.neuronTemplates().stream().filter(t -> t.name().equals(word)).findFirst().orElseThrow();
        if (argument instanceof String preset) {
            if (!template.presets().contains(preset)) {
                throw DslException.unknown(word, "preset", preset, template.presets());
            }
            return template.model(preset);
        }
        return with(word, template.model(), (Map<String, ?>) argument);
    }

    static NeuronModel neuron(Map<String, ?> options, String equations) {
        Arguments a = new Arguments("model", options);
        String name = a.text("name");
        NeuronModel m = NeuronModel.of(name != null ? name : "model", equations);
        m = a.applyText("threshold", m, NeuronModel::threshold);
        m = a.applyText("reset", m, NeuronModel::reset);
        m = a.applyText("method", m, NeuronModel::method);
        Object refractory = a.take("refractory");
        if (refractory instanceof CharSequence text) {
            m = m.refractory(text.toString());
        } else if (refractory != null) {
            m = m.refractory(Arguments.quantity("model(refractory:)", refractory, "give a duration such as 2.ms or a condition as text"));
        }
        for (Map.Entry<String, String> e : a.texts("events", "events: [plateau: 'v_dend > -30*mV']").entrySet()) {
            m = m.event(e.getKey(), e.getValue());
        }
        for (Map.Entry<String, String> e : a.texts("runOnEvent", "runOnEvent: [plateau: 'v_dend = -60*mV']").entrySet()) {
            m = m.runOnEvent(e.getKey(), e.getValue());
        }
        return with("model", m, a.rest());
    }

    static SynapseModel synapse(Map<String, ?> options, String equations) {
        Arguments a = new Arguments("synapse", options);
        String name = a.text("name");
        SynapseModel m = SynapseModel.of(name != null ? name : "synapse", equations);
        m = a.applyText("onPre", m, SynapseModel::onPre);
        m = a.applyText("onPost", m, SynapseModel::onPost);
        return with("synapse", m, a.rest());
    }

    /** A synapse template (plasticity, NMDA): {@code on:} the target variable, {@code unit:} the weight's unit, the rest default values. */
    static SynapseModel plastic(String word, Map<String, ?> options, BiFunction<String, String, SynapseModel> make) {
        Arguments a = new Arguments(word, options);
        String target = a.text("on");
        String unit = a.text("unit");
        if (target == null) {
            throw new DslException(word, "give on: the target variable each spike acts on, e.g. " + word + "(on: 'ge', unit: 'siemens')");
        }
        return with(word, make.apply(target, unit != null ? unit : "1"), a.rest());
    }

    /** The synapse model of a {@code connect}: {@code synapse:}, or {@code model:}/{@code onPre:}/{@code onPost:}. */
    static SynapseModel connection(Arguments a) {
        Object given = a.take("synapse");
        String equations = a.text("model");
        String onPre = a.text("onPre");
        String onPost = a.text("onPost");
        if (given != null) {
            if (!(given instanceof SynapseModel m)) {
                throw new DslException("connect", "synapse: " + given + " is not a synapse model; use synapse(...), stdp(...) or another synapse word");
            }
            if (equations != null || onPre != null || onPost != null) {
                throw new DslException("connect", "give either synapse: or model:/onPre:/onPost:, not both");
            }
            return m;
        }
        if (equations == null && onPre == null) {
            throw new DslException("connect", "say what a spike does: onPre: 'v += 0.5*mV' (with model: 'w : volt' for per-synapse values), "
                + "or synapse: a synapse model");
        }
        SynapseModel m = SynapseModel.of("synapse", equations != null ? equations : "");
        if (onPre != null) {
            m = m.onPre(onPre);
        }
        return onPost != null ? m.onPost(onPost) : m;
    }

    /** The rule of a {@code connect}: {@code rule:}, {@code p:} with an optional {@code condition:}, a degree, or all to all. */
    static ConnectionRule rule(Arguments a) {
        Object given = a.take("rule");
        Double p = a.number("p");
        String condition = a.text("condition");
        Integer in = a.integer("inDegree");
        Integer out = a.integer("outDegree");
        Object autapses = a.take("autapses");
        List<String> named = new ArrayList<>();
        Map<String, Object> choices = new java.util.LinkedHashMap<>();
        choices.put("rule", given);
        choices.put(condition != null ? "condition" : "p", condition != null ? condition : p);
        choices.put("inDegree", in);
        choices.put("outDegree", out);
        choices.forEach((key, value) -> {
            if (value != null) {
                named.add(key);
            }
        });
        if (named.size() > 1) {
            throw new DslException("connect", "give one connection rule, not " + String.join(" and ", named));
        }
        ConnectionRule rule;
        if (given != null) {
            if (!(given instanceof ConnectionRule r)) {
                throw new DslException("connect", "rule: " + given + " is not a rule; use probability(0.1), fixedInDegree(100), allToAll(), ...");
            }
            rule = r;
        } else if (condition != null) {
            rule = p != null ? Connect.condition(condition, p) : Connect.condition(condition);
        } else if (p != null) {
            rule = Connect.probability(p);
        } else if (in != null) {
            rule = Connect.fixedInDegree(in);
        } else if (out != null) {
            rule = Connect.fixedOutDegree(out);
        } else {
            rule = Connect.allToAll();
        }
        if (autapses instanceof Boolean allowed) {
            rule = rule.autapses(allowed);
        } else if (autapses != null) {
            throw new DslException("connect", "autapses: " + autapses + " is not true or false");
        }
        return rule;
    }

    /** Every named argument {@code connect} takes with {@code model}. */
    static List<String> connectWords(SynapseModel model) {
        List<String> all = new ArrayList<>(CONNECT_WORDS);
        all.addAll(model.settable());
        return all;
    }
}
