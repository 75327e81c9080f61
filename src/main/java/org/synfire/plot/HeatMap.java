package org.synfire.plot;

import java.util.Map;
import java.util.TreeMap;
import org.synfire.table.Columns;
import org.synfire.table.Tables;
import tech.tablesaw.api.Table;

/**
 * Heat maps in viridis: a table's value over two of its columns (a parameter study's result over
 * its grid), a cell per grid point, the axes labelled at the grid's values. XChart's own heat map
 * prints only the two ends of its colour scale and leaves the chart's title to say what it shows;
 * a {@link CellMap} draws the cells instead, with a {@link ColourBar} beside them ticked at round
 * values and titled with the value and its unit, so a new title leaves the unit in place.
 */
final class HeatMap {
    private HeatMap() {
    }

    /**
     * {@code value} over the distinct values of {@code x} and {@code y}, each cell the mean of the
     * rows that share them (so a study with seeds shows the mean over seeds); cells without a
     * number (a failed point, the CV of a silent network) are left blank.
     */
    static Figure of(Table table, String x, String y, String value) {
        double[] xs = Tables.doubles(table, x);
        double[] ys = Tables.doubles(table, y);
        double[] vs = Tables.doubles(table, value);
        Map<Double, Integer> columns = index(xs);
        Map<Double, Integer> rows = index(ys);
        double[][] sum = new double[rows.size()][columns.size()];
        int[][] count = new int[rows.size()][columns.size()];
        for (int r = 0; r < vs.length; r++) {
            if (!Double.isNaN(vs[r])) {
                sum[rows.get(ys[r])][columns.get(xs[r])] += vs[r];
                count[rows.get(ys[r])][columns.get(xs[r])]++;
            }
        }
        double[][] cells = new double[rows.size()][columns.size()];
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < rows.size(); j++) {
            for (int i = 0; i < columns.size(); i++) {
                cells[j][i] = count[j][i] > 0 ? sum[j][i] / count[j][i] : Double.NaN;
                if (count[j][i] > 0) {
                    low = Math.min(low, cells[j][i]);
                    high = Math.max(high, cells[j][i]);
                }
            }
        }
        if (!(high >= low)) {
            throw new PlotException("Plots.heatMap: column " + value + " has no numbers to draw; give a column of results");
        }
        ColourBar bar = new ColourBar(low, high, Style.label(Columns.label(value)));
        return CellMap.grid(columns.keySet().stream().map(Style::tick).toList(), rows.keySet().stream().map(Style::tick).toList(), cells,
            Style.label(Columns.label(x)), Style.label(Columns.label(y)), bar);
    }

    /** The distinct values in ascending order, each with its place. */
    private static Map<Double, Integer> index(double[] values) {
        Map<Double, Integer> index = new TreeMap<>();
        for (double v : values) {
            if (Double.isNaN(v)) {
                throw new PlotException("Plots.heatMap: the axes' columns need a number in every row");
            }
            index.put(v, 0);
        }
        int k = 0;
        for (Map.Entry<Double, Integer> e : index.entrySet()) {
            e.setValue(k++);
        }
        return index;
    }
}
