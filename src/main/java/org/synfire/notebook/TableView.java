package org.synfire.notebook;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A Tablesaw table as a notebook shows it, in HTML and in plain text from the same choice of rows:
 * all of them when there are at most {@link #MAX_ROWS}, else the first and last
 * {@link #EDGE_ROWS} around a gap, followed by the number of rows and columns either way, so a
 * million-row recording never floods the notebook.
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
                b.append(r == GAP ? "<td>…</td>" : "<td>" + escape(c.getString(r)) + "</td>");
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
                width[k] = Math.max(width[k], r == GAP ? 1 : columns.get(k).getString(r).length());
            }
        }
        StringBuilder b = new StringBuilder();
        if (table.name() != null && !table.name().isEmpty()) {
            b.append(table.name()).append('\n');
        }
        line(b, width, k -> columns.get(k).name());
        for (int r : rows) {
            line(b, width, k -> r == GAP ? "…" : columns.get(k).getString(r));
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

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
