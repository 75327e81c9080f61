package org.synfire.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.synfire.connectivity.ConnectionRule;
import org.synfire.units.Dimension;
import org.synfire.units.Quantity;
import org.synfire.units.Unit;
import org.synfire.units.Units;

/**
 * Collects groups, sources, projections and probes into a {@link NetworkSpec}. Every method checks what it can
 * at once, so a mistake points at the line that made it.
 *
 * <pre>{@code
 * Network net = Network.create().dt(Units.ms.of(0.1)).seed(7);
 * GroupSpec exc = net.group("exc", 100, Library.lif(), g -> g.set("I", "0.1*nA + i*2*pA"));
 * SpikeProbeSpec spikes = net.probe(Probe.spikes(exc));
 * Simulation sim = Simulation.build(net);
 * }</pre>
 */
public final class Network {
    private Quantity dt = Units.ms.of(0.1);
    private long seed;
    private final List<PopulationSpec> populations = new ArrayList<>();
    private final List<ProjectionSpec> projections = new ArrayList<>();
    private final List<PoissonInputSpec> inputs = new ArrayList<>();
    private final List<ProbeSpec> probes = new ArrayList<>();
    private final Map<String, SourceLocation> locations = new LinkedHashMap<>();

    private Network() {
    }

    /** What the network holds so far, as {@link NetworkSpec#toString} says it. */
    @Override
    public String toString() {
        return spec().toString();
    }

    /** {@return an empty network with dt = 0.1 ms and seed 0} */
    public static Network create() {
        return new Network();
    }

    /**
     * Sets the time step (default 0.1 ms).
     *
     * @param step a positive time
     * @return this network, for chaining
     * @throws SpecException if {@code step} is not a positive time
     */
    public Network dt(Quantity step) {
        this.dt = NetworkSpec.requireTimeStep(step);
        return this;
    }

    /**
     * Sets the seed of every random stream (default 0): the same seed gives the same spikes.
     *
     * @param value any number
     * @return this network, for chaining
     */
    public Network seed(long value) {
        this.seed = value;
        return this;
    }

    /**
     * Adds a group with the model's default values.
     *
     * @param name  the group's name, unique in the network
     * @param size  the number of neurons, 1 or more
     * @param model the neuron model
     * @return the group's spec, for connecting and probing it
     * @throws SpecException for a name that is taken or not an identifier, a size below 1, or a value that does not fit the model
     */
    public GroupSpec group(String name, int size, NeuronModel model) {
        return group(name, size, model, g -> { });
    }

    /**
     * Adds a group whose values are set by {@code configure}, e.g. {@code g -> g.set("I", Units.nA.of(1))}.
     *
     * @param name      the group's name, unique in the network
     * @param size      the number of neurons, 1 or more
     * @param model     the neuron model
     * @param configure sets values, initial values and options on the group's builder
     * @return the group's spec, for connecting and probing it
     * @throws SpecException for a name that is taken or not an identifier, a size below 1, or a value that does not fit the model
     */
    public GroupSpec group(String name, int size, NeuronModel model, Consumer<GroupSpec.Builder> configure) {
        checkName(name);
        GroupSpec.Builder builder = new GroupSpec.Builder(name, size, model);
        configure.accept(builder);
        GroupSpec group = builder.build();
        populations.add(group);
        locate("Group", name);
        return group;
    }

