package org.synfire.model.morphology;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.synfire.Spelling;
import org.synfire.units.Dimension;
import org.synfire.units.Quantity;
import org.synfire.units.Unit;
import org.synfire.units.Units;

/**
 * The shape of a multi-compartment neuron: an optional spherical soma and a tree of named
 * sections (cylinders, tapering cylinders, or the traced centre lines of an SWC file), each cut
 * into compartments. Brian2's {@code Soma}/{@code Cylinder}/{@code Section} and NEURON's sections
 * are the models. Immutable and thread-safe.
 *
 * <p><b>Numbering.</b> Compartments are numbered depth first: the soma is 0, then each section's
 * compartments from its start to its end, then its children's subtrees in the order given, before
 * the next sibling. Every compartment's parent therefore has a smaller number (what the Hines
 * solver needs), and a section's compartments are consecutive.
 *
 * <p><b>Conventions.</b> Sections hang from their parent's end; the soma's children hang from
 * the soma. Distances are path lengths from the soma, which counts as a point (Brian2's
 * convention): its children start at distance 0, and a compartment's distance is that of its
 * midpoint. The soma is one compartment of area {@code pi d^2} whose length is its diameter. A
 * section given no compartment count has one, or, read from SWC, one per segment between
 * consecutive points, until {@link #withCompartments(DLambda)} chooses counts by the d_lambda rule.
 * A count cuts the section into pieces of equal length along its centre line.
 *
 * <pre>{@code
 * Morphology cell = Morphology.builder()
 *     .soma(um.of(20))
 *     .dendrite("d", s -> s.length(um.of(200)).diameter(um.of(1)).compartments(10)
 *         .dendrite("d1", c -> c.length(um.of(100)).diameter(um.of(0.5)).compartments(5)))
 *     .axon("axon", s -> s.length(um.of(500)).diameter(um.of(1), um.of(0.5)))
 *     .build();
 * int i = cell.section("d").at(um.of(100));           // 6: the soma, then d's 6th compartment
 * double[] area = cell.areas(um.power(2));
 * }</pre>
 */
public final class Morphology {
    static final String SOMA = "soma";

    /** The soma's diameter in metres, NaN for none. */
    private final double somaDiameter;
    /** The soma's centre in metres, or null without coordinates. */
    private final double[] somaCentre;
    /** Sections as described, parents before children (depth first). */
    private final List<Outline> outlines;
    private final List<String> warnings;
    /** The compartment count of each outline, given or chosen; 0 where none was (cut at the points, or one). */
    private final int[] counts;
    /** The rule that chose each outline's count, or null where it was given or none was chosen. */
    private final DLambda[] rules;

    private final Map<String, Section> sections = new LinkedHashMap<>();
    private final int size;
    private final int[] parents;
    private final double[] lengths;
    private final double[] diameters;
    private final double[] areas;
    private final double[] distances;
    private final String[] sectionOf;
    private final double[][] midpoints;
    /** Each compartment's start and end on the centre line, {x0, y0, z0, x1, y1, z1} in metres. */
    private final double[][] segments;

    /**
     * @param counts the compartment count of each outline; 0 cuts it at its points
     * @param rules  the rule that chose each count, or null (all null when none did)
     */
    Morphology(double somaDiameter, double[] somaCentre, List<Outline> outlines, int[] counts, DLambda[] rules, List<String> warnings) {
        this.somaDiameter = somaDiameter;
        this.somaCentre = somaCentre == null ? null : somaCentre.clone();
        this.outlines = List.copyOf(outlines);
        this.warnings = List.copyOf(warnings);
        this.counts = counts.clone();
        this.rules = rules.clone();
        double[][] cuts = new double[outlines.size()][];
        int n = hasSoma() ? 1 : 0;
        for (int s = 0; s < cuts.length; s++) {
            cuts[s] = outlines.get(s).boundaries(counts[s]);
            n += cuts[s].length - 1;
        }
        size = n;
        parents = new int[n];
        lengths = new double[n];
        diameters = new double[n];
        areas = new double[n];
        distances = new double[n];
        sectionOf = new String[n];
        midpoints = new double[n][];
        segments = new double[n][];
        layOut(cuts);
    }

