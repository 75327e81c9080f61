package org.synfire.sweep;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.synfire.SynfireException;
import org.synfire.units.Quantity;

/**
 * One run of a study: its parameter values (as texts, in the study's order), its seed and its
 * key, a hash of what the point computes (the study's identity, such as the script's text, the
 * parameters and the seed) that names its folder and lets a resumed study skip it once done.
 * Points are serializable, so a cluster's executors can be sent them.
 *
 * @param index  its place in the whole study, from 0 (the row order of {@code sweep.csv})
 * @param params parameter name to value text
 * @param seed   the seed, or {@code null} for the script's own
 * @param key    16 hex digits
 * @serial exclude (sent between the JVMs of one study, never stored)
 */
public record Point(int index, Map<String, String> params, Long seed, String key) implements Serializable {
    /**
     * A point; the parameters are copied, in their order.
     *
     * @param index  its place in the whole study, from 0
     * @param params parameter name to value text
     * @param seed   the seed, or {@code null} for the script's own
     * @param key    16 hex digits
     */
    public Point {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /**
     * The value of a parameter as given.
     *
     * @param name the parameter
     * @return its value text
     * @throws SweepException if the point has no such parameter
     */
    public String text(String name) {
        String v = params.get(name);
        if (v == null) {
            throw new SweepException("point " + index + " has no parameter '" + name + "'; it has " + (params.isEmpty() ? "none"
                : String.join(", ", params.keySet())));
        }
        return v;
    }

    /**
     * The value of a parameter as a number.
     *
     * @param name the parameter
     * @return its value
     * @throws SweepException if the point has no such parameter or its value is not a number
     */
    public double number(String name) {
        return parsed(name, v -> Double.parseDouble(v.trim()), "a number");
    }

    /**
     * The value of a parameter as a whole number.
     *
     * @param name the parameter
     * @return its value
     * @throws SweepException if the point has no such parameter or its value is not a whole number
     */
    public int integer(String name) {
        return parsed(name, v -> Integer.parseInt(v.trim()), "a whole number");
    }

    /**
     * The value of a parameter as a quantity, e.g. {@code 10 ms}.
     *
     * @param name the parameter
     * @return its value, with its unit
     * @throws SweepException if the point has no such parameter or its value is not a quantity
     */
    public Quantity quantity(String name) {
        return parsed(name, Quantity::parse, "a quantity such as 10 ms");
    }

    private <T> T parsed(String name, java.util.function.Function<String, T> parse, String kind) {
        String v = text(name);
        try {
            return parse.apply(v);
        } catch (NumberFormatException | SynfireException e) {
            throw new SweepException("parameter " + name + " = " + v + " at point " + index + " is not " + kind);
        }
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("point ").append(index).append(" (");
        params.forEach((k, v) -> b.append(k).append('=').append(v).append(", "));
        b.append("seed ").append(seed == null ? "the script's" : seed).append(')');
        return b.toString();
    }
}
