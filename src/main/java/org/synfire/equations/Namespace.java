package org.synfire.equations;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.synfire.units.Dimension;
import org.synfire.units.Quantity;

/**
 * What names in model text mean beyond the model's own variables: external constants (inlined
 * into the generated code) and tabulated functions of time (Brian2's {@code TimedArray}). Names
 * are explicit; nothing is looked up from the caller's variables (unlike Brian2's stack frames).
 */
public final class Namespace {
    /** The signature of a tabulated function: {@code name(t)} or, per neuron, {@code name(t, i)}. */
    public record TimedFunction(Dimension result, boolean perNeuron) {
    }

    private final Map<String, Quantity> constants;
    private final Map<String, TimedFunction> functions;

    /**
     * A namespace of copies of the two maps, in their order.
     *
     * @param constants values by name, e.g. {@code tau_e -> 5 ms}
     * @param functions tabulated functions by name, with their result's dimension
     */
    public Namespace(Map<String, Quantity> constants, Map<String, TimedFunction> functions) {
        this.constants = Collections.unmodifiableMap(new LinkedHashMap<>(constants));
        this.functions = Collections.unmodifiableMap(new LinkedHashMap<>(functions));
    }

    /** {@return a namespace with neither constants nor functions} */
    public static Namespace empty() {
        return new Namespace(Map.of(), Map.of());
    }

    /** {@return the constants by name, unmodifiable} */
    public Map<String, Quantity> constants() {
        return constants;
    }

    /** {@return the tabulated functions by name, unmodifiable} */
    public Map<String, TimedFunction> functions() {
        return functions;
    }
}
