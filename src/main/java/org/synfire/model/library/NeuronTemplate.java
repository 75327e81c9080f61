package org.synfire.model.library;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.synfire.model.NeuronModel;
import org.synfire.model.SpecException;

/**
 * One entry of {@link Library#neuronTemplates()}: the name a built-in neuron template goes by (its
 * {@link Library} method, its key in {@link Library#neuronModels()} and its DSL word), the model
 * with its defaults, and its named presets if it has any. Immutable.
 */
public final class NeuronTemplate {
    private final String name;
    private final Supplier<NeuronModel> model;
    private final List<String> presets;
    private final Function<String, NeuronModel> preset;

    private NeuronTemplate(String name, Supplier<NeuronModel> model, List<String> presets, Function<String, NeuronModel> preset) {
        this.name = name;
        this.model = model;
        this.presets = List.copyOf(presets);
        this.preset = preset;
    }

    static NeuronTemplate of(String name, Supplier<NeuronModel> model) {
        return new NeuronTemplate(name, model, List.of(), null);
    }

    static NeuronTemplate withPresets(String name, Supplier<NeuronModel> model, List<String> presets, Function<String, NeuronModel> preset) {
        return new NeuronTemplate(name, model, presets, preset);
    }

    /** {@return the template's name, e.g. {@code lif}} */
    public String name() {
        return name;
    }

    /** {@return a new model with the template's default values} */
    public NeuronModel model() {
        return model.get();
    }

    /** {@return the preset names {@link #model(String)} accepts, in the documented order; empty if it has none} */
    public List<String> presets() {
        return presets;
    }

    /**
     * A new model with the values of one preset.
     *
     * @param presetName one of {@link #presets()}, or an alias the template accepts
     * @return a new model with the preset's values
     * @throws SpecException if the template has no presets or none of that name
     */
    public NeuronModel model(String presetName) {
        if (preset == null) {
            throw new SpecException("Model", name, "preset", name + " has no presets");
        }
        return preset.apply(presetName);
    }
}
