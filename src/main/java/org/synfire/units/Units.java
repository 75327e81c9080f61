package org.synfire.units;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Named units, lookup of unit names and parsing of unit expressions. Thread-safe: everything here
 * is immutable.
 *
 * <p>Names follow the SI symbols ({@code mV}, {@code nA}, {@code uF}, {@code ms}, {@code Hz},
 * {@code um}, {@code mM}) and Brian2's long forms ({@code mvolt}, {@code namp}, {@code ufarad},
 * {@code msecond}, {@code umetre}, {@code mmolar}). Micro is {@code u}, {@code µ} or {@code μ} on
 * input and always {@code u} on output. Case matters where SI says so: {@code m} is metre,
 * {@code mm} millimetre, {@code M} molar, {@code mM} millimolar, {@code ms} millisecond and
 * {@code mS} millisiemens.
 *
 * <pre>{@code
 * Unit gLeak = Units.parse("mS/cm^2");          // 10 S/m^2
 * Quantity v = Units.mV.of(-65);                // -0.065 V
 * Optional<Unit> u = Units.lookup("mvolt");     // Units.mV
 * }</pre>
 */
public final class Units {
    private Units() {
    }

    /** The dimensionless unit, symbol {@code 1}. */
    public static final Unit one = new Unit("1", 0, Dimension.DIMENSIONLESS);

    /** Volt, V (m^2 kg s^-3 A^-1). */
    public static final Unit volt = new Unit("V", 0, Dimension.of(2, 1, -3, -1, 0, 0, 0));
    /** Millivolt, 10^-3 V. */
    public static final Unit mV = Prefix.MILLI.apply(volt);
    /** Microvolt, 10^-6 V. */
    public static final Unit uV = Prefix.MICRO.apply(volt);

    /** Ampere, A. */
    public static final Unit amp = new Unit("A", 0, Dimension.CURRENT);
    /** Milliampere, 10^-3 A. */
    public static final Unit mA = Prefix.MILLI.apply(amp);
    /** Microampere, 10^-6 A. */
    public static final Unit uA = Prefix.MICRO.apply(amp);
    /** Nanoampere, 10^-9 A. */
    public static final Unit nA = Prefix.NANO.apply(amp);
    /** Picoampere, 10^-12 A. */
    public static final Unit pA = Prefix.PICO.apply(amp);

    /** Ohm (m^2 kg s^-3 A^-2); also read as {@code Ohm} and {@code Ω}. */
    public static final Unit ohm = new Unit("ohm", 0, Dimension.of(2, 1, -3, -2, 0, 0, 0));
    /** Kiloohm, 10^3 ohm. */
    public static final Unit kohm = Prefix.KILO.apply(ohm);
    /** Megaohm, 10^6 ohm; also read as {@code MOhm} and {@code MΩ}. */
    public static final Unit Mohm = Prefix.MEGA.apply(ohm);
    /** Gigaohm, 10^9 ohm. */
    public static final Unit Gohm = Prefix.GIGA.apply(ohm);

    /** Siemens, S (m^-2 kg^-1 s^3 A^2). */
    public static final Unit siemens = new Unit("S", 0, Dimension.of(-2, -1, 3, 2, 0, 0, 0));
    /** Millisiemens, 10^-3 S (not millisecond, which is {@code ms}). */
    public static final Unit mS = Prefix.MILLI.apply(siemens);
    /** Microsiemens, 10^-6 S. */
    public static final Unit uS = Prefix.MICRO.apply(siemens);
    /** Nanosiemens, 10^-9 S. */
    public static final Unit nS = Prefix.NANO.apply(siemens);
    /** Picosiemens, 10^-12 S. */
    public static final Unit pS = Prefix.PICO.apply(siemens);

    /** Farad, F (m^-2 kg^-1 s^4 A^2). */
    public static final Unit farad = new Unit("F", 0, Dimension.of(-2, -1, 4, 2, 0, 0, 0));
    /** Microfarad, 10^-6 F. */
    public static final Unit uF = Prefix.MICRO.apply(farad);
    /** Nanofarad, 10^-9 F. */
    public static final Unit nF = Prefix.NANO.apply(farad);
    /** Picofarad, 10^-12 F. */
    public static final Unit pF = Prefix.PICO.apply(farad);

    /** Second, s. */
    public static final Unit second = new Unit("s", 0, Dimension.TIME);
    /** Millisecond, 10^-3 s (not millisiemens, which is {@code mS}). */
    public static final Unit ms = Prefix.MILLI.apply(second);
    /** Microsecond, 10^-6 s. */
    public static final Unit us = Prefix.MICRO.apply(second);