    /**
     * Adds {@code count} identical spatial neurons of one shape (Brian2's {@code SpatialNeuron}):
     * a group whose elements are their compartments, neuron {@code n}'s compartment {@code c}
     * being element {@code n·compartments + c}, so probes, views and slices address compartments.
     * The model gives the membrane current per area as the sub-expression {@code Im} ({@code amp/meter**2})
     * and may declare point currents in amperes ({@code I : amp (point current)}); Synfire
     * declares {@code v}, the specific capacitance {@code Cm} (farad/meter**2) and the axial
     * resistivity {@code Ri} (ohm·meter), which must be given, and the geometry {@code area},
     * {@code diameter}, {@code length} and {@code distance} of each compartment, which equations and
     * value expressions may read. Each step, gating variables advance with {@code v} held, then
     * the cable equation gives the new {@code v} (see the build's report). The threshold, reset
     * and refractoriness of the model act at one compartment of each neuron
     * ({@link SpatialBuilder#spikesAt}, the soma by default); spike probes and projections from the
     * group count its spikes by neuron. Sections the morphology gives no compartment count are cut
     * by NEURON's d_lambda rule ({@link SpatialBuilder}); the group's {@code cable().morphology()}
     * is the shape as cut, in which {@link GroupSpec#at} and its kin find locations.
     *
     * <pre>{@code
     * NeuronModel passive = NeuronModel.of("passive", "Im = gL*(EL - v) : amp/meter**2\n"
     *     + "gL : siemens/meter**2 (constant)\nEL : volt (constant)\nI : amp (point current)");
     * GroupSpec cells = net.spatial("cells", 100, ballAndStick, passive, b -> b
     *     .set("Cm", "1*uF/cm**2").set("Ri", "100*ohm*cm").set("gL", "0.1*mS/cm**2")
     *     .set("EL", "-70*mV").set("v", "-70*mV"));
     * }</pre>
     *
     * @param name       the group's name, unique in the network
     * @param count      the number of neurons, 1 or more
     * @param morphology the shape every neuron has
     * @param model      the model of the membrane current per area
     * @param configure  sets values (which must include {@code Cm} and {@code Ri}), where spikes are detected and how sections are cut
     * @return the group's spec, whose {@code cable()} holds the morphology as cut
     * @throws SpecException for a model without {@code Im} in {@code amp/meter**2}, a point current
     *                       in another unit, a model that declares Synfire's own variables, or a count below 1
     */
    public GroupSpec spatial(String name, int count, org.synfire.model.morphology.Morphology morphology, NeuronModel model,
                             Consumer<SpatialBuilder> configure) {
        checkName(name);
        if (count < 1) {
            throw new SpecException("Group", name, "count", count + " neurons is impossible; a spatial group needs at least 1 neuron");
        }
        SpatialBuilder spatial = new SpatialBuilder(name, count, morphology, Spatial.declare(name, model));
        configure.accept(spatial);
        GroupSpec group = spatial.build();
        populations.add(group);
        locate("Group", name);
        return group;
    }

    /**
     * Gives a group of this network, or a slice of one, more values after it was added (Brian2's
     * {@code G.v = ...} and {@code G[0:10].v = ...} before a run) and returns the group's new
     * spec, which replaces the old one everywhere: projections, inputs and probes name their
     * groups, so they follow. Values set on a slice reach only its neurons, and count them from
     * the slice's start ({@code i} in an expression, the order of one value per neuron).
     *
     * <pre>{@code
     * net.configure(exc.slice(0, 10), g -> g.set("v", Units.mV.of(-55)).set("I", "i*10*pA"));
     * }</pre>
     *
     * @param neurons   a group of this network, or a slice of one
     * @param configure sets further values on the group's builder
     * @return the group's new spec
     * @throws SpecException if the group is not part of this network, is a spike source, or a value does not fit
     */
    public GroupSpec configure(Neurons neurons, Consumer<GroupSpec.Builder> configure) {
        String name = neurons.population().name();
        int k = indexOf(populations, name, PopulationSpec::name, "Group");
        if (!(populations.get(k) instanceof GroupSpec current)) {
            throw new SpecException("Group", name, null, "is a spike source, which has no values to set");
        }
        GroupSpec.Builder builder = new GroupSpec.Builder(current, Slice.of(neurons));
        configure.accept(builder);
        GroupSpec changed = builder.build();
        populations.set(k, changed);
        return changed;
    }

