package org.synfire.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.synfire.model.morphology.Morphology;
import org.synfire.probe.StateTrace;
import org.synfire.table.Columns;
import org.synfire.units.Quantity;
import org.synfire.units.Unit;
import org.synfire.units.Units;

/**
 * Figures of a variable along the compartments of a spatial neuron: a space–time heat map and
 * profiles at chosen times. Both read the recorded compartments of the first neuron in the trace
 * (element {@code e} is compartment {@code e % compartments} of neuron {@code e / compartments}),
 * ordered by their distance from the soma (or, without one, from the root: an axon's start),
 * in micrometres, or in millimetres for cells a centimetre or longer.
 */
final class CablePlot {
    /** Cells of the heat map along time and along the cable: beyond these, samples and compartments are picked evenly. */
    private static final int MAX_TIMES = 160;
    private static final int MAX_PLACES = 100;

    private CablePlot() {
    }

    /** Cells a centimetre or longer are measured in millimetres: an axon's 99.05 mm reads better than 99050 µm. */
    private static Unit lengthUnit(Morphology morphology) {
        return Arrays.stream(morphology.distances(Units.um)).max().orElse(0) >= 10_000 ? Units.mm : Units.um;
    }

    /** The distance axis's title, from the soma or, for a cell without one, from the root. */
    private static String distanceAxis(Morphology morphology, Unit unit) {
        return "distance from the " + (morphology.hasSoma() ? "soma" : "root") + " (" + (unit == Units.mm ? "mm" : "µm") + ")";
    }

    /** The positions in the trace of the first recorded neuron's compartments, nearest the soma first. */
    private static Integer[] places(StateTrace trace, Morphology morphology, String where) {
        int compartments = morphology.size();
        int[] elements = trace.neurons();
        if (elements.length == 0 || trace.samples() == 0) {
            throw new PlotException(where + ": nothing to plot; record compartments of a spatial group and run the simulation first");
        }
        int neuron = elements[0] / compartments;
        double[] distance = morphology.distances(Units.um);
        List<Integer> positions = new ArrayList<>();
        for (int p = 0; p < elements.length; p++) {
            if (elements[p] / compartments == neuron) {
                positions.add(p);
            }
        }
        Integer[] ordered = positions.toArray(Integer[]::new);
        Arrays.sort(ordered, (a, b) -> Double.compare(distance[elements[a] % compartments], distance[elements[b] % compartments]));
        return ordered;
    }

