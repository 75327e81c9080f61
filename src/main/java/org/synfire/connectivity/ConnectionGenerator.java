package org.synfire.connectivity;

import java.util.Arrays;
import java.util.OptionalInt;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.synfire.SynfireException;
import org.synfire.random.RandomStreams;

/**
 * Turns a {@link ConnectionRule} into {@link Connections}. Pure: the result depends only on the
 * rule, the sizes and the stream key. Each row (source, or target for in-degree rules) draws from
 * its own counter-based stream, so rows are generated in parallel blocks and the result is the
 * same for any number of threads.
 *
 * <p>Bernoulli rules skip ahead by geometrically distributed gaps when {@code p} is small (one
 * logarithm per synapse instead of one draw per pair), which is what makes a 100-million-synapse
 * projection take seconds.
 */
public final class ConnectionGenerator {
    /** Below this probability, skipping by geometric gaps is cheaper than a draw per pair. */
    private static final double SKIP_BELOW = 0.25;

    /** Whether a pair satisfies a rule's condition; supplied by the build, which evaluates model text. */
    @FunctionalInterface
    public interface PairTest {
        /**
         * Whether the condition holds for one pair.
         *
         * @param source the source neuron's index
         * @param target the target neuron's index
         * @return whether the pair may be connected
         */
        boolean test(int source, int target);
    }

    private final int sources;
    private final int targets;
    private final boolean sharesNeurons;
    private final int selfOffset;
    private final long key;

    /**
     * @param sources    size of the source population (or slice)
     * @param targets    size of the target population (or slice)
     * @param selfOffset where a source's own neuron is among the targets, so where autapses are:
     *                   source {@code i} is target {@code i + selfOffset}. 0 for a population onto
     *                   itself, the difference of the slices' starts for two slices of one
     *                   population; empty for two populations, which share no neuron
     * @param key        the projection's random stream key
     */
    public ConnectionGenerator(int sources, int targets, OptionalInt selfOffset, long key) {
        this.sources = sources;
        this.targets = targets;
        this.sharesNeurons = selfOffset.isPresent();
        this.selfOffset = selfOffset.orElse(0);
        this.key = key;
    }

    /**
     * Generates the synapses of a rule.
     *
     * @param rule      what to connect
     * @param condition evaluates a {@link ConnectionRule.Condition}'s expression; ignored by other rules
     * @return the synapses, rows by source and targets ascending within each row
     * @throws org.synfire.SynfireException when the rule cannot be met by these sizes (e.g. in-degree above the source count)
     */
    public Connections generate(ConnectionRule rule, PairTest condition) {
        boolean noAutapses = sharesNeurons && !rule.autapses();
        if (rule instanceof ConnectionRule.AllToAll) {
            return rows(sources, targets, i -> new Row(i, noAutapses) {
                @Override
                void fill(Builder out) {
                    for (int j = 0; j < targets; j++) {
                        keep(out, j);
                    }
                }
            });
        }
        if (rule instanceof ConnectionRule.OneToOne) {
            return oneToOne();
        }
        if (rule instanceof ConnectionRule.Probability r) {
            return rows(sources, targets, i -> bernoulliRow(i, noAutapses, r.p(), null));
        }
        if (rule instanceof ConnectionRule.Condition r) {
            return rows(sources, targets, i -> bernoulliRow(i, noAutapses, r.p(), condition));
        }
        if (rule instanceof ConnectionRule.FixedOutDegree r) {
            return fixedRows(sources, targets, r.k(), i -> sampledRow(i, noAutapses ? i + selfOffset : -1, r.k(), r.multapses(), targets,
                "out"));
        }
        if (rule instanceof ConnectionRule.FixedInDegree r) {
            return transpose(fixedRows(targets, sources, r.k(), j -> sampledRow(j, noAutapses ? j - selfOffset : -1, r.k(), r.multapses(),
                sources, "in")));
        }
        if (rule instanceof ConnectionRule.FixedTotalNumber r) {
            return fixedTotal((int) r.n(), noAutapses);
        }
        ConnectionRule.Explicit r = (ConnectionRule.Explicit) rule;
        return explicit(r.sources(), r.targets());
    }

    private Connections oneToOne() {
        if (sources != targets) {
            throw new SynfireException("one-to-one needs populations of the same size, not " + sources + " sources and " + targets
                + " targets; use another rule or make the sizes equal");
        }
        int[] rowStart = IntStream.rangeClosed(0, sources).toArray();
        return new Connections(sources, targets, rowStart, IntStream.range(0, targets).toArray());
    }

