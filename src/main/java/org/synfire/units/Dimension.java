package org.synfire.units;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The physical dimension of a quantity: exact rational exponents of the seven SI base dimensions,
 * in the order metre, kilogram, second, ampere, kelvin, mole, candela (indices 0 to 6). Fractional
 * exponents arise from roots, as in white noise ({@code second^-0.5}). Immutable and thread-safe.
 *
 * <p>Example: {@code Dimension.LENGTH.power(2)} is area; {@code Dimension.of(2, 1, -3, -1, 0, 0,
 * 0)} is the volt and prints as {@code volt}; {@code Dimension.TIME.power(-1).root(2)} prints as
 * {@code s^-0.5}.
 */
public final class Dimension {
    /**
     * The largest denominator {@link #power(double)} and {@link Units#parse(String)} accept for an
     * exponent written as a number: 1/2, 1/3 ... 1/12 are exponents physics uses, while a decimal
     * such as 0.3333 is almost surely a rounded 1/3 that would give a dimension no other matches.
     */
    public static final int MAX_DENOMINATOR = 12;
    /** What {@link #power(double)} and the unit parser accept, for their messages. */
    static final String RATIONAL_POWERS =
            "a whole number or a fraction with a denominator up to " + MAX_DENOMINATOR;

    private static final String[] BASE_SYMBOLS = {"m", "kg", "s", "A", "K", "mol", "cd"};

    /** No dimension (all exponents zero); prints as {@code 1}. */
    public static final Dimension DIMENSIONLESS = new Dimension(new int[BASE_SYMBOLS.length], 1);
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

    /**
     * Exponent i is {@code numerators[i] / denominator}. One shared denominator keeps whole
     * dimensions on the plain integer path; it is positive and has no factor common to all
     * numerators, so equal dimensions have equal fields.
     */
    private final int[] numerators;
    private final int denominator;

    private Dimension(int[] numerators, int denominator) {
        this.numerators = numerators;
        this.denominator = denominator;
    }

    private static Dimension base(int index) {
        int[] exponents = new int[BASE_SYMBOLS.length];
        exponents[index] = 1;
        return new Dimension(exponents, 1);
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
        return new Dimension(new int[] {m, kg, s, A, K, mol, cd}, 1);
    }

    /**
     * The dimension of a product, e.g. {@code CURRENT.times(TIME)} is charge.
     *
     * @param other the other factor's dimension
     * @return exponents added
     */
    public Dimension times(Dimension other) {
        return plus(other, 1);
    }

    /**
     * The dimension of a quotient, e.g. {@code LENGTH.divide(TIME)} is speed.
     *
     * @param other the divisor's dimension
     * @return exponents subtracted
     */
    public Dimension divide(Dimension other) {
        return plus(other, -1);
    }

    /** Exponents of this plus {@code sign} times those of {@code other}. */
    private Dimension plus(Dimension other, int sign) {
        long common = (long) denominator / gcd(denominator, other.denominator) * other.denominator;
        long[] result = new long[numerators.length];
        try {
            for (int i = 0; i < result.length; i++) {
                result[i] = Math.addExact(Math.multiplyExact(numerators[i], common / denominator),
                        Math.multiplyExact(other.numerators[i], sign * (common / other.denominator)));
            }
            return reduced(result, common);
        } catch (ArithmeticException e) {
            throw overflow(this + (sign > 0 ? " times " : " divided by ") + other);
        }
    }

    /**
     * The dimension raised to an integer power, e.g. {@code LENGTH.power(-2)} is per area.
     *
     * @param n the power, any sign
     * @return exponents multiplied by {@code n}
     */
    public Dimension power(int n) {
        return power(n, 1);
    }

    /**
     * The dimension raised to the rational power {@code numerator/denominator}, e.g.
     * {@code TIME.power(-1, 2)} is {@code s^-0.5}, the dimension of white noise.
     *
     * @param numerator the numerator of the power, any sign
     * @param denominator the denominator of the power, not zero; any size
     * @return exponents multiplied by {@code numerator/denominator}
     * @throws UnitException if {@code denominator} is zero or an exponent leaves int range
     */
    public Dimension power(int numerator, int denominator) {
        if (denominator == 0) {
            throw new UnitException("cannot raise " + this + " to the power " + numerator
                    + "/0: the denominator of a power must not be zero");
        }
        long[] result = new long[numerators.length];
        for (int i = 0; i < result.length; i++) {
            result[i] = (long) numerators[i] * numerator;
        }
        try {
            return reduced(result, (long) this.denominator * denominator);
        } catch (ArithmeticException e) {
            throw overflow(this + " to the power " + exponentText(numerator, denominator));
        }
    }

