package org.synfire.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DimensionTest {
    private static final Dimension VOLT = Dimension.of(2, 1, -3, -1, 0, 0, 0);

    @Test
    void baseConstantsHaveOneUnitExponentInSiOrder() {
        Dimension[] bases = {Dimension.LENGTH, Dimension.MASS, Dimension.TIME, Dimension.CURRENT,
            Dimension.TEMPERATURE, Dimension.AMOUNT, Dimension.LUMINOSITY};
        for (int base = 0; base < bases.length; base++) {
            for (int i = 0; i < 7; i++) {
                assertEquals(base == i ? 1.0 : 0.0, bases[base].exponent(i), "base " + base + " index " + i);
            }
        }
        assertEquals(-0.5, Dimension.TIME.power(-1, 2).exponent(2));
        assertThrows(IndexOutOfBoundsException.class, () -> Dimension.LENGTH.exponent(7));
    }

    @Test
    void algebraAddsSubtractsAndMultipliesExponents() {
        Dimension watt = VOLT.times(Dimension.CURRENT);
        assertEquals(Dimension.of(2, 1, -3, 0, 0, 0, 0), watt);
        assertEquals(VOLT, watt.divide(Dimension.CURRENT));
        Dimension ohm = VOLT.divide(Dimension.CURRENT);
        assertEquals(Dimension.of(-2, -1, 3, 2, 0, 0, 0), ohm.power(-1));
        assertEquals(Dimension.DIMENSIONLESS, VOLT.power(0));
        assertEquals(Dimension.DIMENSIONLESS, VOLT.divide(VOLT));
        assertEquals(Dimension.of(4, 2, -6, -2, 0, 0, 0), VOLT.power(2));
        assertEquals(VOLT, VOLT.power(2).root(2));
        assertEquals(Dimension.LENGTH, Dimension.LENGTH.power(3).root(3));
    }

    @Test
    void rootsOfOddExponentsAreFractions() {
        Dimension hertz = Dimension.TIME.power(-1);
        Dimension noise = hertz.root(2);
        assertEquals("s^-0.5", noise.toString());
        assertEquals(hertz, noise.power(2));
        assertEquals("hertz", noise.power(2).toString());
        assertEquals(Dimension.TIME, Dimension.TIME.root(2).times(Dimension.TIME.root(2)));
        assertEquals("m kg^0.5 s^-1.5 A^-0.5", VOLT.root(2).baseForm());
        assertEquals(VOLT, VOLT.root(6).power(6));
        assertEquals(Dimension.LENGTH.root(3), Dimension.LENGTH.root(6).power(2));
        assertEquals(noise, Dimension.TIME.root(2).divide(Dimension.TIME));
    }

    @Test
    void rootOfNonPositiveDegreeNamesTheDimension() {
        UnitException e = assertThrows(UnitException.class, () -> VOLT.root(0));
        assertEquals("cannot take root 0 of volt: the degree of a root must be positive", e.getMessage());
        assertThrows(UnitException.class, () -> Dimension.LENGTH.root(-2));
    }

    @Test
    void rationalPowersAreExactAndInLowestTerms() {
        Dimension half = Dimension.TIME.power(1, 2);
        assertEquals(half, Dimension.TIME.power(2, 4));
        assertEquals(half.hashCode(), Dimension.TIME.power(2, 4).hashCode());
        assertEquals(half, Dimension.TIME.power(-1, -2));
        assertEquals(half, Dimension.TIME.root(2));
        assertEquals(Dimension.TIME.power(3), Dimension.TIME.power(6, 2));
        assertEquals(Dimension.DIMENSIONLESS, VOLT.power(0, 5));
        assertNotEquals(half, Dimension.TIME.power(1, 3));
        assertEquals(Dimension.LENGTH.power(-2, 3), Dimension.LENGTH.power(2, 3).power(-1));
        UnitException e = assertThrows(UnitException.class, () -> VOLT.power(1, 0));
        assertEquals("cannot raise volt to the power 1/0: the denominator of a power must not be zero",
                e.getMessage());
    }

    @Test
    void powerOfANumberReadsSmallFractions() {
        assertEquals(Dimension.TIME.power(-1, 2), Dimension.TIME.power(-0.5));
        assertEquals(Dimension.TIME.power(2), Dimension.TIME.power(2.0));
        assertEquals(Dimension.TIME.root(3), Dimension.TIME.power(1.0 / 3));
        // 1 - 1/3 is one ulp away from the double nearest 2/3 and still means 2/3.
        assertEquals(Dimension.TIME.power(2, 3), Dimension.TIME.power(1 - 1.0 / 3));
        assertEquals(Dimension.TIME.power(7, 12), Dimension.TIME.power(7.0 / 12));
        UnitException e = assertThrows(UnitException.class, () -> VOLT.power(0.3333));
        assertEquals("cannot raise volt to the power 0.3333: the power must be a whole number or a fraction "
                + "with a denominator up to 12, such as 2, -1, 0.5 or 1/3", e.getMessage());
        assertThrows(UnitException.class, () -> VOLT.power(1.0 / 13));
        assertThrows(UnitException.class, () -> VOLT.power(Double.NaN));
        assertThrows(UnitException.class, () -> VOLT.power(Double.POSITIVE_INFINITY));
        assertThrows(UnitException.class, () -> VOLT.power(1e10));
    }

    @Test
    void exponentOverflowIsAUnitError() {
        Dimension huge = Dimension.of(Integer.MAX_VALUE, 0, 0, 0, 0, 0, 0);
        assertThrows(UnitException.class, () -> huge.times(Dimension.LENGTH));
        assertThrows(UnitException.class, () -> huge.power(2));
        assertThrows(UnitException.class, () -> huge.power(3, 2));
        UnitException e = assertThrows(UnitException.class,
                () -> Dimension.TIME.root(65536).times(Dimension.LENGTH.root(65537)));
        assertTrue(e.getMessage().endsWith("has an exponent beyond int range"), e.getMessage());
        assertThrows(UnitException.class, () -> Dimension.TIME.root(Integer.MAX_VALUE).root(2));
    }

    @Test
    void dimensionlessIsOnlyAllZero() {
        assertTrue(Dimension.DIMENSIONLESS.isDimensionless());
        assertTrue(Dimension.of(0, 0, 0, 0, 0, 0, 0).isDimensionless());
        assertFalse(Dimension.LUMINOSITY.isDimensionless());
    }

    @Test
    void equalityIsByExponents() {
        assertEquals(Dimension.of(0, 0, 1, 0, 0, 0, 0), Dimension.TIME);
        assertEquals(Dimension.of(0, 0, 1, 0, 0, 0, 0).hashCode(), Dimension.TIME.hashCode());
        assertEquals(Dimension.TIME.power(2).root(2).hashCode(), Dimension.TIME.hashCode());
        assertNotEquals(Dimension.TIME, Dimension.TIME.power(-1));
        assertNotEquals(Dimension.LENGTH, Dimension.MASS);
    }

    @Test
    void toStringNamesSiUnits() {
        assertEquals("volt", VOLT.toString());
        assertEquals("amp", Dimension.CURRENT.toString());
        assertEquals("second", Dimension.TIME.toString());
        assertEquals("hertz", Dimension.TIME.power(-1).toString());
        assertEquals("siemens", Dimension.of(-2, -1, 3, 2, 0, 0, 0).toString());
        assertEquals("farad", Dimension.of(-2, -1, 4, 2, 0, 0, 0).toString());
        assertEquals("ohm", VOLT.divide(Dimension.CURRENT).toString());
        assertEquals("coulomb", Dimension.CURRENT.times(Dimension.TIME).toString());
        assertEquals("metre", Dimension.LENGTH.toString());
        assertEquals("kilogram", Dimension.MASS.toString());
    }

    @Test
    void toStringFallsBackToBaseForm() {
        assertEquals("1", Dimension.DIMENSIONLESS.toString());
        assertEquals("m^-2 kg^-1 s^4 A^2", Dimension.of(-2, -1, 4, 2, 0, 0, 0).baseForm());
        assertEquals("m^-4 kg^-1 s^4 A^2", Dimension.of(-4, -1, 4, 2, 0, 0, 0).toString());
        assertEquals("m^-3 mol", Dimension.of(-3, 0, 0, 0, 0, 1, 0).toString());
        assertEquals("K cd", Dimension.TEMPERATURE.times(Dimension.LUMINOSITY).toString());
    }

    @Test
    void baseFormWritesHalvesAsDecimalsAndThirdsAsFractions() {
        assertEquals("m^2 kg s^-3.5 A^-1", VOLT.divide(Dimension.TIME.root(2)).toString());
        assertEquals("s^1.5", Dimension.TIME.power(3, 2).baseForm());
        assertEquals("s^0.25", Dimension.TIME.power(1, 4).baseForm());
        assertEquals("m^(1/3)", Dimension.LENGTH.root(3).baseForm());
        assertEquals("m^(-2/3) s^0.5", Dimension.LENGTH.power(-2, 3).times(Dimension.TIME.root(2)).baseForm());
    }
}
