package org.synfire.sweep;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.synfire.SynfireException;
import org.synfire.units.Quantity;
import org.synfire.units.Unit;
import org.synfire.units.Units;

/**
 * One parameter of a study and the values it takes, kept as the text a script's
 * {@code param(name, default)} parses (a number, a quantity such as {@code 10ms}, or a word such
 * as a model's name). Written {@code g=4,5,6}, {@code eta=1:4:0.5} (start, stop and step; the
 * stop is included when the steps reach it exactly), {@code tau=10ms:30ms:5ms},
 * {@code model=lif,adex}, or a mix ({@code g=1,2,4:8:2}).
 *
 * @param name   the parameter, as the script's {@code param} names it
 * @param values its values in order, each a text
 */
public record Axis(String name, List<String> values) {
    /** The most values one axis may have: a typo such as {@code 0:1e6:1e-6} should fail at once, not fill the memory. */
    static final int MAX_VALUES = 1_000_000;
    /** Column names of the study's table, which a parameter cannot take. */
    static final Set<String> RESERVED = Set.of("point", "seed", "status", "error", "folder");

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern NUMBER_AND_UNIT = Pattern.compile("\\s*([+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)\\s*(.*?)\\s*");

    /**
     * An axis of value texts as given; the list is copied.
     *
     * @param name   the parameter
     * @param values its values in order, each a text
     * @throws SweepException if the name is not a parameter name or names a column of the table
     *                        ({@code point}, {@code seed}, ...), there are no values, or a value appears twice
     */
    public Axis {
        checkName(name, name + "=...");
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new SweepException("grid '" + name + "': no values; give at least one, e.g. " + name + "=4,5,6");
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String v : values) {
            if (!seen.add(v)) {
                throw new SweepException("grid '" + name + "=" + String.join(",", values) + "': the value " + v
                    + " appears twice, which would run the same point twice; give each value once");
            }
        }
    }

    /** Checks that {@code name} can be a parameter and a column of the study's table; {@code spec} is what the user wrote. */
    static void checkName(String name, String spec) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new SweepException("grid '" + spec + "': '" + name + "' is not a parameter name; use letters, digits and '_', "
                + "starting with a letter, as in param('g', 5)");
        }
        if (name.equals("seed")) {
            throw new SweepException("grid '" + spec + "': the seed is not a parameter; give seeds as seeds, e.g. 1..10");
        }
        if (RESERVED.contains(name)) {
            throw new SweepException("grid '" + spec + "': '" + name + "' names a column of the study's table (" + String.join(", ",
                RESERVED.stream().sorted().toList()) + "); call the parameter something else");
        }
    }

    /**
     * Reads {@code NAME=VALUES}: values separated by commas, each a single value or a range
     * {@code start:stop:step} of numbers, or of quantities in one unit ({@code 10ms:30ms:5ms}).
     * Ranges are computed in decimal, so {@code 0:1:0.1} gives 0, 0.1, ..., 1 exactly.
     *
     * @param spec the text, e.g. {@code g=4,5,6}
     * @return the axis
     * @throws SweepException naming the text and what to write instead
     */
    public static Axis parse(String spec) {
        int eq = spec.indexOf('=');
        if (eq < 0) {
            throw new SweepException("grid '" + spec + "': give NAME=VALUES, e.g. g=4,5,6 or eta=1:4:0.5");
        }
        String name = spec.substring(0, eq).trim();
        checkName(name, spec);
        String text = spec.substring(eq + 1).trim();
        if (text.isEmpty()) {
            throw new SweepException("grid '" + spec + "': no values after '='; give them as " + name + "=4,5,6 or " + name + "=1:4:0.5");
        }
        List<String> values = new ArrayList<>();
        for (String item : text.split(",", -1)) {
            String v = item.trim();
            if (v.isEmpty()) {
                throw new SweepException("grid '" + spec + "': an empty value between commas; give values as " + name + "=4,5,6");
            }
            if (v.contains(":")) {
                values.addAll(range(spec, v));
            } else {
                values.add(v);
            }
            if (values.size() > MAX_VALUES) {
                throw new SweepException("grid '" + spec + "': more than " + MAX_VALUES + " values; check the step");
            }
        }
        return new Axis(name, values);
    }

    /**
     * An axis from values given in code: numbers, quantities (written in one unit, the one that
     * shows the largest best, so they fill one column of the table) or texts. A text containing
     * {@code :} given as the only value is read as a range, as {@link #parse} reads it.
     *
     * @param name   the parameter
     * @param values numbers, quantities, texts or booleans
     * @return the axis, its values as texts
     * @throws SweepException if the name is not a parameter name, a value is of another type, not
     *                        finite, or a quantity of another kind than the others
     */
    public static Axis of(String name, Collection<?> values) {
        checkName(name, name + "=...");
        if (values.size() == 1 && values.iterator().next() instanceof CharSequence text && text.toString().contains(":")) {
            return parse(name + "=" + text);
        }
        Quantity largest = null;
        for (Object v : values) {
            if (v instanceof Quantity q && (largest == null || Math.abs(q.si()) > Math.abs(largest.si()))) {
                largest = q;
            }
        }
        Unit unit = largest == null ? null : Units.displayUnit(largest);
        List<String> texts = new ArrayList<>();
        for (Object v : values) {
            if (v instanceof Quantity q) {
                if (!q.dimension().equals(largest.dimension())) {
                    throw new SweepException("grid '" + name + "': " + q + " and " + largest + " are of different kinds; give one unit per parameter");
                }
                texts.add(plain(new BigDecimal(Double.toString(q.in(unit)))) + " " + unit.symbol());
            } else if (v instanceof Number n) {
                if (!Double.isFinite(n.doubleValue())) {
                    throw new SweepException("grid '" + name + "': " + n + " is not a finite number");
                }
                texts.add(plain(new BigDecimal(n.toString())));
            } else if (v instanceof CharSequence || v instanceof Boolean) {
                texts.add(v.toString());
            } else {
                throw new SweepException("grid '" + name + "': " + (v == null ? "null" : v.getClass().getSimpleName() + " " + v)
                    + " is not a value a script's param(...) can take; give numbers, quantities (10.ms) or texts");
            }
        }
        return new Axis(name, texts);
    }

    private static List<String> range(String spec, String item) {
        String[] parts = item.split(":", -1);
        if (parts.length != 3) {
            throw new SweepException("grid '" + spec + "': '" + item + "' is not a range; write start:stop:step, e.g. 1:4:0.5");
        }
        BigDecimal[] n = new BigDecimal[3];
        String[] units = new String[3];
        for (int k = 0; k < 3; k++) {
            Matcher m = NUMBER_AND_UNIT.matcher(parts[k]);
            if (!m.matches()) {
                throw new SweepException("grid '" + spec + "': '" + parts[k].trim() + "' in the range " + item
                    + " is not a number; ranges are of numbers or quantities, e.g. 1:4:0.5 or 10ms:30ms:5ms");
            }
            n[k] = new BigDecimal(m.group(1));
            units[k] = m.group(2);
        }
        if (!units[0].equals(units[1]) || !units[1].equals(units[2])) {
            throw new SweepException("grid '" + spec + "': start, stop and step of " + item + " must be in one unit, e.g. 10ms:30ms:5ms");
        }
        if (!units[0].isEmpty()) {
            try {
                Units.parse(units[0]);
            } catch (SynfireException e) {
                throw new SweepException("grid '" + spec + "': '" + units[0] + "' in " + item + " is not a unit (" + e.getMessage() + ")");
            }
        }
        BigDecimal start = n[0];
        BigDecimal stop = n[1];
        BigDecimal step = n[2];
        if (step.signum() == 0) {
            throw new SweepException("grid '" + spec + "': the step of " + item + " is 0; give a step that reaches the stop, e.g. 1:4:0.5");
        }
        if (stop.compareTo(start) != 0 && stop.subtract(start).signum() != step.signum()) {
            throw new SweepException("grid '" + spec + "': the range " + item + " is empty (from " + plain(start) + (step.signum() > 0 ? " up" : " down")
                + " by " + plain(step.abs()) + " never reaches " + plain(stop) + "); give start <= stop for a positive step, or a negative step");
        }
        BigDecimal count = stop.subtract(start).divide(step, 0, java.math.RoundingMode.FLOOR);
        if (count.compareTo(BigDecimal.valueOf(MAX_VALUES)) >= 0) {
            throw new SweepException("grid '" + spec + "': the range " + item + " has more than " + MAX_VALUES + " values; check the step");
        }
        List<String> values = new ArrayList<>();
        String unit = units[0].isEmpty() ? "" : units[0];
        for (int k = 0; k <= count.intValue(); k++) {
            values.add(plain(start.add(step.multiply(BigDecimal.valueOf(k)))) + unit);
        }
        return values;
    }

    /** A decimal without trailing zeros or exponent: 1.50 is 1.5, 2.0 is 2. */
    private static String plain(BigDecimal d) {
        return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }

    @Override
    public String toString() {
        return name + "=" + String.join(",", values);
    }
}
