package org.synfire.plot;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.style.Styler;
import org.synfire.table.Columns;
import org.synfire.table.Tables;
import tech.tablesaw.api.Table;

/**
 * Heat maps in viridis with a colour bar: a table's value over two of its columns (a parameter
 * study's result over its grid), its axes labelled at the grid's values.
 */
final class HeatMap {
    private HeatMap() {
    }

    /** An empty viridis heat map whose colour bar runs from {@code low} to {@code high}. */
    private static HeatMapChart chart(String title, String xTitle, String yTitle, double low, double high) {
        HeatMapChart chart = new HeatMapChartBuilder().width(Style.WIDTH).height(Style.HEIGHT).title(title)
            .xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        Style.apply(chart.getStyler());
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setRangeColors(MorphologyPlot.VIRIDIS);
        chart.getStyler().setPlotGridLinesVisible(false);
        chart.getStyler().setShowValue(false);
        chart.getStyler().setMin(low).setMax(high);
        return chart;
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
        double[][] sum = new double[columns.size()][rows.size()];
        int[][] count = new int[columns.size()][rows.size()];
        for (int r = 0; r < vs.length; r++) {
            if (!Double.isNaN(vs[r])) {
                sum[columns.get(xs[r])][rows.get(ys[r])] += vs[r];
                count[columns.get(xs[r])][rows.get(ys[r])]++;
            }
        }
        List<Number[]> cells = new ArrayList<>();
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < columns.size(); i++) {
            for (int j = 0; j < rows.size(); j++) {
                if (count[i][j] > 0) {
                    double mean = sum[i][j] / count[i][j];
                    cells.add(new Number[] {i, j, mean});
                    low = Math.min(low, mean);
                    high = Math.max(high, mean);
                }
            }
        }
        if (cells.isEmpty()) {
            throw new PlotException("Plots.heatMap: column " + value + " has no numbers to draw; give a column of results");
        }
        String title = Style.label(Columns.label(value));
        HeatMapChart chart = chart(title, Style.label(Columns.label(x)), Style.label(Columns.label(y)), nice(low, RoundingMode.FLOOR),
            nice(high, RoundingMode.CEILING));
        chart.addSeries(title, columns.keySet().stream().map(Style::tick).toList(), rows.keySet().stream().map(Style::tick).toList(), cells);
        return new Figure(chart, null);
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

    /** Two significant digits, rounded outwards: the colour bar prints its ends as they are, and 0.65 reads better than 0.6497213. */
    private static double nice(double v, RoundingMode mode) {
        return v == 0 ? 0 : new BigDecimal(v).round(new MathContext(2, mode)).doubleValue();
    }
}
