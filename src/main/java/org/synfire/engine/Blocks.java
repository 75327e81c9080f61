package org.synfire.engine;

/** How {@code n} neurons split into contiguous blocks, one per worker thread: block {@code w} is {@code [start(w), start(w+1))}. */
final class Blocks {
    private Blocks() {
    }

    static int start(int n, int w, int threads) {
        return (int) ((long) n * w / threads);
    }
}
