package org.synfire.dsl;

import groovy.lang.EmptyRange;
import groovy.lang.IntRange;
import groovy.lang.Range;
import java.util.Arrays;
import java.util.List;
import org.synfire.Spelling;
import org.codehaus.groovy.runtime.RangeInfo;
import org.synfire.sim.GroupView;
import org.synfire.model.GroupSpec;
import org.synfire.model.Neurons;
import org.synfire.model.PopulationSpec;
import org.synfire.model.Subgroup;
import org.synfire.model.morphology.Morphology;
import org.synfire.units.Quantity;

/**
 * A neuron group (or spike source) in a script, or a slice of one ({@code exc[0..399]}). Before
 * the network is built, assigning ({@code exc.v = '-60*mV + rand()*10*mV'}) sets initial values
 * and parameters; afterwards, reading ({@code exc.v}, {@code exc.tau}) gives the current values
 * and assigning changes them for the next run, as in Brian2. A slice does the same for its
 * neurons only, and goes wherever its group goes ({@code connect}, {@code spikes}, {@code state},
 * {@code rate}), numbering its neurons from its first, as a Brian2 subgroup does. Names other
 * than the model's variables are ordinary properties ({@code name}, {@code size}).
 */
public final class Group extends Handle {
    /** The handle of the whole group, which keeps its spec: this one, unless this is a slice. */
    private final Group whole;
    private final int from;
    private final int size;
    private PopulationSpec spec;

    Group(Session session, PopulationSpec spec) {
        super(session, spec.name());
        this.whole = this;
        this.from = 0;
        this.size = spec.size();
        this.spec = spec;
    }

    private Group(Group whole, Subgroup neurons) {
        super(whole.session, whole.scope, neurons.label());
        this.whole = whole;
        this.from = neurons.from();
        this.size = neurons.size();
    }

    /** {@return the name, as {@code exc.name} reads it: the group's, or for a slice its label such as {@code exc[0..99]}} */
    public String getName() {
        return name;
    }

    /** {@return the number of neurons (of spike sources for a spike source), of the slice for a slice} */
    public int size() {
        return size;
    }

    /** {@return the number of neurons, as {@code exc.size} reads it} */
    public int getSize() {
        return size;
    }

    /** {@return the current description of the whole group, even for a slice; it changes as values are set before the build} */
    public PopulationSpec spec() {
        return whole.spec;
    }

    /** The neurons this handle stands for, as the Java API takes them: the group, or the {@link Subgroup} of it. */
    Neurons neurons() {
        return whole == this ? spec : whole.spec.slice(from, from + size);
    }

    /**
     * A slice, counted within these neurons as a Groovy list counts: {@code exc[0..399]} (both
     * ends included), {@code exc[10..<20]} (the end excluded), {@code exc[-100..-1]} (the last
     * hundred). A slice of a slice is a slice of the group.
     *
     * @param range a range of whole numbers
     * @return the slice
     * @throws DslException for an empty or backward range, one of other than whole numbers, or one outside the neurons
     */
    public Group getAt(Range<?> range) {
        String word = name + "[" + range + "]";
        if (range instanceof EmptyRange<?> && range.getFrom() instanceof Integer) {
            throw new DslException(word, "the range is empty; a slice needs at least one neuron (" + name + "[" + range.getFrom() + ".."
                + range.getFrom() + "] is neuron " + range.getFrom() + " alone)");
        }
        if (!(range instanceof IntRange r)) {
            throw new DslException(word, "give a range of whole numbers, e.g. " + name + "[0..9]");
        }
        RangeInfo borders = r.subListBorders(size);
        if (borders.reverse) {
            throw new DslException(word, "the range runs backwards; write the lower index first (" + name + "[" + r.getFrom() + ".."
                + r.getTo() + "])");
        }
        if (borders.from < 0 || borders.to > size) {
            throw new DslException(word, (borders.from < 0 ? "starts before the first neuron" : "reaches past the last neuron") + "; "
                + name + " has " + size + " neurons, 0.." + (size - 1) + " (or -" + size + "..-1 counted from the end)");
        }
        return new Group(whole, neurons().slice(borders.from, borders.to));
    }

    /**
     * A variable's values: a quantity for a shared parameter, {@link Values} for per-neuron ones.
     * A name that is no variable is refused, naming the variables and, on a spatial group, the
     * sections ({@link #getProperty} gives a section as a {@link Location}). Before the build, the
     * values it will start with, where the group's spec tells them (a value set, the model's
     * default); an expression or {@code initialize} statements are evaluated only by the build.
     *
     * @param variable a variable or parameter of the model
     * @return a quantity for a shared parameter, {@link Values} (SI inside, one per neuron of this handle) for a per-neuron one
     * @throws DslException for a name that is no variable, for a spike source, or before the build for a
     *                      value that only the build computes
     */
    @Override
    public Object get(String variable) {
        if (spec() instanceof GroupSpec g && g.model().equations().get(variable) == null) {
            // Synfire's own names of spatial neurons (v__cable, ...) are no user's business.
            List<String> variables = g.model().equations().names().stream().filter(v -> !v.contains("__")).toList();
            if (g.cable() == null) {
                throw DslException.missing(name + "." + variable, "group '" + g.name() + "'", variable, variables);
            }
            List<String> sections = g.cable().morphology().sections().stream().map(s -> s.name()).toList();
            throw new DslException(name + "." + variable, "no section or variable '" + variable + "'; sections: "
                + String.join(", ", Spelling.nearest(variable, sections, 8)) + "; variables: "
                + String.join(", ", Spelling.nearest(variable, variables, 8)));
        }
        if (!Session.isBuilt(scope)) {
            return beforeBuild(variable);
        }
        GroupView state = state(variable);
        if (!state.isPerNeuron(variable)) {
            return state.get(variable, 0);
        }
        double[] mine = Arrays.copyOfRange(state.valuesSi(variable), from, from + size);
        return new Values(name + "." + variable, state.dimension(variable), mine);
    }

