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

    /** Adds one number, named with its unit as table columns are ({@code rate_Hz}, {@code cv}). */
    public Summary add(String name, Number value) {
        names.add(name);
        values.add(value.doubleValue());
        return this;
    }

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
