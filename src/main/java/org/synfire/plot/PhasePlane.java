package org.synfire.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.AxesChart;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.synfire.probe.StateTrace;
import org.synfire.units.Unit;

/**
 * The phase plane of a two-variable model ({@code dx/dt = f(x, y)}, {@code dy/dt = g(x, y)}):
 * the direction field as grey arrows, both nullclines (where {@code f = 0} and where
 * {@code g = 0}, found as sign changes on a 300 × 300 grid) and any trajectories, in the units of
 * the axes. The derivatives take and return axis units; their time unit does not matter, only
 * direction and sign are drawn.
 *
 * <pre>{@code
 * // Izhikevich: dv/dt = 0.04 v² + 5 v + 140 - u + I, du/dt = a (b v - u)
 * Figure f = PhasePlane.of("v", Units.mV, -80, 30, "u", Units.mV, -20, 10)
 *     .field((v, u) -> 0.04 * v * v + 5 * v + 140 - u + 10, (v, u) -> 0.02 * (0.2 * v - u))
 *     .trajectory(sim.data(probe), 0)
 *     .figure();
 * }</pre>
 */
public final class PhasePlane {
    private static final int GRID = 300;
    private static final int ARROWS = 15;

    private final String x;
    private final Unit xUnit;
    private final double xMin;
    private final double xMax;
    private final String y;
    private final Unit yUnit;
    private final double yMin;
    private final double yMax;
    private final DoubleBinaryOperator dx;
    private final DoubleBinaryOperator dy;
    private final List<double[][]> trajectories;

    private PhasePlane(String x, Unit xUnit, double xMin, double xMax, String y, Unit yUnit, double yMin, double yMax,
                       DoubleBinaryOperator dx, DoubleBinaryOperator dy, List<double[][]> trajectories) {
        this.x = x;
        this.xUnit = xUnit;
        this.xMin = xMin;
        this.xMax = xMax;
        this.y = y;
        this.yUnit = yUnit;
        this.yMin = yMin;
        this.yMax = yMax;
        this.dx = dx;
        this.dy = dy;
        this.trajectories = List.copyOf(trajectories);
    }

    /**
     * The plane {@code [xMin, xMax] × [yMin, yMax]} of variables {@code x} and {@code y}, in their units.
     *
     * @param x     the horizontal variable's name, as a state probe records it (e.g. {@code v})
     * @param xUnit its unit on the axis
     * @param xMin  the left edge, in {@code xUnit}
     * @param xMax  the right edge, in {@code xUnit}
     * @param y     the vertical variable's name (e.g. {@code u})
     * @param yUnit its unit on the axis
     * @param yMin  the bottom edge, in {@code yUnit}
     * @param yMax  the top edge, in {@code yUnit}
     * @return the plane, with no field or trajectories yet
     * @throws PlotException unless {@code xMin < xMax} and {@code yMin < yMax}
     */
    public static PhasePlane of(String x, Unit xUnit, double xMin, double xMax, String y, Unit yUnit, double yMin, double yMax) {
        if (!(xMax > xMin) || !(yMax > yMin)) {
            throw new PlotException("PhasePlane.of: give xMin < xMax and yMin < yMax; got [" + xMin + ", " + xMax + "] × [" + yMin + ", "
                + yMax + "]");
        }
        return new PhasePlane(x, xUnit, xMin, xMax, y, yUnit, yMin, yMax, null, null, List.of());
    }

    /**
     * The model's derivatives.
     *
     * @param dxdt {@code dx/dt} at {@code (x, y)}, all in axis units (per any time unit)
     * @param dydt {@code dy/dt} at {@code (x, y)}, likewise
     * @return a plane with this field, replacing any given before
     */
    public PhasePlane field(DoubleBinaryOperator dxdt, DoubleBinaryOperator dydt) {
        return new PhasePlane(x, xUnit, xMin, xMax, y, yUnit, yMin, yMax, dxdt, dydt, trajectories);
    }

