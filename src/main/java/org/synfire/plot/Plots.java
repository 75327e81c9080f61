package org.synfire.plot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.synfire.analysis.FiCurve;
import org.synfire.analysis.Histogram;
import org.synfire.analysis.Intervals;
import org.synfire.analysis.RateSignal;
import org.synfire.analysis.Rates;
import org.synfire.sim.ProjectionView;
import org.synfire.probe.PopulationRate;
import org.synfire.probe.SpikeTrains;
import org.synfire.probe.StateTrace;
import org.synfire.table.Columns;
import org.synfire.table.Tables;
import org.synfire.model.morphology.Morphology;
import org.synfire.units.Quantity;
import org.synfire.units.Unit;
import org.synfire.units.Units;
import tech.tablesaw.api.Table;

/**
 * The standard figures of the field, one static call each, with axes labelled in units and a
 * paper-like look; each returns a {@link Figure} to save, show or combine with {@link #grid}.
 *
 * <pre>{@code
 * Plots.raster(sim.data(exc), sim.data(inh)).save("out/raster.png");
 * Plots.trace(sim.data(v), "v", Units.mV.of(-50));                 // with the threshold dashed
 * Plots.grid(2, Plots.rate(sim.data(r)), Plots.isiHistogram(s, ms.of(2), ms.of(200))).save("out/summary.svg");
 * }</pre>
 */
public final class Plots {
    private Plots() {
    }

    static XYChart xy(String title, String xTitle, String yTitle) {
        XYChart chart = new XYChartBuilder().width(Style.WIDTH).height(Style.HEIGHT).title(title).xAxisTitle(Style.label(xTitle))
            .yAxisTitle(Style.label(yTitle)).build();
        Style.apply(chart.getStyler());
        chart.getStyler().setxAxisTickLabelsFormattingFunction(Style::tick);
        chart.getStyler().setyAxisTickLabelsFormattingFunction(Style::tick);
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        return chart;
    }

    static XYSeries line(XYChart chart, String name, double[] x, double[] y, int colour) {
        XYSeries s = chart.addSeries(name, x, y);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineStyle(Style.LINE);
        s.setLineColor(Style.colour(colour));
        return s;
    }

    private static void requireData(String where, int n, String fix) {
        if (n == 0) {
            throw new PlotException(where + ": nothing to plot; " + fix);
        }
    }

    // ---- spikes ----------------------------------------------------------------------------

    /**
     * A raster of one or more groups, stacked bottom to top in the order given, coloured by group,
     * each labelled with what it records ({@code exc, first 100 of 3,200}); the time axis runs to
     * the end of the recording.
     *
     * @param groups the recordings, one per group
     * @return the raster, time in ms (in s beyond 10 s)
     * @throws PlotException if no group is given
     */
    public static Figure raster(SpikeTrains... groups) {
        requireData("Plots.raster", groups.length, "give at least one SpikeTrains, e.g. Plots.raster(sim.data(probe))");
        List<String> names = new ArrayList<>();
        List<double[]> times = new ArrayList<>();
        List<int[]> neurons = new ArrayList<>();
        int[] sizes = new int[groups.length];
        double end = Double.NaN;
        for (int g = 0; g < groups.length; g++) {
            names.add(groups[g].label());
            if (groups[g].end() != null) {
                end = Double.isNaN(end) ? groups[g].end().in(Units.ms) : Math.max(end, groups[g].end().in(Units.ms));
            }
            times.add(groups[g].times(Units.ms));
            neurons.add(groups[g].indices());
            // As many rows as the recorded neurons need: a probe of neurons 0..99 of 10,000 fills the plot.
            int[] recorded = groups[g].recordedNeurons();
            sizes[g] = recorded.length == 0 ? 1 : java.util.Arrays.stream(recorded).max().getAsInt() + 1;
        }
        return Raster.figure(names, times, neurons, sizes, end);
    }

