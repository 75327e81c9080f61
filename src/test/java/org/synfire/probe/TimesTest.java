package org.synfire.probe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.synfire.units.Units;

/** Recorded times are the decimals step·dt, in every unit, however binary floating point would multiply them. */
class TimesTest {

    @Test
    void stepsOfADecimalDtReadAsThatDecimalInEveryUnit() {
        int[] steps = IntStream.range(0, 2_000_000).toArray();
        double[] ms = Times.ofSteps(steps, 1e-4).in(Units.ms);
        double[] s = Times.ofSteps(steps, 1e-4).in(Units.second);
        for (int k = 0; k < steps.length; k++) {
            // k / 10 and k / 10000 are correctly rounded divisions of exact integers: the doubles nearest to the decimals.
            assertEquals(k / 10.0, ms[k], 0, "step " + k + " in ms");
            assertEquals(k / 10000.0, s[k], 0, "step " + k + " in s");
        }
        assertEquals("0.3", Double.toString(Times.ofSteps(new int[] {3000}, 1e-4).in(0, Units.second)));
        assertEquals("199.9", Double.toString(Times.ofSteps(new int[] {1999}, 1e-4).in(0, Units.ms)));
    }

    @Test
    void dtsThatAreNoPowerOfTenAndUnitsAboveTheStepWorkToo() {
        assertArrayEquals(new double[] {0, 0.3, 0.6, 0.9, 299.7}, Times.ofSteps(new int[] {0, 1, 2, 3, 999}, 0.3e-3).in(Units.ms), 0);
        assertArrayEquals(new double[] {0.0125, 2500}, Times.ofSteps(new int[] {1, 200_000}, 0.0125).in(Units.second), 0);
        assertArrayEquals(new double[] {12.5, 2_500_000}, Times.ofSteps(new int[] {1, 200_000}, 0.0125).in(Units.ms), 0);
    }

    @Test
    void timesGivenInAUnitKeepTheirDigitsThereAndMoveByTheirDecimals() {
        Times given = Times.of(new double[] {1.1, 0.3, 199.9}, Units.ms);
        assertArrayEquals(new double[] {1.1, 0.3, 199.9}, given.in(Units.ms), 0);
        assertArrayEquals(new double[] {0.0011, 0.0003, 0.1999}, given.in(Units.second), 0);
        assertArrayEquals(new double[] {0.3, 199.9}, given.select(new int[] {1, 2}).in(Units.ms), 0);
        assertThrows(RuntimeException.class, () -> given.in(Units.mV), "a unit of time is needed");
    }
}
