package org.synfire.dsl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The key numbers of an analysis, collected as a script goes and saved as a two-column table
 * ({@code quantity}, {@code value}), so results can be read back and checked by machine:
 * {@code def s = summary(); s.add('rate_Hz', rate); save s.table(), 'summary'}.
 */
public final class Summary {
    private final List<String> names = new ArrayList<>();
    private final List<Double> values = new ArrayList<>();

    /**
     * Adds one number.
     *
     * @param name  named with its unit as table columns are ({@code rate_Hz}, {@code cv}); a name
     *              given twice gives two rows
     * @param value the number
     * @return this summary, to add more
     */
    public Summary add(String name, Number value) {
        names.add(name);
        values.add(value.doubleValue());
        return this;
    }

    /** {@return the numbers as a table of {@code quantity} and {@code value}, a row each, in the order added} */
    public Table table() {
        return Table.create("summary", StringColumn.create("quantity", names),
            DoubleColumn.create("value", values.stream().mapToDouble(Double::doubleValue).toArray()));
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < names.size(); k++) {
            b.append(String.format(Locale.ROOT, "%-24s %.6g%n", names.get(k), values.get(k)));
        }
        return b.toString();
    }
}
