package org.synfire.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UnitTest {
    @Test
    void composedSymbolsReadBackToTheSameUnit() {
        Unit[] units = {
            Units.uF.divide(Units.cm.power(2)),
            Units.mV.divide(Units.ms),
            Units.mV.divide(Units.ms.times(Units.cm)),
            Units.mV.divide(Units.ms).power(2),
            Units.one.divide(Units.second),
            Units.ohm.times(Units.cm),
            Units.nA.divide(Units.mV.divide(Units.ms)),
            Units.cm.power(2).power(-1),
            Units.second.power(-1, 2),
            Units.mV.divide(Units.second.power(1, 2)),
            Units.um.power(1, 2),
            Units.volt.divide(Units.metre.power(2, 3)),
            Units.mV.divide(Units.ms).power(3, 2),
        };
        for (Unit unit : units) {
            assertEquals(unit, Units.parse(unit.symbol()), unit.symbol());
        }
        assertEquals("uF/cm^2", units[0].symbol());
        assertEquals("mV/(ms*cm)", units[2].symbol());
        assertEquals("(mV/ms)^2", units[3].symbol());
        assertEquals("1/s", units[4].symbol());
        assertEquals("s^-0.5", units[8].symbol());
        assertEquals("mV/s^0.5", units[9].symbol());
        assertEquals("V/(m^(2/3))", units[11].symbol());
        assertEquals("(mV/ms)^1.5", units[12].symbol());
    }

    @Test
    void fractionalPowersKeepScalesExactPowersOfTen() {
        Unit noise = Units.second.power(-1, 2);
        assertEquals(1.0, noise.scale());
        assertEquals(Dimension.TIME.power(-1).root(2), noise.dimension());
        assertEquals(1e-3, Units.um.power(1, 2).scale());
        assertEquals(Units.um.power(1, 2), Units.um.power(2, 4));
        assertSame(Units.cm, Units.cm.power(2, 2));
        assertSame(Units.one, Units.mV.power(0, 3));
        UnitException e = assertThrows(UnitException.class, () -> Units.ms.power(1, 2));
        assertEquals("cannot raise ms to the power 0.5: its scale 10^-3 would become 10^-1.5, which is not a "
                + "power of ten; raise the unprefixed unit instead", e.getMessage());
        UnitException third = assertThrows(UnitException.class, () -> Units.cm.power(1, 3));
        assertTrue(third.getMessage().contains("10^(-2/3)"), third.getMessage());
    }

    @Test
    void compositionCombinesScaleAndDimension() {
        Unit perArea = Units.uF.divide(Units.cm.power(2));
        assertEquals(0.01, perArea.scale());
        assertEquals(Units.farad.dimension().divide(Dimension.LENGTH.power(2)), perArea.dimension());
        assertEquals(1.0, Units.mV.divide(Units.ms).scale());
        assertEquals(1e-4, Units.cm.power(2).scale());
        assertEquals(Units.siemens.dimension(), Units.amp.divide(Units.volt).dimension());
    }

    @Test
    void dimensionlessUnitIsNeutral() {
        assertSame(Units.mV, Units.mV.times(Units.one));
        assertSame(Units.mV, Units.one.times(Units.mV));
        assertSame(Units.mV, Units.mV.divide(Units.one));
        assertSame(Units.one, Units.mV.power(0));
        assertSame(Units.mV, Units.mV.power(1));
    }

    @Test
    void ofConvertsToSi() {
        assertEquals(-0.065, Units.mV.of(-65).si());
        assertEquals(0.01, Units.ms.of(10).si());
        assertEquals(1000.0, Units.molar.of(1).si());
        assertEquals(1.0, Units.kilogram.of(1).si());
        assertEquals(0.001, Units.litre.of(1).si());
    }

    @Test
    void wholeNumbersConvertToTheNearestSiDouble() {
        // Multiplying by the inexact double 1e-3 would be off by one ulp for some of these.
        for (int k = -2000; k <= 2000; k++) {
            assertEquals(Double.parseDouble(k + "e-3"), Units.mV.of(k).si(), "mV " + k);
            assertEquals(Double.parseDouble(k + "e-12"), Units.pA.of(k).si(), "pA " + k);
            assertEquals(Double.parseDouble(k + "e-2"), Units.parse("uF/cm^2").of(k).si(), "uF/cm^2 " + k);
            assertEquals(k, Units.mV.of(k).in(Units.mV), Math.ulp(1024.0), "mV " + k);
        }
    }

    @Test
    void equalityIncludesSymbolScaleAndDimension() {
        assertEquals(Units.mV, Units.lookup("mvolt").orElseThrow());
        assertNotEquals(Units.mV, Units.uV);
        assertNotEquals(Units.ms, Units.mS);
        assertEquals("mV", Units.mV.toString());
    }
}
