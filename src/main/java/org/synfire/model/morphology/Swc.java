package org.synfire.model.morphology;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads SWC files (Cannon et al. 1998; the format of NeuroMorpho.org) into a {@link Morphology},
 * as {@link Morphology#readSwc(Reader, String)} documents. Every problem is a {@link SwcException}
 * naming the line.
 */
final class Swc {
    private static final String COLUMNS = "id type x y z radius parent";
    private static final String TYPES = "1 soma, 2 axon, 3 basal dendrite, 4 apical dendrite";

    /** One line of the file; coordinates and radius in micrometres. */
    private record Point(int id, int code, SectionType type, double[] xyz, double radius, int parent, int line) {
        boolean soma() {
            return type == SectionType.SOMA;
        }
    }

    private final String source;
    private final Map<Integer, Point> points = new LinkedHashMap<>();
    private final Map<Integer, List<Point>> children = new HashMap<>();
    private final Map<SectionType, Integer> named = new EnumMap<>(SectionType.class);
    private final List<Outline> outlines = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    private Swc(String source) {
        this.source = source;
    }

    static Morphology read(Reader text, String source) {
        Swc swc = new Swc(source);
        swc.parse(text);
        return swc.morphology();
    }

    private SwcException error(int line, String message) {
        return new SwcException(source, line, message);
    }

    private void parse(Reader text) {
        Map<Integer, int[]> unknownTypes = new TreeMap<>();
        BufferedReader in = new BufferedReader(text);
        int lineNumber = 0;
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                int hash = line.indexOf('#');
                String data = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (data.isEmpty()) {
                    continue;
                }
                Point p = point(data.split("\\s+"), lineNumber);
                Point before = points.putIfAbsent(p.id(), p);
                if (before != null) {
                    throw error(lineNumber, "point id " + p.id() + " again (first on line " + before.line() + "); give each point its own id");
                }
                if (p.code() != p.type().swcCode()) {
                    unknownTypes.computeIfAbsent(p.code(), k -> new int[] {p.line(), 0})[1]++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read SWC file " + source + ": " + e.getMessage(), e);
        }
        if (points.isEmpty()) {
            throw error(0, "no points; an SWC file has one line per point: " + COLUMNS + " (lines starting with # are comments)");
        }
        unknownTypes.forEach((code, seen) -> warnings.add(source + ", line " + seen[0] + ": type " + code + " (" + seen[1] + " point"
            + (seen[1] == 1 ? "" : "s") + ") is not a standard SWC type (" + TYPES + "); read as basal dendrite"));
    }

    private Point point(String[] fields, int line) {
        if (fields.length != 7) {
            throw error(line, fields.length + " column" + (fields.length == 1 ? "" : "s") + "; an SWC line has 7: " + COLUMNS);
        }
        String[] names = COLUMNS.split(" ");
        double[] v = new double[7];
        for (int c = 0; c < 7; c++) {
            try {
                v[c] = Double.parseDouble(fields[c]);
            } catch (NumberFormatException e) {
                v[c] = Double.NaN;
            }
            boolean whole = c == 0 || c == 1 || c == 6;
            if (!Double.isFinite(v[c]) || (whole && v[c] != Math.rint(v[c]))) {
                throw error(line, names[c] + " '" + fields[c] + "' is not " + (whole ? "a whole number" : "a number") + "; the columns are "
                    + COLUMNS);
            }
        }
        if (v[5] <= 0) {
            throw error(line, "radius " + fields[5] + " of point " + fields[0] + " is " + (v[5] == 0 ? "zero" : "negative")
                + "; give a positive radius in micrometres (column 6)");
        }
        SectionType type = SectionType.ofSwc((int) v[1]);
        return new Point((int) v[0], (int) v[1], type == null ? SectionType.DENDRITE : type, new double[] {v[2], v[3], v[4]}, v[5],
            (int) v[6], line);
    }

    private Morphology morphology() {
        Point root = link();
        double somaDiameter = Double.NaN;
        double[] centre = null;
        if (root.soma()) {
            somaDiameter = somaDiameter(root);
            centre = metres(root.xyz());
        } else {
            section(root, null, null);
        }
        return new Morphology(somaDiameter, centre, outlines, new int[outlines.size()], new DLambda[outlines.size()], warnings);
    }

    /** Links every point to its parent and returns the root, refusing missing parents, second roots and loops. */
    private Point link() {
        Point root = null;
        for (Point p : points.values()) {
            if (p.parent() < 0) {
                if (root != null) {
                    throw error(p.line(), "point " + p.id() + " is a second root (parent " + p.parent() + "; the first is point " + root.id()
                        + " on line " + root.line() + "); an SWC file holds one tree: give it the id of its parent point");
                }
                root = p;
            } else if (!points.containsKey(p.parent())) {
                throw error(p.line(), "the parent " + p.parent() + " of point " + p.id() + " is not in the file; give the id of a point "
                    + "of the file, or -1 for the root");
            } else {
                children.computeIfAbsent(p.parent(), k -> new ArrayList<>()).add(p);
            }
        }
        Set<Integer> reached = new HashSet<>();
        List<Point> todo = new ArrayList<>();
        if (root != null) {
            todo.add(root);
        }
        while (!todo.isEmpty()) {
            Point p = todo.remove(todo.size() - 1);
            reached.add(p.id());
            todo.addAll(children.getOrDefault(p.id(), List.of()));
        }
        for (Point p : points.values()) {
            if (!reached.contains(p.id())) {
                throw loop(p);
            }
        }
        return root;
    }

    /** The loop {@code p} hangs in or from (every point not reached from the root does). */
    private SwcException loop(Point start) {
        Map<Integer, Integer> step = new HashMap<>();
        Point p = start;
        while (!step.containsKey(p.id())) {
            step.put(p.id(), step.size());
            p = points.get(p.parent());
        }
        List<String> cycle = new ArrayList<>();
        Point q = p;
        do {
            cycle.add(String.valueOf(q.id()));
            q = points.get(q.parent());
        } while (q.id() != p.id());
        cycle.add(String.valueOf(p.id()));
        return error(p.line(), "point " + p.id() + " is its own ancestor (parents " + String.join(" -> ", cycle) + "), a loop; an SWC "
            + "file is a tree: one point has parent -1 and every other point's parents lead to it");
    }

    /**
     * The soma's equivalent diameter: of the root's sphere for a single point, else of the sphere
     * whose area is the summed mantle area of the truncated cones between soma points.
     */
    private double somaDiameter(Point root) {
        double area = 0;
        boolean several = false;
        List<Point> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            Point p = todo.remove(todo.size() - 1);
            for (Point c : children.getOrDefault(p.id(), List.of())) {
                if (c.soma()) {
                    several = true;
                    double h = distance(p.xyz(), c.xyz());
                    area += Math.PI * (p.radius() + c.radius()) * Math.hypot(h, p.radius() - c.radius());
                    todo.add(c);
                } else {
                    section(c, p, Morphology.SOMA);
                }
            }
        }
        if (!several) {
            return 2 * root.radius() * 1e-6;
        }
        if (!(area > 0)) {
            throw error(root.line(), "the soma points of point " + root.id() + " have no surface (all at one place with one radius); "
                + "give a single soma point, or the three-point soma of NeuroMorpho");
        }
        return Math.sqrt(area / Math.PI) * 1e-6;
    }

    /**
     * The section starting at {@code first}: its run of points of one type up to a branch, an end
     * or a change of type, and after it, depth first, the sections hanging from its last point.
     *
     * @param from    the point it hangs from, where it starts unless that is a soma point; null for the root
     * @param parent  the name of the section it hangs from, or null for the root
     */
    private void section(Point first, Point from, String parent) {
        List<Point> run = new ArrayList<>();
        if (from != null && !from.soma()) {
            run.add(from);
        }
        Point p = first;
        run.add(p);
        List<Point> next = children.getOrDefault(p.id(), List.of());
        while (next.size() == 1 && next.get(0).type() == first.type()) {
            p = next.get(0);
            run.add(p);
            next = children.getOrDefault(p.id(), List.of());
        }
        for (Point c : next) {
            if (c.soma()) {
                throw error(c.line(), "soma point " + c.id() + " hangs from point " + p.id() + " (line " + p.line() + "), which is not soma; "
                    + "soma points (type 1) must hang from the root soma point or from each other");
            }
        }
        String name = first.type().prefix() + "[" + (named.merge(first.type(), 1, Integer::sum) - 1) + "]";
        if (run.size() < 2) {
            throw error(first.line(), "point " + first.id() + " starts a section (" + name + ") that " + (next.isEmpty() ? "ends" : "branches")
                + " at once, so it has no length; add a point after it, or hang its " + (next.isEmpty() ? "point" : "branches")
                + " from " + (from == null ? "another point" : "point " + from.id()));
        }
        outlines.add(outline(name, first.type(), parent, run));
        for (Point c : next) {
            section(c, p, name);
        }
    }

    private Outline outline(String name, SectionType type, String parent, List<Point> run) {
        int n = run.size();
        double[] arc = new double[n];
        double[] diameter = new double[n];
        double[][] xyz = new double[n][];
        for (int k = 0; k < n; k++) {
            Point q = run.get(k);
            if (k > 0) {
                double h = distance(run.get(k - 1).xyz(), q.xyz());
                if (h == 0) {
                    throw error(q.line(), "point " + q.id() + " is at the same place as its parent " + run.get(k - 1).id() + " ("
                        + String.join(" ", java.util.Arrays.stream(q.xyz()).mapToObj(Double::toString).toList()) + "), a segment of "
                        + "zero length; move it, or remove it and hang its children from point " + run.get(k - 1).id());
                }
                arc[k] = arc[k - 1] + h * 1e-6;
            }
            diameter[k] = 2 * q.radius() * 1e-6;
            xyz[k] = metres(q.xyz());
        }
        return new Outline(name, type, parent, arc, diameter, xyz, 0);
    }

    private static double distance(double[] a, double[] b) {
        return Math.sqrt((a[0] - b[0]) * (a[0] - b[0]) + (a[1] - b[1]) * (a[1] - b[1]) + (a[2] - b[2]) * (a[2] - b[2]));
    }

    private static double[] metres(double[] um) {
        return new double[] {um[0] * 1e-6, um[1] * 1e-6, um[2] * 1e-6};
    }
}