    private Object beforeBuild(String variable) {
        String word = name + "." + variable;
        if (!(spec() instanceof GroupSpec g)) {
            throw new DslException(word, "a spike source has no variables");
        }
        GroupSpec.StartingValues start = g.startingValues(variable);
        if (start.si() == null) {
            throw new DslException(word, start.atBuild() + " when the network is built; read it after build() or the first run");
        }
        if (start.shared()) {
            return Quantity.si(start.si()[0], start.dimension());
        }
        return new Values(word, start.dimension(), Arrays.copyOfRange(start.si(), from, from + size));
    }

    /**
     * Sets a variable: a quantity (or a plain number for a dimensionless one) for every neuron, or
     * before the build also an expression evaluated per neuron ({@code 'El + rand()*5*mV'}), or a
     * list of one value per neuron.
     *
     * @param variable a variable or parameter of the model
     * @param value    the value; after the build a quantity or a list, not an expression
     * @throws DslException for a spike source, a name that is no variable, a value of the wrong kind,
     *                      or a shared parameter set on a slice
     */
    @Override
    public void set(String variable, Object value) {
        String word = name + "." + variable;
        Arguments.PerElement perNeuron = Arguments.perElement(word, value, size, "neuron");
        if (!Session.isBuilt(scope)) {
            if (!(spec() instanceof GroupSpec)) {
                throw new DslException(word, "a spike source has no variables to set");
            }
            whole.spec = session.describing(scope, word).configure(neurons(), b -> {
                if (perNeuron != null) {
                    b.set(variable, perNeuron.values(), perNeuron.unit());
                } else {
                    Arguments.setValue(b::set, b::set, b::set, variable, value, name);
                }
            });
            return;
        }
        GroupView state = state(variable);
        if (whole == this) {
            if (perNeuron != null) {
                state.set(variable, perNeuron.values(), perNeuron.unit());
            } else {
                state.set(variable, afterBuild(word, value));
            }
            return;
        }
        if (!state.isPerNeuron(variable)) {
            throw new DslException(word, "is shared (one value for the group); set it on " + spec().name() + ", not on a slice");
        }
        Quantity same = perNeuron == null ? afterBuild(word, value) : null;
        for (int k = 0; k < size; k++) {
            state.set(variable, from + k, same != null ? same : perNeuron.unit().of(perNeuron.values()[k]));
        }
    }

    private static Quantity afterBuild(String word, Object value) {
        return Arguments.quantity(word, value, "after the build a variable takes a quantity (e.g. 15.ms) or one per neuron (a list); "
            + "expressions are evaluated only when the network is built");
    }

    /** Adds regular statements to the group's spec; only before the build, which compiles them into the kernel. */
    void runRegularly(String statements, Quantity interval) {
        String word = "runRegularly " + name;
        if (!(spec instanceof GroupSpec g)) {
            throw new DslException(word, "a spike source has no variables for statements to change");
        }
        spec = session.describing(scope, word).configure(g, b -> b.runRegularly(statements, interval));
    }

    private GroupView state(String variable) {
        String group = spec().name();
        GroupView state = session.built(scope, name + "." + variable).group(group);
        if (!state.variables().contains(variable)) {
            throw DslException.missing(name + "." + variable, "group '" + group + "'", variable, state.variables());
        }
        return state;
    }

    @Override
    public Object getProperty(String property) {
        return switch (property) {
            case "name" -> name;
            case "size" -> size;
            case "spec" -> spec();
            case "morphology" -> morphology();
            default -> isSection(property) ? section(property) : get(property);
        };
    }


    /**
     * The compartments of section {@code name} in every neuron of a spatial group, to index by
     * distance or compartment: {@code cell.section('dend[0]')[50.um]}. {@code cell.dend} says the
     * same for a section whose name is a Groovy name and no variable of the model.
     *
     * @param name the section's name in the morphology
     * @return the compartments of that section in every neuron
     * @throws DslException for a group of point neurons, a spike source or a slice
     */
    public Location section(String name) {
        spatial("section('" + name + "')");
        return new Location(this, name);
    }

    /**
     * {@return the shape of a spatial group's neurons, as cut into its compartments (by the d_lambda rule where no count was given)}
     *
     * @throws DslException for a group of point neurons, a spike source or a slice
     */
    public Morphology morphology() {
        return spatial("morphology").cable().morphology();
    }

    private boolean isSection(String property) {
        return whole.spec instanceof GroupSpec g && g.cable() != null && g.model().equations().get(property) == null
            && g.cable().morphology().sections().stream().anyMatch(s -> s.name().equals(property));
    }

    /** The spec of a whole spatial group; a point group or a slice is refused, naming {@code word}. */
    private GroupSpec spatial(String word) {
        if (!(spec() instanceof GroupSpec g) || g.cable() == null) {
            throw new DslException(name + "." + word, "'" + spec().name() + "' is " + (spec() instanceof GroupSpec ? "a group of point "
                + "neurons" : "a spike source") + ", which has no compartments; locations belong to spatial neurons (spatial(...))");
        }
        if (whole != this) {
            throw new DslException(name + "." + word, "take locations on the whole group, " + g.name() + "; a location is the same "
                + "compartments of every neuron");
        }
        return g;
    }

    @Override
    public String toString() {
        return whole == this ? spec.toString() : name + " (" + size + " neurons of " + spec() + ")";
    }
}
