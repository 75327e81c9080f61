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

    /**
     * SplitMix64's finaliser: a bijective 64-bit mix with full avalanche.
     *
     * @param z any 64-bit value
     * @return its mix: each input bit flips each output bit with probability about one half
     */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * The key of one random stream: the same seed and purpose always give the same stream, and
     * different purposes (groups, inputs, connectivity) never share one.
     *
     * @param seed    the simulation's seed
     * @param purpose what the stream is for, e.g. a group's or a projection's name with the kind of draw
     * @return the key the drawing methods take
     */
    public static long streamKey(long seed, String purpose) {
        return mix(mix(seed + GOLDEN) ^ purpose.hashCode() * GOLDEN);
    }

    /**
     * A uniform number in [0, 1) that depends only on (stream, index, counter, call site); for
     * neurons the index is the neuron and the counter the step.
     *
     * @param key     the stream, from {@link #streamKey}
     * @param index   the element drawing (a neuron, a synapse)
     * @param counter the draw's position in time, usually the step
     * @param site    which of several draws of the same element and step (each call site in generated code has its own)
     * @return a number in [0, 1) with 53 random bits
     */
    public static double uniform(long key, int index, long counter, int site) {
        return uniform(indexKey(key, index), counter, site);
    }

    /**
     * The half of a draw that depends only on (stream, index): a caller drawing for the same
     * indices at every step keeps it per index and draws with {@link #uniform(long, long, int)},
     * one mix instead of two.
     *
     * @param key   the stream, from {@link #streamKey}
     * @param index the element drawing
     * @return the key of that element's draws, for {@link #uniform(long, long, int)}
     */
    public static long indexKey(long key, int index) {
        return mix(key ^ (index + 1L) * GOLDEN);
    }

    /**
     * {@link #uniform(long, int, long, int)} of the index whose {@link #indexKey} is {@code indexKey}.
     *
     * @param indexKey the element's key, from {@link #indexKey}
     * @param counter  the draw's position in time, usually the step
     * @param site     which of several draws of the same element and step
     * @return a number in [0, 1) with 53 random bits, the same as the four-argument form gives
     */
    public static double uniform(long indexKey, long counter, int site) {
        long h = mix(indexKey ^ (counter * 0xD1B54A32D192ED03L + site));
        return (h >>> 11) * 0x1.0p-53;
    }

    /**
     * A standard normal number (Box–Muller on two uniforms of the same counter).
     *
     * @param key     the stream, from {@link #streamKey}
     * @param index   the element drawing
     * @param counter the draw's position in time, usually the step
     * @param site    which of several draws of the same element and step
     * @return a draw from the normal distribution with mean 0 and standard deviation 1
     */
    public static double normal(long key, int index, long counter, int site) {
        double u1 = uniform(key, index, counter, site);
        double u2 = uniform(key, index, counter, site + 0x40000000);
        return Math.sqrt(-2.0 * Math.log1p(-u1)) * Math.cos(2.0 * Math.PI * u2);
    }

    /**
     * The number drawn at named site {@code site}: standard normal if {@code normal} (by the
     * ziggurat, see {@link #gaussian}), else uniform in [0, 1). Named sites carry white noise, one
     * draw per neuron and step, so their normal numbers are the ones worth making fast.
     *
     * @param key     the stream, from {@link #streamKey}
     * @param index   the element drawing
     * @param counter the draw's position in time, usually the step
     * @param site    the named site (one per noise term of a model)
     * @param normal  whether to draw a standard normal number rather than a uniform one
     * @return the draw
     */
    public static double named(long key, int index, long counter, int site, boolean normal) {
        return normal ? gaussian(key, index, counter, NAMED_SITES + site) : uniform(key, index, counter, NAMED_SITES + site);
    }

    private static final int LAYERS = 128;
    /** Marsaglia and Tsang's (2000) ziggurat for the normal density with 128 layers: its right edge and the layers' common area. */
    private static final double EDGE = 3.442619855899;
    private static final double AREA = 9.91256303526217e-3;
    private static final long[] KN = new long[LAYERS];
    private static final double[] WN = new double[LAYERS];
    private static final double[] FN = new double[LAYERS];

    static {
        double m1 = 2147483648.0;
        double dn = EDGE;
        double tn = dn;
        double q = AREA / Math.exp(-0.5 * dn * dn);
        KN[0] = (long) ((dn / q) * m1);
        KN[1] = 0;
        WN[0] = q / m1;
        WN[LAYERS - 1] = dn / m1;
        FN[0] = 1.0;
        FN[LAYERS - 1] = Math.exp(-0.5 * dn * dn);
        for (int i = LAYERS - 2; i >= 1; i--) {
            dn = Math.sqrt(-2 * Math.log(AREA / dn + Math.exp(-0.5 * dn * dn)));
            KN[i + 1] = (long) ((dn / tn) * m1);
            tn = dn;
            FN[i] = Math.exp(-0.5 * dn * dn);
            WN[i] = dn / m1;
        }
    }

    /**
     * A standard normal number for (stream, index, counter, site) by the ziggurat: one hash gives
     * a layer (7 bits) and a signed 32-bit value, which 98.8 % of the time lies inside its layer's
     * rectangle and is the answer after one multiplication; otherwise the wedge or the tail is
     * sampled with further hashes of the first. Several times cheaper than {@link #normal}'s
     * Box–Muller (a logarithm, a root and a cosine every time).
     *
     * @param key     the stream, from {@link #streamKey}
     * @param index   the element drawing
     * @param counter the draw's position in time, usually the step
     * @param site    which of several draws of the same element and step
     * @return a draw from the normal distribution with mean 0 and standard deviation 1
     */
    public static double gaussian(long key, int index, long counter, int site) {
        long h = mix(mix(key ^ (index + 1L) * GOLDEN) ^ (counter * 0xD1B54A32D192ED03L + site));
        for (long attempt = 1; ; attempt++) {
            int hz = (int) h;
            int iz = (int) (h >>> 57);
            if (Math.abs((long) hz) < KN[iz]) {
                return hz * WN[iz];
            }
            long more = mix(h ^ attempt * GOLDEN);
            if (iz == 0) {
                return tail(more, hz > 0);
            }
            double x = hz * WN[iz];
            if (FN[iz] + unit(more) * (FN[iz - 1] - FN[iz]) < Math.exp(-0.5 * x * x)) {
                return x;
            }
            h = mix(more + GOLDEN);
        }
    }

    /** Beyond the edge: Marsaglia's exponential rejection for the normal tail. */
    private static double tail(long h, boolean positive) {
        for (long k = 1; ; k++) {
            double x = -Math.log1p(-unit(h)) / EDGE;
            double y = -Math.log1p(-unit(mix(h + GOLDEN)));
            if (y + y >= x * x) {
                return positive ? EDGE + x : -EDGE - x;
            }
            h = mix(h ^ k * GOLDEN);
        }
    }

    private static double unit(long h) {
        return (h >>> 11) * 0x1.0p-53;
    }
}