    /**
     * A raster of the groups in a list (from Groovy: {@code Plots.raster([exc, inh])}).
     *
     * @param groups the recordings, one per group
     * @return the raster
     * @throws PlotException if the list is empty
     */
    public static Figure raster(List<SpikeTrains> groups) {
        return raster(groups.toArray(new SpikeTrains[0]));
    }

    /**
     * A raster of a spike table ({@code t_ms}, {@code neuron}, {@code group} as {@link
     * Tables#spikes} makes): groups in order of first appearance, each as tall as its largest
     * neuron index. Without a {@code group} column all spikes are one group, named after the table.
     *
     * @param spikes the spike table, times in ms
     * @return the raster
     * @throws org.synfire.table.TableException if the table lacks {@code t_ms} or {@code neuron}
     */
    public static Figure raster(Table spikes) {
        double[] t = Tables.doubles(spikes, "t_ms");
        int[] n = Tables.ints(spikes, "neuron");
        List<String> group = spikes.containsColumn("group") ? spikes.stringColumn("group").asList() : null;
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (int k = 0; k < t.length; k++) {
            String name = group == null ? spikes.name() : group.get(k);
            int[] c = counts.computeIfAbsent(name, x -> new int[2]);
            c[0]++;
            c[1] = Math.max(c[1], n[k] + 1);
        }
        List<String> names = new ArrayList<>(counts.keySet());
        List<double[]> times = new ArrayList<>();
        List<int[]> neurons = new ArrayList<>();
        int[] fill = new int[names.size()];
        int[] sizes = new int[names.size()];
        for (int g = 0; g < names.size(); g++) {
            times.add(new double[counts.get(names.get(g))[0]]);
            neurons.add(new int[counts.get(names.get(g))[0]]);
            sizes[g] = counts.get(names.get(g))[1];
        }
        for (int k = 0; k < t.length; k++) {
            int g = group == null ? 0 : names.indexOf(group.get(k));
            times.get(g)[fill[g]] = t[k];
            neurons.get(g)[fill[g]++] = n[k];
        }
        return Raster.figure(names, times, neurons, sizes, Double.NaN);
    }

    /**
     * The distribution of inter-spike intervals, pooled over neurons.
     *
     * @param s   the recording
     * @param bin the bin width, a time
     * @param max where the last bin ends at the earliest, a time
     * @return the histogram, intervals in ms
     * @throws org.synfire.analysis.AnalysisException if {@code bin} or {@code max} is not a positive time
     */
    public static Figure isiHistogram(SpikeTrains s, Quantity bin, Quantity max) {
        return histogram(Intervals.histogram(s, bin, max)).title("ISI distribution, " + s.name());
    }

    /**
     * The distribution of the recorded neurons' rates over a window.
     *
     * @param s     the recording
     * @param from  the window's start, a time
     * @param to    its end, a time
     * @param binHz the bin width, in Hz
     * @return the histogram, rates in Hz from 0
     * @throws org.synfire.analysis.AnalysisException if the window is empty or the bin width not positive
     */
    public static Figure rateHistogram(SpikeTrains s, Quantity from, Quantity to, double binHz) {
        double[] rates = Rates.perNeuron(s, from, to);
        double max = 0;
        for (double r : rates) {
            max = Math.max(max, r);
        }
        return histogram(Histogram.of("rate", Units.Hz, rates, binHz, 0, max + binHz)).title("Firing rates, " + s.name());
    }

    /**
     * A histogram as filled bars; x labelled with the counted quantity and its unit, y "count".
     *
     * @param h the histogram
     * @return the figure
     * @throws PlotException if the histogram has no bins
     */
    public static Figure histogram(Histogram h) {
        double[] e = h.edges();
        int[] c = h.counts();
        requireData("Plots.histogram", c.length, "the histogram has no bins");
        // The outline of the bars, one step per bin, closed at zero on both ends.
        double[] x = new double[2 * c.length + 2];
        double[] y = new double[x.length];
        x[0] = e[0];
        for (int k = 0; k < c.length; k++) {
            x[2 * k + 1] = e[k];
            y[2 * k + 1] = c[k];
            x[2 * k + 2] = e[k + 1];
            y[2 * k + 2] = c[k];
        }
        x[x.length - 1] = e[c.length];
        XYChart chart = xy("", axis(h.quantity(), h.unit()), "count");
        XYSeries s = line(chart, h.quantity(), x, y, 0);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
        s.setFillColor(new java.awt.Color(31, 119, 180, 170));
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setYAxisMin(0.0);
        return new Figure(chart, null);
    }

