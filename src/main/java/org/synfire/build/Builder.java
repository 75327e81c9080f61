package org.synfire.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.LongConsumer;
import org.synfire.engine.Engine;
import org.synfire.engine.GroupState;
import org.synfire.engine.PoissonInputState;
import org.synfire.engine.Population;
import org.synfire.engine.ProjectionState;
import org.synfire.equations.Equation;
import org.synfire.model.GroupSpec;
import org.synfire.model.NetworkSpec;
import org.synfire.model.PoissonInputSpec;
import org.synfire.model.PopulationSpec;
import org.synfire.model.ProbeSpec;
import org.synfire.model.SpikeProbeSpec;
import org.synfire.model.ProjectionSpec;
import org.synfire.model.SpecException;
import org.synfire.model.SpikeSourceSpec;
import org.synfire.probe.Recorder;
import org.synfire.probe.SpikeSink;
import org.synfire.probe.StateSampler;
import org.synfire.units.Dimension;

/**
 * Turns a network description into a runnable {@link BuiltNetwork} in two passes over one
 * {@link BuildContext} (time step, seed, backend, problems). First every spec is checked by the
 * build function of its type (populations below, {@link ProjectionBuild}, {@link ProbeBuild}) and
 * the memory is estimated, with every problem collected; only a network without problems is then
 * allocated, connected and wired to its recorders. A new kind of population is a spec record and
 * a build function registered here; the engine does not change.
 */
public final class Builder {
    /** A kind of population: its name in messages and its build function. */
    private record PopulationKind(String name, BiFunction<PopulationSpec, BuildContext, PopulationBuild> check) {
    }

    private static final Map<Class<? extends PopulationSpec>, PopulationKind> POPULATIONS = Map.of(
        GroupSpec.class, new PopulationKind("Group", (spec, context) -> GroupBuild.check((GroupSpec) spec, context)),
        SpikeSourceSpec.class, new PopulationKind("SpikeSource", (spec, context) -> SourceBuild.check((SpikeSourceSpec) spec, context)));

    private Builder() {
    }

