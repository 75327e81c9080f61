package org.synfire.dsl;

import groovy.lang.IntRange;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.synfire.model.Initializer;
import org.synfire.units.Quantity;

/**
 * Reads the values and named arguments scripts pass: quantities, numbers, expression texts,
 * index ranges; every mismatch becomes a {@link DslException} naming the word and what fits.
 */
final class Arguments {
    private final String word;
    private final Map<String, Object> remaining;

    /** The named arguments of one call of {@code word}. */
    Arguments(String word, Map<?, ?> named) {
        this.word = word;
        this.remaining = new LinkedHashMap<>();
        if (named != null) {
            named.forEach((k, v) -> remaining.put(String.valueOf(k), v));
        }
    }

    /** Removes and returns argument {@code key}, or {@code null} when absent. */
    Object take(String key) {
        return remaining.remove(key);
    }

    Quantity quantity(String key) {
        Object v = take(key);
        return v == null ? null : quantity(word + "(" + key + ":)", v, "give a quantity such as 1.ms");
    }

    Integer integer(String key) {
        Object v = take(key);
        if (v == null) {
            return null;
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short) {
            return ((Number) v).intValue();
        }
        throw new DslException(word, key + ": " + v + " is not a whole number");
    }

    Double number(String key) {
        Object v = take(key);
        if (v == null) {
            return null;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw new DslException(word, key + ": " + v + " is not a number");
    }

    String text(String key) {
        Object v = take(key);
        return v == null ? null : v.toString();
    }

    /** {@code apply(target, text)} if argument {@code key} was given, else {@code target}: for optional settings such as {@code reset:}. */
    <T> T applyText(String key, T target, java.util.function.BiFunction<T, String, T> apply) {
        String text = text(key);
        return text == null ? target : apply.apply(target, text);
    }

    /**
     * Argument {@code key} as a map of names to texts ({@code events: [plateau: 'v > -30*mV']}),
     * empty when absent, in the order written.
     *
     * @param example how the argument is written, for the message when it is no map
     */
    Map<String, String> texts(String key, String example) {
        Object v = take(key);
        if (v == null) {
            return Map.of();
        }
        if (!(v instanceof Map<?, ?> map)) {
            throw new DslException(word, key + ": " + v + " is not a map of names to texts; write it as " + example);
        }
        Map<String, String> out = new java.util.LinkedHashMap<>();
        map.forEach((name, text) -> out.put(String.valueOf(name), String.valueOf(text)));
        return out;
    }

    /** What is left: values for model variables, or mistakes. */
    Map<String, Object> rest() {
        return remaining;
    }

    /** Fails if any argument was not taken, listing the ones {@code word} knows. */
    void finish(Collection<String> known) {
        if (!remaining.isEmpty()) {
            String key = remaining.keySet().iterator().next();
            throw DslException.unknown(word, "named argument", key, known);
        }
    }

    /** A quantity from a quantity, or a dimensionless one from a plain number. */
    static Quantity quantity(String word, Object value, String hint) {
        if (value instanceof Quantity q) {
            return q;
        }
        if (value instanceof Number n) {
            return Quantity.dimensionless(n.doubleValue());
        }
        if (value instanceof CharSequence text) {
            return Quantity.parse(text.toString());
        }
        throw new DslException(word, value + " (" + value.getClass().getSimpleName() + ") is not a quantity; " + hint);
    }

    /** Passes a value to the setter that fits it: quantities and numbers to one, expression texts to the other. */
    static void setValue(BiConsumer<String, Quantity> quantitySetter, BiConsumer<String, String> textSetter, String variable,
                         Object value, String owner) {
        setValue(quantitySetter, textSetter, (v, draws) -> {
            throw new DslException(owner + "." + v, "values drawn from a distribution are not taken here; give a quantity or an expression "
                + "as text (e.g. '-65*mV + randn()*5*mV')");
        }, variable, value, owner);
    }

    /** {@link #setValue(BiConsumer, BiConsumer, String, Object, String)}, with draws from a distribution ({@code normal(...)}) to a third setter. */
    static void setValue(BiConsumer<String, Quantity> quantitySetter, BiConsumer<String, String> textSetter,
                         BiConsumer<String, Initializer.Normal> drawSetter, String variable, Object value, String owner) {
        if (value instanceof Initializer.Normal draws) {
            drawSetter.accept(variable, draws);
        } else if (value instanceof CharSequence text) {
            textSetter.accept(variable, text.toString());
        } else {
            quantitySetter.accept(variable, quantity(owner + "." + variable, value,
                "give a quantity (e.g. 10.ms), a number, an expression as text (e.g. 'rand()*10*mV') or normal(mean, sd)"));
        }
    }

    /** One value per neuron or synapse, in one unit. */
    record PerElement(double[] values, org.synfire.units.Unit unit) {
    }

    /**
     * One value per element from a list of quantities (or plain numbers for a dimensionless
     * variable), or {@code null} if {@code value} is not a list: {@code exc.I = [0.1.nA, 0.2.nA]}.
     *
     * @param what {@code neuron} or {@code synapse}, for messages
     */
    static PerElement perElement(String word, Object value, int size, String what) {
        if (!(value instanceof List<?> || value instanceof double[])) {
            return null;
        }
        List<?> list = value instanceof double[] a ? java.util.Arrays.stream(a).boxed().toList() : (List<?>) value;
        if (list.size() != size) {
            throw new DslException(word, list.size() + " values for " + size + " " + what + "s; give exactly one per " + what);
        }
        String hint = "give quantities such as 0.1.nA, one per " + what;
        Quantity first = quantity(word, list.get(0), hint);
        org.synfire.units.Unit unit = org.synfire.units.Units.displayUnit(first);
        double[] values = new double[size];
        for (int k = 0; k < size; k++) {
            Quantity q = quantity(word, list.get(k), hint);
            if (!q.dimension().equals(first.dimension())) {
                throw new DslException(word, "value " + k + " (" + q + ") is not in the unit of value 0 (" + first + ")");
            }
            values[k] = q.in(unit);
        }
        return new PerElement(values, unit);
    }

    /**
     * A timed array from a list of quantities (one per sample), or a list of such lists (one row
     * per sample, one value per neuron), every value in one unit.
     */
    static org.synfire.model.TimedArray timedArray(List<?> values, Quantity dt) {
        if (values.isEmpty()) {
            throw new DslException("timed", "give at least one value, e.g. timed([0.nA, 0.5.nA], dt: 100.ms)");
        }
        if (!(values.get(0) instanceof List<?> first)) {
            PerElement samples = perElement("timed", values, values.size(), "sample");
            return org.synfire.model.TimedArray.of(samples.values(), samples.unit(), dt);
        }
        double[][] rows = new double[values.size()][];
        org.synfire.units.Unit unit = perElement("timed", first, first.size(), "neuron").unit();
        for (int k = 0; k < rows.length; k++) {
            if (!(values.get(k) instanceof List<?> row) || row.size() != first.size()) {
                throw new DslException("timed", "row " + k + " is not a list of " + first.size() + " values like row 0; give one value per "
                    + "neuron in every row");
            }
            PerElement perNeuron = perElement("timed", row, row.size(), "neuron");
            if (!perNeuron.unit().dimension().equals(unit.dimension())) {
                throw new DslException("timed", "row " + k + " is in " + perNeuron.unit() + ", row 0 in " + unit + "; give every value in one unit");
            }
            rows[k] = java.util.Arrays.stream(perNeuron.values()).map(v -> Quantity.of(v, perNeuron.unit()).in(unit)).toArray();
        }
        return org.synfire.model.TimedArray.perNeuron(rows, unit, dt);
    }

    /** Neuron or synapse indices from an int, a range ({@code 0..9}) or a list. */
    static int[] indices(String word, Object value) {
        if (value instanceof Number n) {
            return new int[] {n.intValue()};
        }
        if (value instanceof IntRange r) {
            return r.stream().mapToInt(Integer::intValue).toArray();
        }
        if (value instanceof int[] a) {
            return a.clone();
        }
        if (value instanceof Collection<?> c) {
            List<Integer> out = new ArrayList<>();
            for (Object o : c) {
                if (!(o instanceof Number n)) {
                    throw new DslException(word, "index " + o + " is not a whole number");
                }
                out.add(n.intValue());
            }
            return out.stream().mapToInt(Integer::intValue).toArray();
        }
        throw new DslException(word, value + " is not a set of indices; give a number, a range such as 0..9, or a list");
    }
}
