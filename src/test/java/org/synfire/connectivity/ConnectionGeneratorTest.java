package org.synfire.connectivity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.synfire.SynfireException;

/** Connection rules: exact counts where the rule fixes them, statistics where it draws them, determinism per key. */
class ConnectionGeneratorTest {

    private static Connections generate(ConnectionRule rule, int n, int m, boolean same, long key) {
        return new ConnectionGenerator(n, m, same ? OptionalInt.of(0) : OptionalInt.empty(), key).generate(rule, null);
    }

    /** Rows ascending and, for rules without multapses, without a pair twice. */
    private static void assertRowsStrictlyAscending(Connections c) {
        int[] row = c.rowStartArray();
        int[] t = c.targetArray();
        for (int i = 0; i < c.sourceCount(); i++) {
            for (int s = row[i] + 1; s < row[i + 1]; s++) {
                assertTrue(t[s - 1] < t[s], "row " + i + " is not strictly ascending at synapse " + s);
            }
        }
    }

    private static boolean hasAutapse(Connections c) {
        int[] src = c.sources();
        int[] tgt = c.targetArray();
        for (int s = 0; s < src.length; s++) {
            if (src[s] == tgt[s]) {
                return true;
            }
        }
        return false;
    }

    @Test
    void allToAllAndOneToOneAreComplete() {
        Connections all = generate(Connect.allToAll(), 30, 20, false, 1);
        assertEquals(600, all.size());
        assertTrue(Arrays.stream(all.inDegrees()).allMatch(d -> d == 30));
        Connections noSelf = generate(Connect.allToAll().autapses(false), 25, 25, true, 1);
        assertEquals(25 * 24, noSelf.size());
        assertFalse(hasAutapse(noSelf));
        Connections diagonal = generate(Connect.oneToOne(), 7, 7, false, 1);
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6}, diagonal.sources());
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6}, diagonal.targets());
        SynfireException e = assertThrows(SynfireException.class, () -> generate(Connect.oneToOne(), 7, 8, false, 1));
        assertTrue(e.getMessage().contains("same size, not 7 sources and 8 targets"), e.getMessage());
    }

    @Test
    void probabilityGivesBinomialCountsAndIsDeterministicPerKey() {
        int n = 2000;
        double p = 0.02;
        Connections c = generate(Connect.probability(p), n, n, true, 42);
        double mean = p * n * n;
        // The count is Binomial(n², p): sd = sqrt(n² p (1-p)) ≈ 280; five sd is a 1-in-3-million miss.
        assertEquals(mean, c.size(), 5 * Math.sqrt(mean * (1 - p)));
        assertRowsStrictlyAscending(c);
        assertArrayEquals(c.targets(), generate(Connect.probability(p), n, n, true, 42).targets(), "same key, same synapses");
        assertFalse(Arrays.equals(c.targets(), generate(Connect.probability(p), n, n, true, 43).targets()), "another key, others");
        assertTrue(hasAutapse(c), "autapses are allowed by default (about 40 expected)");
        assertFalse(hasAutapse(generate(Connect.probability(p).autapses(false), n, n, true, 42)));
        // Above the skip threshold a draw per pair is used; the count must still be binomial.
        Connections dense = generate(Connect.probability(0.6), 300, 300, false, 5);
        assertEquals(0.6 * 90_000, dense.size(), 5 * Math.sqrt(90_000 * 0.6 * 0.4));
        assertEquals(0, generate(Connect.probability(0), 50, 50, false, 1).size());
        assertEquals(2500, generate(Connect.probability(1), 50, 50, false, 1).size());
    }

    @Test
    void fixedInDegreeGivesExactDegreesAndUniformSources() {
        int sources = 500;
        int targets = 2000;
        int k = 50;
        Connections c = generate(Connect.fixedInDegree(k), sources, targets, false, 9);
        assertTrue(Arrays.stream(c.inDegrees()).allMatch(d -> d == k), "every target has exactly k inputs");
        assertRowsStrictlyAscending(c);
        // Each source is picked by each target with probability q = k/sources, so its out-degree is
        // Binomial(targets, q). The sum of squared standardised deviations over sources is close to
        // chi-squared with (sources - 1) degrees of freedom: mean 499, sd 31.6; allow 5 sd.
        double q = (double) k / sources;
        double expected = targets * q;
        double chi2 = Arrays.stream(c.outDegrees()).mapToDouble(d -> (d - expected) * (d - expected) / (expected * (1 - q))).sum();
        assertEquals(sources - 1, chi2, 5 * Math.sqrt(2.0 * (sources - 1)), "out-degrees not binomial: chi2 = " + chi2);

        Connections self = generate(Connect.fixedInDegree(20).autapses(false), 21, 21, true, 3);
        assertFalse(hasAutapse(self));
        assertTrue(Arrays.stream(self.inDegrees()).allMatch(d -> d == 20), "20 of the 20 others: everyone but itself");
        SynfireException e = assertThrows(SynfireException.class, () -> generate(Connect.fixedInDegree(21).autapses(false), 21, 21, true, 3));
        assertTrue(e.getMessage().contains("needs 21 distinct sources but there are only 20 (autapses excluded)"), e.getMessage());
        Connections multi = generate(Connect.fixedInDegree(30).multapses(true), 10, 40, false, 3);
        assertTrue(Arrays.stream(multi.inDegrees()).allMatch(d -> d == 30), "with multapses a degree above the source count works");
    }

    /** Sum of squared standardised deviations of counts expected to be {@code mean} each with variance {@code variance}. */
    private static double chiSquared(int[] counts, double mean, double variance) {
        return Arrays.stream(counts).mapToDouble(d -> (d - mean) * (d - mean) / variance).sum();
    }

    @Test
    void fixedTotalNumberGivesExactlyNSynapsesWithMultinomialDegrees() {
        int sources = 300;
        int targets = 700;
        int n = 60_000;
        Connections c = generate(Connect.fixedTotalNumber(n), sources, targets, false, 17);
        assertEquals(n, c.size());
        // Every synapse picks its source and target uniformly: out-degrees are a multinomial split
        // of n (each Binomial(n, 1/sources), summing to n), so the chi-squared statistic has
        // sources - 1 degrees of freedom (mean 299, sd 24.5); the same for in-degrees. 5 sd.
        double pOut = 1.0 / sources;
        double chiOut = chiSquared(c.outDegrees(), n * pOut, n * pOut * (1 - pOut));
        assertEquals(sources - 1, chiOut, 5 * Math.sqrt(2.0 * (sources - 1)), "out-degrees not multinomial: chi2 = " + chiOut);
        double pIn = 1.0 / targets;
        double chiIn = chiSquared(c.inDegrees(), n * pIn, n * pIn * (1 - pIn));
        assertEquals(targets - 1, chiIn, 5 * Math.sqrt(2.0 * (targets - 1)), "in-degrees not multinomial: chi2 = " + chiIn);
        int[] row = c.rowStartArray();
        int[] t = c.targetArray();
        int repeats = 0;
        for (int i = 0; i < sources; i++) {
            for (int s = row[i] + 1; s < row[i + 1]; s++) {
                assertTrue(t[s - 1] <= t[s], "row " + i + " is not ascending at synapse " + s);
                repeats += t[s - 1] == t[s] ? 1 : 0;
            }
        }
        // Pairs repeat as in NEST: about n²/(2·pairs) = 8.6 of them expected here.
        assertTrue(repeats > 0, "multapses are allowed");
        assertArrayEquals(c.targets(), generate(Connect.fixedTotalNumber(n), sources, targets, false, 17).targets(), "same key, same synapses");
        assertArrayEquals(c.sources(), generate(Connect.fixedTotalNumber(n), sources, targets, false, 17).sources());
        assertFalse(Arrays.equals(c.targets(), generate(Connect.fixedTotalNumber(n), sources, targets, false, 18).targets()));

        Connections self = generate(Connect.fixedTotalNumber(20_000).autapses(false), 40, 40, true, 3);
        assertEquals(20_000, self.size());
        assertFalse(hasAutapse(self));
        assertTrue(hasAutapse(generate(Connect.fixedTotalNumber(20_000), 40, 40, true, 3)), "autapses allowed by default (500 expected)");
        assertEquals(0, generate(Connect.fixedTotalNumber(0), 40, 40, true, 3).size());
        SynfireException e = assertThrows(SynfireException.class, () -> generate(Connect.fixedTotalNumber(5).autapses(false), 1, 1, true, 3));
        assertTrue(e.getMessage().contains("a fixed total number of 5 synapses has nothing to connect: 1 sources and 1 targets (autapses excluded)"),
            e.getMessage());
        assertTrue(assertThrows(SynfireException.class, () -> Connect.fixedTotalNumber(-3)).getMessage()
            .contains("Connect.fixedTotalNumber: -3 synapses; give 0 to 2^31 - 9"));
    }

    /** The rows' radix sort gives the sorted order for any bound (one, two or three passes) and leaves the rest alone. */
    @Test
    void rowsAreSortedAsArraysSortWouldSortThem() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        ConnectionGenerator.Builder buffers = new ConnectionGenerator.Builder();
        for (int bound : new int[] {1, 2, 1000, 70_000, 5_000_000, Integer.MAX_VALUE}) {
            for (int n : new int[] {0, 5, 255, 256, 3000}) {
                int[] a = new int[n + 20];
                for (int k = 0; k < a.length; k++) {
                    a[k] = random.nextInt(bound);
                }
                int[] expected = a.clone();
                Arrays.sort(expected, 10, 10 + n);
                ConnectionGenerator.sort(a, 10, 10 + n, bound, buffers);
                assertArrayEquals(expected, a, "bound " + bound + ", " + n + " values");
            }
        }
    }

    @Test
    void fixedOutDegreeGivesExactDegrees() {
        Connections c = generate(Connect.fixedOutDegree(13).autapses(false), 400, 400, true, 11);
        assertTrue(Arrays.stream(c.outDegrees()).allMatch(d -> d == 13));
        assertRowsStrictlyAscending(c);
        assertFalse(hasAutapse(c));
    }

    @Test
    void conditionKeepsExactlyThePairsThatHold() {
        Connections c = new ConnectionGenerator(50, 50, OptionalInt.of(0), 1).generate(Connect.condition("abs(i - j) == 1"), (i, j) -> Math.abs(i - j) == 1);
        assertEquals(98, c.size());
        int[] src = c.sources();
        int[] tgt = c.targets();
        for (int s = 0; s < src.length; s++) {
            assertEquals(1, Math.abs(src[s] - tgt[s]));
        }
        Connections thinned = new ConnectionGenerator(400, 400, OptionalInt.of(0), 1).generate(Connect.condition("i < j", 0.1), (i, j) -> i < j);
        double pairs = 400 * 399 / 2.0;
        assertEquals(0.1 * pairs, thinned.size(), 5 * Math.sqrt(pairs * 0.1 * 0.9));
    }

    @Test
    void explicitPairsAreSortedIntoRowsAndChecked() {
        Connections c = generate(Connect.explicit(new int[] {2, 0, 2, 1}, new int[] {1, 3, 0, 1}), 3, 4, false, 1);
        assertArrayEquals(new int[] {0, 1, 2, 2}, c.sources());
        assertArrayEquals(new int[] {3, 1, 0, 1}, c.targets());
        SynfireException e = assertThrows(SynfireException.class,
            () -> generate(Connect.explicit(new int[] {0, 3}, new int[] {0, 0}), 3, 4, false, 1));
        assertTrue(e.getMessage().contains("pair 1 (3 → 0) is out of range; sources are 0..2"), e.getMessage());
    }

    @Test
    void rulesRejectImpossibleParameters() {
        assertTrue(assertThrows(SynfireException.class, () -> Connect.probability(1.5)).getMessage()
            .contains("Connect.probability: p = 1.5 is not a probability"));
        assertTrue(assertThrows(SynfireException.class, () -> Connect.fixedInDegree(-1)).getMessage()
            .contains("-1 synapses per neuron is impossible"));
        assertTrue(assertThrows(SynfireException.class, () -> Connect.explicit(new int[] {1}, new int[0])).getMessage()
            .contains("1 sources but 0 targets"));
    }

    @Test
    void slicesOfOnePopulationExcludeOnlyTheNeuronsTheyShare() {
        // Sources [0:20) and targets [10:30) of one population: source i is target i - 10, for i from 10.
        Connections c = new ConnectionGenerator(20, 20, OptionalInt.of(-10), 7).generate(Connect.fixedOutDegree(19).autapses(false), null);
        int[] src = c.sources();
        int[] tgt = c.targetArray();
        for (int s = 0; s < src.length; s++) {
            assertTrue(src[s] < 10 || tgt[s] != src[s] - 10, "synapse " + s + " joins a neuron to itself");
        }
        SynfireException e = assertThrows(SynfireException.class,
            () -> new ConnectionGenerator(20, 20, OptionalInt.of(-10), 7).generate(Connect.fixedOutDegree(20).autapses(false), null));
        assertTrue(e.getMessage().contains("there are only 19 (autapses excluded)"), e.getMessage());
    }

    @Test
    void synapsesBetweenSlicesArePlacedInTheirPopulations() {
        Connections between = generate(Connect.allToAll(), 2, 3, false, 1).placedIn(5, i -> i + 2, 10, j -> j + 6);
        assertEquals(5, between.sourceCount());
        assertArrayEquals(new int[] {0, 0, 3, 3, 0}, between.outDegrees(), "a row for every source, empty outside the slice");
        assertArrayEquals(new int[] {2, 2, 2, 3, 3, 3}, between.sources());
        assertArrayEquals(new int[] {6, 7, 8, 6, 7, 8}, between.targets());
        Connections whole = generate(Connect.allToAll(), 2, 3, false, 1);
        assertTrue(whole == whole.placedIn(2, i -> i, 3, j -> j), "between whole populations nothing moves");
    }

    @Test
    void synapsesAreSpreadOverEveryOtherElement() {
        // Sources counted by neuron (the element 4n + 3 spiking), targets at compartments 1 and 2 of each of 3 neurons of 4.
        Connections spread = generate(Connect.oneToOne(), 2, 2, false, 1).placedIn(8, i -> 4 * i + 3, 12, j -> 4 * (j / 2) + 1 + j % 2);
        assertArrayEquals(new int[] {0, 0, 0, 1, 0, 0, 0, 1}, spread.outDegrees(), "rows only at the spiking elements");
        assertArrayEquals(new int[] {3, 7}, spread.sources());
        assertArrayEquals(new int[] {1, 2}, spread.targets(), "target 1 is the second compartment of neuron 0");
        assertThrows(IllegalArgumentException.class, () -> generate(Connect.oneToOne(), 2, 2, false, 1).placedIn(4, i -> 4 * i + 3, 2, j -> j));
    }
}
