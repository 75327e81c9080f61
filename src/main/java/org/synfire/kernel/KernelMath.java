package org.synfire.kernel;

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
     * so: near 0 a Taylor polynomial (truncation below 2e-16 for {@code |x| < 0.01}), elsewhere
     * {@code (exp(x) - 1)/x}, whose cancellation error is below 1e-14 relative there.
     *
     * @param x any number
     * @return {@code (e^x - 1)/x}, or 1 at {@code x = 0}
     */
    public static double exprel(double x) {
        if (Math.abs(x) < 0.01) {
            return 1 + x * (1.0 / 2 + x * (1.0 / 6 + x * (1.0 / 24 + x * (1.0 / 120 + x * (1.0 / 720)))));
        }
        return (Math.exp(x) - 1) / x;
    }

    /**
     * The exponential as vectorised kernels compute it, built only from operations IEEE 754
     * rounds exactly (multiply, add, fma, min/max, bit moves), so the Vector API lanes of a
     * generated kernel (see {@code org.synfire.codegen.VectorEmitter}) and this scalar twin, which
     * handles loop tails, give the same bits for every input: a neuron's result then does not
     * depend on whether it fell in a lane or a tail, i.e. on the thread count. {@code Math.exp}
     * and the JDK's lanewise {@code EXP} cannot promise that: intrinsic and fallback differ in
     * the last bit.
     *
     * <p>Cody–Waite reduction {@code x = k·ln2 + r}, |r| ≤ ln2/2, with k rounded by adding
     * 1.5·2^52 (whose ulp is 1, so the sum's low bits are k itself) and ln2 split in a double
     * and its remainder; then the Taylor polynomial of degree 13 (truncation below 4e-18
     * relative on |r| ≤ ln2/2) by Horner with fma; then scaling by 2^k in two halves so that
     * results near overflow and in the subnormal range need no special case. Inputs are first
     * clamped to [−746, 710], where exp is 0 and ∞ in double precision. Error about 1 ulp
     * (tested below 2e-16 relative against {@code Math.exp}).
     *
     * @param x any number
     * @return {@code e^x}: 0 below −746, infinity above 710
     */
    public static double portableExp(double x) {
        double xc = Math.min(Math.max(x, EXP_MIN), EXP_MAX);
        double shifted = xc * INV_LN2 + EXP_SHIFTER;
        double k = shifted - EXP_SHIFTER;
        long ki = Double.doubleToRawLongBits(shifted) - EXP_SHIFTER_BITS;
        double r = Math.fma(k, -LN2_HI, xc);
        r = Math.fma(k, -LN2_LO, r);
        double p = Math.fma(r, EXP_TAYLOR[13], EXP_TAYLOR[12]);
        for (int j = 11; j >= 0; j--) {
            p = Math.fma(p, r, EXP_TAYLOR[j]);
        }
        long k1 = ki >> 1;
        long k2 = ki - k1;
        return p * Double.longBitsToDouble((k1 + 1023) << 52) * Double.longBitsToDouble((k2 + 1023) << 52);
    }

    /**
     * {@link #exprel} on top of {@link #portableExp}, in the operations the vector lanes use.
     *
     * @param x any number
     * @return {@code (e^x - 1)/x}, or 1 at {@code x = 0}, bit for bit as the vector lanes compute it
     */
    public static double portableExprel(double x) {
        double big = (portableExp(x) - 1) / x;
        double small = 1 + x * (1.0 / 2 + x * (1.0 / 6 + x * (1.0 / 24 + x * (1.0 / 120 + x * (1.0 / 720)))));
        return Math.abs(x) < 0.01 ? small : big;
    }

    /** Below this exp is 0 in double precision (the smallest subnormal is e^−744.4). */
    public static final double EXP_MIN = -746;
    /** Above this exp overflows (e^709.78 is the largest double). */
    public static final double EXP_MAX = 710;
    /** 1/ln 2. */
    public static final double INV_LN2 = 1.4426950408889634;
    /** 1.5·2^52: adding it rounds to an integer, which then sits in the low bits. */
    public static final double EXP_SHIFTER = 0x1.8p52;
    /** The bits of {@link #EXP_SHIFTER}. */
    public static final long EXP_SHIFTER_BITS = Double.doubleToRawLongBits(EXP_SHIFTER);
    /** ln 2 rounded to double. */
    public static final double LN2_HI = 0.6931471805599453;
    /** ln 2 − {@link #LN2_HI}. */
    public static final double LN2_LO = 2.3190468138462996e-17;
    private static final double[] EXP_TAYLOR = taylor();

    /**
     * The coefficient 1/j! of {@link #portableExp}'s polynomial (for the vector kernels' copy of it).
     *
     * @param j the power, 0 to 13
     * @return {@code 1/j!} as {@link #portableExp} uses it
     */
    public static double expCoefficient(int j) {
        return EXP_TAYLOR[j];
    }

    private static double[] taylor() {
        double[] c = new double[14];
        java.math.BigDecimal factorial = java.math.BigDecimal.ONE;
        for (int j = 0; j < c.length; j++) {
            factorial = j == 0 ? factorial : factorial.multiply(java.math.BigDecimal.valueOf(j));
            c[j] = java.math.BigDecimal.ONE.divide(factorial, java.math.MathContext.DECIMAL128).doubleValue();
        }
        return c;
    }

    /**
     * A tabulated function of time: the value sampled at index {@code floor(t/dt)}, held until
     * the next sample and beyond the last one (Brian2's {@code TimedArray}). The small offset
     * keeps {@code t = k·dt} computed in floating point from falling into sample {@code k-1}.
     *
     * @param values the samples, in SI units
     * @param dt     the sampling interval in seconds
     * @param t      the time in seconds
     * @return the sample in force at {@code t}; the first one before 0
     */
    public static double table(double[] values, double dt, double t) {
        int k = (int) Math.floor(t / dt + 1e-9);
        return values[Math.max(0, Math.min(values.length - 1, k))];
    }

    /**
     * A per-neuron tabulated function stored row-major (time × neuron).
     *
     * @param values  the samples, in SI units, one row of {@code neurons} values per time
     * @param dt      the sampling interval in seconds
     * @param neurons the row length (a double, as generated code passes it)
     * @param t       the time in seconds
     * @param neuron  the neuron's index in the row
     * @return the neuron's sample in force at {@code t}
     */
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
     *
     * @param a     the n × n matrix A in SI units (per second); not changed
     * @param dt    the step in seconds
     * @param phi   receives {@code exp(A dt)}, n × n
     * @param gamma receives {@code ∫₀^dt exp(A s) ds} in seconds, n × n
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