    /**
     * Builds a network on the chosen backend ({@link Backend#INTERPRETED} is the slow reference,
     * for checking the compiled kernels). All cross-object checks run first, and nothing is
     * compiled or allocated when one fails.
     *
     * @param spec    the network to build
     * @param backend compiled kernels or the interpreted reference
     * @return the engine with its state, the recorders of the network's probes, and the build report
     * @throws BuildException listing every problem found, each naming its group, source, projection or probe
     */
    public static BuiltNetwork build(NetworkSpec spec, Backend backend) {
        long start = System.nanoTime();
        BuildContext context = new BuildContext(spec, backend);

        Map<String, PopulationBuild> planned = new LinkedHashMap<>();
        Map<String, GroupBuild> groups = new LinkedHashMap<>();
        long bytes = 0;
        for (PopulationSpec p : spec.populations()) {
            PopulationKind kind = POPULATIONS.get(p.getClass());
            PopulationBuild build = context.attempt(kind.name(), p.name(), () -> kind.check().apply(p, context));
            if (build != null) {
                planned.put(p.name(), build);
                bytes += build.bytes();
                if (build instanceof GroupBuild g) {
                    groups.put(p.name(), g);
                }
            }
        }
        List<ProjectionBuild> projections = new ArrayList<>();
        long generating = 0;
        for (ProjectionSpec p : spec.projections()) {
            ProjectionBuild build = context.attempt("Projection", p.name(), () -> ProjectionBuild.check(p, groups, context));
            if (build != null) {
                projections.add(build);
                bytes += build.bytes();
                generating = Math.max(generating, build.transientBytes());
            }
        }
        checkSummedTargets(projections, context);
        for (ProbeSpec probe : spec.probes()) {
            ProbeBuild.check(probe, groups, context).forEach(message -> context.problem("Probe", probe.name(), message));
        }
        checkMemory(bytes, generating, context);
        context.failIfProblems();

        Map<String, Population> built = new LinkedHashMap<>();
        List<BuildReport.GroupReport> groupReports = new ArrayList<>();
        for (PopulationSpec p : spec.populations()) {
            PopulationBuild build = planned.get(p.name());
            context.attempt(POPULATIONS.get(p.getClass()).name(), p.name(), () -> built.put(p.name(), build.allocate(context)));
        }
        context.failIfProblems();
        groups.values().forEach(g -> groupReports.add(g.report()));
        List<Population> ordered = spec.populations().stream().map(p -> built.get(p.name())).toList();
        List<ProjectionState> projectionStates = new ArrayList<>();
        List<BuildReport.ProjectionReport> projectionReports = new ArrayList<>();
        List<Population> emitters = Engine.emitters(ordered);
        for (ProjectionBuild pb : projections) {
            context.attempt("Projection", pb.name(), () -> {
                projectionStates.add(pb.allocate(context, emitters, built));
                return projectionReports.add(pb.report());
            });
        }
        context.failIfProblems();
        List<PoissonInputState> inputs = new ArrayList<>();
        for (PoissonInputSpec input : spec.inputs()) {
            context.attempt("PoissonInput", input.name(), () -> inputs.add(inputState(input, built, groups, context)));
        }

        Map<String, ProjectionState> projectionsByName = new LinkedHashMap<>();
        projectionStates.forEach(p -> projectionsByName.put(p.name(), p));
        Map<String, Map<String, Dimension>> groupUnits = new LinkedHashMap<>();
        groups.forEach((name, g) -> groupUnits.put(name, g.units()));
        Map<String, Map<String, Dimension>> projectionUnits = new LinkedHashMap<>();
        projections.forEach(p -> projectionUnits.put(p.name(), p.units()));
        ProbeBuild.Network network = new ProbeBuild.Network(built, groups, projectionsByName, projectionUnits);
        Map<ProbeSpec, Recorder> recorders = new LinkedHashMap<>();
        Map<String, SpikeSink> spikeSinks = new LinkedHashMap<>();
        Map<String, Population> sinkSources = new LinkedHashMap<>();
        Map<String, StateSampler> samplers = new LinkedHashMap<>();
        for (ProbeSpec probe : spec.probes()) {
            Recorder recorder = context.attempt("Probe", probe.name(), () -> ProbeBuild.recorderFor(probe, network, context));
            // The probe's description identifies it in checkpoints.
            String key = probe.toString();
            if (recorder instanceof SpikeSink sink) {
                spikeSinks.put(key, sink);
                sinkSources.put(key, probe instanceof SpikeProbeSpec s && s.event() != null
                    ? ((GroupState) built.get(probe.target())).event(s.event()) : built.get(probe.target()));
            } else if (recorder instanceof StateSampler sampler) {
                samplers.put(key, sampler);
            }
            if (recorder != null) {
                recorders.put(probe, recorder);
            }
        }
        context.failIfProblems();
        List<String> warnings = projections.stream().map(ProjectionBuild::delayWarning).filter(w -> w != null).toList();
        Engine engine = new Engine(context.dt, ordered, spikeSinks, sinkSources, samplers, projectionStates, inputs);
        BuildReport report = new BuildReport(groupReports, projectionReports, warnings, (System.nanoTime() - start) * 1e-6,
            engine.threadChoice().threads(), engine.threadChoice().reason());
        List<Runnable> links = links(spec, built);
        Runnable copyLinks = () -> links.forEach(Runnable::run);
        copyLinks.run();
        if (!links.isEmpty()) {
            engine.every(1, step -> copyLinks.run());
        }
        List<String> inputNames = spec.inputs().stream().map(PoissonInputSpec::name).toList();
        LongConsumer reseed = seed -> {
            groups.keySet().forEach(name -> ((GroupState) built.get(name)).reseed(RunStreams.group(seed, name)));
            projectionStates.forEach(p -> p.reseed(RunStreams.synapses(seed, p.name())));
            for (int k = 0; k < inputs.size(); k++) {
                inputs.get(k).reseed(RunStreams.input(seed, inputNames.get(k)));
            }
        };
        Runnable initialize = () -> {
            groups.forEach((name, g) -> g.reinitialize((GroupState) built.get(name), context.seed));
            for (int k = 0; k < projections.size(); k++) {
                projections.get(k).reinitialize(projectionStates.get(k), built, context.seed);
            }
            copyLinks.run();
        };
        return new BuiltNetwork(engine, recorders, groupUnits, projectionUnits, initialize, reseed, report);
    }