    /** Hertz, Hz (s^-1). */
    public static final Unit hertz = new Unit("Hz", 0, Dimension.TIME.power(-1));
    /** Hertz, the same unit as {@link #hertz}. */
    public static final Unit Hz = hertz;
    /** Kilohertz, 10^3 Hz. */
    public static final Unit kHz = Prefix.KILO.apply(hertz);

    /** Metre, m. */
    public static final Unit metre = new Unit("m", 0, Dimension.LENGTH);
    /** Metre, the same unit as {@link #metre}. */
    public static final Unit meter = metre;
    /** Centimetre, 10^-2 m. */
    public static final Unit cm = Prefix.CENTI.apply(metre);
    /** Millimetre, 10^-3 m. */
    public static final Unit mm = Prefix.MILLI.apply(metre);
    /** Micrometre, 10^-6 m; also read as {@code µm}. */
    public static final Unit um = Prefix.MICRO.apply(metre);

    /** Mole, mol. */
    public static final Unit mole = new Unit("mol", 0, Dimension.AMOUNT);
    /** Molar, M: one mole per litre, 1000 mol/m^3. */
    public static final Unit molar = new Unit("M", 3, Dimension.of(-3, 0, 0, 0, 0, 1, 0));
    /** Millimolar, 10^-3 M = 1 mol/m^3 ({@code Mm} would be megametre). */
    public static final Unit mM = Prefix.MILLI.apply(molar);
    /** Micromolar, 10^-6 M. */
    public static final Unit uM = Prefix.MICRO.apply(molar);
    /** Nanomolar, 10^-9 M. */
    public static final Unit nM = Prefix.NANO.apply(molar);

    /** Kelvin, K. */
    public static final Unit kelvin = new Unit("K", 0, Dimension.TEMPERATURE);
    /** Coulomb, C (s A). */
    public static final Unit coulomb = new Unit("C", 0, Dimension.of(0, 0, 1, 1, 0, 0, 0));
    /** Joule, J (m^2 kg s^-2). */
    public static final Unit joule = new Unit("J", 0, Dimension.of(2, 1, -2, 0, 0, 0, 0));
    /** Watt, W (m^2 kg s^-3). */
    public static final Unit watt = new Unit("W", 0, Dimension.of(2, 1, -3, 0, 0, 0, 0));
    /** Gram, g, 10^-3 kg; the base that mass prefixes apply to. */
    public static final Unit gram = new Unit("g", -3, Dimension.MASS);
    /** Kilogram, kg, the SI unit of mass. */
    public static final Unit kilogram = Prefix.KILO.apply(gram);
    /** Litre, l, 10^-3 m^3; also read as {@code L}. */
    public static final Unit litre = new Unit("l", -3, Dimension.LENGTH.power(3));

    private static final Unit newton = new Unit("N", 0, Dimension.of(1, 1, -2, 0, 0, 0, 0));
    private static final Unit pascal = new Unit("Pa", 0, Dimension.of(-1, 1, -2, 0, 0, 0, 0));
    private static final Unit henry = new Unit("H", 0, Dimension.of(2, 1, -2, -2, 0, 0, 0));
    private static final Unit weber = new Unit("Wb", 0, Dimension.of(2, 1, -2, -1, 0, 0, 0));
    private static final Unit tesla = new Unit("T", 0, Dimension.of(0, 1, -2, -1, 0, 0, 0));
    private static final Unit candela = new Unit("cd", 0, Dimension.LUMINOSITY);

    /** Unprefixed symbols and their spelling variants; every prefix applies to each. */
    private static final Map<String, Unit> SYMBOLS = Map.ofEntries(
            Map.entry("V", volt), Map.entry("A", amp), Map.entry("ohm", ohm),
            Map.entry("Ohm", ohm), Map.entry("\u03a9", ohm), Map.entry("\u2126", ohm),
            Map.entry("S", siemens), Map.entry("F", farad), Map.entry("s", second),
            Map.entry("Hz", hertz), Map.entry("m", metre), Map.entry("mol", mole),
            Map.entry("M", molar), Map.entry("K", kelvin), Map.entry("g", gram),
            Map.entry("l", litre), Map.entry("L", litre), Map.entry("C", coulomb),
            Map.entry("J", joule), Map.entry("W", watt), Map.entry("N", newton),
            Map.entry("Pa", pascal), Map.entry("H", henry), Map.entry("Wb", weber),
            Map.entry("T", tesla), Map.entry("cd", candela));

