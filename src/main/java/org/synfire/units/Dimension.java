package org.synfire.units;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The physical dimension of a quantity: integer exponents of the seven SI base dimensions, in the
 * order metre, kilogram, second, ampere, kelvin, mole, candela (indices 0 to 6). Immutable and
 * thread-safe.
 *
 * <p>Example: {@code Dimension.LENGTH.power(2)} is area; {@code Dimension.of(2, 1, -3, -1, 0, 0,
 * 0)} is the volt and prints as {@code volt}.
 */
public final class Dimension {
    private static final String[] BASE_SYMBOLS = {"m", "kg", "s", "A", "K", "mol", "cd"};

    /** No dimension (all exponents zero); prints as {@code 1}. */
    public static final Dimension DIMENSIONLESS = new Dimension(new int[BASE_SYMBOLS.length]);
    /** Length, SI unit metre. */
    public static final Dimension LENGTH = base(0);
    /** Mass, SI unit kilogram. */
    public static final Dimension MASS = base(1);
    /** Time, SI unit second. */
    public static final Dimension TIME = base(2);
    /** Electric current, SI unit ampere. */
    public static final Dimension CURRENT = base(3);
    /** Thermodynamic temperature, SI unit kelvin. */
    public static final Dimension TEMPERATURE = base(4);
    /** Amount of substance, SI unit mole. */
    public static final Dimension AMOUNT = base(5);
    /** Luminous intensity, SI unit candela. */
    public static final Dimension LUMINOSITY = base(6);

    /** Names of the coherent SI units, used by toString so errors read "volt", not exponents. */
    private static final Map<Dimension, String> NAMES = namedUnits();

    private final int[] exponents;

    private Dimension(int[] exponents) {
        this.exponents = exponents;
    }

    private static Dimension base(int index) {
        int[] exponents = new int[BASE_SYMBOLS.length];
        exponents[index] = 1;
        return new Dimension(exponents);
    }

    private static Map<Dimension, String> namedUnits() {
        Map<Dimension, String> names = new HashMap<>();
        names.put(LENGTH, "metre");
        names.put(MASS, "kilogram");
        names.put(TIME, "second");
        names.put(CURRENT, "amp");
        names.put(TEMPERATURE, "kelvin");
        names.put(AMOUNT, "mole");
        names.put(LUMINOSITY, "candela");
        names.put(TIME.power(-1), "hertz");
        names.put(of(1, 1, -2, 0, 0, 0, 0), "newton");
        names.put(of(-1, 1, -2, 0, 0, 0, 0), "pascal");
        names.put(of(2, 1, -2, 0, 0, 0, 0), "joule");
        names.put(of(2, 1, -3, 0, 0, 0, 0), "watt");
        names.put(of(0, 0, 1, 1, 0, 0, 0), "coulomb");
        names.put(of(2, 1, -3, -1, 0, 0, 0), "volt");
        names.put(of(-2, -1, 4, 2, 0, 0, 0), "farad");
        names.put(of(2, 1, -3, -2, 0, 0, 0), "ohm");
        names.put(of(-2, -1, 3, 2, 0, 0, 0), "siemens");
        names.put(of(2, 1, -2, -1, 0, 0, 0), "weber");
        names.put(of(0, 1, -2, -1, 0, 0, 0), "tesla");
        names.put(of(2, 1, -2, -2, 0, 0, 0), "henry");
        return Map.copyOf(names);
    }

    /**
     * The dimension with the given base exponents.
     *
     * <p>Example: {@code Dimension.of(-2, -1, 3, 2, 0, 0, 0)} is the siemens.
     *
     * @param m exponent of metre
     * @param kg exponent of kilogram
     * @param s exponent of second
     * @param A exponent of ampere
     * @param K exponent of kelvin
     * @param mol exponent of mole
     * @param cd exponent of candela
     * @return the dimension
     */
    public static Dimension of(int m, int kg, int s, int A, int K, int mol, int cd) {
        return new Dimension(new int[] {m, kg, s, A, K, mol, cd});
    }

