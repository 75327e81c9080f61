package org.synfire.build;

import java.util.function.ToDoubleFunction;
import org.synfire.equations.Evaluator;
import org.synfire.random.RandomStreams;

/**
 * The random streams a network draws from while it runs (noise in equations and synaptic code,
 * Poisson inputs), keyed by the seed and the object. One place names them, for the build and for
 * a reset with a new seed; what is drawn while building (connectivity, initial values, delays)
 * has purposes of its own and stays as built. {@link #evaluator} is how the interpreter draws from
 * any of them, at build and in the reference kernel alike.
 */
final class RunStreams {
    private RunStreams() {
    }

    static long group(long seed, String name) {
        return RandomStreams.streamKey(seed, "group/" + name);
    }

    static long synapses(long seed, String projection) {
        return RandomStreams.streamKey(seed, "synapse/" + projection);
    }

    static long input(long seed, String name) {
        return RandomStreams.streamKey(seed, "input/" + name);
    }

    /**
     * The interpreter drawing as generated kernels do: from stream {@code key} for element
     * {@code index[0]} at {@code counter}, plain {@code rand()}/{@code randn()} at anonymous sites
     * numbered by {@code site[0]} (the caller sets both per element), named draws at their own sites.
     */
    static Evaluator evaluator(ToDoubleFunction<String> names, Evaluator.Tables tables, long key, int[] index, long counter, int[] site) {
        return new Evaluator(names, () -> RandomStreams.uniform(key, index[0], counter, site[0]++),
            () -> RandomStreams.normal(key, index[0], counter, site[0]++), tables)
            .withNamedDraws((normal, named) -> RandomStreams.named(key, index[0], counter, named, normal));
    }
}
