package org.synfire.engine;

/**
 * How a population's elements split into contiguous blocks, one per worker thread: block
 * {@code w} is {@code [start(w), start(w+1))}. Blocks of spatial neurons hold whole neurons (the
 * cable of one neuron is solved at once), and every phase splits a group the same way, so a
 * block delivers to, integrates and updates the same elements.
 */
final class Blocks {
    private Blocks() {
    }

    static int start(Population p, int w, int threads) {
        int granule = p instanceof GroupState g ? g.granule() : 1;
        return granule * (int) ((long) (p.size() / granule) * w / threads);
    }
}
