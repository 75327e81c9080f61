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
                assertEquals(base == i ? 1 : 0, bases[base].exponent(i), "base " + base + " index " + i);
            }
        }
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
    void rootOfOddExponentNamesTheDimension() {
        UnitException e = assertThrows(UnitException.class, () -> VOLT.root(2));
        assertTrue(e.getMessage().contains("volt"), e.getMessage());
        assertTrue(e.getMessage().contains("m^2 kg s^-3 A^-1"), e.getMessage());
        assertTrue(e.getMessage().contains("not divisible by 2"), e.getMessage());
        assertThrows(UnitException.class, () -> Dimension.LENGTH.root(0));
    }

    @Test
    void exponentOverflowIsAUnitError() {
        Dimension huge = Dimension.of(Integer.MAX_VALUE, 0, 0, 0, 0, 0, 0);
        assertThrows(UnitException.class, () -> huge.times(Dimension.LENGTH));
        assertThrows(UnitException.class, () -> huge.power(2));
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
}