    /**
     * Gives a projection of this network more values or another delay; see {@link #configure(Neurons, Consumer)}.
     *
     * @param projection a projection of this network
     * @param configure  sets further values or the delay on the projection's builder
     * @return the projection's new spec
     * @throws SpecException if the projection is not part of this network, or a value does not fit
     */
    public ProjectionSpec configure(ProjectionSpec projection, Consumer<ProjectionSpec.Builder> configure) {
        int k = indexOf(projections, projection.name(), ProjectionSpec::name, "Projection");
        ProjectionSpec old = projections.get(k);
        ProjectionSpec.Builder builder = new ProjectionSpec.Builder(old);
        configure.accept(builder);
        ProjectionSpec changed = builder.build(old.source(), old.sourceSlice(), old.target(), old.targetSlice(), old.targetCompartments(),
            old.rule());
        projections.set(k, changed);
        return changed;
    }

    private static <T> int indexOf(List<T> specs, String name, java.util.function.Function<T, String> nameOf, String kind) {
        for (int k = 0; k < specs.size(); k++) {
            if (nameOf.apply(specs.get(k)).equals(name)) {
                return k;
            }
        }
        throw new SpecException(kind, name, null, SpecException.choices("is not part of this network", specs.stream().map(nameOf).toList()));
    }

    /**
     * Adds sources spiking at given times: event {@code k} is source {@code indices[k]} at {@code times[k]} (in {@code unit}).
     *
     * @param name    the source's name, unique in the network
     * @param size    the number of sources, 1 or more
     * @param indices the source of each event, in {@code [0, size)}
     * @param times   the time of each event, in {@code unit}, zero or later
     * @param unit    a unit of time, e.g. {@code Units.ms}
     * @return the source's spec, for connecting and probing it
     * @throws SpecException for a name that is taken, a unit that is no time, an index outside {@code [0, size)}, a negative time,
     *                       or indices and times of different lengths
     */
    public SpikeSourceSpec spikeSource(String name, int size, int[] indices, double[] times, Unit unit) {
        checkName(name);
        if (!unit.dimension().equals(Dimension.TIME)) {
            throw new SpecException("SpikeSource", name, "times", "the unit " + unit + " is not a unit of time; use e.g. ms");
        }
        double scale = unit.of(1).si();
        double[] si = new double[times.length];
        for (int k = 0; k < times.length; k++) {
            si[k] = times[k] * scale;
        }
        SpikeSourceSpec source = new SpikeSourceSpec(name, size, indices, si);
        populations.add(source);
        locate("SpikeSource", name);
        return source;
    }

    /**
     * Connects {@code source} to {@code target} (which may be the same group) with synapses of
     * {@code model} wherever {@code rule} says, with default values and no delay. Either may be a
     * slice of its population ({@code exc.slice(0, 400)}); the rule, conditions and synaptic
     * values then number the neurons from the slice's start.
     *
     * @param name   the projection's name, unique in the network, letters, digits and {@code _}
     * @param source a population of this network, or a slice of one
     * @param target a neuron group of this network, or a slice of one
     * @param model  the synapse model
     * @param rule   which pairs are connected
     * @return the projection's spec
     * @throws SpecException for a name that is taken or invalid, an end that is not in this network, a spike source as target, or a missing
     *                       rule
     */
    public ProjectionSpec connect(String name, Neurons source, Neurons target, SynapseModel model, ConnectionRule rule) {
        return connect(name, source, target, model, rule, p -> { });
    }

    /**
     * Connects {@code source} to a neuron group {@code target}, or slices of them, with values and
     * delay set by {@code configure}, e.g. {@code p -> p.set("w", "rand()*0.5*nS").delay(Units.ms.of(1.5))}.
     *
     * @param name      the projection's name, unique in the network, letters, digits and {@code _}
     * @param source    a population of this network, or a slice of one
     * @param target    a neuron group of this network, or a slice of one
     * @param model     the synapse model
     * @param rule      which pairs are connected
     * @param configure sets values and the delay on the projection's builder
     * @return the projection's spec
     * @throws SpecException for a name that is taken or invalid, an end that is not in this network, a spike source as target, a missing
     *                       rule or a value that does not fit
     */
    public ProjectionSpec connect(String name, Neurons source, Neurons target, SynapseModel model, ConnectionRule rule,
                                  Consumer<ProjectionSpec.Builder> configure) {
        return connect(name, source, target, null, model, rule, configure);
    }

