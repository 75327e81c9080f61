package org.synfire.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.synfire.SynfireException;
import org.synfire.engine.Engine;
import org.synfire.engine.GroupState;
import org.synfire.engine.PoissonInputState;
import org.synfire.engine.Population;
import org.synfire.engine.ProjectionState;
import org.synfire.model.GroupSpec;
import org.synfire.model.NeuronModel;
import org.synfire.model.NetworkSpec;
import org.synfire.model.PopulationSpec;
import org.synfire.equations.Equation;
import org.synfire.model.PoissonInputSpec;
import org.synfire.model.ProbeSpec;
import org.synfire.model.SpecException;
import org.synfire.random.RandomStreams;
import org.synfire.model.ProjectionSpec;
import org.synfire.model.SpikeSourceSpec;
import org.synfire.model.StateProbeSpec;
import org.synfire.model.SynapseProbeSpec;
import org.synfire.probe.Recorder;
import org.synfire.probe.SpikeSink;
import org.synfire.probe.StateSampler;
import org.synfire.units.Dimension;

/**
 * Turns a network description into a runnable {@link BuiltNetwork}: one build function per spec
 * type (groups, spike sources, projections, probes; see {@link GroupBuild}, {@link SourceBuild},
 * {@link ProjectionBuild}, {@link ProbeBuild}). Every population, projection and probe is checked
 * first and all problems are reported together; only a spec without problems is allocated.
 *
 * Users build through {@code org.synfire.sim.Simulation.build(network)}, which wraps the result.
 */
public final class Builder {
    private Builder() {
    }

