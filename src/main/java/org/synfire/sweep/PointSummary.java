package org.synfire.sweep;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.synfire.table.Tables;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A point's results from what a script leaves: the map of numbers or the table its last
 * statement returns, or else the table it saves as {@code summary} (the {@code summary()} word's
 * {@code quantity, value} table). A table counts when it has that two-column form (one result per
 * row) or a single row (one result per numeric column); anything else a script returns (the files
 * of a last {@code save}, say) is no summary, and a script with none has no results but its files.
 */
public final class PointSummary {
    /** The file a script's summary table is saved as ({@code save summary.table(), 'summary'}). */
    public static final String FILE = "summary.csv";

    private PointSummary() {
    }

    /**
     * The results of a point from what its script returned, or else from the summary it saved.
     *
     * @param returned what the script returned
     * @param folder   the point's folder, where a saved {@code summary.csv} is looked for
     * @return result name to value, in order; empty when the script left no summary
     * @throws SweepException for a map with a value that is no number, or a table that is no summary
     */
    public static Map<String, Double> of(Object returned, Path folder) {
        if (returned instanceof Map<?, ?> map) {
            Map<String, Double> values = new LinkedHashMap<>();
            map.forEach((k, v) -> {
                if (!(v instanceof Number n)) {
                    throw new SweepException("the result '" + k + "' is " + (v == null ? "null" : "a " + v.getClass().getSimpleName() + " (" + v + ")")
                        + ", not a number; return a map of numbers, e.g. [rate_Hz: rate, cv: cv]");
                }
                values.put(String.valueOf(k), n.doubleValue());
            });
            return values;
        }
        if (returned instanceof Table table) {
            return of(table);
        }
        Path saved = folder.resolve(FILE);
        return Files.isRegularFile(saved) ? of(Tables.readCsv(saved)) : Map.of();
    }

    /**
     * The results in a summary table: a {@code quantity, value} table, or one row of numbers.
     *
     * @param table the table
     * @return result name to value, in the table's order
     * @throws SweepException if the table has neither form, or names a result twice
     */
    public static Map<String, Double> of(Table table) {
        Map<String, Double> values = new LinkedHashMap<>();
        if (table.columnCount() == 2 && !(table.column(0) instanceof NumericColumn) && table.column(1) instanceof NumericColumn<?> v) {
            for (int r = 0; r < table.rowCount(); r++) {
                String name = table.column(0).getString(r);
                if (values.put(name, v.getDouble(r)) != null) {
                    throw new SweepException("table '" + table.name() + "' names the result " + name + " twice; give each result once");
                }
            }
            return values;
        }
        if (table.rowCount() == 1) {
            for (Column<?> c : table.columns()) {
                if (c instanceof NumericColumn<?> n) {
                    values.put(c.name(), n.getDouble(0));
                }
            }
            return values;
        }
        throw new SweepException("table '" + table.name() + "' (" + table.rowCount() + " rows; columns " + String.join(", ", table.columnNames())
            + ") is no summary; return a map of numbers ([rate_Hz: r]), a summary() table, or a table of one row");
    }
}
