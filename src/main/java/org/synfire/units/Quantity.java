package org.synfire.units;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A physical quantity: a value in SI units and its {@link Dimension}. Immutable and thread-safe.
 * Arithmetic checks dimensions: adding volts to amps throws a {@link UnitException} that names
 * both sides. The operator methods carry Groovy's names ({@code plus}, {@code minus},
 * {@code multiply}, {@code div}, {@code negative}, {@code power}, {@code compareTo}), so
 * {@code v + 2.mV} and {@code a < b} work in scripts.
 *
 * <pre>{@code
 * Quantity v = Quantity.parse("-65 mV");
 * Quantity i = Units.nA.of(0.5);
 * Quantity r = v.div(i);                 // "-130 Mohm"
 * double vInMillivolts = v.in(Units.mV); // -65.0
 * }</pre>
 */
public final class Quantity implements Comparable<Quantity> {
    /** Printed precision: six significant digits, enough to tell apart parameters users type. */
    static final MathContext SIGNIFICANT = new MathContext(6, RoundingMode.HALF_EVEN);

    private static final BigDecimal SMALLEST_PLAIN = new BigDecimal("0.001");
    private static final BigDecimal LARGEST_PLAIN = new BigDecimal("1e7");
    private static final Pattern NUMBER = Pattern.compile(
            "[+-]?(?:(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?|NaN|Infinity)");
    private static final String EXPECTED_QUANTITY =
            "expected a number and a unit such as -65 mV, 10 ms, 0.5 nA, 1 uF/cm^2";

    private final double si;
    private final Dimension dimension;

    private Quantity(double si, Dimension dimension) {
        this.si = si;
        this.dimension = Objects.requireNonNull(dimension, "dimension");
    }

    /**
     * A quantity of {@code value} of {@code unit}.
     *
     * <p>Example: {@code Quantity.of(10, Units.ms)} is 0.01 s.
     *
     * @param value the number in {@code unit}
     * @param unit the unit of {@code value}
     * @return the quantity
     */
    public static Quantity of(double value, Unit unit) {
        return new Quantity(unit.toSi(value), unit.dimension());
    }

    /**
     * A quantity from a value already in SI units.
     *
     * <p>Example: {@code Quantity.si(-0.065, Units.volt.dimension())} prints as "-65 mV".
     *
     * @param siValue the value in the coherent SI unit of {@code dimension}
     * @param dimension its dimension
     * @return the quantity
     */
    public static Quantity si(double siValue, Dimension dimension) {
        return new Quantity(siValue, dimension);
    }

    /**
     * A pure number.
     *
     * @param value the number
     * @return a dimensionless quantity
     */
    public static Quantity dimensionless(double value) {
        return new Quantity(value, Dimension.DIMENSIONLESS);
    }

    /**
     * Reads a quantity: a decimal number (optionally with exponent, or {@code NaN},
     * {@code Infinity}), then optionally a unit expression as read by {@link Units#parse(String)};
     * no unit means dimensionless. Spaces between number and unit are optional. Reads back what
     * {@link #toString()} writes.
     *
     * <p>Examples: {@code "-65 mV"}, {@code "10 ms"}, {@code "0.5 nA"}, {@code "1 uF/cm^2"},
     * {@code "15 Hz"}, {@code "1.5e-3 V"}, {@code "3"}.
     *
     * @param text the text
     * @return the quantity
     * @throws UnitException if there is no number at the start or the unit cannot be read; the
     *     message quotes the text with a caret line under the problem and says what was expected
     */
    public static Quantity parse(String text) {
        Objects.requireNonNull(text, "text");
        int start = skipSpaces(text, 0);
        Matcher number = NUMBER.matcher(text).region(start, text.length());
        if (!number.lookingAt()) {
            int end = start;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            throw new UnitException(UnitParser.caretMessage("missing number", text, start,
                    end - start, EXPECTED_QUANTITY));
        }
        double value = Double.parseDouble(number.group());
        int unitStart = skipSpaces(text, number.end());
        if (unitStart == text.length()) {
            return dimensionless(value);
        }
        return of(value, UnitParser.parse(text, unitStart));
    }

    private static int skipSpaces(String text, int from) {
        int position = from;
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
        return position;
    }

