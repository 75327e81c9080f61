package org.synfire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The little JSON Synfire writes and reads back (run manifests, study folders): {@link #quote},
 * {@link #number} and {@link #write} to write it, {@link #parse} to read what was written (objects
 * keep their order; numbers are doubles; the strings {@code "NaN"}, {@code "Infinity"} and
 * {@code "-Infinity"} stand for the numbers JSON lacks). A dozen fields per file need no library.
 */
public final class Json {
    private final String text;
    private final String source;
    private int at;

    private Json(String text, String source) {
        this.text = text;
        this.source = source;
    }

    /**
     * A JSON string literal: {@code s} in double quotes, with quotes, backslashes and control
     * characters escaped.
     *
     * @param s the text to quote; not null
     * @return the literal, quotes included
     */
    public static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return b.append('"').toString();
    }

    /**
     * A double written so that it reads back exactly (Java's shortest round-trip form).
     *
     * @param v any double, NaN and the infinities included
     * @return a JSON number, or for NaN and the infinities the quoted string {@link #number(Object)} reads back
     */
    public static String number(double v) {
        return Double.isFinite(v) ? Double.toString(v) : quote(Double.toString(v));
    }

    /**
     * Writes a value made of maps, lists, texts, numbers, booleans and nulls: a top-level map one
     * field a line, a list of maps one map a line, everything deeper on one line. Integers, longs
     * and whole doubles are written without a fraction; any other object is written as the
     * quoted text of its {@code toString}.
     *
     * @param fields the top-level object's fields, written in the map's iteration order
     * @return the JSON text, ending in a line break
     */
    public static String write(Map<String, ?> fields) {
        List<String> lines = new ArrayList<>();
        fields.forEach((k, v) -> {
            if (v instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map) {
                List<String> items = new ArrayList<>();
                list.forEach(item -> items.add("    " + inline(item)));
                lines.add("  " + quote(k) + ": [\n" + String.join(",\n", items) + "\n  ]");
            } else {
                lines.add("  " + quote(k) + ": " + inline(v));
            }
        });
        return "{\n" + String.join(",\n", lines) + "\n}\n";
    }

    private static String inline(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Map<?, ?> map) {
            List<String> parts = new ArrayList<>();
            map.forEach((k, x) -> parts.add(quote(String.valueOf(k)) + ": " + inline(x)));
            return "{" + String.join(", ", parts) + "}";
        }
        if (v instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            list.forEach(x -> parts.add(inline(x)));
            return "[" + String.join(", ", parts) + "]";
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Boolean) {
            return v.toString();
        }
        if (v instanceof Number n) {
            double d = n.doubleValue();
            // Whole numbers read back as doubles are written as they were before reading: a count stays 64, not 64.0
            // (but -0.0 keeps its sign, which a table would show).
            boolean whole = d == Math.rint(d) && Math.abs(d) < 1e15 && Double.doubleToRawLongBits(d) != Double.doubleToRawLongBits(-0.0);
            return whole ? Long.toString((long) d) : number(d);
        }
        return quote(v.toString());
    }

    /**
     * A number written by {@link #number(double)}, read back.
     *
     * @param v a value {@link #parse} returned: a {@code Double}, or one of the strings
     *          {@code "NaN"}, {@code "Infinity"} and {@code "-Infinity"}
     * @return the number
     * @throws SynfireException if {@code v} is anything else
     */
    public static double number(Object v) {
        if (v instanceof Double d) {
            return d;
        }
        if (v instanceof String s && (s.equals("NaN") || s.equals("Infinity") || s.equals("-Infinity"))) {
            return Double.parseDouble(s);
        }
        throw new SynfireException("not a number: " + v);
    }

    /**
     * Reads one JSON value: a {@code Map} (in order), {@code List}, {@code String}, {@code Double},
     * {@code Boolean} or {@code null}.
     *
     * @param text   the JSON text: one value, with white space around it allowed
     * @param source names the file in the message when the text is no JSON
     * @return the value; a JSON {@code null} gives {@code null}
     * @throws SynfireException if the text is not JSON, or has anything but white space after the value
     */
    public static Object parse(String text, String source) {
        Json p = new Json(text, source);
        Object v = p.value();
        p.space();
        if (p.at != text.length()) {
            throw p.error("text after the end");
        }
        return v;
    }

    private Object value() {
        space();
        if (at >= text.length()) {
            throw error("unexpected end");
        }
        char c = text.charAt(at);
        switch (c) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                return string();
            default:
                if (text.startsWith("true", at)) {
                    at += 4;
                    return Boolean.TRUE;
                }
                if (text.startsWith("false", at)) {
                    at += 5;
                    return Boolean.FALSE;
                }
                if (text.startsWith("null", at)) {
                    at += 4;
                    return null;
                }
                return numberValue();
        }
    }

    private Map<String, Object> object() {
        Map<String, Object> map = new LinkedHashMap<>();
        at++;
        space();
        if (peek('}')) {
            return map;
        }
        do {
            space();
            if (!peekNoSkip('"')) {
                throw error("a name in quotes expected");
            }
            String key = string();
            space();
            expect(':');
            map.put(key, value());
            space();
        } while (peek(','));
        expect('}');
        return map;
    }

    private List<Object> array() {
        List<Object> list = new ArrayList<>();
        at++;
        space();
        if (peek(']')) {
            return list;
        }
        do {
            list.add(value());
            space();
        } while (peek(','));
        expect(']');
        return list;
    }

    private String string() {
        StringBuilder b = new StringBuilder();
        at++;
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == '"') {
                return b.toString();
            }
            if (c == '\\') {
                if (at >= text.length()) {
                    break;
                }
                char e = text.charAt(at++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 'r' -> b.append('\r');
                    case 't' -> b.append('\t');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> {
                        if (at + 4 > text.length()) {
                            throw error("a cut \\u escape");
                        }
                        b.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> b.append(e);
                }
            } else {
                b.append(c);
            }
        }
        throw error("a string without its closing quote");
    }

    private Double numberValue() {
        int start = at;
        while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        try {
            return Double.valueOf(text.substring(start, at));
        } catch (NumberFormatException e) {
            at = start;
            throw error("a value expected");
        }
    }

    private void space() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private boolean peek(char c) {
        if (at < text.length() && text.charAt(at) == c) {
            at++;
            return true;
        }
        return false;
    }

    private boolean peekNoSkip(char c) {
        return at < text.length() && text.charAt(at) == c;
    }

    private void expect(char c) {
        space();
        if (!peek(c)) {
            throw error("'" + c + "' expected");
        }
    }

    private SynfireException error(String what) {
        return new SynfireException(source + " is not JSON (" + what + " at character " + at + "); it was cut or edited");
    }
}