    /** Numbers the compartments depth first and computes their geometry. */
    private void layOut(double[][] cuts) {
        Map<String, List<String>> children = new HashMap<>();
        for (Outline o : outlines) {
            children.computeIfAbsent(o.parent() == null ? "" : o.parent(), k -> new ArrayList<>()).add(o.name());
        }
        Map<String, Integer> last = new HashMap<>();
        Map<String, Double> endDistance = new HashMap<>();
        Map<String, double[]> end = new HashMap<>();
        Map<String, Double> heading = new HashMap<>();
        int next = 0;
        if (hasSoma()) {
            double d = somaDiameter;
            double[] c = somaCentre != null ? somaCentre : new double[3];
            set(0, SOMA, -1, d, d, Math.PI * d * d, 0, c, c, c);
            sections.put(SOMA, new Section(SOMA, SectionType.SOMA, null, children.getOrDefault(SOMA, List.of()), 0, new double[] {0, d}, null));
            last.put(SOMA, 0);
            endDistance.put(SOMA, 0.0);
            end.put(SOMA, midpoints[0]);
            next = 1;
        }
        Layout layout = new Layout(hasSoma() ? somaDiameter / 2 : 0, children);
        for (int s = 0; s < outlines.size(); s++) {
            Outline o = outlines.get(s);
            double[] b = cuts[s];
            double start = o.parent() == null ? 0 : endDistance.get(o.parent());
            int first = next;
            double[] origin = o.parent() == null ? new double[3] : end.get(o.parent());
            double angle = layout.angle(o, heading);
            heading.put(o.name(), angle);
            for (int k = 0; k + 1 < b.length; k++) {
                int parent = k > 0 ? next - 1 : o.parent() == null ? -1 : last.get(o.parent());
                double mid = (b[k] + b[k + 1]) / 2;
                set(next, o.name(), parent, b[k + 1] - b[k], o.meanDiameter(b[k], b[k + 1]), o.area(b[k], b[k + 1]), start + mid,
                    place(o, origin, angle, layout, b[k]), place(o, origin, angle, layout, mid), place(o, origin, angle, layout, b[k + 1]));
                next++;
            }
            double length = b[b.length - 1];
            sections.put(o.name(), new Section(o.name(), o.type(), o.parent(), children.getOrDefault(o.name(), List.of()), first, b, rules[s]));
            last.put(o.name(), next - 1);
            endDistance.put(o.name(), start + length);
            end.put(o.name(), place(o, origin, angle, layout, length));
        }
    }

    /** The point {@code s} along {@code o}: on its traced line, or on its line in the drawing layout. */
    private static double[] place(Outline o, double[] origin, double angle, Layout layout, double s) {
        return o.hasPoints() ? o.position(s) : layout.position(origin, angle, o.parent(), s);
    }

    private void set(int i, String section, int parent, double length, double diameter, double area, double distance, double[] from,
                     double[] at, double[] to) {
        sectionOf[i] = section;
        parents[i] = parent;
        lengths[i] = length;
        diameters[i] = diameter;
        areas[i] = area;
        distances[i] = distance;
        midpoints[i] = at;
        segments[i] = new double[] {from[0], from[1], from[2], to[0], to[1], to[2]};
    }