    /**
     * Connects {@code source} to compartments of spatial neurons, the same in each neuron
     * (Brian2's {@code Synapses(source, neuron[400*um])}): {@code cells.at("dend", um.of(400))},
     * {@code cells.between(...)} or {@code cells.section(...)}. The rule's {@code j} counts
     * (neuron, compartment) pairs neuron by neuron, so at one location it is the neuron, and
     * {@code N_post} is their number; {@code _post} variables are those of the compartment.
     *
     * <pre>{@code
     * net.connect("distal", inputs, cells.at("dend", um.of(400)), synapse, Connect.oneToOne(), p -> p.set("w", "1*nS"));
     * }</pre>
     *
     * @param name      the projection's name, unique in the network, letters, digits and {@code _}
     * @param source    a population of this network, or a slice of one
     * @param target    compartments of a spatial group of this network
     * @param model     the synapse model
     * @param rule      which (source, compartment) pairs are connected
     * @param configure sets values and the delay on the projection's builder
     * @return the projection's spec
     * @throws SpecException for a name that is taken or invalid, an end that is not in this network, a missing rule or a value that does
     *                       not fit
     */
    public ProjectionSpec connect(String name, Neurons source, Compartments target, SynapseModel model, ConnectionRule rule,
                                  Consumer<ProjectionSpec.Builder> configure) {
        if (target == null) {
            return connect(name, source, (Neurons) null, model, rule, configure);
        }
        PopulationSpec group = populations.stream().filter(p -> p.name().equals(target.group())).findFirst().orElseThrow(() ->
            new SpecException("Projection", name, "target", SpecException.choices("'" + target.label() + "' is not in a population of this "
                + "network", populations.stream().map(PopulationSpec::name).toList())));
        return connect(name, source, group, target, model, rule, configure);
    }

    /**
     * As {@link #connect(String, Neurons, Compartments, SynapseModel, ConnectionRule, Consumer)} with the model's default values.
     *
     * @param name   the projection's name, unique in the network
     * @param source a population of this network, or a slice of one
     * @param target compartments of a spatial group of this network
     * @param model  the synapse model
     * @param rule   which (source, compartment) pairs are connected
     * @return the projection's spec
     * @throws SpecException for a name that is taken or invalid, an end that is not in this network, or a missing rule
     */
    public ProjectionSpec connect(String name, Neurons source, Compartments target, SynapseModel model, ConnectionRule rule) {
        return connect(name, source, target, model, rule, p -> { });
    }

    private ProjectionSpec connect(String name, Neurons source, Neurons target, Compartments at, SynapseModel model, ConnectionRule rule,
                                   Consumer<ProjectionSpec.Builder> configure) {
        if (name == null || !name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new SpecException("Network", "network", "connect", "'" + name + "' is not a valid projection name; use letters, digits and _ (e.g. ee)");
        }
        if (projections.stream().anyMatch(p -> p.name().equals(name))) {
            throw new SpecException("Projection", name, null, "a projection of this name already exists in the network; give another name");
        }
        if (source == null || target == null) {
            throw new SpecException("Projection", name, source == null ? "source" : "target", "is missing; give a population of this network");
        }
        for (Neurons end : List.of(source, target)) {
            String population = end.population().name();
            if (populations.stream().noneMatch(p -> p.name().equals(population))) {
                throw new SpecException("Projection", name, end == source ? "source" : "target", SpecException.choices(
                    "'" + population + "' is not a population of this network", populations.stream().map(PopulationSpec::name).toList()));
            }
        }
        if (!(target.population() instanceof GroupSpec)) {
            throw new SpecException("Projection", name, "target", "'" + target.label() + "' is a spike source; synapses act on neuron "
                + "groups, so connect the source to a group");
        }
        if (rule == null) {
            throw new SpecException("Projection", name, "rule", "no connection rule; give one such as Connect.probability(0.02)");
        }
        ProjectionSpec.Builder builder = new ProjectionSpec.Builder(name, model);
        configure.accept(builder);
        ProjectionSpec projection = builder.build(source.population().name(), Slice.of(source), target.population().name(),
            Slice.of(target), at, rule);
        Numbering.source(projection, source.population());
        projections.add(projection);
        locate("Projection", name);
        return projection;
    }

