package org.synfire.random;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The ziggurat's normal numbers against the normal distribution: moments and the probability of
 * the bands its layers, wedges and tail produce, over four million draws (standard errors: mean
 * 0.0005, variance 0.0007, fourth moment 0.005; a band of probability p is counted within five
 * standard errors, sqrt(p(1 - p)/n)).
 */
class RandomStreamsTest {
    @Test
    void zigguratDrawsAreStandardNormal() {
        int n = 4_000_000;
        long key = RandomStreams.streamKey(1, "test");
        double sum = 0;
        double squares = 0;
        double fourth = 0;
        int[] beyond = new int[4];
        double[] edges = {1, 2, 3, 3.5};
        for (int k = 0; k < n; k++) {
            double z = RandomStreams.gaussian(key, k % 1000, k / 1000, 7);
            sum += z;
            squares += z * z;
            fourth += z * z * z * z;
            for (int e = 0; e < edges.length; e++) {
                if (Math.abs(z) > edges[e]) {
                    beyond[e]++;
                }
            }
        }
        assertEquals(0, sum / n, 5 * 0.0005, "mean");
        assertEquals(1, squares / n, 5 * 0.0007, "variance");
        assertEquals(3, fourth / n, 5 * Math.sqrt(96.0 / n), "fourth moment");
        double[] tails = {0.3173105078629141, 0.04550026389635842, 0.0026997960632601866, 4.652581580710243e-4};
        for (int e = 0; e < edges.length; e++) {
            double p = tails[e];
            assertEquals(p, beyond[e] / (double) n, 5 * Math.sqrt(p * (1 - p) / n), "P(|z| > " + edges[e] + ")");
        }
    }
}
