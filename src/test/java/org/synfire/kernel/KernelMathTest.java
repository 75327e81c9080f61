package org.synfire.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The portable exponential of the vector kernels against {@code StrictMath.exp} (fdlibm, under
 * 1 ulp). Bound: 1 ulp of our own (rounding of the last fma and of the polynomial, the
 * truncation is below 4e-18) plus 1 ulp of the reference, i.e. 2 ulp = 4.4e-16 relative; it
 * measures 2.2e-16.
 */
class KernelMathTest {
    private static final double ULP_1 = Math.ulp(1.0);

    @Test
    void portableExpIsWithinTwoUlpOverTheWholeNormalRange() {
        SplittableRandom random = new SplittableRandom(7);
        double worst = 0;
        double worstAt = 0;
        for (int k = 0; k < 2_000_000; k++) {
            // Half the points uniform over the normal range, half where neuron models live (|x| < 2).
            double x = k % 2 == 0 ? random.nextDouble(-708, 709.78) : random.nextDouble(-2, 2);
            double error = Math.abs(KernelMath.portableExp(x) / StrictMath.exp(x) - 1);
            if (error > worst) {
                worst = error;
                worstAt = x;
            }
        }
        assertTrue(worst <= 2 * ULP_1, "max relative error " + worst + " at x = " + worstAt);
    }

    @Test
    void portableExpIsExactWhereTheResultIsExact() {
        assertEquals(1.0, KernelMath.portableExp(0.0));
        assertEquals(1.0, KernelMath.portableExp(-0.0));
        // e^(k ln 2) rounds to 2^k only up to the error of k·ln2 itself; check the reduction lands on k.
        for (int k = -1000; k <= 1000; k += 37) {
            double x = k * Math.log(2);
            assertEquals(StrictMath.exp(x), KernelMath.portableExp(x), 2 * Math.ulp(StrictMath.exp(x)), "x = " + x);
        }
    }

    @Test
    void portableExpHandlesSpecialValues() {
        assertEquals(0.0, KernelMath.portableExp(-746));
        assertEquals(0.0, KernelMath.portableExp(-1e300));
        assertEquals(0.0, KernelMath.portableExp(Double.NEGATIVE_INFINITY));
        assertEquals(Double.POSITIVE_INFINITY, KernelMath.portableExp(709.79));
        assertEquals(Double.POSITIVE_INFINITY, KernelMath.portableExp(1e300));
        assertEquals(Double.POSITIVE_INFINITY, KernelMath.portableExp(Double.POSITIVE_INFINITY));
        assertTrue(Double.isNaN(KernelMath.portableExp(Double.NaN)));
        assertTrue(Double.isNaN(KernelMath.portableExprel(Double.NaN)));
        assertEquals(Math.exp(709.78), KernelMath.portableExp(709.78), 2 * Math.ulp(Math.exp(709.78)), "largest finite results");
    }

    @Test
    void subnormalResultsAreWithinOneUnitOfTheLastPlace() {
        for (double x = -745.1; x < -708.4; x += 0.173) {
            assertEquals(StrictMath.exp(x), KernelMath.portableExp(x), 2 * Double.MIN_VALUE + 2 * Math.ulp(StrictMath.exp(x)), "x = " + x);
        }
    }

    @Test
    void portableExprelAgreesWithExprel() {
        // Away from 0 exprel is (e^x - 1)/x, whose cancellation turns an ulp of exp into 1/|x| ulp,
        // 100 ulp (2.2e-14) at the Taylor switch |x| = 0.01; the Taylor branch is the same code.
        SplittableRandom random = new SplittableRandom(3);
        for (int k = 0; k < 200_000; k++) {
            double x = k % 2 == 0 ? random.nextDouble(-0.5, 0.5) : random.nextDouble(-50, 50);
            double expected = KernelMath.exprel(x);
            assertEquals(expected, KernelMath.portableExprel(x), 2.5e-14 * Math.abs(expected), "x = " + x);
        }
        assertEquals(1.0, KernelMath.portableExprel(0.0));
        assertEquals(KernelMath.exprel(0.009), KernelMath.portableExprel(0.009));
    }
}