    /**
     * The sum; Groovy's {@code a + b}.
     *
     * @param other a quantity of the same dimension
     * @return the sum
     * @throws UnitException if the dimensions differ, e.g. "cannot add -65 mV (volt) and 2 nA
     *     (amp): dimensions differ"
     */
    public Quantity plus(Quantity other) {
        if (!dimension.equals(other.dimension)) {
            throw new UnitException("cannot add " + describe(this) + " and " + describe(other)
                    + ": dimensions differ");
        }
        return new Quantity(si + other.si, dimension);
    }

    /**
     * The difference; Groovy's {@code a - b}.
     *
     * @param other a quantity of the same dimension
     * @return this minus {@code other}
     * @throws UnitException if the dimensions differ, naming both quantities
     */
    public Quantity minus(Quantity other) {
        if (!dimension.equals(other.dimension)) {
            throw new UnitException("cannot subtract " + describe(other) + " from " + describe(this)
                    + ": dimensions differ");
        }
        return new Quantity(si - other.si, dimension);
    }

    /**
     * The product; Groovy's {@code a * b}. Dimensions multiply: {@code nS * mV} is a current.
     *
     * @param other any quantity
     * @return the product
     */
    public Quantity multiply(Quantity other) {
        return new Quantity(si * other.si, dimension.times(other.dimension));
    }

    /**
     * This quantity scaled by a pure number; Groovy's {@code q * 2}.
     *
     * @param factor the number
     * @return the scaled quantity, same dimension
     */
    public Quantity multiply(double factor) {
        return new Quantity(si * factor, dimension);
    }

    /**
     * The quotient; Groovy's {@code a / b}. Dimensions divide: {@code mV / nA} is a resistance.
     *
     * @param other any quantity
     * @return the quotient
     */
    public Quantity div(Quantity other) {
        return new Quantity(si / other.si, dimension.divide(other.dimension));
    }

    /**
     * This quantity divided by a pure number; Groovy's {@code q / 2}.
     *
     * @param divisor the number
     * @return the divided quantity, same dimension
     */
    public Quantity div(double divisor) {
        return new Quantity(si / divisor, dimension);
    }

    /**
     * The negated quantity; Groovy's {@code -q}.
     *
     * @return the quantity with opposite sign
     */
    public Quantity negative() {
        return new Quantity(-si, dimension);
    }

    /**
     * This quantity to an integer power; Groovy's {@code q ** n}.
     *
     * @param n the power, any sign
     * @return the power, dimension exponents multiplied by {@code n}
     */
    public Quantity power(int n) {
        return new Quantity(Math.pow(si, n), dimension.power(n));
    }

    /**
     * This quantity to a whole or fractional power; Groovy's {@code q ** 0.5}.
     *
     * <p>Example: {@code Units.second.of(4).power(-0.5)} is 0.5 s^-0.5.
     *
     * @param exponent a whole number or a fraction with a denominator up to
     *     {@link Dimension#MAX_DENOMINATOR}, as {@link Dimension#power(double)} reads it
     * @return the power; NaN value for a negative quantity and a fractional power, as
     *     {@link Math#pow(double, double)}
     * @throws UnitException if the exponent is no such fraction, naming it and the dimension
     */
    public Quantity power(double exponent) {
        return new Quantity(Math.pow(si, exponent), dimension.power(exponent));
    }

    /**
     * The square root, e.g. of an area gives a length and of a time gives {@code s^0.5}.
     *
     * @return the root; NaN value for a negative quantity, as {@link Math#sqrt(double)}
     */
    public Quantity sqrt() {
        return new Quantity(Math.sqrt(si), dimension.root(2));
    }

    /**
     * The absolute value.
     *
     * @return the quantity without sign, same dimension
     */
    public Quantity abs() {
        return new Quantity(Math.abs(si), dimension);
    }

    /**
     * The value expressed in a unit.
     *
     * <p>Example: {@code Quantity.parse("-65 mV").in(Units.volt)} is -0.065.
     *
     * @param unit a unit of the same dimension
     * @return the number of {@code unit}s in this quantity
     * @throws UnitException if the dimensions differ, e.g. "cannot express 2 nA (amp) in mV
     *     (volt)"
     */
    public double in(Unit unit) {
        if (!dimension.equals(unit.dimension())) {
            throw new UnitException("cannot express " + describe(this) + " in " + unit.symbol()
                    + " (" + dimensionName(unit.dimension()) + ")");
        }
        return unit.fromSi(si);
    }

