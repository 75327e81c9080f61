package org.synfire.dsl;

import groovy.lang.GroovyObjectSupport;
import groovy.lang.IntRange;
import groovy.lang.Range;
import org.codehaus.groovy.runtime.RangeInfo;
import org.synfire.model.Compartments;
import org.synfire.model.GroupSpec;
import org.synfire.sim.GroupView;
import org.synfire.units.Quantity;

/**
 * Compartments of every neuron of a spatial group in a script, as Brian2 indexes a
 * {@code SpatialNeuron}: a section ({@code cell.dend}, or {@code cell.section('dend[0]')} for a
 * name that is no Groovy name), a location on it ({@code cell.dend[400.um]}), a stretch
 * ({@code cell.dend[0.um..200.um]}) or compartments by their index in the section
 * ({@code cell.dend[3]}, {@code cell.dend[0..4]}, {@code cell.dend[-1]} for the last). It goes
 * where synapses go ({@code connect inputs, cell.dend[400.um], ...}) and what a probe records
 * ({@code probe state(cell.dend, 'v')}); after a run {@code cell.dend[400.um].v} reads a variable
 * there, one value per (neuron, compartment) pair, neuron by neuron.
 */
public final class Location extends GroovyObjectSupport {
    private final Group group;
    private final Compartments compartments;
    private final String section;
    /** Whether these are the whole section, which indexing narrows. */
    private final boolean whole;

    /** The whole of {@code section}. */
    Location(Group group, String section) {
        this(group, ((GroupSpec) group.spec()).section(section), section, true);
    }

    private Location(Group group, Compartments compartments, String section, boolean whole) {
        this.group = group;
        this.compartments = compartments;
        this.section = section;
        this.whole = whole;
    }

    /** {@return the compartments, as the Java API takes them} */
    public Compartments compartments() {
        return compartments;
    }

    /** The group handle they belong to. */
    Group group() {
        return group;
    }

    /**
     * The compartment at a distance along the section, in every neuron: {@code cell.dend[400.um]}.
     * A boundary between compartments belongs to the distal one, the section's end to its last.
     *
     * @param distance a length from the section's start
     * @return that compartment of every neuron
     * @throws DslException if this location is already part of a section
     * @throws org.synfire.model.morphology.MorphologyException for a distance beyond the section's end
     */
    public Location getAt(Quantity distance) {
        return part(whole("[" + distance + "]").at(section, distance));
    }

    /**
     * A compartment of the section by its index, in every neuron: {@code cell.dend[3]}.
     *
     * @param k the index, from 0; negative counts from the end ({@code -1} is the last)
     * @return that compartment of every neuron
     * @throws DslException for an index outside the section, or if this location is already part of a section
     */
    public Location getAt(int k) {
        int index = k < 0 ? k + compartments.count() : k;
        if (index < 0 || index >= compartments.count()) {
            throw new DslException(label("[" + k + "]"), "no such compartment; " + compartments.label() + " has " + compartments.count()
                + " compartment" + (compartments.count() == 1 ? "" : "s") + ", 0.." + (compartments.count() - 1) + " (or -"
                + compartments.count() + "..-1 counted from the end)");
        }
        whole("[" + k + "]");
        return part(compartments.slice(index, index + 1));
    }

    /**
     * The compartments of a stretch of the section, by distance ({@code cell.dend[0.um..200.um]},
     * those overlapping it) or by index ({@code cell.dend[0..4]}, both ends included).
     *
     * @param range a range of lengths, or of whole numbers
     * @return those compartments of every neuron
     * @throws DslException for a range of other values, indices outside the section or backwards, or
     *                      if this location is already part of a section
     * @throws org.synfire.model.morphology.MorphologyException for an end beyond the section or {@code from > to}
     */
    public Location getAt(Range<?> range) {
        String word = "[" + range + "]";
        if (range.getFrom() instanceof Quantity from && range.getTo() instanceof Quantity to) {
            return part(whole(word).between(section, from, to));
        }
        if (!(range instanceof IntRange r)) {
            throw new DslException(label(word), "give distances (" + compartments.label() + "[0.um..200.um]) or compartment indices ("
                + compartments.label() + "[0..4])");
        }
        whole(word);
        RangeInfo borders = r.subListBorders(compartments.count());
        if (borders.reverse || borders.from < 0 || borders.to > compartments.count() || borders.from >= borders.to) {
            throw new DslException(label(word), "not a stretch of its " + compartments.count() + " compartments; give indices from 0 to "
                + (compartments.count() - 1) + ", the lower first");
        }
        return part(compartments.slice(borders.from, borders.to));
    }

    private Location part(Compartments narrowed) {
        return new Location(group, narrowed, section, false);
    }

    /** The group's spec, to narrow the whole section; a location already narrowed is refused. */
    private GroupSpec whole(String index) {
        if (!whole) {
            throw new DslException(label(index), "indexes a part of a section again; index the section itself, e.g. " + group.getName()
                + "." + section + "[100.um]");
        }
        return (GroupSpec) group.spec();
    }

    private String label(String index) {
        return compartments.label() + index;
    }

    /** A variable's values here after a run, one per (neuron, compartment) pair, neuron by neuron: {@code cell.dend[400.um].v}. */
    @Override
    public Object getProperty(String property) {
        return switch (property) {
            case "compartments" -> compartments;
            case "size" -> compartments.size();
            default -> values(property);
        };
    }

    private Values values(String variable) {
        String word = compartments.label() + "." + variable;
        GroupView state = group.session.built(group.scope, word).group(compartments.group());
        if (!state.variables().contains(variable) || !state.isPerNeuron(variable)) {
            throw DslException.missing(word, "group '" + compartments.group() + "'", variable, state.variables());
        }
        double[] all = state.valuesSi(variable);
        int[] elements = compartments.elements();
        double[] here = new double[elements.length];
        for (int k = 0; k < here.length; k++) {
            here[k] = all[elements[k]];
        }
        return new Values(word, state.dimension(variable), here);
    }

    /** {@code cells.dend[400 um] (compartment 41 of each of 10 neurons)}. */
    @Override
    public String toString() {
        return compartments.toString();
    }
}
