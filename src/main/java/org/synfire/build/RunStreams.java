package org.synfire.build;

import org.synfire.random.RandomStreams;

/**
 * The random streams a network draws from while it runs (noise in equations and synaptic code,
 * Poisson inputs), keyed by the seed and the object. One place names them, for the build and for
 * a reset with a new seed; what is drawn while building (connectivity, initial values, delays)
 * has purposes of its own and stays as built.
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
}
