package org.synfire.random;

/**
 * Counter-based random numbers: every draw is a pure function of (stream key, index, counter,
 * site), so results do not depend on how work is split across threads or in which order it is
 * visited. Keys come from the seed and a purpose ({@code "group/exc"}, {@code "connect/ee"}), so
 * different purposes never share a stream. Used by generated kernels, initial values and
 * connectivity generation alike.
 */
public final class RandomStreams {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    /**
     * Named call sites start here, anonymous ones (numbered in order of the calls in a kernel)
     * below it; {@link #normal} uses a second site {@code 0x40000000} above its own, so the
     * ranges never meet.
     */
    public static final int NAMED_SITES = 0x2000_0000;

    private RandomStreams() {
    }

    /** SplitMix64's finaliser: a bijective 64-bit mix with full avalanche. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * The key of one random stream: the same seed and purpose always give the same stream, and
     * different purposes (groups, inputs, connectivity) never share one.
     */
    public static long streamKey(long seed, String purpose) {
        return mix(mix(seed + GOLDEN) ^ purpose.hashCode() * GOLDEN);
    }

    /**
     * A uniform number in [0, 1) that depends only on (stream, index, counter, call site); for
     * neurons the index is the neuron and the counter the step.
     */
    public static double uniform(long key, int index, long counter, int site) {
        long h = mix(key ^ (index + 1L) * GOLDEN);
        h = mix(h ^ (counter * 0xD1B54A32D192ED03L + site));
        return (h >>> 11) * 0x1.0p-53;
    }

    /** A standard normal number (Box–Muller on two uniforms of the same counter). */
    public static double normal(long key, int index, long counter, int site) {
        double u1 = uniform(key, index, counter, site);
        double u2 = uniform(key, index, counter, site + 0x40000000);
        return Math.sqrt(-2.0 * Math.log1p(-u1)) * Math.cos(2.0 * Math.PI * u2);
    }

    /** The number drawn at named site {@code site}: standard normal if {@code normal}, else uniform in [0, 1). */
    public static double named(long key, int index, long counter, int site, boolean normal) {
        return normal ? normal(key, index, counter, NAMED_SITES + site) : uniform(key, index, counter, NAMED_SITES + site);
    }
}
