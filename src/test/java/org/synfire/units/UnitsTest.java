package org.synfire.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnitsTest {
    private static final Dimension VOLT = Dimension.of(2, 1, -3, -1, 0, 0, 0);
    private static final Dimension SIEMENS = Dimension.of(-2, -1, 3, 2, 0, 0, 0);
    private static final Dimension FARAD = Dimension.of(-2, -1, 4, 2, 0, 0, 0);
    private static final Dimension CONCENTRATION = Dimension.of(-3, 0, 0, 0, 0, 1, 0);

    private static Unit lookup(String name) {
        return Units.lookup(name).orElseThrow(() -> new AssertionError("no unit " + name));
    }

    @Test
    void caseDistinguishesAmbiguousNames() {
        assertSame(Units.metre, lookup("m"));
        assertSame(Units.mm, lookup("mm"));
        assertSame(Units.molar, lookup("M"));
        assertSame(Units.mM, lookup("mM"));
        assertSame(Units.ms, lookup("ms"));
        assertSame(Units.mS, lookup("mS"));
        assertEquals(Dimension.LENGTH, lookup("Mm").dimension());
        assertEquals(1e6, lookup("Mm").scale());
        assertEquals(1e9, lookup("MM").scale());
        assertEquals(CONCENTRATION, lookup("MM").dimension());
    }

    @Test
    void wholeNamesWinOverPrefixes() {
        assertEquals(Dimension.LUMINOSITY, lookup("cd").dimension());
        assertEquals(Dimension.of(-1, 1, -2, 0, 0, 0, 0), lookup("Pa").dimension());
        assertSame(Units.pA, lookup("pA"));
        assertSame(Units.mole, lookup("mol"));
        assertEquals(1e-3, lookup("mmol").scale());
    }

    @ParameterizedTest
    @CsvSource({
        "mV, mV", "mvolt, mV", "millivolt, mV", "volt, V", "V, V", "uV, uV",
        "amp, A", "ampere, A", "nA, nA", "namp, nA", "pamp, pA", "uamp, uA", "mA, mA",
        "ohm, ohm", "Ohm, ohm", "Ω, ohm", "kohm, kohm", "Mohm, Mohm", "MOhm, Mohm", "MΩ, Mohm",
        "megaohm, Mohm", "Gohm, Gohm",
        "S, S", "siemens, S", "msiemens, mS", "nsiemens, nS", "usiemens, uS", "nS, nS", "pS, pS",
        "uF, uF", "ufarad, uF", "pfarad, pF", "nfarad, nF", "µF, uF", "μF, uF",
        "s, s", "second, s", "msecond, ms", "usecond, us", "us, us", "microsecond, us",
        "Hz, Hz", "hertz, Hz", "kHz, kHz", "kilohertz, kHz",
        "metre, m", "meter, m", "cm, cm", "cmetre, cm", "um, um", "µm, um", "umetre, um",
        "micrometre, um", "mm, mm",
        "mol, mol", "mole, mol", "molar, M", "mmolar, mM", "uM, uM", "umolar, uM", "nM, nM",
        "kelvin, K", "K, K", "kg, kg", "kilogram, kg", "g, g", "gram, g",
        "l, l", "L, l", "litre, l", "liter, l", "C, C", "coulomb, C", "J, J", "W, W",
    })
    void lookupFindsSymbolsAndLongForms(String name, String canonicalSymbol) {
        Unit unit = lookup(name);
        assertEquals(canonicalSymbol, unit.symbol());
        assertEquals(Units.parse(canonicalSymbol), unit);
    }

    @Test
    void lookupReturnsTheSharedConstants() {
        assertSame(Units.mV, lookup("mvolt"));
        assertSame(Units.kilogram, lookup("kg"));
        assertSame(Units.um, lookup("µm"));
        assertSame(Units.Hz, lookup("hertz"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "mVV", "volts", "mkg", "x", "mV/ms", "m s", "Mv", "da", "h", "1"})
    void lookupRejectsNonNames(String name) {
        assertEquals(Optional.empty(), Units.lookup(name));
    }

    @Test
    void everyPrefixOnEveryBaseSymbolMeansThatPrefix() {
        Map<String, Unit> bases = Map.of("V", Units.volt, "A", Units.amp, "ohm", Units.ohm,
                "S", Units.siemens, "F", Units.farad, "s", Units.second, "Hz", Units.hertz,
                "m", Units.metre, "mol", Units.mole, "M", Units.molar);
        Map<String, Unit> moreBases = Map.of("K", Units.kelvin, "g", Units.gram, "l", Units.litre);
        for (Map<String, Unit> table : List.of(bases, moreBases)) {
            for (Map.Entry<String, Unit> base : table.entrySet()) {
                for (Prefix prefix : Prefix.values()) {
                    String name = prefix.symbols().get(0) + base.getKey();
                    Unit unit = lookup(name);
                    assertEquals(base.getValue().dimension(), unit.dimension(), name);
                    assertEquals(base.getValue().scale() * Math.pow(10, prefix.exponent()),
                            unit.scale(), Math.ulp(unit.scale()) * 4, name);
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "uF/cm^2   | 0.01  | farad_per_area",
        "uF/cm2    | 0.01  | farad_per_area",
        "mS/cm**2  | 10    | siemens_per_area",
        "mS/cm^2   | 10    | siemens_per_area",
        "uA/cm^2   | 0.01  | amp_per_area",
        "nA        | 1e-9  | amp",
        "1/s       | 1     | hertz",
        "m*s^-1    | 1     | speed",
        "m s^-1    | 1     | speed",
        "volt      | 1     | volt",
        "mV/ms     | 1     | volt_per_second",
        "mV / ms   | 1     | volt_per_second",
        "(mV/ms)   | 1     | volt_per_second",
        "mM        | 1     | concentration",
        "nS        | 1e-9  | siemens",
        "kHz       | 1000  | hertz",
        "ms        | 0.001 | second",
        "1         | 1     | none",
        "mV**-1    | 1000  | per_volt",
        "ohm*cm    | 0.01  | resistivity",
        "m^2 kg s^-3 A^-1 | 1 | volt",
        "s^-0.5           | 1 | noise",
        "second**-0.5     | 1 | noise",
        "s ** (-1/2)      | 1 | noise",
        "Hz^(1/2)         | 1 | noise",
        "Hz^+0.50         | 1 | noise",
        "volt/second**0.5 | 1 | volt_per_root_second",
        "mV/s^0.5         | 1e-3 | volt_per_root_second",
        "us^0.5           | 1e-3 | root_second",
        "s**(0.5)         | 1 | root_second",
        "(mV/ms)^0.5      | 1 | root_volt_per_second",
        "m^2 kg s^-3.5 A^-1 | 1 | volt_per_root_second",
    })
    void parseGivesScaleAndDimension(String expression, double scale, String dimension) {
        Unit unit = Units.parse(expression);
        assertEquals(scale, unit.scale(), Math.ulp(scale), expression);
        Dimension area = Dimension.LENGTH.power(2);
        Dimension expected = Map.ofEntries(
                Map.entry("farad_per_area", FARAD.divide(area)),
                Map.entry("siemens_per_area", SIEMENS.divide(area)),
                Map.entry("amp_per_area", Dimension.CURRENT.divide(area)),
                Map.entry("amp", Dimension.CURRENT),
                Map.entry("hertz", Dimension.TIME.power(-1)),
                Map.entry("speed", Dimension.LENGTH.divide(Dimension.TIME)),
                Map.entry("volt", VOLT),
                Map.entry("volt_per_second", VOLT.divide(Dimension.TIME)),
                Map.entry("concentration", CONCENTRATION),
                Map.entry("siemens", SIEMENS),
                Map.entry("second", Dimension.TIME),
                Map.entry("none", Dimension.DIMENSIONLESS),
                Map.entry("per_volt", VOLT.power(-1)),
                Map.entry("resistivity", VOLT.divide(Dimension.CURRENT).times(Dimension.LENGTH)),
                Map.entry("noise", Dimension.TIME.power(-1, 2)),
                Map.entry("root_second", Dimension.TIME.root(2)),
                Map.entry("volt_per_root_second", VOLT.divide(Dimension.TIME.root(2))),
                Map.entry("root_volt_per_second", VOLT.divide(Dimension.TIME).root(2)))
                .get(dimension);
        assertEquals(expected, unit.dimension(), expression);
    }

    @Test
    void parsedScalesAreExactPowersOfTen() {
        assertEquals(0.01, Units.parse("uF/cm^2").scale());
        assertEquals(10.0, Units.parse("mS/cm^2").scale());
        assertEquals(1e-3, Units.parse("mV").scale());
    }

    @Test
    void parseRebuildsCanonicalSymbols() {
        assertEquals("mV/ms", Units.parse("mvolt / msecond").symbol());
        assertEquals("uF/cm^2", Units.parse("µF/cm**2").symbol());
        assertEquals("uF/cm^2", Units.parse("ufarad/cmetre^2").symbol());
        assertSame(Units.nA, Units.parse("nA"));
    }

    @Test
    void unknownUnitIsMarkedWithCarets() {
        UnitException e = assertThrows(UnitException.class, () -> Units.parse("mVV/ms"));
        assertEquals("unknown unit 'mVV' in \"mVV/ms\"\n"
                + " mVV/ms\n"
                + " ^^^\n"
                + "expected a unit such as mV, ms, nA, uF/cm^2", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "mV/msx    | unknown unit 'msx'   | '    ^^^'",
        "mV/       | missing unit         | '    ^'",
        "(mV/ms    | unclosed '('         | ' ^'",
        "mV)       | unmatched ')'        | '   ^'",
        "cm^       | missing power        | '    ^'",
        "cm^x      | missing power        | '    ^'",
        "s^0.3333  | power 0.3333 is 3333/10000, whose denominator is above 12 | '   ^^^^^^'",
        "s**(1/13) | power (1/13) is 1/13, whose denominator is above 12     | '    ^^^^^^'",
        "s^(1/0)   | power (1/0) divides by zero | '   ^^^^^'",
        "s^(1/2    | unclosed '('         | '   ^'",
        "s^(/2)    | missing power after '^('    | '    ^'",
        "s^.5      | missing power after '^'     | '   ^'",
        "ms^0.5    | cannot raise ms to the power 0.5: its scale 10^-3 would become 10^-1.5 | ' ^^^^^^'",
        "2/s       | unexpected number '2'| ' ^'",
        "mV # x    | unexpected '#'       | '    ^'",
        "*mV       | unexpected '*'       | ' ^'",
        "m2s       | unknown unit 'm2s'   | ' ^^^'",
        "m^99999999999 | too large        | '   ^^^^^^^^^^^'",
    })
    void parseErrorsPointAtTheProblem(String text, String problem, String carets) {
        UnitException e = assertThrows(UnitException.class, () -> Units.parse(text));
        String[] lines = e.getMessage().split("\n");
        assertEquals(4, lines.length, e.getMessage());
        assertTrue(lines[0].contains(problem), e.getMessage());
        assertTrue(lines[0].endsWith("in \"" + text + "\""), e.getMessage());
        assertEquals(" " + text, lines[1]);
        assertEquals(carets, lines[2], e.getMessage());
        assertTrue(lines[3].startsWith("expected "), e.getMessage());
    }

    @Test
    void malformedPowerSaysWhichPowersAreAllowed() {
        UnitException e = assertThrows(UnitException.class, () -> Units.parse("volt/second**0.3333"));
        assertEquals("power 0.3333 is 3333/10000, whose denominator is above 12 in \"volt/second**0.3333\"\n"
                + " volt/second**0.3333\n"
                + "              ^^^^^^\n"
                + "expected a power such as ^2, ^-1, ^0.5 or ^(1/3) (a whole number or a fraction with a "
                + "denominator up to 12)", e.getMessage());
    }

    @Test
    void fractionalBaseFormsReadBack() {
        Dimension[] dimensions = {Dimension.TIME.power(-1, 2), VOLT.divide(Dimension.TIME.root(2)),
            Dimension.LENGTH.root(3), SIEMENS.power(-3, 4), FARAD.power(5, 12).times(Dimension.MASS.power(1, 6))};
        for (Dimension dimension : dimensions) {
            Unit unit = Units.parse(dimension.baseForm());
            assertEquals(dimension, unit.dimension(), dimension.baseForm());
            assertEquals(1.0, unit.scale(), dimension.baseForm());
        }
    }

    @Test
    void emptyExpressionIsAnError() {
        UnitException e = assertThrows(UnitException.class, () -> Units.parse("  "));
        assertTrue(e.getMessage().startsWith("missing unit"), e.getMessage());
    }

    @Test
    void preferredUnitsFollowNeuronAndBrian() {
        Dimension area = Dimension.LENGTH.power(2);
        assertEquals("uF/cm^2", Units.preferredUnit(FARAD.divide(area)).symbol());
        assertEquals("mS/cm^2", Units.preferredUnit(SIEMENS.divide(area)).symbol());
        assertEquals("uA/cm^2", Units.preferredUnit(Dimension.CURRENT.divide(area)).symbol());
        assertSame(Units.volt, Units.preferredUnit(VOLT));
        assertSame(Units.molar, Units.preferredUnit(CONCENTRATION));
        assertSame(Units.one, Units.preferredUnit(Dimension.DIMENSIONLESS));
        Unit baseForm = Units.preferredUnit(VOLT.power(2));
        assertEquals("m^4 kg^2 s^-6 A^-2", baseForm.symbol());
        assertEquals(1.0, baseForm.scale());
        assertEquals("s^-0.5", Units.preferredUnit(Dimension.TIME.power(-1, 2)).symbol());
    }

    @Test
    void displayUnitPicksPrefixes() {
        assertSame(Units.ms, Units.displayUnit(Quantity.si(0.01, Dimension.TIME)));
        assertSame(Units.second, Units.displayUnit(Quantity.si(5000, Dimension.TIME)));
        assertSame(Units.kHz, Units.displayUnit(Quantity.si(2500, Dimension.TIME.power(-1))));
        assertSame(Units.Hz, Units.displayUnit(Quantity.si(0.5, Dimension.TIME.power(-1))));
        assertSame(Units.mM, Units.displayUnit(Quantity.si(140, CONCENTRATION)));
        assertSame(Units.kilogram, Units.displayUnit(Quantity.si(70, Dimension.MASS)));
        assertSame(Units.volt, Units.displayUnit(Quantity.si(0, VOLT)));
    }
}
