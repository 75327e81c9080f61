package org.synfire.engine;

/**
 * Functions generated kernels call: {@code exprel}, tabulated functions and the matrix
 * exponential behind exact integration (random numbers come from
 * {@link org.synfire.random.RandomStreams}). Public because generated classes live in another
 * class loader; not meant for user code.
 */
public final class KernelMath {
    private KernelMath() {
    }

    /**
     * {@code (e^x - 1)/x}, with its limit 1 at 0 (used by exponential Euler and by HH rate
     * functions). {@code Math.expm1} is not an intrinsic and costs several times {@code Math.exp},
     * so: near 0 a Taylor polynomial (truncation below 2e-16 for |x| < 0.01), elsewhere
     * {@code (exp(x) - 1)/x}, whose cancellation error is below 1e-14 relative there.
     */
    public static double exprel(double x) {
        if (Math.abs(x) < 0.01) {
            return 1 + x * (1.0 / 2 + x * (1.0 / 6 + x * (1.0 / 24 + x * (1.0 / 120 + x * (1.0 / 720)))));
        }
        return (Math.exp(x) - 1) / x;
    }

    /**
     * A tabulated function of time: the value sampled at index {@code floor(t/dt)}, held until
     * the next sample and beyond the last one (Brian2's {@code TimedArray}). The small offset
     * keeps {@code t = k·dt} computed in floating point from falling into sample {@code k-1}.
     */
    public static double table(double[] values, double dt, double t) {
        int k = (int) Math.floor(t / dt + 1e-9);
        return values[Math.max(0, Math.min(values.length - 1, k))];
    }

    /** A per-neuron tabulated function stored row-major (time × neuron). */
    public static double table(double[] values, double dt, double neurons, double t, double neuron) {
        int rows = values.length / (int) neurons;
        int k = Math.max(0, Math.min(rows - 1, (int) Math.floor(t / dt + 1e-9)));
        return values[k * (int) neurons + (int) neuron];
    }

    /**
     * The propagators of {@code dx/dt = A x + b} over one step {@code dt}: {@code phi = exp(A dt)}
     * and {@code gamma = ∫₀^dt exp(A s) ds}, so {@code x(t+dt) = phi x + gamma b} for constant b.
     * Both come from the exponential of the block matrix {@code [[A dt, I dt], [0, 0]]}, computed
     * by scaling and squaring a Taylor series. In SI units the entries of neuron models span many
     * orders of magnitude (R/tau ~ 1e10 next to 1/tau ~ 1e2), which would force many squarings and
     * cost digits, so the matrix is first balanced by a diagonal similarity (Parlett–Reinsch):
     * {@code exp(M) = D exp(D⁻¹ M D) D⁻¹}.
     */
    public static void propagators(double[][] a, double dt, double[][] phi, double[][] gamma) {
        int n = a.length;
        int m = 2 * n;
        double[][] block = new double[m][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                block[i][j] = a[i][j] * dt;
            }
            block[i][n + i] = dt;
        }
        double[] d = balance(block);
        double[][] e = expm(block);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                e[i][j] *= d[i] / d[j];
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                phi[i][j] = e[i][j];
                gamma[i][j] = e[i][n + j];
            }
        }
    }

    /**
     * Balances {@code x} in place by powers of two, returning the diagonal {@code d} such that the
     * balanced matrix is {@code D⁻¹ x D}.
     */
    static double[] balance(double[][] x) {
        int m = x.length;
        double[] d = new double[m];
        java.util.Arrays.fill(d, 1.0);
        boolean converged = false;
        while (!converged) {
            converged = true;
            for (int i = 0; i < m; i++) {
                double c = 0;
                double r = 0;
                for (int j = 0; j < m; j++) {
                    if (j != i) {
                        c += Math.abs(x[j][i]);
                        r += Math.abs(x[i][j]);
                    }
                }
                if (c == 0 || r == 0) {
                    continue;
                }
                double sum = c + r;
                double f = 1;
                while (c < r / 2) {
                    c *= 2;
                    r /= 2;
                    f *= 2;
                }
                while (c >= r * 2) {
                    c /= 2;
                    r *= 2;
                    f /= 2;
                }
                if (c + r < 0.95 * sum) {
                    converged = false;
                    d[i] *= f;
                    for (int j = 0; j < m; j++) {
                        x[j][i] *= f;
                        x[i][j] /= f;
                    }
                }
            }
        }
        return d;
    }

    static double[][] expm(double[][] x) {
        int m = x.length;
        double norm = 0;
        for (double[] row : x) {
            double s = 0;
            for (double v : row) {
                s += Math.abs(v);
            }
            norm = Math.max(norm, s);
        }
        int squarings = Math.max(0, (int) Math.ceil(Math.log(norm / 0.25) / Math.log(2)));
        double scale = Math.scalb(1.0, -squarings);
        double[][] scaled = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                scaled[i][j] = x[i][j] * scale;
            }
        }
        double[][] result = identity(m);
        double[][] term = identity(m);
        for (int k = 1; k <= 20; k++) {
            term = multiply(term, scaled);
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    term[i][j] /= k;
                    result[i][j] += term[i][j];
                }
            }
        }
        for (int s = 0; s < squarings; s++) {
            result = multiply(result, result);
        }
        return result;
    }

    private static double[][] identity(int m) {
        double[][] id = new double[m][m];
        for (int i = 0; i < m; i++) {
            id[i][i] = 1;
        }
        return id;
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        int m = a.length;
        double[][] c = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int k = 0; k < m; k++) {
                double aik = a[i][k];
                if (aik != 0) {
                    for (int j = 0; j < m; j++) {
                        c[i][j] += aik * b[k][j];
                    }
                }
            }
        }
        return c;
    }
}