    private Row bernoulliRow(int i, boolean noAutapses, double p, PairTest condition) {
        return new Row(i, noAutapses) {
            @Override
            void fill(Builder out) {
                if (p >= 1 || p > SKIP_BELOW) {
                    for (int j = 0; j < targets; j++) {
                        if ((condition == null || condition.test(i, j)) && (p >= 1 || draw() < p)) {
                            keep(out, j);
                        }
                    }
                } else if (p > 0) {
                    double logOneMinusP = Math.log1p(-p);
                    // The gap to the next success of Bernoulli(p) trials is geometric: floor(log(1-u)/log(1-p)).
                    for (long j = -1; ; ) {
                        j += 1 + (long) Math.floor(Math.log1p(-draw()) / logOneMinusP);
                        if (j >= targets) {
                            break;
                        }
                        if (condition == null || condition.test(i, (int) j)) {
                            keep(out, (int) j);
                        }
                    }
                }
            }
        };
    }

    /**
     * {@code k} distinct (or, with multapses, independent) picks from {@code [0, n)}, ascending;
     * {@code own}, the row's own neuron among them when autapses are excluded (else -1 or outside
     * {@code [0, n)}), is never picked.
     */
    private Row sampledRow(int row, int own, int k, boolean multapses, int n, String direction) {
        boolean excludesOwn = own >= 0 && own < n;
        int available = excludesOwn ? n - 1 : n;
        if (k > available && !multapses) {
            throw new SynfireException("a fixed " + direction + "-degree of " + k + " needs " + k + " distinct "
                + (direction.equals("in") ? "sources" : "targets") + " but there are only " + available
                + (excludesOwn ? " (autapses excluded)" : "") + "; lower the degree or allow multapses");
        }
        if (k > 0 && available == 0) {
            throw new SynfireException("a fixed " + direction + "-degree of " + k + " has nothing to connect to");
        }
        return new Row(row, false) {
            @Override
            void fill(Builder out) {
                int[] picks = multapses ? withReplacement(available) : withoutReplacement(available, out.scratch(available));
                Arrays.sort(picks);
                for (int p : picks) {
                    // Picks are drawn from [0, available); skipping the own index maps them onto [0, n) \ {own}.
                    out.add(excludesOwn && p >= own ? p + 1 : p);
                }
            }

            private int[] withReplacement(int m) {
                int[] picks = new int[k];
                for (int c = 0; c < k; c++) {
                    picks[c] = (int) (draw() * m);
                }
                return picks;
            }

            /** A partial Fisher–Yates shuffle of {@code perm}, undone afterwards so the scratch stays the identity: O(k). */
            private int[] withoutReplacement(int m, int[] perm) {
                int[] picks = new int[k];
                int[] swappedWith = new int[k];
                for (int c = 0; c < k; c++) {
                    int r = c + (int) (draw() * (m - c));
                    swappedWith[c] = r;
                    int tmp = perm[c];
                    perm[c] = perm[r];
                    perm[r] = tmp;
                    picks[c] = perm[c];
                }
                for (int c = k - 1; c >= 0; c--) {
                    int r = swappedWith[c];
                    int tmp = perm[c];
                    perm[c] = perm[r];
                    perm[r] = tmp;
                }
                return picks;
            }
        };
    }

    /**
     * {@code n} synapses, each a pair drawn uniformly among the allowed ones, in two passes that
     * need no buffer beyond the result. First each synapse's source is drawn from its own counter
     * (with a candidate target, and drawn again while the pair would be a forbidden autapse, so
     * a source with one target fewer is proportionally rarer), which counts the rows: an exact
     * multinomial split of {@code n}. Then each row draws its targets from its own stream among
     * the neurons allowed to it and sorts them. Both passes run in parallel blocks and give the
     * same result for any number of threads.
     */
    private Connections fixedTotal(int n, boolean noAutapses) {
        boolean anyPair = sources > 0 && targets > 0 && !(noAutapses && targets == 1 && sources == 1 && ownTarget(0, true) == 0);
        if (n > 0 && !anyPair) {
            throw new SynfireException("a fixed total number of " + n + " synapses has nothing to connect: " + sources + " sources and "
                + targets + " targets" + (noAutapses ? " (autapses excluded)" : ""));
        }
        int blocks = (int) Math.max(1, Math.min(16, n / 100_000L));
        int[][] counts = new int[blocks][sources];
        IntStream.range(0, blocks).parallel().forEach(b -> {
            int[] mine = counts[b];
            long from = (long) n * b / blocks;
            long to = (long) n * (b + 1) / blocks;
            for (long k = from; k < to; k++) {
                for (int attempt = 0; ; attempt++) {
                    int i = (int) (RandomStreams.uniform(key, -1, k, 2 * attempt) * sources);
                    int j = (int) (RandomStreams.uniform(key, -1, k, 2 * attempt + 1) * targets);
                    if (j != ownTarget(i, noAutapses)) {
                        mine[i]++;
                        break;
                    }
                }
            }
        });
        int[] rowStart = new int[sources + 1];
        for (int i = 0; i < sources; i++) {
            int length = 0;
            for (int[] c : counts) {
                length += c[i];
            }
            rowStart[i + 1] = rowStart[i] + length;
        }
        int[] all = new int[n];
        int rowBlocks = Math.max(1, Math.min(sources, 64));
        IntStream.range(0, rowBlocks).parallel().forEach(b -> {
            int from = (int) ((long) sources * b / rowBlocks);
            int to = (int) ((long) sources * (b + 1) / rowBlocks);
            Builder out = new Builder(all, rowStart[from]);
            for (int i = from; i < to; i++) {
                int own = ownTarget(i, noAutapses);
                int available = own >= 0 ? targets - 1 : targets;
                int length = rowStart[i + 1] - rowStart[i];
                new Row(i, false) {
                    @Override
                    void fill(Builder row) {
                        for (int c = 0; c < length; c++) {
                            int j = (int) (draw() * available);
                            // Drawn from [0, available): skipping the own index maps onto the targets other than the source itself.
                            row.add(own >= 0 && j >= own ? j + 1 : j);
                        }
                    }
                }.fill(out);
                sort(all, rowStart[i], rowStart[i + 1], targets, out);
            }
        });
        return new Connections(sources, targets, rowStart, all);
    }

