package org.synfire.units;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * Recursive-descent reader for unit expressions, shared by {@link Units#parse(String)} and
 * {@link Quantity#parse(String)}. Grammar, left to right with one precedence level for products:
 *
 * <pre>
 * product  := power (('*' | '/' | juxtaposition) power)*
 * power    := primary (('^' | '**') exponent)?
 * exponent := number | '(' number ('/' number)? ')'
 * number   := ('+' | '-')? digits ('.' digits?)?
 * primary  := name digits? | '1' | '(' product ')'
 * </pre>
 *
 * A power must come out as a whole number or a fraction with a denominator up to
 * {@link Dimension#MAX_DENOMINATOR}: {@code s^-0.5}, {@code ms**(1/3)}.
 *
 * It reads from an offset in a longer text so that carets in errors line up with what the user
 * typed, e.g. the whole of "-65 mVV".
 */
final class UnitParser {
    static final String EXPECTED_UNIT = "expected a unit such as mV, ms, nA, uF/cm^2";
    private static final String EXPECTED_OPERATOR =
            "expected '*', '/', '^' or another unit after a space, or the end of the unit";
    private static final String EXPECTED_POWER =
            "expected a power such as ^2, ^-1, ^0.5 or ^(1/3) (" + Dimension.RATIONAL_POWERS + ")";
    private static final String EXPECTED_EXACT_POWER =
            "expected a power that keeps the scale a power of ten, e.g. s^-0.5 rather than ms^-0.5";
    private static final List<String> POWER_OPERATORS = List.of("**", "^");
    private static final BigInteger MAX_DENOMINATOR = BigInteger.valueOf(Dimension.MAX_DENOMINATOR);

    private final String text;
    private int position;

    private UnitParser(String text, int start) {
        this.text = text;
        this.position = start;
    }

    /** Reads a unit expression from {@code start} to the end of {@code text}. */
    static Unit parse(String text, int start) {
        UnitParser parser = new UnitParser(text, start);
        Unit unit = parser.product();
        parser.skipSpaces();
        if (!parser.atEnd()) {
            int length = parser.tokenLength();
            String token = text.substring(parser.position, parser.position + length);
            String problem = token.equals(")") ? "unmatched ')'" : "unexpected '" + token + "'";
            throw parser.error(problem, parser.position, length, EXPECTED_OPERATOR);
        }
        return unit;
    }

    /**
     * The message format of every parse error: the problem, the text, a caret line under the
     * offending part, and what was expected.
     */
    static String caretMessage(String problem, String text, int start, int length, String expected) {
        // Tabs and line breaks would shift or split the caret line, so show them as spaces.
        String shown = text.replaceAll("[\\t\\n\\r\\f]", " ");
        return problem + " in \"" + text + "\"\n " + shown + "\n " + " ".repeat(start)
                + "^".repeat(Math.max(1, length)) + "\n" + expected;
    }

    private Unit product() {
        Unit result = power();
        while (true) {
            skipSpaces();
            if (atEnd()) {
                return result;
            }
            char c = text.charAt(position);
            if (c == '*') {
                position++;
                result = result.times(power());
            } else if (c == '/') {
                position++;
                result = result.divide(power());
            } else if (Character.isLetter(c) || c == '(') {
                result = result.times(power());
            } else {
                return result;
            }
        }
    }

    private Unit power() {
        skipSpaces();
        int start = position;
        Unit base = primary();
        skipSpaces();
        for (String operator : POWER_OPERATORS) {
            if (text.startsWith(operator, position)) {
                position += operator.length();
                return raise(base, start, operator);
            }
        }
        return base;
    }

    /** Reads the power after {@code operator} and raises {@code base}, which starts at {@code from}. */
    private Unit raise(Unit base, int from, String operator) {
        skipSpaces();
        int start = position;
        BigDecimal numerator;
        BigDecimal denominator = BigDecimal.ONE;
        if (!atEnd() && text.charAt(position) == '(') {
            position++;
            numerator = number(operator + "(");
            skipSpaces();
            if (!atEnd() && text.charAt(position) == '/') {
                position++;
                denominator = number("/");
                skipSpaces();
            }
            if (atEnd() || text.charAt(position) != ')') {
                throw error("unclosed '('", start, 1, "expected ')' to close the power");
            }
            position++;
        } else {
            numerator = number(operator);
        }
        String written = text.substring(start, position);
        // Both numbers have no exponent part, so their scales are the counts of decimals.
        BigInteger n = numerator.unscaledValue().multiply(BigInteger.TEN.pow(denominator.scale()));
        BigInteger d = denominator.unscaledValue().multiply(BigInteger.TEN.pow(numerator.scale()));
        if (d.signum() == 0) {
            throw error("power " + written + " divides by zero", start, written.length(), EXPECTED_POWER);
        }
        BigInteger common = n.gcd(d).multiply(BigInteger.valueOf(d.signum()));
        n = n.divide(common);
        d = d.divide(common);
        if (d.compareTo(MAX_DENOMINATOR) > 0) {
            throw error("power " + written + " is " + n + "/" + d + ", whose denominator is above "
                    + MAX_DENOMINATOR, start, written.length(), EXPECTED_POWER);
        }
        if (n.bitLength() >= Integer.SIZE) {
            throw error("power " + written + " is too large", start, written.length(), EXPECTED_POWER);
        }
        try {
            return base.power(n.intValue(), d.intValue());
        } catch (UnitException e) {
            throw error(e.getMessage(), from, position - from, EXPECTED_EXACT_POWER);
        }
    }

    private Unit primary() {
        skipSpaces();
        if (atEnd()) {
            throw error("missing unit", position, 1, EXPECTED_UNIT);
        }
        char c = text.charAt(position);
        if (c == '(') {
            int open = position++;
            Unit inner = product();
            skipSpaces();
            if (atEnd() || text.charAt(position) != ')') {
                throw error("unclosed '('", open, 1, "expected ')' to close it");
            }
            position++;
            return inner;
        }
        int start = position;
        int length = tokenLength();
        String token = text.substring(start, start + length);
        position += length;
        if (Character.isLetter(c)) {
            return named(token, start);
        }
        if (token.equals("1")) {
            return Units.one;
        }
        String problem = Character.isDigit(c) ? "unexpected number '" + token + "'"
                : "unexpected '" + token + "'";
        String expected = Character.isDigit(c)
                ? EXPECTED_UNIT + " (only 1 may stand alone, for no unit)" : EXPECTED_UNIT;
        throw error(problem, start, length, expected);
    }

    /** A name with an optional NEURON-style power in trailing digits, as in "cm2". */
    private Unit named(String token, int start) {
        int digits = token.length();
        while (digits > 0 && Character.isDigit(token.charAt(digits - 1))) {
            digits--;
        }
        String name = token.substring(0, digits);
        Optional<Unit> unit = name.chars().anyMatch(Character::isDigit)
                ? Optional.empty() : Units.lookup(name);
        if (unit.isEmpty()) {
            throw error("unknown unit '" + token + "'", start, token.length(), EXPECTED_UNIT);
        }
        if (digits == token.length()) {
            return unit.get();
        }
        String power = token.substring(digits);
        return unit.get().power(parsePower(power, start + digits));
    }

    /** A decimal number with an optional sign, as in a power; {@code after} names what precedes it. */
    private BigDecimal number(String after) {
        skipSpaces();
        int start = position;
        if (!atEnd() && (text.charAt(position) == '-' || text.charAt(position) == '+')) {
            position++;
        }
        int digits = position;
        skipDigits();
        if (position == digits) {
            position = start;
            throw error("missing power after '" + after + "'", start,
                    atEnd() ? 1 : tokenLength(), EXPECTED_POWER);
        }
        if (!atEnd() && text.charAt(position) == '.') {
            position++;
            skipDigits();
        }
        return new BigDecimal(text.substring(start, position));
    }

    private void skipDigits() {
        while (!atEnd() && Character.isDigit(text.charAt(position))) {
            position++;
        }
    }

    private int parsePower(String number, int start) {
        try {
            return Integer.parseInt(number);
        } catch (NumberFormatException e) {
            throw error("power " + number + " is too large", start, number.length(), EXPECTED_POWER);
        }
    }

    /** Length of the token at the position: a run of letters and digits, or one character. */
    private int tokenLength() {
        int end = position;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return Math.max(1, end - position);
    }

    private void skipSpaces() {
        while (!atEnd() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
    }

    private boolean atEnd() {
        return position >= text.length();
    }

    private UnitException error(String problem, int start, int length, String expected) {
        return new UnitException(caretMessage(problem, text, start, length, expected));
    }
}
