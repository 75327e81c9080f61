package org.synfire.model;

/**
 * The same consecutive compartments of every neuron of a spatial group: a location
 * ({@code cells.at("dend", um.of(400))}, Brian2's {@code neuron.dend[400*um]}), a stretch of a
 * section ({@code cells.between("dend", um.of(0), um.of(200))}), or a whole section
 * ({@code cells.section("dend")}), always looked up in the group's own morphology, which is the one
 * its compartments were cut by. A projection onto compartments puts its synapses there, counting
 * {@code j} over (neuron, compartment) pairs neuron by neuron, so on one location {@code j} is the
 * neuron; a state probe of compartments records them in every neuron. Immutable.
 *
 * <pre>{@code
 * GroupSpec cells = net.spatial("cells", 10, ballAndStick, model, b -> ...);
 * net.connect("distal", inputs, cells.at("dend", um.of(400)), synapse, Connect.oneToOne());
 * StateProbeSpec dend = net.probe(Probe.state(cells.section("dend"), "v"));
 * }</pre>
 *
 * @param group the spatial group's name
 * @param cable the group's neurons and their shape
 * @param first the morphology's number of the first (nearest the root) of the compartments
 * @param count how many consecutive compartments, from {@code first}, in each neuron
 * @param where how they were chosen, for labels: {@code dend[400 um]}, {@code dend}
 */
public record Compartments(String group, Cable cable, int first, int count, String where) {

    /**
     * @param group the spatial group's name
     * @param cable the group's neurons and their shape
     * @param first the morphology's number of the first (nearest the root) of the compartments
     * @param count how many consecutive compartments, from {@code first}, in each neuron
     * @param where how they were chosen, for labels: {@code dend[400 um]}, {@code dend}
     * @throws SpecException unless the compartments are inside the morphology
     */
    public Compartments {
        if (first < 0 || count < 1 || first + count > cable.compartments()) {
            throw new SpecException("Group", group, "compartments", "[" + first + ":" + (first + count) + "] is not a part of its "
                + cable.compartments() + " compartments per neuron; give compartments from 0 to " + (cable.compartments() - 1));
        }
    }

    /**
     * Number of (neuron, compartment) pairs: what {@code N_post} is for synapses onto them.
     *
     * @return {@code count} times the group's neurons
     */
    public int size() {
        return cable.neurons() * count;
    }

    /**
     * The group's elements, neuron by neuron and within a neuron proximal to distal (neuron
     * {@code n}'s compartment {@code c} is element {@code n·compartments + c}): what a probe records.
     *
     * @return a new array of element numbers
     */
    public int[] elements() {
        int[] all = new int[size()];
        for (int n = 0, k = 0; n < cable.neurons(); n++) {
            for (int c = 0; c < count; c++) {
                all[k++] = cable.index(n, first + c);
            }
        }
        return all;
    }

    /**
     * Compartments {@code [from, to)} of these, counted from the first (as {@link java.util.List#subList}):
     * {@code cells.section("dend").slice(0, 5)} is the dendrite's first five compartments.
     *
     * @param from the first compartment kept, counted from the first of these
     * @param to   one past the last
     * @return the narrower compartments, in every neuron
     * @throws SpecException unless {@code 0 <= from < to <= count}
     */
    public Compartments slice(int from, int to) {
        if (from < 0 || to > count || from >= to) {
            throw new SpecException("Group", group, "compartments", label() + " [" + from + ":" + to + "] is not a part of its " + count
                + " compartment" + (count == 1 ? "" : "s") + "; give 0 <= from < to <= " + count + " (to is excluded, as in subList)");
        }
        String part = to - from == 1 ? "[" + from + "]" : "[" + from + ":" + to + "]";
        return new Compartments(group, cable, first + from, to - from, where + part);
    }

    /**
     * How reports and tables name them: {@code cells.dend[400 um]}.
     *
     * @return the label
     */
    public String label() {
        return group + "." + where;
    }

    /** {@code cells.dend[400 um] (compartment 41 of each of 10 neurons)}. */
    @Override
    public String toString() {
        return label() + " (" + (count == 1 ? "compartment " + first : "compartments " + first + ".." + (first + count - 1)) + " of each of "
            + cable.neurons() + " neuron" + (cable.neurons() == 1 ? ")" : "s)");
    }
}
