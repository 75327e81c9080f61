package org.synfire.table;

import java.util.Optional;
import org.synfire.probe.StateTrace;
import org.synfire.units.Dimension;
import org.synfire.units.Quantity;
import org.synfire.units.Unit;
import org.synfire.units.UnitException;
import org.synfire.units.Units;

/**
 * The column naming convention of every Synfire table, in one place so tables, CSV import and plot
 * axis labels agree.
 *
 * <ul>
 * <li>A column of values with a unit is {@code <quantity>_<unit>}: {@code t_ms}, {@code v_mV},
 *     {@code I_nA}, {@code rate_Hz}, {@code delay_ms}, {@code w_nS}. The unit is written as
 *     {@link Units#parse} reads it, made safe for identifiers: {@code /} becomes {@code _per_},
 *     {@code *} becomes {@code _}, {@code ^} is dropped ({@code uF/cm^2} → {@code uF_per_cm2}).</li>
 * <li>Dimensionless values have no suffix: {@code cv}, {@code count}, {@code x}.</li>
 * <li>Indices are plain int columns: {@code neuron}, {@code synapse}, {@code source},
 *     {@code target}; names are string columns: {@code group}, {@code projection}.</li>
 * <li>A wide trace column adds the neuron in brackets: {@code v_mV[3]}.</li>
 * </ul>
 *
 * <pre>{@code
 * Columns.name("v", Units.mV);     // "v_mV"
 * Columns.unit("v_mV[3]");         // Optional[mV]
 * Columns.label("rate_Hz");        // "rate (Hz)"
 * }</pre>
 */
public final class Columns {
    private Columns() {
    }

    /**
     * The name of a column of {@code quantity} in {@code unit}; no suffix for the dimensionless unit.
     *
     * @param quantity what the column holds, e.g. {@code v} or {@code rate}
     * @param unit     the unit its numbers are in, e.g. millivolt
     * @return e.g. {@code v_mV}, {@code rate_Hz}, or {@code cv} for a dimensionless quantity
     */
    public static String name(String quantity, Unit unit) {
        if (unit.dimension().isDimensionless() && unit.scale() == 1) {
            return quantity;
        }
        return quantity + "_" + unit.symbol().replace("/", "_per_").replace("*", "_").replace("^", "").replace(" ", "_");
    }

    /**
     * The wide-format name of the column of {@code quantity} for one neuron: {@code v_mV[3]}.
     *
     * @param quantity what the column holds, e.g. {@code v}
     * @param unit     the unit its numbers are in
     * @param neuron   the neuron's index in its group
     * @return the name with the neuron in brackets
     */
    public static String name(String quantity, Unit unit, int neuron) {
        return name(quantity, unit) + "[" + neuron + "]";
    }

    /**
     * The unit a column name carries, read back from its suffix: the longest tail of
     * {@code _}-separated words that is a unit ({@code delay_mean_ms} → ms); empty for
     * dimensionless and index columns.
     *
     * @param column a column name as {@link #name} makes them, with or without a neuron in brackets
     * @return the unit, or empty when the name carries none
     */
    public static Optional<Unit> unit(String column) {
        String base = stripIndex(column);
        int from = base.indexOf('_');
        while (from >= 0) {
            String tail = base.substring(from + 1);
            Optional<Unit> parsed = parse(tail);
            if (parsed.isPresent()) {
                return parsed;
            }
            from = base.indexOf('_', from + 1);
        }
        return Optional.empty();
    }

    /**
     * The quantity part of a column name: {@code v_mV[3]} → {@code v}.
     *
     * @param column a column name as {@link #name} makes them
     * @return the name without its unit suffix and neuron
     */
    public static String quantity(String column) {
        String base = stripIndex(column);
        Optional<Unit> unit = unit(column);
        if (unit.isEmpty()) {
            return base;
        }
        return base.substring(0, base.length() - name("", unit.get()).length());
    }

    /**
     * An axis label: {@code v_mV} → {@code "v (mV)"}, {@code count} → {@code "count"}.
     *
     * @param column a column name as {@link #name} makes them
     * @return the quantity, with its unit in parentheses when the name carries one
     */
    public static String label(String column) {
        Optional<Unit> unit = unit(column);
        return unit.map(u -> quantity(column).replace('_', ' ') + " (" + u.symbol() + ")").orElse(stripIndex(column).replace('_', ' '));
    }

    /**
     * The unit tables and plots show a variable of a trace in: the display unit of its largest
     * magnitude ({@code -65 mV} → mV, {@code 0.2 nA} → pA), so the numbers read well.
     *
     * @param trace    the recorded trace
     * @param variable one of its variables
     * @return a unit of the variable's dimension
     */
    public static Unit unitFor(StateTrace trace, String variable) {
        Dimension dim = trace.dimension(variable);
        Unit si = Units.preferredUnit(dim);
        double largest = 0;
        for (int p = 0; p < trace.neurons().length; p++) {
            for (double x : trace.values(variable, p, si)) {
                if (Double.isFinite(x)) {
                    largest = Math.max(largest, Math.abs(x));
                }
            }
        }
        return Units.displayUnit(Quantity.of(largest, si));
    }

    private static String stripIndex(String column) {
        int bracket = column.indexOf('[');
        return bracket > 0 && column.endsWith("]") ? column.substring(0, bracket) : column;
    }

    private static Optional<Unit> parse(String suffix) {
        if (suffix.isEmpty() || !Character.isLetter(suffix.charAt(0))) {
            return Optional.empty();
        }
        String symbol = suffix.replace("_per_", "/").replace('_', '*').replaceAll("([A-Za-z])(\\d+)", "$1^$2");
        try {
            Unit unit = Units.parse(symbol);
            // Only names this convention writes count: "mean" or "count" must not parse as units.
            return name("", unit).equals("_" + suffix) ? Optional.of(unit) : Optional.empty();
        } catch (UnitException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
