package org.synfire.build;

import java.util.stream.IntStream;
import org.synfire.model.Initializer;
import org.synfire.model.SpecException;
import org.synfire.random.RandomStreams;

/**
 * Values of an {@link Initializer.Normal}, one per neuron or synapse: {@code mean + sd·z} with
 * {@code z} from {@link RandomStreams#gaussian} at (key, element, attempt), drawn again with the
 * next attempt while the value falls outside the bounds. Each element's value depends only on
 * the key and its index, so blocks of elements are drawn in parallel with the same result, and
 * no expression is interpreted: tens of nanoseconds per value, which is what lets a network of
 * hundreds of millions of synapses draw its weights and delays in seconds.
 */
final class NormalDraws {
    /** Draws of one element outside the bounds in a row before the build gives up on the distribution. */
    static final int ATTEMPTS = 10_000;

    /** Receives element {@code index}'s value; called from several threads for distinct indices. */
    @FunctionalInterface
    interface Sink {
        void put(int index, double value);
    }

    private NormalDraws() {
    }

    /**
     * Draws elements {@code [first, first + count)} into {@code sink}, by their index.
     *
     * @param kind     {@code Group} or {@code Projection}, for the error
     * @param object   its name
     * @param variable the variable (or {@code delay}) drawn
     * @param element  what an index counts ({@code neuron}, {@code synapse})
     * @throws SpecException when one element's draws fall outside the bounds {@link #ATTEMPTS} times in a row
     */
    static void fill(Initializer.Normal d, long key, int first, int count, Sink sink, String kind, String object, String variable,
                     String element) {
        double mean = d.mean().si();
        double sd = d.sd().si();
        double low = d.lowSi();
        double high = d.highSi();
        int blocks = Math.max(1, Math.min(64, count / 65_536));
        IntStream.range(0, blocks).parallel().forEach(b -> {
            int from = first + (int) ((long) count * b / blocks);
            int to = first + (int) ((long) count * (b + 1) / blocks);
            for (int i = from; i < to; i++) {
                sink.put(i, draw(mean, sd, low, high, key, i, d, kind, object, variable, element));
            }
        });
    }

    private static double draw(double mean, double sd, double low, double high, long key, int index, Initializer.Normal d, String kind,
                               String object, String variable, String element) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            double x = mean + sd * RandomStreams.gaussian(key, index, attempt, 0);
            if (x >= low && x <= high) {
                return x;
            }
        }
        throw new SpecException(kind, object, variable, element + " " + index + ": " + ATTEMPTS + " draws of " + d
            + " in a row fell outside its bounds; widen them or move the mean between them");
    }
}