    // ---- traces and rates --------------------------------------------------------------

    /**
     * One variable of a state trace, a line per recorded neuron, in the unit of its largest magnitude.
     *
     * @param trace    a state probe's recording
     * @param variable one of its variables, e.g. {@code v}
     * @return the figure, time in ms (in s beyond 10 s)
     * @throws PlotException if the trace holds no samples
     * @throws IllegalArgumentException if the variable was not recorded
     */
    public static Figure trace(StateTrace trace, String variable) {
        requireData("Plots.trace", trace.samples(), "the probe recorded no samples; run the simulation first");
        Unit unit = Columns.unitFor(trace, variable);
        Unit time = timeUnit(trace.times(Units.ms));
        XYChart chart = xy("", axis("t", time), axis(variable, unit));
        double[] t = trace.times(time);
        int[] neurons = trace.neurons();
        for (int p = 0; p < neurons.length; p++) {
            line(chart, "neuron " + neurons[p], t, trace.values(variable, p, unit), p);
        }
        chart.getStyler().setLegendVisible(neurons.length > 1);
        return new Figure(chart, unit);
    }

    /**
     * A trace with a dashed threshold line.
     *
     * @param trace     a state probe's recording
     * @param variable  one of its variables, e.g. {@code v}
     * @param threshold where the line goes, of the variable's dimension
     * @return the figure
     * @throws PlotException if the trace holds no samples
     * @throws IllegalArgumentException if the variable was not recorded
     * @throws org.synfire.units.UnitException if the threshold does not fit the variable
     */
    public static Figure trace(StateTrace trace, String variable, Quantity threshold) {
        return trace(trace, variable).hline(threshold, "threshold");
    }

    /**
     * Columns of a table against another column: {@code Plots.line(table, "t_ms", "v_mV")}; axis
     * labels from the names. Several y columns in one unit share it on the axis
     * ({@code "ge_nS", "gi_nS"} → {@code "ge, gi (nS)"}; a wide trace's {@code v_mV[0]},
     * {@code v_mV[1]}, ... → {@code "v (mV)"}); in different units the axis names up to three.
     *
     * @param table the table
     * @param x     the column along x
     * @param y     the columns along y, a line each
     * @return the figure
     * @throws PlotException if no y column is named
     * @throws org.synfire.table.TableException if a column is missing or not numeric
     */
    public static Figure line(Table table, String x, String... y) {
        requireData("Plots.line", y.length, "name at least one y column");
        Unit unit = Columns.unit(y[0]).orElse(null);
        for (String column : y) {
            Unit other = Columns.unit(column).orElse(null);
            if (unit == null || other == null || !other.symbol().equals(unit.symbol())) {
                unit = null;
            }
        }
        Unit shared = unit;
        List<String> names = java.util.Arrays.stream(y)
            .map(c -> shared != null ? Columns.quantity(c).replace('_', ' ') : Columns.label(c)).distinct().toList();
        String joined = names.size() <= 3 ? String.join(", ", names) : "";
        // Series named freely ("tau = 5 ms") say what each line is, not what the axis measures:
        // they go to the legend only, and yLabel(...) names the axis.
        boolean quantities = java.util.Arrays.stream(y).allMatch(c -> Columns.unit(c).isPresent());
        String yTitle = shared == null ? (quantities || y.length == 1 ? joined : "") : (joined.isEmpty() ? "" : joined + " ") + "(" + shared.symbol() + ")";
        XYChart chart = xy("", Columns.label(x), yTitle);
        double[] xs = Tables.doubles(table, x);
        for (int k = 0; k < y.length; k++) {
            line(chart, y[k], xs, Tables.doubles(table, y[k]), k);
        }
        chart.getStyler().setLegendVisible(y.length > 1);
        return new Figure(chart, shared);
    }

