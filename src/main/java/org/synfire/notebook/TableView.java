package org.synfire.notebook;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.NumberColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A Tablesaw table as a notebook shows it, in HTML and in plain text from the same choice of rows:
 * all of them when there are at most {@link #MAX_ROWS}, else the first and last
 * {@link #EDGE_ROWS} around a gap, followed by the number of rows and columns either way, so a
 * million-row recording never floods the notebook. Decimal numbers show six significant digits, as
 * pandas shows them; the table itself, and its CSV, keep every digit.
 */
final class TableView implements Displays.HtmlAndText {
    static final int MAX_ROWS = 20;
    static final int EDGE_ROWS = 5;
    /** A row index that stands for the rows left out. */
    private static final int GAP = -1;

    private final Table table;
    private final List<Integer> rows = new ArrayList<>();

    TableView(Table table) {
        this.table = table;
        int n = table.rowCount();
        if (n <= MAX_ROWS) {
            for (int r = 0; r < n; r++) {
                rows.add(r);
            }
        } else {
            for (int r = 0; r < EDGE_ROWS; r++) {
                rows.add(r);
            }
            rows.add(GAP);
            for (int r = n - EDGE_ROWS; r < n; r++) {
                rows.add(r);
            }
        }
    }

    String summary() {
        return table.rowCount() + (table.rowCount() == 1 ? " row" : " rows") + " × " + table.columnCount()
            + (table.columnCount() == 1 ? " column" : " columns");
    }

    @Override
    public String html() {
        StringBuilder b = new StringBuilder("<table class=\"synfire-table\">\n");
        if (table.name() != null && !table.name().isEmpty()) {
            b.append("<caption>").append(escape(table.name())).append("</caption>\n");
        }
        b.append("<thead><tr>");
        for (Column<?> c : table.columns()) {
            b.append("<th>").append(escape(c.name())).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (int r : rows) {
            b.append("<tr>");
            for (Column<?> c : table.columns()) {
                b.append(r == GAP ? "<td>…</td>" : "<td>" + escape(cell(c, r)) + "</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table>\n<p>").append(summary()).append("</p>");
        return b.toString();
    }

    @Override
    public String text() {
        List<Column<?>> columns = table.columns();
        int[] width = new int[columns.size()];
        for (int k = 0; k < width.length; k++) {
            width[k] = Math.max(1, columns.get(k).name().length());
            for (int r : rows) {
                width[k] = Math.max(width[k], r == GAP ? 1 : cell(columns.get(k), r).length());
            }
        }
        StringBuilder b = new StringBuilder();
        if (table.name() != null && !table.name().isEmpty()) {
            b.append(table.name()).append('\n');
        }
        line(b, width, k -> columns.get(k).name());
        for (int r : rows) {
            line(b, width, k -> r == GAP ? "…" : cell(columns.get(k), r));
        }
        return b.append(summary()).toString();
    }

    private static void line(StringBuilder b, int[] width, java.util.function.IntFunction<String> cell) {
        for (int k = 0; k < width.length; k++) {
            String s = cell.apply(k);
            b.append(k == 0 ? "" : "  ").append(" ".repeat(width[k] - s.length())).append(s);
        }
        b.append('\n');
    }

    /** A cell as shown: decimal numbers to six significant digits, everything else as Tablesaw writes it. */
    private static String cell(Column<?> column, int row) {
        if ((column instanceof DoubleColumn || column instanceof FloatColumn) && !column.isMissing(row)) {
            return number(((NumberColumn<?, ?>) column).getDouble(row));
        }
        return column.getString(row);
    }

    /**
     * {@code x} to six significant digits without trailing zeros: {@code 0.3}, {@code 12.3457},
     * {@code 300}; in scientific notation below 10^-4 and from 10^6 on ({@code 1.5e-07}).
     */
    static String number(double x) {
        if (!Double.isFinite(x)) {
            return Double.toString(x);
        }
        double a = Math.abs(x);
        if (a == 0 || a >= 1e-4 && a < 1e6) {
            return new BigDecimal(x).round(SIX_DIGITS).stripTrailingZeros().toPlainString();
        }
        BigDecimal rounded = new BigDecimal(x).round(SIX_DIGITS).stripTrailingZeros();
        int exponent = rounded.precision() - rounded.scale() - 1;
        return rounded.movePointLeft(exponent).toPlainString() + "e" + (exponent < 0 ? "-" : "+") + String.format(java.util.Locale.ROOT,
            "%02d", Math.abs(exponent));
    }

    private static final MathContext SIX_DIGITS = new MathContext(6);

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