    /** Unprefixed long names; prefixes apply as symbols (Brian2 "mvolt") or words ("millivolt"). */
    private static final Map<String, Unit> NAMES = Map.ofEntries(
            Map.entry("volt", volt), Map.entry("amp", amp), Map.entry("ampere", amp),
            Map.entry("ohm", ohm), Map.entry("siemens", siemens), Map.entry("farad", farad),
            Map.entry("second", second), Map.entry("hertz", hertz), Map.entry("metre", metre),
            Map.entry("meter", metre), Map.entry("mole", mole), Map.entry("molar", molar),
            Map.entry("kelvin", kelvin), Map.entry("gram", gram), Map.entry("litre", litre),
            Map.entry("liter", litre), Map.entry("coulomb", coulomb), Map.entry("joule", joule),
            Map.entry("watt", watt), Map.entry("newton", newton), Map.entry("pascal", pascal),
            Map.entry("henry", henry), Map.entry("weber", weber), Map.entry("tesla", tesla),
            Map.entry("candela", candela));

    /** Public constants by symbol, so lookups and formatting hand back the shared instances. */
    private static final Map<String, Unit> CONSTANTS = constants();

    private static final int[] ALL_PREFIXES = {-12, -9, -6, -3, 0, 3, 6, 9};
    /** Kiloseconds and beyond read badly in simulation times, so seconds stop at "s". */
    private static final int[] SMALL_PREFIXES = {-12, -9, -6, -3, 0};
    /** Rates below 1 Hz read better as "0.5 Hz" than as "500 mHz". */
    private static final int[] LARGE_PREFIXES = {0, 3, 6, 9};
    private static final int[] NO_PREFIX = {0};

    /**
     * How each dimension is shown: a unit and the prefixes that may be put on it. Per-area
     * quantities and slopes use the fixed units of NEURON and Brian2 models, so values read as
     * the parameters users wrote.
     */
    private static final Map<Dimension, Display> DISPLAY = displays();

    private record Display(Unit unit, int[] prefixExponents) {
    }

    private static Map<String, Unit> constants() {
        Map<String, Unit> constants = new HashMap<>();
        for (Unit unit : List.of(one, volt, mV, uV, amp, mA, uA, nA, pA, ohm, kohm, Mohm, Gohm,
                siemens, mS, uS, nS, pS, farad, uF, nF, pF, second, ms, us, hertz, kHz, metre, cm,
                mm, um, mole, molar, mM, uM, nM, kelvin, coulomb, joule, watt, gram, kilogram,
                litre)) {
            constants.put(unit.symbol(), unit);
        }
        return Map.copyOf(constants);
    }

    private static Map<Dimension, Display> displays() {
        Map<Dimension, Display> displays = new HashMap<>();
        for (Unit unit : List.of(volt, amp, ohm, siemens, farad, metre, mole, molar, kelvin,
                coulomb, joule, watt, gram, newton, pascal, henry, weber, tesla, candela)) {
            displays.put(unit.dimension(), new Display(unit, ALL_PREFIXES));
        }
        displays.put(second.dimension(), new Display(second, SMALL_PREFIXES));
        displays.put(hertz.dimension(), new Display(hertz, LARGE_PREFIXES));
        Unit squareCm = cm.power(2);
        for (Unit unit : List.of(uF.divide(squareCm), mS.divide(squareCm), uA.divide(squareCm),
                ohm.times(cm), mV.divide(ms))) {
            displays.put(unit.dimension(), new Display(unit, NO_PREFIX));
        }
        return Map.copyOf(displays);
    }

    /**
     * The unit named by one identifier: a symbol or long name, optionally with one SI prefix
     * (y z a f p n u/µ m c d k M G T as a letter, or yocto...tera as a word before a long name).
     * Whole names are tried before prefixes, so {@code "cd"} is candela and {@code "Pa"} pascal.
     *
     * <p>Example: {@code lookup("mvolt")}, {@code lookup("mV")} and {@code lookup("millivolt")}
     * all give {@link #mV}; {@code lookup("mS")} is millisiemens, {@code lookup("ms")}
     * millisecond, {@code lookup("M")} molar, {@code lookup("mm")} millimetre.
     *
     * @param name a single identifier, no spaces or operators
     * @return the unit, or empty if the name is not a unit
     */
    public static Optional<Unit> lookup(String name) {
        Objects.requireNonNull(name, "name");
        Unit whole = unprefixed(name);
        if (whole != null) {
            return Optional.of(canonical(whole));
        }
        for (Prefix prefix : Prefix.values()) {
            for (String spelling : prefix.symbols()) {
                if (name.startsWith(spelling)) {
                    Unit base = unprefixed(name.substring(spelling.length()));
                    if (base != null) {
                        return Optional.of(canonical(prefix.apply(base)));
                    }
                }
            }
            if (name.startsWith(prefix.word())) {
                Unit base = NAMES.get(name.substring(prefix.word().length()));
                if (base != null) {
                    return Optional.of(canonical(prefix.apply(base)));
                }
            }
        }
        return Optional.empty();
    }