    /**
     * A recorded population rate, as steps over its bins, titled with whose rate it is and the bin width.
     *
     * @param rate a rate probe's recording
     * @return the figure, rate in Hz
     * @throws PlotException if it has no bins yet
     */
    public static Figure rate(PopulationRate rate) {
        requireData("Plots.rate", rate.bins(), "the probe counted no bins yet; run the simulation first");
        Unit time = timeUnit(rate.times(Units.ms));
        XYChart chart = xy("", axis("t", time), "rate (Hz)");
        double[] t = rate.times(time);
        double[] hz = rate.rates();
        // Each bin drawn flat from its start to its end.
        double[] x = new double[2 * t.length];
        double[] y = new double[2 * t.length];
        double width = rate.bin().in(time);
        for (int k = 0; k < t.length; k++) {
            x[2 * k] = t[k];
            x[2 * k + 1] = t[k] + width;
            y[2 * k] = hz[k];
            y[2 * k + 1] = hz[k];
        }
        line(chart, rate.label(), x, y, 0);
        chart.getStyler().setLegendVisible(false);
        chart.setTitle(rate.label() + ": population rate in bins of " + Style.unit(rate.bin().toString()));
        chart.getStyler().setYAxisMin(0.0);
        return new Figure(chart, Units.Hz);
    }

    /**
     * Population rates (binned or smoothed, from {@link Rates}), a line each.
     *
     * @param signals the rates
     * @return the figure, rate in Hz
     * @throws PlotException if none is given or one has no samples
     */
    public static Figure rate(RateSignal... signals) {
        requireData("Plots.rate", signals.length, "give at least one RateSignal, e.g. Rates.smoothed(...)");
        Unit time = timeUnit(java.util.Arrays.stream(signals).flatMapToDouble(r -> java.util.Arrays.stream(r.times(Units.ms))).toArray());
        XYChart chart = xy("", axis("t", time), "rate (Hz)");
        for (int k = 0; k < signals.length; k++) {
            requireData("Plots.rate", signals[k].hz().length, "signal " + signals[k].name() + " has no samples");
            line(chart, signals[k].name(), signals[k].times(time), signals[k].hz(), k);
        }
        chart.getStyler().setLegendVisible(signals.length > 1);
        chart.getStyler().setYAxisMin(0.0);
        return new Figure(chart, Units.Hz);
    }

    // ---- f–I, weights --------------------------------------------------------------------

    /**
     * A measured f–I curve as points joined by a line, with analytic curves as dashed lines. The
     * line breaks where the rate jumps from zero to more than a quarter of its largest value (a
     * type II onset, as Hodgkin–Huxley's), so no slope is drawn where there is none; a curve alone
     * needs no legend.
     *
     * @param measured the measured curve, whose unit the current axis takes
     * @param theory   analytic curves, in any unit of current
     * @return the figure, rate in Hz
     * @throws PlotException if the measured curve has no currents
     * @throws org.synfire.units.UnitException if a theory's unit is not one of current
     */
    public static Figure fi(FiCurve measured, FiCurve... theory) {
        requireData("Plots.fi", measured.currents().length, "the measured curve has no currents");
        Unit unit = measured.unit();
        XYChart chart = xy("", axis("I", unit), "rate (Hz)");
        double[][] broken = breakAtOnset(measured.currents(), measured.rates());
        XYSeries points = chart.addSeries(measured.name(), broken[0], broken[1]);
        points.setMarker(SeriesMarkers.CIRCLE);
        points.setMarkerColor(Style.colour(0));
        points.setLineColor(Style.colour(0));
        points.setLineStyle(Style.LINE);
        // Theory over the measured points, dark and dashed, so that markers never hide it.
        for (int k = 0; k < theory.length; k++) {
            double factor = Quantity.of(1, theory[k].unit()).in(unit);
            double[] x = theory[k].currents();
            for (int i = 0; i < x.length; i++) {
                x[i] *= factor;
            }
            XYSeries curve = line(chart, theory[k].name(), x, theory[k].rates(), k + 1);
            curve.setLineStyle(Style.DASHED);
            curve.setLineColor(k == 0 ? java.awt.Color.BLACK : Style.colour(k + 1));
        }
        chart.getStyler().setLegendVisible(theory.length > 0);
        chart.getStyler().setYAxisMin(0.0);
        return new Figure(chart, Units.Hz);
    }