    /**
     * The dimension raised to a power given as a number, e.g. {@code TIME.power(-0.5)}: the
     * exponent of {@code ms**0.5} or {@code tau**(1/3)} in model text. The number is read as the
     * fraction n/d, with the smallest d up to {@link #MAX_DENOMINATOR}, whose nearest double it is
     * to within a few ulps.
     *
     * @param exponent a whole number or such a fraction, any sign
     * @return exponents multiplied by that fraction
     * @throws UnitException if {@code exponent} is no such fraction (0.3333, 0.01, NaN), naming
     *     the dimension and the exponent
     */
    public Dimension power(double exponent) {
        for (int d = 1; d <= MAX_DENOMINATOR; d++) {
            double n = Math.rint(exponent * d);
            // A few ulps of slack let (1 - 1/3) stand for 2/3, as the user meant; the fractions
            // with denominators up to 12 lie far more than that apart, so none is mistaken.
            if (Math.abs(n) <= Integer.MAX_VALUE && Math.abs(n / d - exponent) <= 4 * Math.ulp(exponent)) {
                return power((int) n, d);
            }
        }
        throw new UnitException("cannot raise " + this + " to the power " + exponent
                + ": the power must be " + RATIONAL_POWERS + ", such as 2, -1, 0.5 or 1/3");
    }

    /**
     * The {@code n}-th root, e.g. {@code LENGTH.power(2).root(2)} is length and
     * {@code TIME.power(-1).root(2)} is {@code s^-0.5}.
     *
     * @param n the degree of the root, positive
     * @return exponents divided by {@code n}
     * @throws UnitException if {@code n} is not positive, naming the dimension
     */
    public Dimension root(int n) {
        if (n <= 0) {
            throw new UnitException("cannot take root " + n + " of " + this
                    + ": the degree of a root must be positive");
        }
        return power(1, n);
    }

    /**
     * The dimension with exponents {@code numerators[i]/denominator} in lowest terms.
     *
     * @throws ArithmeticException if a numerator or the denominator leaves int range
     */
    private static Dimension reduced(long[] numerators, long denominator) {
        long divisor = denominator < 0 ? -denominator : denominator;
        for (long numerator : numerators) {
            divisor = gcd(divisor, numerator);
        }
        if (denominator < 0) {
            divisor = -divisor;
        }
        int[] result = new int[numerators.length];
        for (int i = 0; i < result.length; i++) {
            result[i] = Math.toIntExact(numerators[i] / divisor);
        }
        return new Dimension(result, Math.toIntExact(denominator / divisor));
    }

    private static long gcd(long a, long b) {
        long x = Math.abs(a);
        long y = Math.abs(b);
        while (y != 0) {
            long r = x % y;
            x = y;
            y = r;
        }
        return x;
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
     * One base exponent, as a double: exact for whole numbers and for halves, quarters and other
     * fractions over powers of two, the nearest double otherwise (1/3). Compare dimensions with
     * {@link #equals(Object)}, which is exact.
     *
     * @param baseIndex 0 metre, 1 kilogram, 2 second, 3 ampere, 4 kelvin, 5 mole, 6 candela
     * @return the exponent of that base dimension, e.g. -0.5 for second in {@code s^-0.5}
     * @throws IndexOutOfBoundsException if {@code baseIndex} is not in 0..6
     */
    public double exponent(int baseIndex) {
        Objects.checkIndex(baseIndex, numerators.length);
        return (double) numerators[baseIndex] / denominator;
    }

    /**
     * The dimension as SI base symbols with their exponents, whether or not a unit is named for it,
     * e.g. {@code "m^2 kg s^-3 A^-1"} for the volt, {@code "s^-0.5"} for white noise,
     * {@code "m^(1/3)"} for a cube root of length and {@code "1"} for no dimension. The text can be
     * read back by {@link Units#parse(String)} when every denominator is at most
     * {@link #MAX_DENOMINATOR}.
     *
     * @return the base form
     */
    public String baseForm() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < numerators.length; i++) {
            if (numerators[i] == 0) {
                continue;
            }
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(BASE_SYMBOLS[i]);
            if (numerators[i] != denominator) {
                text.append('^').append(exponentText(numerators[i], denominator));
            }
        }
        return text.length() == 0 ? "1" : text.toString();
    }

    /**
     * A power as written after {@code ^}: {@code 2}, {@code -0.5}, {@code (1/3)}. Fractions with
     * an exact decimal are written as decimals because that is how Brian2 users write halves
     * ({@code second**-0.5}); the others (thirds) are written as fractions in parentheses, since a
     * rounded decimal would not read back to the same power.
     */
    static String exponentText(long numerator, long denominator) {
        long divisor = gcd(numerator, denominator) * Long.signum(denominator);
        long n = numerator / divisor;
        long d = denominator / divisor;
        if (d == 1) {
            return Long.toString(n);
        }
        long rest = d;
        while (rest % 2 == 0) {
            rest /= 2;
        }
        while (rest % 5 == 0) {
            rest /= 5;
        }
        return rest == 1 ? BigDecimal.valueOf(n).divide(BigDecimal.valueOf(d)).toPlainString()
                : "(" + n + "/" + d + ")";
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
        return other instanceof Dimension dimension && denominator == dimension.denominator
                && Arrays.equals(numerators, dimension.numerators);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(numerators) + denominator;
    }
}
