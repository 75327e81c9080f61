package org.synfire.units;

import java.util.Objects;

/**
 * A unit of measurement: a symbol, a dimension and a factor to SI. Every unit Synfire knows is a
 * power of ten times the coherent SI unit of its dimension ({@code mV} is 10^-3 V, {@code uF/cm^2}
 * is 10^-2 F/m^2), so the factor is kept as a decimal exponent and conversions divide or multiply
 * by an exact power of ten: {@code Units.mV.of(-65)} is exactly the double nearest -0.065 V.
 * Immutable and thread-safe.
 *
 * <p>Get units from {@link Units} (constants, {@link Units#lookup(String)},
 * {@link Units#parse(String)}) and combine them:
 *
 * <pre>{@code
 * Unit capacitance = Units.uF.divide(Units.cm.power(2));   // "uF/cm^2", 0.01 F/m^2
 * Quantity c = capacitance.of(1);
 * }</pre>
 */
public final class Unit {
    /** Powers of ten that are exact doubles, so scaling by them is one correctly rounded step. */
    private static final double[] EXACT_POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
    };

    private final String symbol;
    private final int decimalExponent;
    private final Dimension dimension;

    Unit(String symbol, int decimalExponent, Dimension dimension) {
        this.symbol = symbol;
        this.decimalExponent = decimalExponent;
        this.dimension = dimension;
    }

    /**
     * The symbol, as {@link Units#parse(String)} reads it, e.g. {@code "mV"}, {@code "uF/cm^2"},
     * {@code "1"} for the dimensionless unit. Micro is written with an ASCII {@code u}.
     *
     * @return the symbol
     */
    public String symbol() {
        return symbol;
    }

    /**
     * The factor from this unit to SI: a value {@code x} in this unit is {@code x * scale()} in SI
     * units of {@link #dimension()}. For example {@code Units.mV.scale()} is 0.001.
     *
     * @return the factor to SI
     */
    public double scale() {
        return timesPowerOfTen(1, decimalExponent);
    }

    /**
     * The dimension measured by this unit.
     *
     * @return e.g. the volt dimension for {@code mV}
     */
    public Dimension dimension() {
        return dimension;
    }

    int decimalExponent() {
        return decimalExponent;
    }

    /**
     * A quantity of {@code value} of this unit.
     *
     * <p>Example: {@code Units.mV.of(-65)} is -0.065 V.
     *
     * @param value the number in this unit
     * @return the quantity
     */
    public Quantity of(double value) {
        return Quantity.of(value, this);
    }

    /**
     * The product unit, e.g. {@code Units.ohm.times(Units.cm)} is {@code "ohm*cm"}.
     *
     * @param other the other factor
     * @return the product, with symbol {@code "this*other"}
     */
    public Unit times(Unit other) {
        if (isOne()) {
            return other;
        }
        if (other.isOne()) {
            return this;
        }
        return new Unit(symbol + "*" + other.symbol, decimalExponent + other.decimalExponent,
                dimension.times(other.dimension));
    }

    /**
     * The quotient unit, e.g. {@code Units.mV.divide(Units.ms)} is {@code "mV/ms"} (1 V/s).
     *
     * @param other the divisor
     * @return the quotient, with symbol {@code "this/other"}, the divisor in parentheses when it
     *     is itself a product or quotient
     */
    public Unit divide(Unit other) {
        if (other.isOne()) {
            return this;
        }
        String divisor = hasOperator(other.symbol, "*/ ") ? "(" + other.symbol + ")" : other.symbol;
        return new Unit(symbol + "/" + divisor, decimalExponent - other.decimalExponent,
                dimension.divide(other.dimension));
    }

    /**
     * The unit raised to an integer power, e.g. {@code Units.cm.power(2)} is {@code "cm^2"}
     * (10^-4 m^2).
     *
     * @param n the power, any sign; 0 gives the dimensionless unit {@link Units#one}
     * @return the power, with symbol {@code "this^n"}
     */
    public Unit power(int n) {
        return power(n, 1);
    }

    /**
     * The unit raised to the rational power {@code numerator/denominator}, e.g.
     * {@code Units.second.power(-1, 2)} is {@code "s^-0.5"}, the unit of white noise, and
     * {@code Units.um.power(1, 2)} is {@code "um^0.5"} (10^-3 m^0.5).
     *
     * @param numerator the numerator of the power, any sign
     * @param denominator the denominator of the power, not zero
     * @return the power, with symbol {@code "this^p"}, the power written as in
     *     {@link Dimension#baseForm()}
     * @throws UnitException if the denominator is zero, or if the power of the scale is not a
     *     power of ten ({@code ms^0.5} would be 10^-1.5 s^0.5; write {@code s^0.5} or
     *     {@code us^0.5} instead)
     */
    public Unit power(int numerator, int denominator) {
        Dimension powered = dimension.power(numerator, denominator);
        if (numerator == 0) {
            return Units.one;
        }
        if (numerator == denominator) {
            return this;
        }
        String power = Dimension.exponentText(numerator, denominator);
        // Scales stay exact powers of ten (see the class comment), so a root must come out even.
        long scale = (long) decimalExponent * numerator;
        if (scale % denominator != 0) {
            throw new UnitException("cannot raise " + symbol + " to the power " + power + ": its scale 10^"
                    + decimalExponent + " would become 10^" + Dimension.exponentText(scale, denominator)
                    + ", which is not a power of ten; raise the unprefixed unit instead");
        }
        String base = hasOperator(symbol, "*/ ^") ? "(" + symbol + ")" : symbol;
        try {
            return new Unit(base + "^" + power, Math.toIntExact(scale / denominator), powered);
        } catch (ArithmeticException e) {
            throw new UnitException("scale of " + symbol + " to the power " + power + " is out of range");
        }
    }

    /** Converts a value in this unit to SI. */
    double toSi(double value) {
        return timesPowerOfTen(value, decimalExponent);
    }

    /** Converts an SI value to this unit. */
    double fromSi(double si) {
        return timesPowerOfTen(si, -decimalExponent);
    }

    private boolean isOne() {
        return symbol.equals(Units.one.symbol) && decimalExponent == 0;
    }

    private static boolean hasOperator(String symbol, String operators) {
        for (int i = 0; i < symbol.length(); i++) {
            if (operators.indexOf(symbol.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code x * 10^exponent}, dividing for negative exponents: 10^-3 has no exact double, so
     * {@code x / 1e3} is closer to the true value than {@code x * 1e-3}.
     */
    static double timesPowerOfTen(double x, int exponent) {
        int magnitude = Math.abs(exponent);
        double power = magnitude < EXACT_POWERS_OF_TEN.length
                ? EXACT_POWERS_OF_TEN[magnitude] : Math.pow(10, magnitude);
        return exponent >= 0 ? x * power : x / power;
    }

    /**
     * Units are equal when symbol, scale and dimension are equal; {@code Units.lookup("mvolt")}
     * equals {@code Units.mV}.
     */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Unit)) {
            return false;
        }
        Unit unit = (Unit) other;
        return symbol.equals(unit.symbol) && decimalExponent == unit.decimalExponent
                && dimension.equals(unit.dimension);
    }

    @Override
    public int hashCode() {
        return Objects.hash(symbol, decimalExponent, dimension);
    }

    /**
     * The symbol.
     *
     * @return the same as {@link #symbol()}
     */
    @Override
    public String toString() {
        return symbol;
    }
}