    /** The points with a NaN (a gap in the line) between a zero rate and a following jump above a quarter of the largest rate. */
    static double[][] breakAtOnset(double[] x, double[] y) {
        double largest = java.util.Arrays.stream(y).max().orElse(0);
        List<double[]> points = new ArrayList<>();
        for (int k = 0; k < x.length; k++) {
            if (k > 0 && y[k - 1] == 0 && y[k] > 0.25 * largest) {
                points.add(new double[] {(x[k - 1] + x[k]) / 2, Double.NaN});
            }
            points.add(new double[] {x[k], y[k]});
        }
        return new double[][] {points.stream().mapToDouble(p -> p[0]).toArray(), points.stream().mapToDouble(p -> p[1]).toArray()};
    }

    /**
     * The distribution of a synapse variable over a projection's synapses, in the unit of its largest magnitude.
     *
     * @param projection a built projection
     * @param variable   one of its per-synapse variables, e.g. {@code w}
     * @param bins       the number of bins, at least 1
     * @return the histogram
     * @throws PlotException if {@code bins} is below 1 or the projection has no synapses
     * @throws org.synfire.sim.SimulationException if the projection has no such variable
     */
    public static Figure weights(ProjectionView projection, String variable, int bins) {
        if (bins < 1) {
            throw new PlotException("Plots.weights: give at least 1 bin, not " + bins);
        }
        double[] si = projection.valuesSi(variable);
        requireData("Plots.weights", si.length, "projection " + projection.name() + " has no synapses");
        Unit unit = displayUnit(si, projection, variable);
        double factor = Quantity.si(1, projection.dimension(variable)).in(unit);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < si.length; s++) {
            si[s] *= factor;
            lo = Math.min(lo, si[s]);
            hi = Math.max(hi, si[s]);
        }
        double width = hi > lo ? (hi - lo) / bins : Math.max(Math.abs(lo), 1) * 0.1;
        Histogram h = Histogram.of(variable, unit, si, width, hi > lo ? lo : lo - width / 2, hi > lo ? hi + width * 1e-9 : lo + width / 2);
        return histogram(h).title(variable + " of " + projection.name());
    }

    /**
     * A projection's synapse variable as a source × target map: each cell the mean over the
     * synapses in it, blank where there are none; matrices over 64 neurons a side are shown in
     * blocks, each labelled with its first neuron. A colour bar beside it, ticked at round values,
     * names the variable and its unit, so a new {@link Figure#title title} leaves them in place.
     *
     * @param projection a built projection
     * @param variable   one of its per-synapse variables, e.g. {@code w}
     * @return the map, titled with the variable and the projection, in the unit of the variable's largest magnitude
     * @throws PlotException if the projection has no synapses
     * @throws org.synfire.sim.SimulationException if the projection has no such variable
     */
    public static Figure weightMatrix(ProjectionView projection, String variable) {
        double[] si = projection.valuesSi(variable);
        int sources = projection.outDegrees().length;
        int targets = projection.inDegrees().length;
        requireData("Plots.weightMatrix", si.length, "projection " + projection.name() + " has no synapses");
        Unit unit = displayUnit(si, projection, variable);
        double factor = Quantity.si(1, projection.dimension(variable)).in(unit);
        int bx = (sources + 63) / 64;
        int by = (targets + 63) / 64;
        int nx = (sources + bx - 1) / bx;
        int ny = (targets + by - 1) / by;
        double[][] sum = new double[ny][nx];
        int[][] count = new int[ny][nx];
        int[] src = projection.sources();
        int[] tgt = projection.targets();
        for (int s = 0; s < si.length; s++) {
            sum[tgt[s] / by][src[s] / bx] += si[s] * factor;
            count[tgt[s] / by][src[s] / bx]++;
        }
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                sum[j][i] = count[j][i] == 0 ? Double.NaN : sum[j][i] / count[j][i];
                if (count[j][i] > 0) {
                    low = Math.min(low, sum[j][i]);
                    high = Math.max(high, sum[j][i]);
                }
            }
        }
        ColourBar bar = new ColourBar(low, high, axis(variable, unit));
        return CellMap.grid(blockStarts(nx, bx), blockStarts(ny, by), sum, "source neuron", "target neuron", bar)
            .title(variable + " of " + projection.name());
    }

    /** The first neuron of each of {@code blocks} blocks of {@code size}. */
    private static List<String> blockStarts(int blocks, int size) {
        List<String> starts = new ArrayList<>();
        for (int k = 0; k < blocks; k++) {
            starts.add(Integer.toString(k * size));
        }
        return starts;
    }

    /**
     * A table's {@code value} column over two others as a heat map, e.g. a parameter study's
     * result over its grid: {@code Plots.heatMap(sweep, "g", "eta", "rate_Hz")}. Each cell is the
     * mean of the rows with its x and y (the mean over seeds); cells without a number are blank.
     * The axes are labelled at the grid's own values. The colour bar beside the map, ticked at
     * round values, names the value and its unit ({@code rate_Hz} → rate (Hz)), so the map needs
     * no title and a {@link Figure#title} given later leaves the unit in place.
     *
     * @param table the table, e.g. {@code sweep.csv}
     * @param x     the column along x
     * @param y     the column along y
     * @param value the column the cells show
     * @return the heat map
     * @throws PlotException if {@code value} has no number to draw or {@code x} or {@code y} lacks one in a row
     * @throws org.synfire.table.TableException if a column is missing or not numeric
     */
    public static Figure heatMap(Table table, String x, String y, String value) {
        return HeatMap.of(table, x, y, value);
    }

    private static Unit displayUnit(double[] si, ProjectionView projection, String variable) {
        double largest = 0;
        for (double v : si) {
            largest = Math.max(largest, Math.abs(v));
        }
        return Units.displayUnit(Quantity.si(largest, projection.dimension(variable)));
    }

    // ---- images ----------------------------------------------------------------------------

    /**
     * Values as an image of square pixels, {@code columns} to a row, row by row from the top, in
     * grey from white at {@code low} to black at {@code high} (values beyond are drawn at the
     * nearer end), the axes hidden: a stored pattern or a network's state,
     * {@code Plots.pixels("pattern 1", state, 20, -1, 1)} for 400 neurons of ±1 on a 20 × 20 sheet.
     * The figure is small (220 × 240), so that several fit in a row of a {@link #grid}.
     *
     * @param title   the figure's title
     * @param values  the values, row by row
     * @param columns values per row
     * @param low     the value drawn white
     * @param high    the value drawn black
     * @return the image
     * @throws PlotException when there are no values, {@code columns} is below 1, the values do
     *                       not fill whole rows, a value is not finite, or {@code low >= high}
     */
    public static Figure pixels(String title, double[] values, int columns, double low, double high) {
        return PixelPlot.of(title, values, columns, low, high);
    }

    /**
     * Values as an image, grey from white at the smallest to black at the largest (all one grey
     * when they are all equal): rates of neurons laid out on a sheet, {@code Plots.pixels("rates",
     * rates, 20)}.
     *
     * @param title   the figure's title
     * @param values  the values, row by row
     * @param columns values per row
     * @return the image
     * @throws PlotException as {@link #pixels(String, double[], int, double, double)} does
     */
    public static Figure pixels(String title, double[] values, int columns) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        boolean flat = !(hi > lo) && Double.isFinite(lo);
        return PixelPlot.of(title, values, columns, flat ? lo - 1 : lo, flat ? hi + 1 : hi);
    }

    /**
     * Columns of a table against another column as points, one colour per y column
     * ({@code Plots.scatter(cloud, "x", "y")}); axis labels from the names as {@link #line} gives
     * them. Markers are large for a few measurements; for a cloud of {@value #CLOUD} points or
     * more they are small and translucent, so that where points crowd reads darker. Lines go over
     * the points with {@link Figure#line}.
     *
     * @param table the table
     * @param x     the column along x
     * @param y     the columns along y, a colour each
     * @return the figure
     * @throws PlotException if no y column is named
     * @throws org.synfire.table.TableException if a column is missing or not numeric
     */
    public static Figure scatter(Table table, String x, String... y) {
        Figure f = line(table, x, y);
        XYChart chart = (XYChart) f.chart();
        boolean cloud = table.rowCount() >= CLOUD;
        for (XYSeries s : chart.getSeriesCollection()) {
            if (!s.getName().equals(Figure.HIDDEN)) {
                java.awt.Color c = (java.awt.Color) s.getLineColor();
                s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                s.setMarker(SeriesMarkers.CIRCLE);
                s.setMarkerColor(cloud ? new java.awt.Color(c.getRed(), c.getGreen(), c.getBlue(), 110) : c);
            }
        }
        chart.getStyler().setMarkerSize(cloud ? 4 : 7);
        return f;
    }

    /** From this many points on, a scatter is a cloud, whose markers must be small not to merge. */
    static final int CLOUD = 100;

    // ---- morphologies -----------------------------------------------------------------------

    /**
     * A neuron's shape in 2-D (projected onto the x-y plane; a flat layout for built morphologies),
     * each compartment a line as wide as its diameter, coloured by section type, with a scale bar:
     * {@code Plots.morphology(Morphology.readSwc(path)).save("out/cell.png")}.
     *
     * @param morphology the shape
     * @return the figure
     */
    public static Figure morphology(Morphology morphology) {
        return MorphologyPlot.bySection(morphology);
    }

    /**
     * The shape coloured by one value per compartment (in compartment order) on a viridis scale
     * with a colour bar from the least value to the greatest: {@code Plots.morphology(cell, "v", v, mV)}.
     *
     * @param morphology the shape
     * @param variable   what the values are, for the colour bar's title
     * @param values     one value per compartment, in compartment order
     * @param unit       the unit the values are in, for the colour bar's title
     * @return the figure
     * @throws PlotException unless there is one finite value per compartment
     */
    public static Figure morphology(Morphology morphology, String variable, double[] values, Unit unit) {
        if (values.length != morphology.size()) {
            throw new PlotException("Plots.morphology: " + values.length + " values for " + morphology.size()
                + " compartments; give one per compartment, in compartment order");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new PlotException("Plots.morphology: the value of compartment " + i + " is " + values[i] + "; give finite values");
            }
        }
        return MorphologyPlot.byValue(morphology, values, axis(variable, unit));
    }

    /**
     * The shape of spatial neurons coloured by a recorded variable at a chosen time (the nearest
     * sample), with a colour bar, straight from a state probe of their compartments, for the
     * first neuron it records; compartments it did not record are grey:
     * {@code Plots.morphology(sim.data(probe), "v", cells.cable().morphology(), ms.of(2))}.
     *
     * @param trace      a state probe's recording of the neurons' compartments
     * @param variable   one of its variables, e.g. {@code v}
     * @param morphology the neurons' shape, as their group was cut ({@code GroupSpec.cable().morphology()})
     * @param time       when, a time; the nearest sample is drawn
     * @return the figure
     * @throws PlotException when the trace holds no samples
     */
    public static Figure morphology(StateTrace trace, String variable, Morphology morphology, Quantity time) {
        return CablePlot.morphology(trace, variable, morphology, time);
    }

    /**
     * A variable of spatial neurons in space and time: a heat map of time (x) against distance
     * from the soma (y; from the root for a cell without one, in millimetres for cells a
     * centimetre or longer), from a state probe of their compartments, for the first neuron it
     * records; long recordings and long cables are shown at evenly picked samples and
     * compartments (at most 160 × 100 cells), each sample held until the next one shown.
     * Compartments at the same distance on different branches share a row, drawn in their mean.
     * Both axes are numeric and ticked at round times and distances; the colour bar beside the
     * map names the variable and its unit, so the map needs no title and a {@link Figure#title}
     * given later leaves the unit in place. An
     * action potential travelling along an axon is a diagonal band whose slope is its velocity:
     * {@code Plots.spaceTime(sim.data(probe), "v", axon).save("out/axon.png")}.
     *
     * @param trace      a state probe's recording of the neurons' compartments
     * @param variable   one of its variables, e.g. {@code v}
     * @param morphology the neurons' shape, as given to {@code Network.spatial}
     * @return the heat map
     * @throws PlotException when the trace holds no samples
     */
    public static Figure spaceTime(StateTrace trace, String variable, Morphology morphology) {
        return CablePlot.spaceTime(trace, variable, morphology);
    }

    /**
     * A variable along spatial neurons at chosen times (each the nearest recorded sample): one
     * line per time against distance from the soma (as {@link #spaceTime} measures it), for the
     * first neuron the probe records:
     * {@code Plots.alongCable(sim.data(probe), "v", axon, ms.of(1), ms.of(2))}.
     *
     * @param trace      a state probe's recording of the neurons' compartments
     * @param variable   one of its variables, e.g. {@code v}
     * @param morphology the neurons' shape, as given to {@code Network.spatial}
     * @param times      the times to draw, a line each
     * @return the figure
     * @throws PlotException when the trace holds no samples or no time is given
     */
    public static Figure alongCable(StateTrace trace, String variable, Morphology morphology, Quantity... times) {
        return CablePlot.alongCable(trace, variable, morphology, times);
    }

    // ---- layout ----------------------------------------------------------------------------

    /**
     * Several figures in one, row by row, {@code columns} to a row; each cell as large as the
     * largest figure given. The figures become its cells, not copies.
     *
     * @param columns figures per row, at least 1
     * @param figures the figures, row by row
     * @return the grid
     * @throws PlotException if no figure is given or {@code columns} is below 1
     */
    public static Figure grid(int columns, Figure... figures) {
        requireData("Plots.grid", figures.length, "give the figures to place, e.g. Plots.grid(2, raster, rate)");
        if (columns < 1) {
            throw new PlotException("Plots.grid: give at least 1 column, not " + columns);
        }
        int w = 0;
        int h = 0;
        for (Figure f : figures) {
            w = Math.max(w, f.width());
            h = Math.max(h, f.height());
        }
        int cols = Math.min(columns, figures.length);
        int rows = (figures.length + cols - 1) / cols;
        return new Figure(List.of(figures), cols, w * cols, h * rows);
    }

    /**
     * The figures of a list in a grid (from Groovy: {@code Plots.grid(2, [a, b, c])}).
     *
     * @param columns figures per row, at least 1
     * @param figures the figures, row by row
     * @return the grid
     * @throws PlotException if the list is empty or {@code columns} is below 1
     */
    public static Figure grid(int columns, List<Figure> figures) {
        return grid(columns, figures.toArray(new Figure[0]));
    }

    /** Beyond this span a time axis counts seconds: 100,000 ms reads better as 100 s. */
    static final double SECONDS_FROM_MS = 10_000;

    /** The unit a time axis over these times (in ms) counts in: ms, or s for spans beyond {@link #SECONDS_FROM_MS}. */
    static Unit timeUnit(double[] ms) {
        double lo = java.util.Arrays.stream(ms).min().orElse(0);
        double hi = java.util.Arrays.stream(ms).max().orElse(0);
        return hi - Math.min(0, lo) > SECONDS_FROM_MS ? Units.second : Units.ms;
    }

    /** An axis title: {@code "v (mV)"}, or the bare name for dimensionless values. */
    static String axis(String quantity, Unit unit) {
        return unit == null || unit.dimension().isDimensionless() && unit.scale() == 1 ? quantity
            : quantity + " (" + Style.unit(unit.symbol()) + ")";
    }
}