    /**
     * Builds a network on the chosen backend ({@link Backend#INTERPRETED} is the slow reference,
     * for checking the compiled kernels).
     *
     * @throws BuildException listing every problem found, each naming its group, source or probe
     */
    public static BuiltNetwork build(NetworkSpec spec, Backend backend) {
        long start = System.nanoTime();
        double dt = spec.dt().si();
        if (!spec.dt().dimension().equals(Dimension.TIME) || !(dt > 0)) {
            throw new BuildException(List.of("Network.dt: " + spec.dt() + " is not a positive duration; use e.g. 0.1 ms"));
        }
        List<String> problems = new ArrayList<>();
        SynfireException firstCause = null;
        List<GroupBuild> groups = new ArrayList<>();
        Map<String, Population> built = new LinkedHashMap<>();
        List<Population> ordered = new ArrayList<>();
        List<BuildReport.GroupReport> reports = new ArrayList<>();
        long bytes = 0;
        long generating = 0;
        Map<String, Integer> neuronsByModel = new HashMap<>();
        for (PopulationSpec p : spec.populations()) {
            if (p instanceof GroupSpec g) {
                neuronsByModel.merge(kernelKey(g.model()), g.size(), Integer::sum);
            }
        }
        for (PopulationSpec p : spec.populations()) {
            try {
                if (p instanceof GroupSpec g) {
                    GroupBuild gb = GroupBuild.check(g, dt, backend, neuronsByModel.get(kernelKey(g.model())));
                    groups.add(gb);
                    bytes += gb.bytes();
                } else {
                    built.put(p.name(), SourceBuild.build((SpikeSourceSpec) p, dt));
                }
            } catch (SynfireException e) {
                problems.add(describe(p, e));
                firstCause = firstCause == null ? e : firstCause;
            }
        }
        Map<String, GroupBuild> groupsByName = new LinkedHashMap<>();
        groups.forEach(g -> groupsByName.put(g.name(), g));
        List<ProjectionBuild> projections = new ArrayList<>();
        for (ProjectionSpec p : spec.projections()) {
            try {
                ProjectionBuild pb = ProjectionBuild.check(p, spec, groupsByName, dt);
                projections.add(pb);
                bytes += pb.bytes();
                generating = Math.max(generating, pb.transientBytes());
            } catch (SynfireException e) {
                String message = e.getMessage();
                problems.add(message.startsWith("Projection '") ? message : "Projection '" + p.name() + "': " + message);
                firstCause = firstCause == null ? e : firstCause;
            }
        }
        Map<String, String> summedBy = new LinkedHashMap<>();
        for (ProjectionBuild pb : projections) {
            for (String target : pb.summedTargets()) {
                String other = summedBy.putIfAbsent(target, pb.name());
                if (other != null) {
                    problems.add("Projection '" + pb.name() + "': its summed variable sets " + target + ", which projection '" + other
                        + "' sums into already; sum both into one variable each and add them in the target's equations");
                }
            }
        }
        for (ProbeSpec probe : spec.probes()) {
            problems.addAll(ProbeBuild.check(probe, spec, groups, dt));
        }
        long free = Runtime.getRuntime().maxMemory() - (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory());
        if (bytes + generating > 0.9 * free) {
            problems.add(String.format(java.util.Locale.ROOT, "Network: the state and synapses need about %.1f MB (%.1f MB more while "
                + "connectivity is generated), more than the %.1f MB the build may take (90 %% of the %.1f MB of heap free); make the "
                + "network smaller or give Java more memory (-Xmx)", bytes / 1e6, generating / 1e6, 0.9 * free / 1e6, free / 1e6));
        }
        if (!problems.isEmpty()) {
            BuildException failure = new BuildException(problems);
            if (firstCause != null) {
                failure.initCause(firstCause);
            }
            throw failure;
        }
        for (GroupBuild gb : groups) {
            try {
                built.put(gb.name(), gb.allocate(spec.seed()));
                reports.add(gb.report());
            } catch (SynfireException e) {
                problems.add("Group '" + gb.name() + "': " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new BuildException(problems);
        }
        for (PopulationSpec p : spec.populations()) {
            ordered.add(built.get(p.name()));
        }
        List<ProjectionState> projectionStates = new ArrayList<>();
        List<BuildReport.ProjectionReport> projectionReports = new ArrayList<>();
        for (ProjectionBuild pb : projections) {
            try {
                projectionStates.add(pb.allocate(spec.seed(), ordered, built));
                projectionReports.add(pb.report());
            } catch (SynfireException e) {
                String message = e.getMessage();
                problems.add(message.startsWith("Projection '") ? message : "Projection '" + pb.name() + "': " + message);
            }
        }
        if (!problems.isEmpty()) {
            throw new BuildException(problems);
        }
        List<PoissonInputState> inputs = new ArrayList<>();
        for (PoissonInputSpec input : spec.inputs()) {
            try {
                inputs.add(inputState(input, built, groupsByName, spec.seed()));
            } catch (SynfireException e) {
                problems.add(e.getMessage());
            }
        }
        Map<String, SpikeSink> spikeSinks = new LinkedHashMap<>();
        Map<String, Population> sinkSources = new LinkedHashMap<>();
        Map<String, StateSampler> samplers = new LinkedHashMap<>();
        Map<ProbeSpec, Recorder> recorders = new LinkedHashMap<>();
        Map<String, ProjectionState> projectionsByName = new LinkedHashMap<>();
        projectionStates.forEach(p -> projectionsByName.put(p.name(), p));
        Map<String, Map<String, Dimension>> groupUnits = new LinkedHashMap<>();
        groups.forEach(g -> groupUnits.put(g.name(), g.units()));
        Map<String, Map<String, Dimension>> projectionUnits = new LinkedHashMap<>();
        projections.forEach(p -> projectionUnits.put(p.name(), p.units()));
        for (ProbeSpec probe : spec.probes()) {
            try {
                // The probe's description identifies it in checkpoints.
                String key = probe.toString();
                if (probe instanceof SynapseProbeSpec s) {
                    samplers.put(key, ProbeBuild.synapseRecorder(s, projectionsByName, projectionUnits, dt));
                    recorders.put(probe, samplers.get(key));
                } else if (probe instanceof StateProbeSpec s) {
                    GroupBuild group = groups.stream().filter(g -> g.name().equals(probe.target())).findFirst().orElseThrow();
                    samplers.put(key, ProbeBuild.stateRecorder(s, (GroupState) built.get(s.target()), group.model(), dt));
                    recorders.put(probe, samplers.get(key));
                } else {
                    Population target = built.get(probe.target());
                    spikeSinks.put(key, ProbeBuild.spikeSink(probe, target, dt));
                    sinkSources.put(key, target);
                    recorders.put(probe, spikeSinks.get(key));
                }
            } catch (SynfireException | java.io.UncheckedIOException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new BuildException(problems);
        }
        BuildReport report = new BuildReport(reports, projectionReports, (System.nanoTime() - start) * 1e-6);
        Engine engine = new Engine(dt, ordered, spikeSinks, sinkSources, samplers, projectionStates, inputs);
        return new BuiltNetwork(engine, recorders, groupUnits, projectionUnits, report);
    }

    /** A Poisson input onto a per-neuron variable; its name, unit and counts were checked by the spec. */
    private static PoissonInputState inputState(PoissonInputSpec input, Map<String, Population> built, Map<String, GroupBuild> groups,
                                                long seed) {
        GroupState target = (GroupState) built.get(input.target());
        if (!target.isPerNeuron(input.variable())) {
            throw new SpecException("PoissonInput", input.name(), "variable", "'" + input.variable() + "' of group '" + input.target()
                + "' is shared; the input adds to each neuron, so give a per-neuron variable");
        }
        return new PoissonInputState(input.name(), target, target.array(input.variable()), input.n(), input.rate().si(),
            input.weight().si(), RandomStreams.streamKey(seed, "input/" + input.name()),
            groups.get(input.target()).model().equations().get(input.variable()).has(Equation.Flag.UNLESS_REFRACTORY));
    }

    /** What decides a group's kernel, so groups of one model count together (models are compared by content, not identity). */
    private static String kernelKey(NeuronModel m) {
        return String.join("\n", m.equations().source().text(), String.valueOf(m.threshold()), String.valueOf(m.reset()),
            String.valueOf(m.refractory()), String.valueOf(m.method()));
    }

    private static String describe(PopulationSpec p, SynfireException e) {
        String kind = p instanceof GroupSpec ? "Group" : "SpikeSource";
        String message = e.getMessage();
        return message.startsWith(kind + " '") ? message : kind + " '" + p.name() + "': " + message;
    }
}