    /** {@return a new, empty builder: give it a soma and sections, or one root section without a soma} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads an SWC file (seven columns per point: {@code id type x y z radius parent}, micrometres,
     * {@code #} comments): see {@link #readSwc(Reader, String)}.
     *
     * @param file the SWC file
     * @return the morphology, with coordinates, one compartment per segment until {@link #withCompartments} chooses
     * @throws SwcException for a malformed file, naming the line and the fix
     * @throws UncheckedIOException when the file cannot be read
     */
    public static Morphology readSwc(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readSwc(in, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read SWC file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads SWC text. Points may come in any order (parents are linked after reading). Types 1
     * soma, 2 axon, 3 basal dendrite, 4 apical dendrite; other types are read as dendrite and
     * listed in {@link #warnings()}. The soma points (type 1 from the root) become one sphere of
     * the same membrane area: a single point gives a sphere of its diameter, several points (the
     * NeuroMorpho three-point soma, a stack of cylinders) the sphere whose area {@code pi d^2} is
     * the summed lateral area of their frustums, which for the three-point soma is again the
     * sphere of its radius. Unbranched runs of points of one type become sections named as
     * NEURON's import names them ({@code axon[0]}, {@code dend[0]}, {@code apic[0]}, numbered
     * depth first, children in file order), cut at the points into one compartment per segment; a section starts at its
     * parent's last point, one hanging from the soma at its own first point.
     *
     * @param text   the SWC text; read to its end, not closed
     * @param source the file name, for messages
     * @return the morphology, with coordinates, one compartment per segment until {@link #withCompartments} chooses
     * @throws SwcException for a malformed file, naming the line and the fix
     */
    public static Morphology readSwc(Reader text, String source) {
        return Swc.read(text, source);
    }

    /** {@return whether it has a soma (compartment 0)} */
    public boolean hasSoma() {
        return !Double.isNaN(somaDiameter);
    }

    /** {@return whether its coordinates came from a file; otherwise they are a 2-D layout for drawing} */
    public boolean hasCoordinates() {
        return outlines.stream().allMatch(Outline::hasPoints) && (!hasSoma() || somaCentre != null);
    }

    /** {@return the number of compartments, the soma's included} */
    public int size() {
        return size;
    }

    /** {@return every section, the soma first, in compartment order} */
    public List<Section> sections() {
        return List.copyOf(sections.values());
    }

    /**
     * The section called {@code name} ({@code soma} for the soma).
     *
     * @param name the section's name
     * @return the section
     * @throws MorphologyException for an unknown name, with the nearest names
     */
    public Section section(String name) {
        Section s = sections.get(name);
        if (s == null) {
            throw new MorphologyException("Morphology", describe(), "section", "no section '" + name + "'; known: "
                + String.join(", ", Spelling.nearest(name, sections.keySet(), 8)));
        }
        return s;
    }

    /**
     * The geometry of compartment {@code index}.
     *
     * @param index the compartment's number
     * @return its section, parent, length, diameter, area, distance and midpoint
     * @throws MorphologyException for an index outside {@code [0, size())}
     */
    public Compartment compartment(int index) {
        if (index < 0 || index >= size) {
            throw new MorphologyException("Morphology", describe(), "compartment", "no compartment " + index + "; the compartments are 0 to "
                + (size - 1));
        }
        Dimension length = Dimension.LENGTH;
        return new Compartment(index, sectionOf[index], parents[index], Quantity.si(lengths[index], length),
            Quantity.si(diameters[index], length), Quantity.si(areas[index], length.power(2)), Quantity.si(distances[index], length),
            Quantity.si(midpoints[index][0], length), Quantity.si(midpoints[index][1], length), Quantity.si(midpoints[index][2], length));
    }

    /** {@return each compartment's parent number, -1 for the root; always smaller than the compartment's own; a new array} */
    public int[] parents() {
        return parents.clone();
    }

    /** {@return each compartment's section name, in compartment order; a new array} */
    public String[] sectionNames() {
        return sectionOf.clone();
    }

    /**
     * Each compartment's length along the centre line.
     *
     * @param unit the unit of the result, a length
     * @return one value per compartment, in compartment order, as a new array
     * @throws MorphologyException if {@code unit} is not a length
     */
    public double[] lengths(Unit unit) {
        return in(lengths, unit, 1);
    }

    /**
     * Each compartment's mean diameter.
     *
     * @param unit the unit of the result, a length
     * @return one value per compartment, in compartment order, as a new array
     * @throws MorphologyException if {@code unit} is not a length
     */
    public double[] diameters(Unit unit) {
        return in(diameters, unit, 1);
    }

    /**
     * Each compartment's lateral membrane area.
     *
     * @param unit the unit of the result, an area (e.g. {@code um.power(2)})
     * @return one value per compartment, in compartment order, as a new array
     * @throws MorphologyException if {@code unit} is not an area
     */
    public double[] areas(Unit unit) {
        return in(areas, unit, 2);
    }

    /**
     * Each compartment's path distance from the soma to its midpoint.
     *
     * @param unit the unit of the result, a length
     * @return one value per compartment, in compartment order, as a new array
     * @throws MorphologyException if {@code unit} is not a length
     */
    public double[] distances(Unit unit) {
        return in(distances, unit, 1);
    }

    /**
     * Each compartment midpoint's x coordinate.
     *
     * @param unit the unit of the result, a length
     * @return one value per compartment, in compartment order, as a new array
     * @throws MorphologyException if {@code unit} is not a length
     */
    public double[] x(Unit unit) {
        return coordinate(0, unit);
    }

    /**
     * Each compartment midpoint's y coordinate.
     *
     * @param unit the unit of the result, a length
     * @return one value per compartment, in compartment order, as a new array
     * @throws MorphologyException if {@code unit} is not a length
     */
    public double[] y(Unit unit) {
        return coordinate(1, unit);
    }

    /**
     * Each compartment midpoint's z coordinate; 0 in the 2-D layout.
     *
     * @param unit the unit of the result, a length
     * @return one value per compartment, in compartment order, as a new array
     * @throws MorphologyException if {@code unit} is not a length
     */
    public double[] z(Unit unit) {
        return coordinate(2, unit);
    }

    /**
     * Each compartment's start and end on the centre line, {@code {x0, y0, z0, x1, y1, z1}} in
     * {@code unit} (a length), for drawing it as a line; the soma's are both its centre.
     *
     * @param unit the unit of the result, a length
     * @return one row of six per compartment, in compartment order
     * @throws MorphologyException if {@code unit} is not a length
     */
    public double[][] segments(Unit unit) {
        double[][] out = new double[size][];
        for (int i = 0; i < size; i++) {
            out[i] = in(segments[i], unit, 1);
        }
        return out;
    }

    private double[] coordinate(int axis, Unit unit) {
        double[] values = new double[size];
        for (int i = 0; i < size; i++) {
            values[i] = midpoints[i][axis];
        }
        return in(values, unit, 1);
    }

    private static double[] in(double[] si, Unit unit, int lengthPower) {
        if (!unit.dimension().equals(Units.metre.dimension().power(lengthPower))) {
            throw new MorphologyException("Morphology", "geometry", "unit", unit + " is not " + (lengthPower == 1 ? "a length; give one such as um"
                : "an area; give one such as um.power(2)"));
        }
        double[] values = new double[si.length];
        for (int i = 0; i < si.length; i++) {
            values[i] = si[i] / unit.scale();
        }
        return values;
    }

    /** {@return what reading a file noticed and kept going past, such as unknown SWC types, one line each; empty for built morphologies} */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * The sections given no compartment count (and not yet cut by a rule), in compartment order:
     * a built one has one compartment, an SWC one one per segment, until {@link #withCompartments}
     * chooses. {@code Network.spatial} cuts them by the d_lambda rule.
     *
     * @return their names; empty when every section has its count
     */
    public List<String> uncounted() {
        List<String> names = new ArrayList<>();
        for (int s = 0; s < outlines.size(); s++) {
            if (counts[s] == 0) {
                names.add(outlines.get(s).name());
            }
        }
        return names;
    }

    /**
     * The same morphology with the sections that were given no compartment count cut by the
     * d_lambda rule (SWC sections are resampled into equal pieces); sections with a count keep it.
     * Applied again, it starts from the counts as given, not from the ones it chose.
     *
     * @param rule the rule, with the cable's {@code Ri} and {@code Cm}
     * @return a new morphology; this one is unchanged
     */
    public Morphology withCompartments(DLambda rule) {
        return withCompartments(section -> rule);
    }

    /**
     * As {@link #withCompartments(DLambda)} with a rule per section, by name, as NEURON's
     * {@code geom_nseg} reads each section's own {@code Ra} and {@code cm}; asked only for the
     * sections given no count.
     *
     * @param rulePerSection the rule of each section, by its name
     * @return a new morphology; this one is unchanged
     */
    public Morphology withCompartments(java.util.function.Function<String, DLambda> rulePerSection) {
        int[] chosen = new int[outlines.size()];
        DLambda[] by = new DLambda[outlines.size()];
        for (int s = 0; s < chosen.length; s++) {
            Outline o = outlines.get(s);
            if (o.compartments() > 0) {
                chosen[s] = o.compartments();
            } else {
                by[s] = rulePerSection.apply(o.name());
                chosen[s] = by[s].count(by[s].rate() * o.inverseRootDiameterIntegral());
            }
        }
        return new Morphology(somaDiameter, somaCentre, outlines, chosen, by, warnings);
    }

    private String describe() {
        return hasSoma() ? "soma " + Units.um.of(somaDiameter / 1e-6) : outlines.get(0).name();
    }

    /** {@code Morphology (soma 20 um; 3 sections, 26 compartments)}. */
    @Override
    public String toString() {
        return "Morphology (" + (hasSoma() ? "soma " + Units.um.of(somaDiameter / 1e-6) + "; " : "") + outlines.size() + " section"
            + (outlines.size() == 1 ? "" : "s") + ", " + size + " compartment" + (size == 1 ? "" : "s") + ")";
    }

    // ---- building ------------------------------------------------------------------------------

    /**
     * What can have sections hanging from it: the morphology's top (hanging from the soma) and
     * every section. Each method takes the child's name and a block that sets its geometry.
     *
     * @param <B> the builder itself, for chaining
     */
    public abstract static sealed class Branching<B extends Branching<B>> permits Builder, SectionBuilder {
        final List<SectionBuilder> children = new ArrayList<>();

        Branching() {
        }

        /**
         * A basal dendrite: {@code .dendrite("d", s -> s.length(um.of(200)).diameter(um.of(1)))}.
         *
         * @param name    the section's name, unique in the morphology
         * @param section sets its geometry; must give a length and a diameter
         * @return this builder
         * @throws MorphologyException for a missing length or diameter, or a blank name
         */
        public B dendrite(String name, Consumer<SectionBuilder> section) {
            return section(name, SectionType.DENDRITE, section);
        }

        /**
         * An axon.
         *
         * @param name    the section's name, unique in the morphology
         * @param section sets its geometry; must give a length and a diameter
         * @return this builder
         * @throws MorphologyException for a missing length or diameter, or a blank name
         */
        public B axon(String name, Consumer<SectionBuilder> section) {
            return section(name, SectionType.AXON, section);
        }

        /**
         * An apical dendrite.
         *
         * @param name    the section's name, unique in the morphology
         * @param section sets its geometry; must give a length and a diameter
         * @return this builder
         * @throws MorphologyException for a missing length or diameter, or a blank name
         */
        public B apical(String name, Consumer<SectionBuilder> section) {
            return section(name, SectionType.APICAL, section);
        }

        /**
         * A section of {@code type}; its block must give a length and a diameter.
         *
         * @param name    the section's name, unique in the morphology; not {@code soma}
         * @param type    what the section is; not {@link SectionType#SOMA}
         * @param section sets its geometry and may hang further sections from it
         * @return this builder
         * @throws MorphologyException for a missing length or diameter, a soma type, or a blank name
         */
        public B section(String name, SectionType type, Consumer<SectionBuilder> section) {
            if (name == null || name.isBlank() || name.equals(SOMA)) {
                throw new MorphologyException("Section", String.valueOf(name), "name", "'" + name + "' cannot name a section; give a name "
                    + "such as 'dend' (" + SOMA + " is the soma's)");
            }
            if (type == SectionType.SOMA) {
                throw new MorphologyException("Section", name, "type", "a section cannot be a soma; give the soma with soma(diameter)");
            }
            SectionBuilder child = new SectionBuilder(name, type);
            section.accept(child);
            child.check();
            children.add(child);
            @SuppressWarnings("unchecked")
            B self = (B) this;
            return self;
        }
    }

    /** Collects a soma and sections; {@link #build()} makes the {@link Morphology}. */
    public static final class Builder extends Branching<Builder> {
        private double somaDiameter = Double.NaN;

        private Builder() {
        }

        /**
         * A spherical soma of {@code diameter}: one compartment of area {@code pi d^2}.
         *
         * @param diameter the sphere's diameter, a positive length
         * @return this builder
         * @throws MorphologyException for a diameter that is not a positive length
         */
        public Builder soma(Quantity diameter) {
            somaDiameter = positiveLength("Soma", SOMA, "diameter", diameter, "20.um");
            return this;
        }

        /**
         * The morphology, compartments numbered depth first.
         *
         * @return the morphology, with a 2-D layout for drawing
         * @throws MorphologyException for an empty morphology, two sections of one name, or several
         *                       sections at the top without a soma to hang from
         */
        public Morphology build() {
            if (children.isEmpty() && Double.isNaN(somaDiameter)) {
                throw new MorphologyException("Morphology", "(empty)", null, "nothing in it; give a soma (soma(um.of(20))) or a section");
            }
            if (Double.isNaN(somaDiameter) && children.size() > 1) {
                throw new MorphologyException("Morphology", children.get(0).name, null, children.size() + " sections at the top ("
                    + String.join(", ", children.stream().map(c -> c.name).toList()) + ") and no soma: give a soma for them to hang "
                    + "from, or hang all but one from another section");
            }
            List<Outline> outlines = new ArrayList<>();
            Map<String, String> seen = new HashMap<>();
            for (SectionBuilder c : children) {
                c.collect(Double.isNaN(somaDiameter) ? null : SOMA, outlines, seen);
            }
            return new Morphology(somaDiameter, null, outlines, outlines.stream().mapToInt(Outline::compartments).toArray(),
                new DLambda[outlines.size()], List.of());
        }
    }

    /** Sets one section's geometry and collects its children. */
    public static final class SectionBuilder extends Branching<SectionBuilder> {
        private final String name;
        private final SectionType type;
        private double length = Double.NaN;
        private double startDiameter = Double.NaN;
        private double endDiameter = Double.NaN;
        private int compartments;

        private SectionBuilder(String name, SectionType type) {
            this.name = name;
            this.type = type;
        }

        /**
         * Its length along the centre line.
         *
         * @param length a positive length
         * @return this builder
         * @throws MorphologyException for anything but a positive length
         */
        public SectionBuilder length(Quantity length) {
            this.length = positiveLength("Section", name, "length", length, "200.um");
            return this;
        }

        /**
         * A constant diameter (a cylinder).
         *
         * @param diameter a positive length
         * @return this builder
         * @throws MorphologyException for anything but a positive length
         */
        public SectionBuilder diameter(Quantity diameter) {
            return diameter(diameter, diameter);
        }

        /**
         * A diameter tapering linearly from {@code start} to {@code end} (a truncated cone).
         *
         * @param start the diameter at the section's start, a positive length
         * @param end   the diameter at its end, a positive length
         * @return this builder
         * @throws MorphologyException for anything but positive lengths
         */
        public SectionBuilder diameter(Quantity start, Quantity end) {
            startDiameter = positiveLength("Section", name, "diameter", start, "1.um");
            endDiameter = positiveLength("Section", name, "diameter", end, "1.um");
            return this;
        }

        /**
         * The number of compartments, of equal length; without one the section has one
         * compartment until {@link Morphology#withCompartments(DLambda)} chooses.
         *
         * @param count 1 or more
         * @return this builder
         * @throws MorphologyException for a count below 1
         */
        public SectionBuilder compartments(int count) {
            if (count < 1) {
                throw new MorphologyException("Section", name, "compartments", count + " compartments is impossible; give at least 1");
            }
            compartments = count;
            return this;
        }

        private void check() {
            if (Double.isNaN(length) || Double.isNaN(startDiameter)) {
                throw new MorphologyException("Section", name, Double.isNaN(length) ? "length" : "diameter", "not given; give both, e.g. "
                    + "length(um.of(200)).diameter(um.of(1)) (DSL: length: 200.um, diameter: 1.um)");
            }
        }

        private void collect(String parent, List<Outline> into, Map<String, String> seen) {
            String before = seen.putIfAbsent(name, parent == null ? "the top" : parent);
            if (before != null) {
                throw new MorphologyException("Section", name, "name", "two sections have this name (under " + before + " and under "
                    + (parent == null ? "the top" : parent) + "); give each its own, since sections are found by name");
            }
            into.add(Outline.cylinder(name, type, parent, length, startDiameter, endDiameter, compartments));
            for (SectionBuilder c : children) {
                c.collect(name, into, seen);
            }
        }
    }

    private static double positiveLength(String kind, String name, String attribute, Quantity value, String example) {
        if (value == null || !value.hasDimension(Units.metre.dimension())) {
            throw new MorphologyException(kind, name, attribute, value + " is not a length; give one such as " + example + " (Java: um.of("
                + example.replace(".um", "") + "))");
        }
        if (!(value.si() > 0) || Double.isInfinite(value.si())) {
            throw new MorphologyException(kind, name, attribute, value + (value.si() == 0 ? " is zero" : " is not positive") + "; give a positive "
                + attribute + " such as " + example);
        }
        return value.si();
    }
}
