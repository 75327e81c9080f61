package org.synfire.model;

/**
 * How a projection counts what it connects at one of its ends: its rule, conditions and values
 * see {@code i} (or {@code j}) {@code = k}, for {@code k} from 0 to {@code count - 1}, where the
 * population has element {@code first + (k / width)·stride + k % width}. Point neurons and slices
 * are consecutive elements ({@code width == count}). Spatial neurons are counted by neuron as
 * sources of spikes, each by its spiking compartment (width 1, stride their compartments), and
 * by (neuron, compartment) pair as targets at {@link Compartments}; otherwise by element, each
 * compartment one. Every element is a different {@code k}, and the order is kept: a larger
 * {@code k} is a larger element.
 *
 * @param first  the element of {@code k = 0}
 * @param count  how many are counted
 * @param width  how many consecutive elements each block holds
 * @param stride the distance from one block's first element to the next's
 */
public record Numbering(int first, int count, int width, int stride) {

    /** Consecutive elements {@code [from, from + count)}. */
    private static Numbering consecutive(int from, int count) {
        return new Numbering(from, count, count, count);
    }

    /**
     * How projection {@code p} counts its sources in {@code source}: by neuron from spatial
     * neurons' spikes, by element otherwise (a custom event may hold at any compartment).
     *
     * @param p      the projection
     * @param source its source population
     * @return the numbering of the projection's {@code i}
     * @throws SpecException for a slice of spatial neurons that cuts through a neuron
     */
    public static Numbering source(ProjectionSpec p, PopulationSpec source) {
        return spikes(source, p.sourceSlice(), p.sourceEvent(), "Projection", p.name(), "source");
    }

    /**
     * How the spikes of {@code population} (or of {@code slice} of it) are counted, by
     * projections from it and by spike and rate probes: spatial neurons by neuron, each spiking
     * at one compartment; point neurons, and custom events (which may hold at any compartment),
     * by element.
     *
     * @param event the custom event counted, or {@code null} for spikes
     * @param population the population whose spikes or events are counted
     * @param slice      the part of it counted, or {@code null} for all of it
     * @param kind       the kind of object asking, for the message (e.g. {@code Probe})
     * @param name       its name, for the message
     * @param attribute  its attribute at fault, for the message
     * @return the numbering of the counted spikes' sources
     * @throws SpecException ({@code kind 'name'.attribute}) for a slice of spatial neurons that cuts through a neuron
     */
    public static Numbering spikes(PopulationSpec population, Slice slice, String event, String kind, String name, String attribute) {
        int from = slice == null ? 0 : slice.from();
        int size = slice == null ? population.size() : slice.size();
        if (!(population instanceof GroupSpec g) || g.cable() == null || event != null) {
            return consecutive(from, size);
        }
        Cable cable = g.cable();
        int n = cable.compartments();
        if (from % n != 0 || size % n != 0) {
            throw new SpecException(kind, name, attribute, "'" + Slice.label(population.name(), slice) + "' cuts through spatial neurons of "
                + n + " compartments; their spikes are counted by neuron (a neuron's spikes are those of its spiking compartment), so "
                + "slice at multiples of " + n);
        }
        return new Numbering(from + cable.spikeCompartment(), size / n, 1, n);
    }

    /**
     * How projection {@code p} counts its targets in {@code target}: by (neuron, compartment) at compartments, else by element.
     *
     * @param p      the projection
     * @param target its target population
     * @return the numbering of the projection's {@code j}
     */
    public static Numbering target(ProjectionSpec p, PopulationSpec target) {
        Compartments at = p.targetCompartments();
        if (at != null) {
            return new Numbering(at.first(), at.size(), at.count(), at.cable().compartments());
        }
        Slice slice = p.targetSlice();
        return slice == null ? consecutive(0, target.size()) : consecutive(slice.from(), slice.size());
    }

    /**
     * Whether the elements are consecutive, {@code first} to {@code first + count - 1}.
     *
     * @return {@code true} when {@code width == count}
     */
    public boolean isConsecutive() {
        return width == count;
    }

    /**
     * The element counted {@code k}.
     *
     * @param k from 0 to {@code count - 1}
     * @return the population's element number
     */
    public int element(int k) {
        return first + (k / width) * stride + k % width;
    }

    /**
     * The {@code k} of {@code element}, or -1 if it is not counted.
     *
     * @param element an element number of the population
     * @return its {@code k}, from 0, or -1
     */
    public int index(int element) {
        int offset = element - first;
        if (offset < 0) {
            return -1;
        }
        if (isConsecutive()) {
            return offset < count ? offset : -1;
        }
        int within = offset % stride;
        int k = offset / stride * width + within;
        return within < width && k < count ? k : -1;
    }
}
