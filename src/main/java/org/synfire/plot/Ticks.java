package org.synfire.plot;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.lines.SeriesLines;

/**
 * Chooses tick spacing so that an axis whose data end on a round number shows that number: a
 * 500 ms raster is labelled 0, 100, ..., 500, where XChart on its own picks steps of 200 and
 * leaves the end unlabelled. XChart takes a spacing hint in pixels and rounds the step it
 * implies to a round number; the hint given is the one whose step divides the axis.
 */
final class Ticks {
    private static final double[] ROUND = {1, 2, 5};
    /** The share of a figure's width (height) the plot area takes, for converting a step to pixels. */
    private static final double PLOT_SHARE = 0.8;

    private Ticks() {
    }

    static void fit(XYChart chart, int width, int height) {
        double[] x = range(chart, true);
        double[] y = range(chart, false);
        int xHint = hint(x[0], x[1], width * PLOT_SHARE, 4, 8);
        int yHint = hint(y[0], y[1], height * PLOT_SHARE, 3, 6);
        if (xHint > 0) {
            chart.getStyler().setXAxisTickMarkSpacingHint(xHint);
        }
        if (yHint > 0) {
            chart.getStyler().setYAxisTickMarkSpacingHint(yHint);
        }
    }

    /** The axis's range: the styler's bounds where set, else the data's, drawn series and hidden frames alike. */
    private static double[] range(XYChart chart, boolean x) {
        Double min = x ? chart.getStyler().getXAxisMin() : chart.getStyler().getYAxisMin();
        Double max = x ? chart.getStyler().getXAxisMax() : chart.getStyler().getYAxisMax();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (XYSeries s : chart.getSeriesCollection()) {
            if (s.getLineStyle() == SeriesLines.NONE && s.getName().equals(Figure.HIDDEN)) {
                continue;
            }
            lo = Math.min(lo, x ? s.getXMin() : s.getYMin());
            hi = Math.max(hi, x ? s.getXMax() : s.getYMax());
        }
        return new double[] {min != null ? min : lo, max != null ? max : hi};
    }

    /**
     * A spacing hint in pixels for a round step that divides {@code [lo, hi]} into {@code fewest}
     * to {@code most} intervals, both ends on ticks; 0 when no round step does.
     */
    static int hint(double lo, double hi, double pixels, int fewest, int most) {
        double span = hi - lo;
        if (!(span > 0) || !Double.isFinite(span)) {
            return 0;
        }
        for (int intervals = fewest; intervals <= most; intervals++) {
            double step = span / intervals;
            double decade = Math.pow(10, Math.floor(Math.log10(step)));
            for (double r : ROUND) {
                double round = r * decade;
                if (Math.abs(step - round) <= 1e-9 * step && Math.abs(lo / round - Math.rint(lo / round)) <= 1e-9) {
                    return (int) Math.round(pixels / intervals);
                }
            }
        }
        return 0;
    }

    /**
     * The round values in {@code [lo, hi]} at the finest step of 1, 2 or 5 times a power of ten
     * that gives at most {@code most} of them (at least one step apart), for scales XChart does not
     * draw: a colour bar's ticks.
     */
    static double[] round(double lo, double hi, int most) {
        double decade = Math.pow(10, Math.floor(Math.log10((hi - lo) / Math.max(1, most))));
        for (double m : new double[] {1, 2, 5, 10, 20}) {
            double step = m * decade;
            long first = (long) Math.ceil(lo / step - 1e-9);
            long last = (long) Math.floor(hi / step + 1e-9);
            if (last - first + 1 <= most) {
                double[] ticks = new double[(int) Math.max(0, last - first + 1)];
                for (int k = 0; k < ticks.length; k++) {
                    // Multiplying the count, not adding steps, keeps 0.3 from reading 0.30000000000000004 after rounding.
                    ticks[k] = (first + k) * step;
                }
                return ticks;
            }
        }
        throw new IllegalStateException("no round step for [" + lo + ", " + hi + "]");
    }
}