    /**
     * Copies every linked parameter from the variable it reads, neuron by neuron: run at the build
     * (so the built state shows it) and at the start of every step, before any phase reads it, so
     * each group sees its sources as they were at {@code t}, whatever the threads.
     */
    private static List<Runnable> links(NetworkSpec spec, Map<String, Population> built) {
        List<Runnable> copies = new ArrayList<>();
        for (PopulationSpec p : spec.populations()) {
            if (p instanceof GroupSpec g) {
                g.links().forEach((variable, link) -> {
                    double[] to = ((GroupState) built.get(g.name())).array(variable);
                    double[] from = ((GroupState) built.get(link.source())).array(link.variable());
                    int[] source = new int[to.length];
                    for (int k = 0; k < source.length; k++) {
                        source[k] = link.sourceNeuron(k);
                    }
                    copies.add(() -> {
                        for (int k = 0; k < source.length; k++) {
                            to[k] = from[source[k]];
                        }
                    });
                });
            }
        }
        return copies;
    }

    /** Two projections must not both sum into one target variable: each step, a summed variable is replaced by its sum. */
    private static void checkSummedTargets(List<ProjectionBuild> projections, BuildContext context) {
        Map<String, String> summedBy = new LinkedHashMap<>();
        for (ProjectionBuild pb : projections) {
            for (String target : pb.summedTargets()) {
                String other = summedBy.putIfAbsent(target, pb.name());
                if (other != null) {
                    context.problem("Projection", pb.name(), "Projection '" + pb.name() + "': its summed variable sets " + target + ", which projection '" + other
                        + "' sums into already; sum both into one variable each and add them in the target's equations");
                }
            }
        }
    }

    private static void checkMemory(long bytes, long generating, BuildContext context) {
        long free = Runtime.getRuntime().maxMemory() - (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory());
        if (bytes + generating > 0.9 * free) {
            context.networkProblem(String.format(java.util.Locale.ROOT, "Network: the state and synapses need about %.1f MB (%.1f MB more "
                + "while connectivity is generated), more than the %.1f MB the build may take (90 %% of the %.1f MB of heap free); make "
                + "the network smaller or give Java more memory (-Xmx)", bytes / 1e6, generating / 1e6, 0.9 * free / 1e6, free / 1e6));
        }
    }

    /** A Poisson input onto a per-neuron variable; its name, unit and counts were checked by the spec. */
    private static PoissonInputState inputState(PoissonInputSpec input, Map<String, Population> built, Map<String, GroupBuild> groups,
                                                BuildContext context) {
        GroupState target = (GroupState) built.get(input.target());
        if (!target.isPerNeuron(input.variable())) {
            throw new SpecException("PoissonInput", input.name(), "variable", "'" + input.variable() + "' of group '" + input.target()
                + "' is shared; the input adds to each neuron, so give a per-neuron variable");
        }
        return new PoissonInputState(input.name(), target, target.array(input.variable()), input.n(), input.rates().siValues(),
            input.rates().dt().si(),
            input.weight().si(), RunStreams.input(context.seed, input.name()),
            groups.get(input.target()).model().equations().get(input.variable()).has(Equation.Flag.UNLESS_REFRACTORY));
    }
}