    /**
     * Sorts {@code a[from, to)}, whose values lie in {@code [0, bound)}: rows of a few hundred or
     * more by least-significant-digit radix sort, in as few passes of at most 11 bits as the bound
     * needs (two of 8 bits for a population of 20,000), linear in the row's length, where a
     * comparison sort takes some log2(n) steps per element (it was half of a 0.3-billion-synapse
     * build). The result is the one sorted order, so it is what {@link Arrays#sort} gives.
     */
    static void sort(int[] a, int from, int to, int bound, Builder buffers) {
        int n = to - from;
        if (n < 256) {
            Arrays.sort(a, from, to);
            return;
        }
        int bits = 32 - Integer.numberOfLeadingZeros(Math.max(1, bound - 1));
        int passes = (bits + 10) / 11;
        int digit = (bits + passes - 1) / passes;
        int mask = (1 << digit) - 1;
        int[] count = buffers.counts(mask + 2);
        int[] src = a;
        int srcFrom = from;
        int[] dst = buffers.sorting(n);
        int dstFrom = 0;
        for (int pass = 0, shift = 0; pass < passes; pass++, shift += digit) {
            Arrays.fill(count, 0, mask + 2, 0);
            for (int k = srcFrom; k < srcFrom + n; k++) {
                count[((src[k] >>> shift) & mask) + 1]++;
            }
            for (int d = 0; d <= mask; d++) {
                count[d + 1] += count[d];
            }
            for (int k = srcFrom; k < srcFrom + n; k++) {
                int v = src[k];
                dst[dstFrom + count[(v >>> shift) & mask]++] = v;
            }
            int[] swap = src;
            src = dst;
            dst = swap;
            int swapFrom = srcFrom;
            srcFrom = dstFrom;
            dstFrom = swapFrom;
        }
        if (src != a) {
            System.arraycopy(src, srcFrom, a, from, n);
        }
    }

    /** Source {@code i}'s own neuron among the targets when autapses are excluded and it is one of them, else -1. */
    private int ownTarget(int i, boolean noAutapses) {
        int own = i + selfOffset;
        return noAutapses && own >= 0 && own < targets ? own : -1;
    }

    private Connections explicit(int[] from, int[] to) {
        for (int k = 0; k < from.length; k++) {
            if (from[k] < 0 || from[k] >= sources || to[k] < 0 || to[k] >= targets) {
                throw new SynfireException("pair " + k + " (" + from[k] + " → " + to[k] + ") is out of range; sources are 0.."
                    + (sources - 1) + " and targets 0.." + (targets - 1));
            }
        }
        long[] pairs = new long[from.length];
        for (int k = 0; k < from.length; k++) {
            pairs[k] = (long) from[k] << 32 | to[k];
        }
        Arrays.sort(pairs);
        int[] rowStart = new int[sources + 1];
        int[] tg = new int[pairs.length];
        for (int k = 0; k < pairs.length; k++) {
            rowStart[(int) (pairs[k] >>> 32) + 1]++;
            tg[k] = (int) pairs[k];
        }
        for (int i = 0; i < sources; i++) {
            rowStart[i + 1] += rowStart[i];
        }
        return new Connections(sources, targets, rowStart, tg);
    }

