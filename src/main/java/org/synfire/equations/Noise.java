package org.synfire.equations;

import java.util.regex.Pattern;
import org.synfire.units.Dimension;

/**
 * White noise in differential equations, as in Brian2: {@code xi} and named independent sources
 * {@code xi_1}, {@code xi_input}, ..., each of unit {@code second**-0.5}, so that
 * {@code sigma*sqrt(2/tau)*xi} in the equation of a variable in volt is a volt per second. A
 * source is a standard Wiener process per neuron, read in the Itô sense: over a step it adds
 * {@code g·ΔW} with {@code ΔW ~ N(0, dt)}, one increment per source, neuron and step, shared by
 * every equation and stage that uses the source.
 */
final class Noise {
    private static final Pattern SOURCE = Pattern.compile("xi(_\\w+)?");

    private Noise() {
    }

    /** Whether {@code name} is a white-noise source. */
    static boolean isSource(String name) {
        return SOURCE.matcher(name).matches();
    }

    /** The unit of a source, {@code second**-0.5}. */
    static Dimension dimension() {
        return Dimension.TIME.power(-1).root(2);
    }
}
