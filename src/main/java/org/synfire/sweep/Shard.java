package org.synfire.sweep;

/**
 * The {@code k}-th of {@code n} disjoint parts of a study ({@code 2/4}), so a batch scheduler's
 * job array can run a study across machines with no cluster software. Point {@code i} belongs to
 * part {@code i mod n + 1}: dealing points out in turn gives every part a share of each region
 * of the grid, and so of cheap and costly points alike.
 *
 * @param k the part, from 1
 * @param n the number of parts
 */
public record Shard(int k, int n) {
    /**
     * A part of a study.
     *
     * @param k the part, from 1
     * @param n the number of parts
     * @throws SweepException unless {@code 1 <= k <= n}
     */
    public Shard {
        if (n < 1 || k < 1 || k > n) {
            throw new SweepException("shard " + k + "/" + n + ": give K/N with 1 <= K <= N, e.g. 1/4 to 4/4 for four parts");
        }
    }

    /** {@return the whole study as one part, {@code 1/1}} */
    public static Shard whole() {
        return new Shard(1, 1);
    }

    /**
     * Reads a part written {@code K/N}.
     *
     * @param text e.g. {@code 2/4}
     * @return the part
     * @throws SweepException if the text is not two whole numbers with {@code 1 <= K <= N}
     */
    public static Shard parse(String text) {
        String[] parts = text.trim().split("/", -1);
        if (parts.length != 2) {
            throw new SweepException("shard '" + text + "': write K/N, the K-th of N parts, e.g. 2/4");
        }
        try {
            return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
        } catch (NumberFormatException e) {
            throw new SweepException("shard '" + text + "': K and N are whole numbers; write K/N, e.g. 2/4");
        }
    }

    /**
     * Whether a point is in this part.
     *
     * @param index the point's place in the whole study, from 0
     * @return true for every {@code n}-th point, starting at point {@code k − 1}
     */
    public boolean holds(int index) {
        return index % n == k - 1;
    }

    @Override
    public String toString() {
        return k + "/" + n;
    }
}
