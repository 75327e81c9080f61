package org.synfire.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.synfire.kernel.NeuronKernel;

/** Hines' elimination on branched trees against a dense solve of the same backward-Euler system. */
class CableStateTest {
    /** A kernel whose only work is absent: gtot and I0 are set by the test. */
    private static final NeuronKernel NO_GATING = new NeuronKernel() {
        @Override
        public void bind(double[][] arrays, double[] shared, long[] lastSpike, long[][] lastEvent, double[][] tables, double[] tableDt,
                         long rngKey) {
        }

        @Override
        public void reseed(long rngKey) {
        }

        @Override
        public void prepare(double dt) {
        }

        @Override
        public int update(int from, int to, long step, int[] spikes) {
            return 0;
        }

        @Override
        public void runRegularly(int operation, int from, int to, long step) {
        }

        @Override
        public boolean active(int i, long step) {
            return true;
        }

        @Override
        public double subexpression(int k, int i, long step) {
            return 0;
        }
    };

    @Test
    void hinesSolveEqualsDenseGaussianEliminationOnBranchedTrees() {
        Random random = new Random(15);
        for (int tree = 0; tree < 20; tree++) {
            int n = 2 + random.nextInt(200);
            int neurons = 3;
            boolean soma = tree % 2 == 0;
            int[] parent = new int[n];
            double[] area = new double[n];
            double[] half = new double[n];
            parent[0] = -1;
            for (int c = 0; c < n; c++) {
                // Random parents below each compartment give trees with many branch points and long unbranched runs alike.
                parent[c] = c == 0 ? -1 : random.nextInt(4) == 0 ? random.nextInt(c) : c - 1;
                double d = 0.5e-6 + 5e-6 * random.nextDouble();
                double length = 1e-6 + 50e-6 * random.nextDouble();
                area[c] = Math.PI * d * length;
                half[c] = soma && c == 0 ? 0 : length / 2 / (Math.PI * d * d / 4);
            }
            int size = n * neurons;
            double[] v = new double[size];
            double[] cm = new double[size];
            double[] ri = new double[size];
            double[] gtot = new double[size];
            double[] i0 = new double[size];
            for (int e = 0; e < size; e++) {
                v[e] = -0.07 + 0.1 * random.nextDouble();
                cm[e] = 0.005 + 0.01 * random.nextDouble();
                ri[e] = 0.5 + 2 * random.nextDouble();
                gtot[e] = 10 * random.nextDouble();
                i0[e] = random.nextGaussian();
            }
            double dt = 1e-5 * (1 + random.nextInt(100));
            double[] expected = dense(v, cm, ri, gtot, i0, parent, area, half, dt, n, neurons);
            CableState cable = new CableState(n, parent, area, half, 0, 0, v, new double[size], cm, ri, gtot, i0);
            cable.prepare(dt);
            cable.solve(NO_GATING, 0, size, 0);
            for (int e = 0; e < size; e++) {
                // Both solve a diagonally dominant system in double precision; their rounding differs by a few ulps of |v| (0.1 V).
                assertEquals(expected[e], v[e], 1e-14, "tree " + tree + ", element " + e);
            }
        }
    }

    /** The backward-Euler system written out as a dense matrix per neuron and solved by Gaussian elimination with pivoting. */
    private static double[] dense(double[] v, double[] cm, double[] ri, double[] gtot, double[] i0, int[] parent, double[] area,
                                  double[] half, double dt, int n, int neurons) {
        double[] out = new double[v.length];
        for (int neuron = 0; neuron < neurons; neuron++) {
            int base = neuron * n;
            double[][] a = new double[n][n + 1];
            for (int c = 0; c < n; c++) {
                double capacity = cm[base + c] * area[c] / dt;
                a[c][c] += capacity + area[c] * gtot[base + c];
                a[c][n] = capacity * v[base + c] + area[c] * i0[base + c];
                if (parent[c] >= 0) {
                    int p = parent[c];
                    double g = 1 / (ri[base + c] * half[c] + ri[base + p] * half[p]);
                    a[c][c] += g;
                    a[p][p] += g;
                    a[c][p] -= g;
                    a[p][c] -= g;
                }
            }
            for (int col = 0; col < n; col++) {
                int pivot = col;
                for (int r = col + 1; r < n; r++) {
                    if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                        pivot = r;
                    }
                }
                double[] swap = a[col];
                a[col] = a[pivot];
                a[pivot] = swap;
                for (int r = col + 1; r < n; r++) {
                    double f = a[r][col] / a[col][col];
                    for (int k = col; k <= n; k++) {
                        a[r][k] -= f * a[col][k];
                    }
                }
            }
            for (int r = n - 1; r >= 0; r--) {
                double sum = a[r][n];
                for (int k = r + 1; k < n; k++) {
                    sum -= a[r][k] * out[base + k];
                }
                out[base + r] = sum / a[r][r];
            }
        }
        return out;
    }
}
