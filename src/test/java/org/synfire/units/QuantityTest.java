package org.synfire.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityTest {
    private static final Dimension VOLT = Units.volt.dimension();
    private static final Quantity RESTING = Units.mV.of(-65);
    private static final Quantity CURRENT = Units.nA.of(2);

    @Test
    void constructionStoresSi() {
        assertEquals(-0.065, RESTING.si());
        assertEquals(VOLT, RESTING.dimension());
        assertEquals(RESTING, Quantity.of(-65, Units.mV));
        assertEquals(RESTING, Quantity.si(-0.065, VOLT));
        assertTrue(Quantity.dimensionless(3).isDimensionless());
        assertTrue(RESTING.hasDimension(VOLT));
        assertFalse(RESTING.hasDimension(Dimension.CURRENT));
    }

    @Test
    void arithmeticCombinesValuesAndDimensions() {
        Quantity ten = Units.mV.of(10);
        assertEquals(-0.055, RESTING.plus(ten).si(), 1e-15);
        assertEquals(-0.075, RESTING.minus(ten).si(), 1e-15);
        Quantity current = Units.nS.of(10).multiply(Units.mV.of(20));
        assertEquals(Dimension.CURRENT, current.dimension());
        assertEquals(2e-10, current.si(), 1e-24);
        Quantity resistance = Units.mV.of(10).div(Units.nA.of(0.1));
        assertEquals(Units.ohm.dimension(), resistance.dimension());
        assertEquals(1e8, resistance.si(), 1e-6);
        assertEquals(-0.13, RESTING.multiply(2).si(), 1e-15);
        assertEquals(-0.0325, RESTING.div(2).si(), 1e-15);
        assertEquals(0.065, RESTING.negative().si());
        assertEquals(0.065, RESTING.abs().si());
        assertEquals(Units.um.power(2).dimension(), Units.um.of(3).power(2).dimension());
        assertEquals(9e-12, Units.um.of(3).power(2).si(), 1e-26);
        assertEquals(Dimension.LENGTH.power(-1), Units.um.of(3).power(-1).dimension());
        assertEquals(Dimension.DIMENSIONLESS, RESTING.power(0).dimension());
    }

    @Test
    void sqrtTakesTheRootOfTheDimension() {
        Quantity side = Units.parse("um^2").of(16).sqrt();
        assertEquals(Dimension.LENGTH, side.dimension());
        assertEquals(4e-6, side.si(), 1e-20);
        Quantity rootTime = Units.ms.of(4).sqrt();
        assertEquals(Dimension.TIME.root(2), rootTime.dimension());
        assertEquals(Math.sqrt(0.004), rootTime.si());
        assertEquals("0.0632456 s^0.5", rootTime.toString());
        assertEquals(VOLT.root(2), RESTING.sqrt().dimension());
        assertTrue(Double.isNaN(RESTING.sqrt().si()));
    }

    @Test
    void powerOfANumberTakesFractions() {
        Quantity noise = Units.second.of(4).power(-0.5);
        assertEquals(0.5, noise.si());
        assertEquals(Dimension.TIME.power(-1, 2), noise.dimension());
        assertEquals("0.5 s^-0.5", noise.toString());
        assertEquals(Units.um.of(3).power(2), Units.um.of(3).power(2.0));
        UnitException e = assertThrows(UnitException.class, () -> RESTING.power(0.3333));
        assertTrue(e.getMessage().startsWith("cannot raise volt to the power 0.3333"), e.getMessage());
    }

    @Test
    void addingDifferentDimensionsNamesBothSides() {
        UnitException e = assertThrows(UnitException.class, () -> RESTING.plus(CURRENT));
        assertEquals("cannot add -65 mV (volt) and 2 nA (amp): dimensions differ", e.getMessage());
    }

    @Test
    void subtractingAndComparingDifferentDimensionsNameBothSides() {
        UnitException minus = assertThrows(UnitException.class, () -> RESTING.minus(CURRENT));
        assertEquals("cannot subtract 2 nA (amp) from -65 mV (volt): dimensions differ",
                minus.getMessage());
        UnitException compare = assertThrows(UnitException.class, () -> RESTING.compareTo(CURRENT));
        assertEquals("cannot compare -65 mV (volt) with 2 nA (amp): dimensions differ",
                compare.getMessage());
        UnitException pure = assertThrows(UnitException.class,
                () -> Quantity.dimensionless(3).plus(CURRENT));
        assertEquals("cannot add 3 (dimensionless) and 2 nA (amp): dimensions differ",
                pure.getMessage());
    }

    @Test
    void compareOrdersBySiValue() {
        assertTrue(Units.mV.of(-70).compareTo(RESTING) < 0);
        assertTrue(Units.volt.of(1).compareTo(Units.mV.of(999)) > 0);
        assertEquals(0, Units.ms.of(1000).compareTo(Units.second.of(1)));
    }

    @Test
    void inExpressesTheValueInAUnit() {
        assertEquals(-65.0, RESTING.in(Units.mV));
        assertEquals(-0.065, RESTING.in(Units.volt));
        assertEquals(1.0, Units.parse("uF/cm^2").of(1).in(Units.parse("uF/cm^2")));
        assertEquals(0.01, Units.parse("uF/cm^2").of(1).in(Units.parse("F/m^2")));
        assertEquals(140.0, Quantity.parse("0.14 M").in(Units.mM), 1e-12);
        UnitException e = assertThrows(UnitException.class, () -> CURRENT.in(Units.mV));
        assertEquals("cannot express 2 nA (amp) in mV (volt)", e.getMessage());
    }

    @Test
    void equalityIsExactValueAndDimension() {
        assertEquals(Units.ms.of(10), Quantity.parse("10 ms"));
        assertEquals(Units.ms.of(10).hashCode(), Quantity.parse("10 ms").hashCode());
        assertNotEquals(Units.ms.of(10), Units.ms.of(10.000001));
        assertNotEquals(Quantity.si(1, Dimension.TIME), Quantity.si(1, Dimension.LENGTH));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "-0.065    | 2,1,-3,-1   | -65 mV",
        "0.01      | 0,0,1,0     | 10 ms",
        "5e-10     | 0,0,0,1     | 500 pA",
        "1.5e-9    | 0,0,0,1     | 1.5 nA",
        "15        | 0,0,-1,0    | 15 Hz",
        "2500      | 0,0,-1,0    | 2.5 kHz",
        "0.5       | 0,0,-1,0    | 0.5 Hz",
        "0.01      | -4,-1,4,2   | 1 uF/cm^2",
        "1200      | -4,-1,3,2   | 120 mS/cm^2",
        "0.1       | -2,0,0,1    | 10 uA/cm^2",
        "0         | 2,1,-3,-1   | 0 V",
        "1e8       | 2,1,-3,-2   | 100 Mohm",
        "140       | -3,0,0,0    | 140 mM",
        "5000      | 0,0,1,0     | 5000 s",
        "1.23456789| 2,1,-3,-1   | 1.23457 V",
        "0.9999996 | 2,1,-3,-1   | 1 V",
        "1e-20     | 0,0,0,1     | 1e-8 pA",
        "-2e-5     | 1,0,0,0     | -20 um",
        "70        | 0,1,0,0     | 70 kg",
        "2.5       | 4,2,-6,-2   | 2.5 m^4 kg^2 s^-6 A^-2",
    })
    void toStringPicksAReadableUnit(double si, String exponents, String expected) {
        String[] e = exponents.split(",");
        int mol = expected.endsWith("mM") ? 1 : 0;
        Dimension dimension = Dimension.of(Integer.parseInt(e[0]), Integer.parseInt(e[1]),
                Integer.parseInt(e[2]), Integer.parseInt(e[3]), 0, mol, 0);
        assertEquals(expected, Quantity.si(si, dimension).toString());
    }

    @Test
    void dimensionlessPrintsTheNumberOnly() {
        assertEquals("3.5", Quantity.dimensionless(3.5).toString());
        assertEquals("-0.25", Quantity.dimensionless(-0.25).toString());
        assertEquals("1.5e12", Quantity.dimensionless(1.5e12).toString());
        assertEquals("NaN", Quantity.dimensionless(Double.NaN).toString());
    }

    @Test
    void formatUsesTheGivenUnit() {
        assertEquals("-65 mV", Quantity.si(-0.065, VOLT).format(Units.mV));
        assertEquals("-0.065 V", RESTING.format(Units.volt));
        assertEquals("-65000 uV", RESTING.format(Units.uV));
        assertEquals("0.01 F/m^2", Units.parse("uF/cm^2").of(1).format(Units.parse("F/m^2")));
        assertEquals("3", Quantity.dimensionless(3).format(Units.one));
        assertThrows(UnitException.class, () -> RESTING.format(Units.nA));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "-65 mV      | -0.065 | volt",
        "10 ms       | 0.01   | second",
        "0.5 nA      | 5e-10  | amp",
        "1 uF/cm^2   | 0.01   | farad_per_area",
        "15 Hz       | 15     | hertz",
        "3           | 3      | none",
        "1.5e-3 V    | 0.0015 | volt",
        "-65mV       | -0.065 | volt",
        "  10   ms   | 0.01   | second",
        "+.5 nA      | 5e-10  | amp",
        "2E3 ms      | 2      | second",
        "1 1/s       | 1      | hertz",
    })
    void parseReadsNumberAndUnit(String text, double si, String dimension) {
        Quantity quantity = Quantity.parse(text);
        assertEquals(si, quantity.si(), Math.ulp(si), text);
        Dimension expected = switch (dimension) {
            case "volt" -> VOLT;
            case "second" -> Dimension.TIME;
            case "amp" -> Dimension.CURRENT;
            case "farad_per_area" -> Units.farad.dimension().divide(Dimension.LENGTH.power(2));
            case "hertz" -> Dimension.TIME.power(-1);
            default -> Dimension.DIMENSIONLESS;
        };
        assertEquals(expected, quantity.dimension(), text);
    }

    @Test
    void parseMatchesUnitOf() {
        assertEquals(Units.mV.of(-65), Quantity.parse("-65 mV"));
        assertEquals(Units.nA.of(0.5), Quantity.parse("0.5 nA"));
        assertEquals(Units.uF.divide(Units.cm.power(2)).of(1), Quantity.parse("1 uF/cm^2"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-65 mV", "10 ms", "500 pA", "1.5 nA", "15 Hz", "2.5 kHz", "1 uF/cm^2",
        "120 mS/cm^2", "0.3 mS/cm^2", "10 uA/cm^2", "35.4 ohm*cm", "0 V", "100 Mohm", "140 mM",
        "5000 s", "100 us", "3.5", "-0.25", "1e-8 pA", "70 kg", "-20 um", "12.5 nS", "250 pF",
        "2.5 m^4 kg^2 s^-6 A^-2", "1.5e12", "123.457 mV", "0.5 Hz", "-1.5 mV/ms", "0.5 s^-0.5",
        "3 m^2 kg s^-3.5 A^-1", "2 m^(1/3)"})
    void toStringOfParseIsTheSameText(String text) {
        Quantity quantity = Quantity.parse(text);
        assertEquals(text, quantity.toString());
        assertEquals(quantity, Quantity.parse(quantity.toString()));
    }

    @Test
    void parseOfToStringRoundTripsAcrossMagnitudes() {
        Dimension[] dimensions = {VOLT, Dimension.TIME, Dimension.CURRENT,
            Units.parse("mS/cm^2").dimension(), Dimension.DIMENSIONLESS, VOLT.power(2),
            VOLT.divide(Dimension.TIME.root(2))};
        for (Dimension dimension : dimensions) {
            for (int exponent = -15; exponent <= 12; exponent++) {
                for (double mantissa : new double[] {1, -2.5, 3.14159, 999.999}) {
                    Quantity quantity = Quantity.si(mantissa * Math.pow(10, exponent), dimension);
                    String text = quantity.toString();
                    Quantity back = Quantity.parse(text);
                    assertEquals(dimension, back.dimension(), text);
                    assertEquals(quantity.si(), back.si(), Math.abs(quantity.si()) * 5e-6, text);
                    assertEquals(text, back.toString());
                }
            }
        }
    }

    @Test
    void parseErrorsPointAtTheProblem() {
        UnitException missing = assertThrows(UnitException.class, () -> Quantity.parse("mV"));
        assertEquals("missing number in \"mV\"\n"
                + " mV\n"
                + " ^^\n"
                + "expected a number and a unit such as -65 mV, 10 ms, 0.5 nA, 1 uF/cm^2",
                missing.getMessage());
        UnitException unknown = assertThrows(UnitException.class, () -> Quantity.parse("-65 mVV"));
        assertEquals("unknown unit 'mVV' in \"-65 mVV\"\n"
                + " -65 mVV\n"
                + "     ^^^\n"
                + "expected a unit such as mV, ms, nA, uF/cm^2", unknown.getMessage());
        UnitException trailing = assertThrows(UnitException.class, () -> Quantity.parse("10 ms 5"));
        assertTrue(trailing.getMessage().startsWith("unexpected '5'"), trailing.getMessage());
        assertTrue(trailing.getMessage().contains("\n       ^\n"), trailing.getMessage());
        assertThrows(UnitException.class, () -> Quantity.parse(""));
        assertThrows(UnitException.class, () -> Quantity.parse("- 65 mV"));
    }
}