    /**
     * Gives every neuron of {@code target} independent Poisson input from {@code n} sources at
     * {@code rate}, each spike adding {@code weight} to {@code variable} (Brian2's
     * {@code PoissonInput(target, variable, n, rate, weight)}): the sources cost one random draw
     * per neuron and step, not one neuron and {@code n} synapses each.
     *
     * @param name     the input's name, unique among the network's inputs
     * @param target   a group of this network
     * @param variable the target's variable each spike adds to
     * @param n        the number of sources per neuron
     * @param rate     each source's rate, a frequency
     * @param weight   what each spike adds, in the variable's unit
     * @return the input's spec
     * @throws SpecException for a name that is taken or invalid, a group not in this network, an unknown variable or a weight in another
     *                       unit
     */
    public PoissonInputSpec poissonInput(String name, GroupSpec target, String variable, int n, Quantity rate, Quantity weight) {
        return poissonInput(name, target, variable, n, PoissonInputSpec.constant(name, rate), weight);
    }

    /**
     * Like {@link #poissonInput(String, GroupSpec, String, int, Quantity, Quantity)}, with a rate
     * that follows {@code rates} in time (an inhomogeneous Poisson input), e.g.
     * {@code TimedArray.of(new double[] {5, 40, 5}, Units.Hz, ms.of(100))}.
     *
     * @param name     the input's name, unique among the network's inputs
     * @param target   a group of this network
     * @param variable the target's variable each spike adds to
     * @param n        the number of sources per neuron
     * @param rates    each source's rate over time, in a unit of frequency
     * @param weight   what each spike adds, in the variable's unit
     * @return the input's spec
     * @throws SpecException for a name that is taken or invalid, a group not in this network, an unknown variable or a weight in another
     *                       unit
     */
    public PoissonInputSpec poissonInput(String name, GroupSpec target, String variable, int n, TimedArray rates, Quantity weight) {
        if (name == null || !name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new SpecException("Network", "network", "poissonInput", "'" + name + "' is not a valid input name; use letters, digits and _");
        }
        if (inputs.stream().anyMatch(p -> p.name().equals(name))) {
            throw new SpecException("PoissonInput", name, null, "an input of this name already exists in the network; give another name");
        }
        if (target == null || populations.stream().noneMatch(p -> p == target)) {
            throw new SpecException("PoissonInput", name, "target", "give a group of this network");
        }
        org.synfire.equations.Equation eq = Settable.declared(target.model().equations(), "PoissonInput", name, variable,
            "unknown variable of model '" + target.model().name() + "'");
        if (!weight.dimension().equals(eq.dimension())) {
            throw new SpecException("PoissonInput", name, "weight", weight + " does not fit '" + variable + "', declared in "
                + eq.unitText());
        }
        PoissonInputSpec input = new PoissonInputSpec(name, target.name(), variable, n, rates, weight);
        inputs.add(input);
        locate("PoissonInput", name);
        return input;
    }