    private static Unit unprefixed(String name) {
        Unit unit = SYMBOLS.get(name);
        return unit != null ? unit : NAMES.get(name);
    }

    private static Unit canonical(Unit unit) {
        Unit constant = CONSTANTS.get(unit.symbol());
        return unit.equals(constant) ? constant : unit;
    }

    /**
     * Reads a unit expression: unit names (see {@link #lookup(String)}) combined with {@code *},
     * {@code /}, a space (multiplication, as in {@code "m^2 kg s^-3"}), powers written
     * {@code ^p} or {@code **p} (whole, decimal {@code ^-0.5} or a fraction {@code ^(1/3)}, with a
     * denominator up to {@link Dimension#MAX_DENOMINATOR}) or, NEURON style, whole powers as trailing
     * digits ({@code cm2}), parentheses, and {@code 1} for the dimensionless unit. Operators apply
     * left to right, so {@code a/b*c} is {@code (a/b)*c}. A fractional power of a prefixed unit
     * must leave a power of ten ({@code us^0.5} is 10^-3 s^0.5; {@code ms^0.5} is refused).
     *
     * <p>Examples: {@code "uF/cm^2"} (0.01 F/m^2), {@code "mS/cm**2"} (10 S/m^2), {@code "1/s"},
     * {@code "m*s^-1"}, {@code "mV/ms"}, {@code "volt"}, {@code "volt/second**0.5"}.
     *
     * @param expression the text
     * @return the unit, with a symbol rebuilt from the parts ({@code "mvolt / msecond"} gives
     *     {@code "mV/ms"})
     * @throws UnitException if the text is not a unit expression; the message quotes it, marks the
     *     offending part with carets and says what was expected
     */
    public static Unit parse(String expression) {
        Objects.requireNonNull(expression, "expression");
        return UnitParser.parse(expression, 0);
    }

    /**
     * The unit {@link Quantity#toString()} starts from for a dimension, before it picks an SI
     * prefix: the named SI unit ({@code V}, {@code A}, {@code S}, {@code Hz}, {@code g} for mass,
     * {@code M} for concentration), a fixed membrane unit for per-area dimensions
     * ({@code uF/cm^2}, {@code mS/cm^2}, {@code uA/cm^2}), {@code ohm*cm} for resistivity and
     * {@code mV/ms} for voltage slopes,
     * {@link #one} without dimension, and otherwise the coherent SI unit written in base form
     * ({@code "m^4 kg^2 s^-6 A^-2"}, or {@code "m^2 kg s^-3.5 A^-1"} for mV/sqrt(ms)).
     *
     * @param dimension any dimension
     * @return the preferred unit
     */
    public static Unit preferredUnit(Dimension dimension) {
        Display display = DISPLAY.get(dimension);
        if (display != null) {
            return display.unit();
        }
        return dimension.isDimensionless() ? one : new Unit(dimension.baseForm(), 0, dimension);
    }

    /**
     * The unit {@link Quantity#toString()} writes a quantity in: the {@link #preferredUnit
     * preferred unit} with the SI prefix (p n u m k M G; no k M G for seconds, no submultiples for
     * hertz) that puts the rounded value in [1, 1000) where one exists. Useful to pick a column
     * unit from a typical value.
     *
     * <p>Example: {@code displayUnit(Quantity.parse("0.01 s"))} is {@link #ms}.
     *
     * @param quantity any quantity
     * @return the display unit; the preferred unit itself for zero, NaN or infinite values
     */
    public static Unit displayUnit(Quantity quantity) {
        Display display = DISPLAY.get(quantity.dimension());
        if (display == null) {
            return preferredUnit(quantity.dimension());
        }
        double inUnit = Math.abs(display.unit().fromSi(quantity.si()));
        if (inUnit == 0 || !Double.isFinite(inUnit)) {
            return display.unit();
        }
        // Rounding first means 999.9996 mV chooses V and prints "1 V", not "1000 mV".
        BigDecimal rounded = new BigDecimal(inUnit).round(Quantity.SIGNIFICANT);
        int magnitude = rounded.precision() - rounded.scale() - 1;
        int chosen = display.prefixExponents()[0];
        for (int exponent : display.prefixExponents()) {
            if (exponent <= magnitude) {
                chosen = exponent;
            }
        }
        return chosen == 0 ? display.unit() : canonical(Prefix.ofExponent(chosen).apply(display.unit()));
    }
}