    /**
     * A trajectory given point by point.
     *
     * @param xs the x values, in {@code xUnit}
     * @param ys the y values, in {@code yUnit}, as many as x values
     * @return a plane with this trajectory as well
     * @throws PlotException if the arrays differ in length
     */
    public PhasePlane trajectory(double[] xs, double[] ys) {
        if (xs.length != ys.length) {
            throw new PlotException("PhasePlane.trajectory: " + xs.length + " x values but " + ys.length + " y values");
        }
        List<double[][]> more = new ArrayList<>(trajectories);
        more.add(new double[][] {xs.clone(), ys.clone()});
        return new PhasePlane(x, xUnit, xMin, xMax, y, yUnit, yMin, yMax, dx, dy, more);
    }

    /**
     * The trajectory of a recorded neuron of a trace that recorded both variables.
     *
     * @param trace    a state probe's recording of both variables
     * @param position the neuron's position among the recorded ones, from 0
     * @return a plane with this trajectory as well
     * @throws IllegalArgumentException if the trace lacks a variable or the position
     * @throws org.synfire.units.UnitException if a variable's unit does not fit its axis
     */
    public PhasePlane trajectory(StateTrace trace, int position) {
        return trajectory(trace.values(x, position, xUnit), trace.values(y, position, yUnit));
    }

    /**
     * {@return the points where {@code dx/dt = 0}, {@code {xs, ys}} in axis units, unordered; empty rows when there are none in the plane}
     *
     * @throws PlotException if no field was given
     */
    public double[][] xNullcline() {
        return zeros(requireField().dx);
    }

    /**
     * {@return the points where {@code dy/dt = 0}, {@code {xs, ys}} in axis units, unordered; empty rows when there are none in the plane}
     *
     * @throws PlotException if no field was given
     */
    public double[][] yNullcline() {
        return zeros(requireField().dy);
    }

    private PhasePlane requireField() {
        if (dx == null) {
            throw new PlotException("PhasePlane: give the derivatives first, .field((x, y) -> ..., (x, y) -> ...)");
        }
        return this;
    }