    /**
     * Adds a spike probe, naming it {@code spikes_<target>} ({@code spikes_exc[0:400]} for a slice;
     * with a suffix if that is taken) if it has no name.
     *
     * @param probe a spike probe of a population of this network, e.g. {@code Probe.spikes(exc)}
     * @return the probe as added, named
     * @throws SpecException if its target is not in this network or its name is taken
     */
    public SpikeProbeSpec probe(SpikeProbeSpec probe) {
        SpikeProbeSpec named = probe.name().isEmpty() ? probe.named(uniqueProbeName("spikes_" + probe.targetLabel())) : probe;
        addProbe(named, named.target());
        return named;
    }

    /**
     * Adds a state probe, naming it {@code state_<target>} (or with a suffix) if it has no name.
     *
     * @param probe a state probe of a group of this network
     * @return the probe as added, named
     * @throws SpecException if its target is not in this network or its name is taken
     */
    public StateProbeSpec probe(StateProbeSpec probe) {
        StateProbeSpec named = probe.name().isEmpty() ? probe.named(uniqueProbeName("state_" + probe.targetLabel())) : probe;
        addProbe(named, named.target());
        return named;
    }

    /**
     * Adds a rate probe, naming it {@code rate_<target>} (or with a suffix) if it has no name.
     *
     * @param probe a rate probe of a population of this network
     * @return the probe as added, named
     * @throws SpecException if its target is not in this network or its name is taken
     */
    public RateProbeSpec probe(RateProbeSpec probe) {
        RateProbeSpec named = probe.name().isEmpty() ? probe.named(uniqueProbeName("rate_" + probe.targetLabel())) : probe;
        addProbe(named, named.target());
        return named;
    }

    /**
     * Adds a synapse probe, naming it {@code synapses_<projection>} (or with a suffix) if it has no name.
     *
     * @param probe a synapse probe of a projection of this network
     * @return the probe as added, named
     * @throws SpecException if its projection is not in this network or its name is taken
     */
    public SynapseProbeSpec probe(SynapseProbeSpec probe) {
        SynapseProbeSpec named = probe.name().isEmpty() ? probe.named(uniqueProbeName("synapses_" + probe.target())) : probe;
        if (projections.stream().noneMatch(p -> p.name().equals(named.target()))) {
            throw new SpecException("Probe", named.name(), "target", SpecException.choices("no projection named '" + named.target()
                + "' in this network", projections.stream().map(ProjectionSpec::name).toList()));
        }
        addProbe(named, null);
        return named;
    }

    private void addProbe(ProbeSpec probe, String target) {
        if (target != null && populations.stream().noneMatch(p -> p.name().equals(target))) {
            throw new SpecException("Probe", probe.name(), "target", SpecException.choices("no population named '" + target + "' in this network",
                populations.stream().map(PopulationSpec::name).toList()));
        }
        if (probes.stream().anyMatch(p -> p.name().equals(probe.name()))) {
            throw new SpecException("Probe", probe.name(), null, "a probe of this name already exists; give another name");
        }
        probes.add(probe);
        locate("Probe", probe.name());
    }

    /** Records the user's line that added the object {@code kind 'name'}, for the build's messages. */
    private void locate(String kind, String name) {
        SourceLocation.caller().ifPresent(at -> locations.put(NetworkSpec.objectKey(kind, name), at));
    }

    private String uniqueProbeName(String base) {
        String name = base;
        for (int k = 2; isTaken(name); k++) {
            name = base + "_" + k;
        }
        return name;
    }

    private boolean isTaken(String name) {
        return probes.stream().anyMatch(p -> p.name().equals(name));
    }

    private void checkName(String name) {
        if (name == null || !name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new SpecException("Network", "network", "name", "'" + name + "' is not a valid name; use letters, digits and _ (e.g. exc)");
        }
        if (populations.stream().anyMatch(p -> p.name().equals(name))) {
            throw new SpecException("Group", name, null, "a group of this name already exists in the network; give another name");
        }
    }

    /** {@return the description collected so far} */
    public NetworkSpec spec() {
        return new NetworkSpec(dt, seed, populations, projections, inputs, probes, locations);
    }
}
