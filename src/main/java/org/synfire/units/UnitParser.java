package org.synfire.units;

import java.util.Optional;

/**
 * Recursive-descent reader for unit expressions, shared by {@link Units#parse(String)} and
 * {@link Quantity#parse(String)}. Grammar, left to right with one precedence level for products:
 *
 * <pre>
 * product := power (('*' | '/' | juxtaposition) power)*
 * power   := primary (('^' | '**') integer)?
 * primary := name digits? | '1' | '(' product ')'
 * </pre>
 *
 * It reads from an offset in a longer text so that carets in errors line up with what the user
 * typed, e.g. the whole of "-65 mVV".
 */
final class UnitParser {
    static final String EXPECTED_UNIT = "expected a unit such as mV, ms, nA, uF/cm^2";
    private static final String EXPECTED_OPERATOR =
            "expected '*', '/', '^' or another unit after a space, or the end of the unit";
    private static final String EXPECTED_POWER = "expected an integer power such as ^2 or ^-1";

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
        Unit base = primary();
        skipSpaces();
        if (text.startsWith("**", position)) {
            position += 2;
            return base.power(integer("**"));
        }
        if (text.startsWith("^", position)) {
            position++;
            return base.power(integer("^"));
        }
        return base;
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

    private int integer(String operator) {
        skipSpaces();
        int start = position;
        if (!atEnd() && (text.charAt(position) == '-' || text.charAt(position) == '+')) {
            position++;
        }
        while (!atEnd() && Character.isDigit(text.charAt(position))) {
            position++;
        }
        String number = text.substring(start, position);
        if (number.isEmpty() || number.equals("-") || number.equals("+")) {
            position = start;
            throw error("missing power after '" + operator + "'", start,
                    atEnd() ? 1 : tokenLength(), EXPECTED_POWER);
        }
        if (!atEnd() && text.charAt(position) == '.') {
            throw error("fractional power", start, position + 1 - start, EXPECTED_POWER);
        }
        return parsePower(number, start);
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