    /** Sign changes of {@code f} along every grid row and column, placed by linear interpolation. */
    private double[][] zeros(DoubleBinaryOperator f) {
        double[] gx = new double[GRID + 1];
        double[] gy = new double[GRID + 1];
        for (int k = 0; k <= GRID; k++) {
            gx[k] = xMin + (xMax - xMin) * k / GRID;
            gy[k] = yMin + (yMax - yMin) * k / GRID;
        }
        double[][] v = new double[GRID + 1][GRID + 1];
        for (int i = 0; i <= GRID; i++) {
            for (int j = 0; j <= GRID; j++) {
                v[i][j] = f.applyAsDouble(gx[i], gy[j]);
            }
        }
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i <= GRID; i++) {
            for (int j = 0; j <= GRID; j++) {
                if (i < GRID && crosses(v[i][j], v[i + 1][j])) {
                    double a = v[i][j] / (v[i][j] - v[i + 1][j]);
                    points.add(new double[] {gx[i] + a * (gx[i + 1] - gx[i]), gy[j]});
                }
                if (j < GRID && crosses(v[i][j], v[i][j + 1])) {
                    double a = v[i][j] / (v[i][j] - v[i][j + 1]);
                    points.add(new double[] {gx[i], gy[j] + a * (gy[j + 1] - gy[j])});
                }
            }
        }
        double[][] out = new double[2][points.size()];
        for (int k = 0; k < points.size(); k++) {
            out[0][k] = points.get(k)[0];
            out[1][k] = points.get(k)[1];
        }
        return out;
    }

    private static boolean crosses(double a, double b) {
        return Double.isFinite(a) && Double.isFinite(b) && (a == 0 || a < 0 != b < 0) && !(a == 0 && b == 0);
    }

    /**
     * {@return the figure: direction field, nullclines (as dots, since they may have several branches) and trajectories}
     *
     * @throws PlotException if no field was given
     */
    public Figure figure() {
        requireField();
        XYChart chart = Plots.xy("", Plots.axis(x, xUnit), Plots.axis(y, yUnit));
        chart.getStyler().setXAxisMin(xMin).setXAxisMax(xMax).setYAxisMin(yMin).setYAxisMax(yMax);
        String[] names = {"d" + x + "/dt = 0", "d" + y + "/dt = 0"};
        double[][][] clines = {xNullcline(), yNullcline()};
        for (int k = 0; k < 2; k++) {
            double[][] c = clines[k];
            // An empty series would break XChart's axis layout: a nullcline outside the plane is a point off-screen.
            XYSeries s = chart.addSeries(names[k], c[0].length == 0 ? new double[] {Double.NaN} : c[0],
                c[1].length == 0 ? new double[] {Double.NaN} : c[1]);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            s.setMarker(SeriesMarkers.CIRCLE);
            s.setMarkerColor(Style.colour(k + 1));
        }
        chart.getStyler().setMarkerSize(3);
        for (int k = 0; k < trajectories.size(); k++) {
            XYSeries s = chart.addSeries(trajectories.size() == 1 ? "trajectory" : "trajectory " + (k + 1), trajectories.get(k)[0],
                trajectories.get(k)[1]);
            s.setMarker(SeriesMarkers.NONE);
            s.setLineStyle(Style.LINE);
            s.setLineColor(k == 0 ? Color.BLACK : Style.colour(k + 3));
        }
        return new Figure(chart, yUnit).layer(this::arrows);
    }

    /** The direction field: unit-length arrows in screen space, so both axes' scales are respected. */
    private void arrows(Graphics2D g, AxesChart<?, ?> chart, boolean vector) {
        double sx = chart.getScreenXFromChart(xMax) - chart.getScreenXFromChart(xMin);
        double sy = chart.getScreenYFromChart(yMax) - chart.getScreenYFromChart(yMin);
        double length = Math.min(Math.abs(sx), Math.abs(sy)) / ARROWS * 0.7;
        g.setColor(new Color(160, 160, 160));
        g.setStroke(new BasicStroke(1f));
        for (int i = 0; i < ARROWS; i++) {
            for (int j = 0; j < ARROWS; j++) {
                double px = xMin + (xMax - xMin) * (i + 0.5) / ARROWS;
                double py = yMin + (yMax - yMin) * (j + 0.5) / ARROWS;
                double ux = dx.applyAsDouble(px, py) * sx / (xMax - xMin);
                double uy = dy.applyAsDouble(px, py) * sy / (yMax - yMin);
                double norm = Math.hypot(ux, uy);
                if (!(norm > 0) || !Double.isFinite(norm)) {
                    continue;
                }
                ux *= length / norm;
                uy *= length / norm;
                double cx = chart.getScreenXFromChart(px);
                double cy = chart.getScreenYFromChart(py);
                double tipX = cx + ux / 2;
                double tipY = cy + uy / 2;
                g.draw(new Line2D.Double(cx - ux / 2, cy - uy / 2, tipX, tipY));
                // Two short barbs at 25 degrees either side of the shaft.
                for (double side : new double[] {-1, 1}) {
                    double a = Math.atan2(uy, ux) + Math.PI - side * Math.toRadians(25);
                    g.draw(new Line2D.Double(tipX, tipY, tipX + 0.35 * length * Math.cos(a), tipY + 0.35 * length * Math.sin(a)));
                }
            }
        }
    }

    @Override
    public String toString() {
        return "PhasePlane " + x + " in [" + xMin + ", " + xMax + "] " + xUnit.symbol() + " × " + y + " in [" + yMin + ", " + yMax + "] "
            + yUnit.symbol() + ", " + trajectories.size() + " trajectories";
    }
}
