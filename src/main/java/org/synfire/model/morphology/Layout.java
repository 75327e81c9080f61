package org.synfire.model.morphology;

import java.util.List;
import java.util.Map;

/**
 * Coordinates for drawing a morphology that has none: the soma at the origin, each section a
 * straight line in the x-y plane from its parent's end (the soma's children from its surface).
 * The soma's children spread evenly around it; a section's children fan out around its heading,
 * 60 degrees apart (closer when there are more than four), so branches stay apart.
 */
final class Layout {
    private final double somaRadius;
    private final Map<String, List<String>> children;

    /** @param children child section names by parent name, the root's under "" */
    Layout(double somaRadius, Map<String, List<String>> children) {
        this.somaRadius = somaRadius;
        this.children = children;
    }

    /** The heading of {@code o} in radians, given its parent's heading. */
    double angle(Outline o, Map<String, Double> headings) {
        List<String> siblings = children.get(o.parent() == null ? "" : o.parent());
        int k = siblings.indexOf(o.name());
        int m = siblings.size();
        if (o.parent() == null || o.parent().equals(Morphology.SOMA)) {
            return 2 * Math.PI * k / m;
        }
        double step = m > 1 ? Math.min(Math.PI / 3, Math.PI / (m - 1)) : 0;
        return headings.get(o.parent()) + (k - (m - 1) / 2.0) * step;
    }

    /** The point {@code s} along a section starting at {@code origin} with {@code angle}. */
    double[] position(double[] origin, double angle, String parent, double s) {
        double r = Morphology.SOMA.equals(parent) ? somaRadius + s : s;
        return new double[] {origin[0] + r * Math.cos(angle), origin[1] + r * Math.sin(angle), origin[2]};
    }
}
