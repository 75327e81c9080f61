package org.synfire.units;

import java.util.List;

/**
 * The SI prefixes Synfire reads and writes. Hecto, deca and peta are left out on purpose: "da" and
 * "h" are rarely meant, and a peta prefix "P" would make "Pa" (pascal) ambiguous.
 */
enum Prefix {
    YOCTO("y", "yocto", -24),
    ZEPTO("z", "zepto", -21),
    ATTO("a", "atto", -18),
    FEMTO("f", "femto", -15),
    PICO("p", "pico", -12),
    NANO("n", "nano", -9),
    MICRO("u", "micro", -6),
    MILLI("m", "milli", -3),
    CENTI("c", "centi", -2),
    DECI("d", "deci", -1),
    KILO("k", "kilo", 3),
    MEGA("M", "mega", 6),
    GIGA("G", "giga", 9),
    TERA("T", "tera", 12);

    private final String symbol;
    private final String word;
    private final int exponent;

    Prefix(String symbol, String word, int exponent) {
        this.symbol = symbol;
        this.word = word;
        this.exponent = exponent;
    }

    /** Symbols accepted on input: micro also as the micro sign U+00B5 and Greek mu U+03BC. */
    List<String> symbols() {
        return this == MICRO ? List.of(symbol, "\u00b5", "\u03bc") : List.of(symbol);
    }

    /** The prefix as a word, for names such as "millivolt". */
    String word() {
        return word;
    }

    int exponent() {
        return exponent;
    }

    /** The prefixed unit, written with the ASCII symbol: MICRO on "m" gives "um". */
    Unit apply(Unit base) {
        return new Unit(symbol + base.symbol(), base.decimalExponent() + exponent, base.dimension());
    }

    static Prefix ofExponent(int exponent) {
        for (Prefix prefix : values()) {
            if (prefix.exponent == exponent) {
                return prefix;
            }
        }
        throw new IllegalArgumentException("no SI prefix for 10^" + exponent);
    }
}
