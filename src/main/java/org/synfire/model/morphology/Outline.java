package org.synfire.model.morphology;

/**
 * A section as described, before it is cut into compartments: its centre line as points at
 * arc lengths {@code arc} (metres, from 0) with a diameter each, the diameter varying linearly
 * between points (a chain of truncated cones). Cylinders built in Java have two points and no
 * coordinates; sections read from SWC have their traced points and coordinates.
 *
 * @param parent       the section it hangs from, {@code soma}, or null for the root
 * @param xyz          each point's coordinates in metres, or null for none
 * @param compartments the count given, or 0 for none
 */
record Outline(String name, SectionType type, String parent, double[] arc, double[] diameter, double[][] xyz, int compartments) {

    static Outline cylinder(String name, SectionType type, String parent, double length, double start, double end, int compartments) {
        return new Outline(name, type, parent, new double[] {0, length}, new double[] {start, end}, null, compartments);
    }

    boolean hasPoints() {
        return xyz != null;
    }

    double length() {
        return arc[arc.length - 1];
    }

    /** Compartment boundaries: {@code count} equal pieces, or the points themselves for 0. */
    double[] boundaries(int count) {
        if (count == 0) {
            return arc.clone();
        }
        double[] b = new double[count + 1];
        for (int k = 0; k <= count; k++) {
            b[k] = length() * k / count;
        }
        return b;
    }

    /** The lateral area of the centre line's stretch {@code [a, b]}: the sum of its truncated cones' mantles. */
    double area(double a, double b) {
        return sum(a, b, (du, dv, h) -> Math.PI * (du + dv) / 2 * Math.hypot(h, (dv - du) / 2));
    }

    /** The mean diameter over {@code [a, b]}. */
    double meanDiameter(double a, double b) {
        return sum(a, b, (du, dv, h) -> (du + dv) / 2 * h) / (b - a);
    }

    /** What a piece of length {@code h} with end diameters {@code du}, {@code dv} adds to a sum along the section. */
    private interface Piece {
        double of(double du, double dv, double h);
    }

    /** {@code piece} summed over the parts of {@code [a, b]} between consecutive points. */
    private double sum(double a, double b, Piece piece) {
        double total = 0;
        for (int j = 0; j + 1 < arc.length; j++) {
            double u = Math.max(a, arc[j]);
            double v = Math.min(b, arc[j + 1]);
            if (v > u) {
                total += piece.of(diameterAt(j, u), diameterAt(j, v), v - u);
            }
        }
        return total;
    }

    /**
     * {@code integral dx / sqrt(d(x))} along the whole section, in sqrt(metre): its length in
     * units of lambda times {@code sqrt(4 pi f Ri Cm)}. Exact for diameters linear between points:
     * over a piece of length h from d1 to d2 it is {@code 2h / (sqrt(d1) + sqrt(d2))}.
     */
    double inverseRootDiameterIntegral() {
        double sum = 0;
        for (int j = 0; j + 1 < arc.length; j++) {
            sum += 2 * (arc[j + 1] - arc[j]) / (Math.sqrt(diameter[j]) + Math.sqrt(diameter[j + 1]));
        }
        return sum;
    }

    /** The point at arc length {@code s} on the traced centre line. */
    double[] position(double s) {
        int j = 0;
        while (j + 2 < arc.length && arc[j + 1] < s) {
            j++;
        }
        double f = (s - arc[j]) / (arc[j + 1] - arc[j]);
        double[] p = new double[3];
        for (int axis = 0; axis < 3; axis++) {
            p[axis] = xyz[j][axis] + f * (xyz[j + 1][axis] - xyz[j][axis]);
        }
        return p;
    }

    private double diameterAt(int piece, double s) {
        double f = (s - arc[piece]) / (arc[piece + 1] - arc[piece]);
        return diameter[piece] + f * (diameter[piece + 1] - diameter[piece]);
    }
}