    /**
     * The dimension of a product, e.g. {@code CURRENT.times(TIME)} is charge.
     *
     * @param other the other factor's dimension
     * @return exponents added
     */
    public Dimension times(Dimension other) {
        int[] result = new int[exponents.length];
        try {
            for (int i = 0; i < result.length; i++) {
                result[i] = Math.addExact(exponents[i], other.exponents[i]);
            }
        } catch (ArithmeticException e) {
            throw overflow(this + " times " + other);
        }
        return new Dimension(result);
    }

    /**
     * The dimension of a quotient, e.g. {@code LENGTH.divide(TIME)} is speed.
     *
     * @param other the divisor's dimension
     * @return exponents subtracted
     */
    public Dimension divide(Dimension other) {
        int[] result = new int[exponents.length];
        try {
            for (int i = 0; i < result.length; i++) {
                result[i] = Math.subtractExact(exponents[i], other.exponents[i]);
            }
        } catch (ArithmeticException e) {
            throw overflow(this + " divided by " + other);
        }
        return new Dimension(result);
    }

    /**
     * The dimension raised to an integer power, e.g. {@code LENGTH.power(-2)} is per area.
     *
     * @param n the power, any sign
     * @return exponents multiplied by {@code n}
     */
    public Dimension power(int n) {
        int[] result = new int[exponents.length];
        try {
            for (int i = 0; i < result.length; i++) {
                result[i] = Math.multiplyExact(exponents[i], n);
            }
        } catch (ArithmeticException e) {
            throw overflow(this + " to the power " + n);
        }
        return new Dimension(result);
    }

    /**
     * The {@code n}-th root, e.g. {@code LENGTH.power(2).root(2)} is length.
     *
     * @param n the degree of the root, positive
     * @return exponents divided by {@code n}
     * @throws UnitException if {@code n} is not positive or an exponent is not divisible by it,
     *     naming the dimension
     */
    public Dimension root(int n) {
        if (n <= 0) {
            throw new UnitException("cannot take root " + n + " of " + this
                    + ": the degree of a root must be positive");
        }
        int[] result = new int[exponents.length];
        for (int i = 0; i < result.length; i++) {
            if (exponents[i] % n != 0) {
                throw new UnitException("cannot take root " + n + " of " + this + " (" + baseForm()
                        + "): exponent " + exponents[i] + " of " + BASE_SYMBOLS[i]
                        + " is not divisible by " + n);
            }
            result[i] = exponents[i] / n;
        }
        return new Dimension(result);
    }

    private static UnitException overflow(String operation) {
        return new UnitException("dimension of " + operation + " has an exponent beyond int range");
    }

    /**
     * Whether all exponents are zero.
     *
     * @return true for {@link #DIMENSIONLESS}
     */
    public boolean isDimensionless() {
        return equals(DIMENSIONLESS);
    }

    /**
     * One base exponent.
     *
     * @param baseIndex 0 metre, 1 kilogram, 2 second, 3 ampere, 4 kelvin, 5 mole, 6 candela
     * @return the exponent of that base dimension
     * @throws IndexOutOfBoundsException if {@code baseIndex} is not in 0..6
     */
    public int exponent(int baseIndex) {
        Objects.checkIndex(baseIndex, exponents.length);
        return exponents[baseIndex];
    }

    /**
     * The dimension as SI base symbols with their exponents, whether or not a unit is named for it,
     * e.g. {@code "m^2 kg s^-3 A^-1"} for the volt and {@code "1"} for no dimension. The text can be
     * read back by {@link Units#parse(String)}.
     *
     * @return the base form
     */
    public String baseForm() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < exponents.length; i++) {
            if (exponents[i] == 0) {
                continue;
            }
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(BASE_SYMBOLS[i]);
            if (exponents[i] != 1) {
                text.append('^').append(exponents[i]);
            }
        }
        return text.length() == 0 ? "1" : text.toString();
    }

    /**
     * The name of the coherent SI unit of this dimension when it has one ({@code "volt"},
     * {@code "amp"}, {@code "hertz"}, {@code "siemens"}, ...), otherwise {@link #baseForm()}.
     *
     * @return e.g. {@code "farad"}, {@code "m^-2 kg^-1 s^3 A^2 mol^-1"}, or {@code "1"}
     */
    @Override
    public String toString() {
        String name = NAMES.get(this);
        return name != null ? name : baseForm();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Dimension && Arrays.equals(exponents, ((Dimension) other).exponents);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(exponents);
    }
}