    /**
     * The raw value in the coherent SI unit of {@link #dimension()} (volt, amp, second, F/m^2...).
     *
     * @return the SI value
     */
    public double si() {
        return si;
    }

    /**
     * The dimension.
     *
     * @return the dimension
     */
    public Dimension dimension() {
        return dimension;
    }

    /**
     * Whether this is a pure number.
     *
     * @return true when the dimension is {@link Dimension#DIMENSIONLESS}
     */
    public boolean isDimensionless() {
        return dimension.isDimensionless();
    }

    /**
     * Whether this quantity has the given dimension.
     *
     * @param expected the dimension to test for
     * @return true if equal
     */
    public boolean hasDimension(Dimension expected) {
        return dimension.equals(expected);
    }

    /**
     * Orders by SI value; Groovy's {@code <}, {@code >}, {@code <=}, {@code >=}.
     *
     * @param other a quantity of the same dimension
     * @return as {@link Double#compare(double, double)} on the SI values
     * @throws UnitException if the dimensions differ, naming both quantities
     */
    @Override
    public int compareTo(Quantity other) {
        if (!dimension.equals(other.dimension)) {
            throw new UnitException("cannot compare " + describe(this) + " with " + describe(other)
                    + ": dimensions differ");
        }
        return Double.compare(si, other.si);
    }

    /**
     * This quantity written in a given unit, with up to six significant digits.
     *
     * <p>Example: {@code Quantity.parse("-0.065 V").format(Units.mV)} is {@code "-65 mV"}.
     *
     * @param unit a unit of the same dimension
     * @return number, space, unit symbol; just the number for the dimensionless unit {@code 1}
     * @throws UnitException if the dimensions differ
     */
    public String format(Unit unit) {
        String number = formatNumber(in(unit));
        return unit.symbol().equals(Units.one.symbol()) ? number : number + " " + unit.symbol();
    }

    /**
     * Six significant digits, trailing zeros removed, plain between 0.001 and 10^7 and with an
     * exponent ({@code 1.5e-8}) outside, so {@link #parse(String)} reads it back.
     */
    static String formatNumber(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        BigDecimal rounded = new BigDecimal(value).round(SIGNIFICANT).stripTrailingZeros();
        if (rounded.signum() == 0) {
            return "0";
        }
        BigDecimal magnitude = rounded.abs();
        if (magnitude.compareTo(SMALLEST_PLAIN) >= 0 && magnitude.compareTo(LARGEST_PLAIN) < 0) {
            return rounded.toPlainString();
        }
        String digits = rounded.unscaledValue().abs().toString();
        StringBuilder text = new StringBuilder();
        if (rounded.signum() < 0) {
            text.append('-');
        }
        text.append(digits.charAt(0));
        if (digits.length() > 1) {
            text.append('.').append(digits, 1, digits.length());
        }
        return text.append('e').append(digits.length() - 1 - rounded.scale()).toString();
    }

    private static String describe(Quantity quantity) {
        return quantity + " (" + dimensionName(quantity.dimension) + ")";
    }

    private static String dimensionName(Dimension dimension) {
        return dimension.isDimensionless() ? "dimensionless" : dimension.toString();
    }

    /**
     * Equal when the SI values are exactly equal (as {@link Double#compare}) and the dimensions
     * are equal; {@code Units.mV.of(-65)} equals {@code Quantity.parse("-65 mV")}.
     */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Quantity)) {
            return false;
        }
        Quantity quantity = (Quantity) other;
        return Double.compare(si, quantity.si) == 0 && dimension.equals(quantity.dimension);
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(si) + dimension.hashCode();
    }

    /**
     * A readable form that {@link #parse(String)} reads back: the value in
     * {@link Units#displayUnit(Quantity)} with up to six significant digits, e.g. {@code "-65 mV"},
     * {@code "10 ms"}, {@code "500 pA"}, {@code "1 uF/cm^2"}, {@code "0 V"}, {@code "3.5"}, and in
     * SI base form where no unit is named ({@code "2.5 m^4 kg^2 s^-6 A^-2"}).
     *
     * @return the text
     */
    @Override
    public String toString() {
        return format(Units.displayUnit(this));
    }
}