    /** Rows generated per target become rows per source (a counting sort); targets stay ascending within rows. */
    private Connections transpose(Connections byTarget) {
        int[] inRow = byTarget.rowStartArray();
        int[] inSources = byTarget.targetArray();
        int[] rowStart = new int[sources + 1];
        for (int i : inSources) {
            rowStart[i + 1]++;
        }
        for (int i = 0; i < sources; i++) {
            rowStart[i + 1] += rowStart[i];
        }
        int[] fill = Arrays.copyOf(rowStart, sources);
        int[] tg = new int[inSources.length];
        for (int j = 0; j < targets; j++) {
            for (int s = inRow[j]; s < inRow[j + 1]; s++) {
                tg[fill[inSources[s]]++] = j;
            }
        }
        return new Connections(sources, targets, rowStart, tg);
    }

    /**
     * Generates {@code count} rows in parallel blocks and concatenates them in row order. Each
     * block owns a growable buffer; each row draws from the stream of its own index.
     */
    private Connections rows(int count, int columns, IntFunction<Row> row) {
        int blocks = Math.max(1, Math.min(count, 64));
        Builder[] parts = new Builder[blocks];
        int[] rowLength = new int[count];
        IntStream.range(0, blocks).parallel().forEach(b -> {
            Builder out = new Builder();
            int from = (int) ((long) count * b / blocks);
            int to = (int) ((long) count * (b + 1) / blocks);
            for (int i = from; i < to; i++) {
                int before = out.size;
                row.apply(i).fill(out);
                rowLength[i] = out.size - before;
            }
            parts[b] = out;
        });
        long total = 0;
        for (Builder part : parts) {
            total += part.size;
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new SynfireException(total + " synapses in one projection exceed the limit of 2^31; split it into several projections");
        }
        int[] all = new int[(int) total];
        int at = 0;
        for (Builder part : parts) {
            System.arraycopy(part.values, 0, all, at, part.size);
            at += part.size;
        }
        int[] rowStart = new int[count + 1];
        for (int i = 0; i < count; i++) {
            rowStart[i + 1] = rowStart[i] + rowLength[i];
        }
        return new Connections(count, columns, rowStart, all);
    }

    /**
     * Rows of exactly {@code k} entries each, written in parallel straight into one array of the
     * final size (no block buffers to join), so the peak memory is the result itself.
     */
    private Connections fixedRows(int count, int columns, int k, IntFunction<Row> row) {
        long total = (long) count * k;
        if (total > Integer.MAX_VALUE - 8) {
            throw new SynfireException(total + " synapses in one projection exceed the limit of 2^31; split it into several projections");
        }
        int[] all = new int[(int) total];
        int blocks = Math.max(1, Math.min(count, 64));
        IntStream.range(0, blocks).parallel().forEach(b -> {
            int from = (int) ((long) count * b / blocks);
            int to = (int) ((long) count * (b + 1) / blocks);
            Builder out = new Builder(all, from * k);
            for (int i = from; i < to; i++) {
                row.apply(i).fill(out);
            }
        });
        int[] rowStart = new int[count + 1];
        for (int i = 0; i <= count; i++) {
            rowStart[i] = i * k;
        }
        return new Connections(count, columns, rowStart, all);
    }

    /** One row being generated: draws from the row's own stream and appends kept indices. */
    private abstract class Row {
        private final int index;
        private final boolean noAutapses;
        private long counter;

        Row(int index, boolean noAutapses) {
            this.index = index;
            this.noAutapses = noAutapses;
        }

        abstract void fill(Builder out);

        final double draw() {
            return RandomStreams.uniform(key, index, counter++, 0);
        }

        final void keep(Builder out, int j) {
            if (!(noAutapses && j == index + selfOffset)) {
                out.add(j);
            }
        }
    }

    /**
     * Where one block writes its rows: a growable buffer of its own, or its slice of a shared
     * array of the final size; with a reusable identity permutation for sampling.
     */
    static final class Builder {
        private int[] values;
        private int size;
        private int[] identity = new int[0];
        private int[] sorting = new int[0];
        private int[] counts = new int[0];

        Builder() {
            this(new int[1024], 0);
        }

        /** Writes into {@code shared} from position {@code start}, which the caller sized exactly. */
        Builder(int[] shared, int start) {
            this.values = shared;
            this.size = start;
        }

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, values.length * 2);
            }
            values[size++] = v;
        }

        int[] scratch(int n) {
            if (identity.length != n) {
                identity = IntStream.range(0, n).toArray();
            }
            return identity;
        }

        /** A buffer of at least {@code n} ints for a radix sort's passes. */
        int[] sorting(int n) {
            if (sorting.length < n) {
                sorting = new int[Math.max(n, 2 * sorting.length)];
            }
            return sorting;
        }

        /** A buffer of at least {@code n} ints for a radix sort's digit counts. */
        int[] counts(int n) {
            if (counts.length < n) {
                counts = new int[n];
            }
            return counts;
        }
    }
}