    static Figure spaceTime(StateTrace trace, String variable, Morphology morphology) {
        Integer[] places = places(trace, morphology, "Plots.spaceTime");
        Unit unit = Columns.unitFor(trace, variable);
        double[] t = trace.times(Units.ms);
        Unit length = lengthUnit(morphology);
        double[] distance = morphology.distances(length);
        int[] elements = trace.neurons();
        int times = Math.min(MAX_TIMES, t.length);
        int rows = Math.min(MAX_PLACES, places.length);
        int[] samples = new int[times];
        for (int i = 0; i < times; i++) {
            samples[i] = (int) ((long) i * t.length / times);
        }
        // A sample holds until the next one shown; the last for one recording interval.
        double[] timeEdges = new double[times + 1];
        for (int i = 0; i < times; i++) {
            timeEdges[i] = t[samples[i]];
        }
        timeEdges[times] = t[t.length - 1] + (t.length > 1 ? t[t.length - 1] - t[t.length - 2] : 1);
        // Compartments at one distance (on different branches) share a row, drawn in their mean.
        java.util.TreeMap<Double, double[]> sums = new java.util.TreeMap<>();
        for (int j = 0; j < rows; j++) {
            int p = places[(int) ((long) j * places.length / rows)];
            double[] values = trace.values(variable, p, unit);
            double[] sum = sums.computeIfAbsent(distance[elements[p] % morphology.size()], d -> new double[times + 1]);
            for (int i = 0; i < times; i++) {
                sum[i] += values[samples[i]];
            }
            sum[times]++;
        }
        double[] at = sums.keySet().stream().mapToDouble(Double::doubleValue).toArray();
        double[][] cells = new double[at.length][times];
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < at.length; j++) {
            double[] sum = sums.get(at[j]);
            for (int i = 0; i < times; i++) {
                cells[j][i] = sum[i] / sum[times];
                low = Math.min(low, cells[j][i]);
                high = Math.max(high, cells[j][i]);
            }
        }
        ColourBar bar = new ColourBar(low, high, Plots.axis(variable, unit));
        return CellMap.of(timeEdges, rowEdges(at), cells, "t (ms)", distanceAxis(morphology, length), bar);
    }

    /**
     * The edges of rows centred on ascending distances: halfway between neighbours, the first and
     * last half a neighbour's spacing beyond theirs (not below the soma), one unit wide for one row.
     */
    private static double[] rowEdges(double[] at) {
        int n = at.length;
        double[] edges = new double[n + 1];
        for (int j = 1; j < n; j++) {
            edges[j] = (at[j - 1] + at[j]) / 2;
        }
        edges[0] = n > 1 ? at[0] - (at[1] - at[0]) / 2 : at[0] - 0.5;
        edges[n] = n > 1 ? at[n - 1] + (at[n - 1] - at[n - 2]) / 2 : at[0] + 0.5;
        if (at[0] >= 0) {
            edges[0] = Math.max(0, edges[0]);
        }
        return edges;
    }

    static Figure alongCable(StateTrace trace, String variable, Morphology morphology, Quantity... at) {
        Integer[] places = places(trace, morphology, "Plots.alongCable");
        if (at.length == 0) {
            throw new PlotException("Plots.alongCable: give at least one time, e.g. Units.ms.of(2)");
        }
        Unit unit = Columns.unitFor(trace, variable);
        double[] t = trace.times(Units.ms);
        Unit length = lengthUnit(morphology);
        double[] distance = morphology.distances(length);
        int[] elements = trace.neurons();
        double[] x = new double[places.length];
        for (int k = 0; k < places.length; k++) {
            x[k] = distance[elements[places[k]] % morphology.size()];
        }
        XYChart chart = Plots.xy("", distanceAxis(morphology, length), Plots.axis(variable, unit));
        for (int c = 0; c < at.length; c++) {
            int sample = nearest(t, at[c].in(Units.ms));
            double[] y = new double[places.length];
            for (int k = 0; k < places.length; k++) {
                y[k] = trace.values(variable, places[k], unit)[sample];
            }
            Plots.line(chart, "t = " + Style.tick(t[sample]) + " ms", x, y, c);
        }
        return new Figure(chart, unit);
    }

    /**
     * The shape of the first recorded neuron coloured by {@code variable} at the sample nearest
     * {@code at}; compartments the probe did not record are drawn grey.
     */
    static Figure morphology(StateTrace trace, String variable, Morphology morphology, Quantity at) {
        Integer[] places = places(trace, morphology, "Plots.morphology");
        Unit unit = Columns.unitFor(trace, variable);
        double[] t = trace.times(Units.ms);
        int sample = nearest(t, at.in(Units.ms));
        int[] elements = trace.neurons();
        double[] values = new double[morphology.size()];
        Arrays.fill(values, Double.NaN);
        for (int p : places) {
            values[elements[p] % morphology.size()] = trace.values(variable, p, unit)[sample];
        }
        return MorphologyPlot.byValue(morphology, values, Plots.axis(variable, unit)).title("t = " + Style.tick(t[sample]) + " ms");
    }

    private static int nearest(double[] t, double ms) {
        int best = 0;
        for (int k = 1; k < t.length; k++) {
            if (Math.abs(t[k] - ms) < Math.abs(t[best] - ms)) {
                best = k;
            }
        }
        return best;
    }
}
