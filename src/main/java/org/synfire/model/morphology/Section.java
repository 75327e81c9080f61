package org.synfire.model.morphology;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.synfire.units.Quantity;
import org.synfire.units.Units;

/**
 * A section of a built {@link Morphology}: its place in the tree and its compartments, looked up
 * by distance along it as users think of locations ({@code morph.section("d").at(um.of(100))},
 * Brian2's {@code morpho.d[100*um]}, NEURON's {@code d(0.5)}). Distances run from the section's
 * start (where it hangs from its parent) to its end; the soma is a section of one compartment
 * whose length is its diameter. Immutable.
 */
public final class Section {
    private final String name;
    private final SectionType type;
    private final String parent;
    private final List<String> children;
    private final int first;
    /** Compartment boundaries in metres along the section, from 0 to its length. */
    private final double[] boundaries;
    private final DLambda rule;

    Section(String name, SectionType type, String parent, List<String> children, int first, double[] boundaries, DLambda rule) {
        this.name = name;
        this.type = type;
        this.parent = parent;
        this.children = List.copyOf(children);
        this.first = first;
        this.boundaries = boundaries.clone();
        this.rule = rule;
    }

    /** {@return its name, unique in the morphology} */
    public String name() {
        return name;
    }

    /** {@return what it is: soma, axon, basal or apical dendrite} */
    public SectionType type() {
        return type;
    }

    /** {@return the name of the section it hangs from (at that section's end), or empty for the root} */
    public Optional<String> parent() {
        return Optional.ofNullable(parent);
    }

    /** {@return the names of the sections hanging from its end, in the order they were given} */
    public List<String> children() {
        return children;
    }

    /** {@return its length along the centre line} */
    public Quantity length() {
        return Units.metre.of(boundaries[boundaries.length - 1]);
    }

    /** {@return how many compartments it is cut into} */
    public int compartments() {
        return boundaries.length - 1;
    }

    /** {@return the d_lambda rule that chose its number of compartments, or empty where the count was given (or none was chosen)} */
    public Optional<DLambda> rule() {
        return Optional.ofNullable(rule);
    }

    /** {@return the morphology's number of its first (proximal) compartment; the others follow it in order} */
    public int first() {
        return first;
    }

    /** {@return the numbers of its compartments, proximal to distal} */
    public int[] indices() {
        int[] all = new int[compartments()];
        Arrays.setAll(all, k -> first + k);
        return all;
    }

    /**
     * The compartment at {@code distance} from the section's start; a boundary belongs to the
     * compartment beyond it, and the section's end to its last compartment.
     *
     * @param distance a length from 0 to the section's length
     * @return the compartment's number in the morphology
     * @throws MorphologyException for a negative distance or one beyond the end, naming the section and its length
     */
    public int at(Quantity distance) {
        return first + piece(check("at", distance));
    }

    /**
     * The compartments that overlap {@code [from, to]}, proximal to distal: Brian2's
     * {@code morpho.d[0*um:200*um]}. Equal ends give the one compartment {@link #at} names.
     *
     * @param from the start of the stretch, a length from the section's start
     * @param to   its end, at least {@code from}
     * @return the compartments' numbers in the morphology
     * @throws MorphologyException for an end outside the section or {@code from} beyond {@code to}
     */
    public int[] between(Quantity from, Quantity to) {
        double a = check("between", from);
        double b = check("between", to);
        if (a > b) {
            throw new MorphologyException("Section", name, null, "between(" + from + ", " + to + ") runs backwards; give the nearer end first");
        }
        int lo = piece(a);
        int hi = piece(b);
        // A range that ends on a boundary does not reach into the compartment beyond it.
        if (hi > lo && boundaries[hi] == b) {
            hi--;
        }
        int[] range = new int[hi - lo + 1];
        Arrays.setAll(range, k -> first + lo + k);
        return range;
    }

    /** The distance in metres, checked against the section's extent. */
    private double check(String method, Quantity distance) {
        double length = boundaries[boundaries.length - 1];
        if (!distance.hasDimension(Units.metre.dimension())) {
            throw new MorphologyException("Section", name, null, method + "(" + distance + "): not a length; give a distance along the section such as "
                + "10.um (Java: um.of(10))");
        }
        double x = distance.si();
        // Rounding in a unit conversion must not turn "at the end" into "beyond it".
        if (x > length && x <= length * (1 + 1e-12)) {
            x = length;
        }
        if (!(x >= 0 && x <= length)) {
            throw new MorphologyException("Section", name, null, method + "(" + distance + "): " + (x < 0 ? "a negative distance" : "beyond its end")
                + "; the section is " + length() + " long: give a distance from 0 um to " + length());
        }
        return x;
    }

    /** The compartment (from 0) holding {@code x} metres. */
    private int piece(double x) {
        int k = Arrays.binarySearch(boundaries, x);
        int index = k >= 0 ? k : -k - 2;
        return Math.min(Math.max(index, 0), compartments() - 1);
    }

    /** {@code dend[0] (dendrite, 200 um, 10 compartments from 1)}. */
    @Override
    public String toString() {
        return name + " (" + type.name().toLowerCase() + ", " + length() + ", " + compartments() + " compartment" + (compartments() == 1 ? "" : "s")
            + " from " + first + ")";
    }
}
