package org.synfire.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.synfire.engine.GroupState;
import org.synfire.engine.Population;
import org.synfire.engine.ProjectionState;
import org.synfire.equations.CheckedModel;
import org.synfire.model.GroupSpec;
import org.synfire.model.Neurons;
import org.synfire.model.Numbering;
import org.synfire.model.PopulationSpec;
import org.synfire.model.ProbeSpec;
import org.synfire.model.RateProbeSpec;
import org.synfire.model.Slice;
import org.synfire.model.SpecException;
import org.synfire.model.SpikeProbeSpec;
import org.synfire.model.StateProbeSpec;
import org.synfire.model.SynapseProbeSpec;
import org.synfire.model.TimeWindow;
import org.synfire.probe.RateRecorder;
import org.synfire.probe.Recorder;
import org.synfire.probe.SliceSink;
import org.synfire.probe.SpikeFileRecorder;
import org.synfire.probe.SpikeRecorder;
import org.synfire.probe.SpikeSink;
import org.synfire.probe.StateRecorder;
import org.synfire.probe.VariableReader;
import org.synfire.probe.Window;
import org.synfire.units.Dimension;
import org.synfire.units.Quantity;

/**
 * The build function of each kind of probe, looked up by the probe's spec type: what it checks
 * before anything is allocated, and the recorder it makes once the network's state exists.
 *
 * @param <P> the probe's spec type
 */
abstract class ProbeBuild<P extends ProbeSpec> {
    private static final Map<Class<? extends ProbeSpec>, ProbeBuild<?>> KINDS = Map.of(
        SpikeProbeSpec.class, new Spikes(),
        RateProbeSpec.class, new Rate(),
        StateProbeSpec.class, new State(),
        SynapseProbeSpec.class, new Synapses());

    /** The built network a recorder attaches to. */
    record Network(Map<String, Population> populations, Map<String, GroupBuild> groups, Map<String, ProjectionState> projections,
                   Map<String, Map<String, Dimension>> projectionUnits) {
    }

    private final Class<P> type;

    private ProbeBuild(Class<P> type) {
        this.type = type;
    }

    /** Every problem of one probe that can be seen before anything is allocated (an empty list when it is fine). */
    static List<String> check(ProbeSpec probe, Map<String, GroupBuild> groups, BuildContext context) {
        List<String> problems = new ArrayList<>();
        kind(probe).checkTyped(probe, groups, context, problems);
        return problems;
    }

    /**
     * The recorder of a probe that passed {@link #check}.
     *
     * @throws SpecException for what only the built network shows (e.g. a synapse index beyond those generated)
     */
    static Recorder recorderFor(ProbeSpec probe, Network network, BuildContext context) {
        return kind(probe).recorderTyped(probe, network, context);
    }

    private static ProbeBuild<?> kind(ProbeSpec probe) {
        return KINDS.get(probe.getClass());
    }

    private void checkTyped(ProbeSpec probe, Map<String, GroupBuild> groups, BuildContext context, List<String> problems) {
        check(type.cast(probe), "Probe '" + probe.name() + "'", groups, context, problems);
    }

    private Recorder recorderTyped(ProbeSpec probe, Network network, BuildContext context) {
        return recorder(type.cast(probe), network, context);
    }

    abstract void check(P probe, String where, Map<String, GroupBuild> groups, BuildContext context, List<String> problems);

    abstract Recorder recorder(P probe, Network network, BuildContext context);

    /** Spikes of chosen neurons, in memory or streamed to a file. */
    private static final class Spikes extends ProbeBuild<SpikeProbeSpec> {
        Spikes() {
            super(SpikeProbeSpec.class);
        }

        @Override
        void check(SpikeProbeSpec probe, String where, Map<String, GroupBuild> groups, BuildContext context, List<String> problems) {
            Numbering counted = counted(probe, probe.slice(), probe.event(), where, context, problems);
            if (counted != null) {
                checkNeurons(probe.neurons(), counted.count(), probe.targetLabel(), where, problems);
            }
        }

        @Override
        Recorder recorder(SpikeProbeSpec probe, Network network, BuildContext context) {
            Numbering counted = counted(probe, probe.slice(), probe.event(), context);
            Window window = window(probe.window(), context);
            return slicing(probe.slice(), counted, probe.file() == null ? new SpikeRecorder(probe.name(), counted.count(), probe.neurons(), window)
                : new SpikeFileRecorder(probe.name(), probe.file(), counted.count(), probe.neurons(), context.dt, window));
        }
    }

    /** The spike count of a whole population in bins. */
    private static final class Rate extends ProbeBuild<RateProbeSpec> {
        Rate() {
            super(RateProbeSpec.class);
        }

        @Override
        void check(RateProbeSpec probe, String where, Map<String, GroupBuild> groups, BuildContext context, List<String> problems) {
            if (counted(probe, probe.slice(), null, where, context, problems) == null) {
                return;
            }
            if (probe.bin() == null) {
                problems.add(where + ".bin: give a bin width, e.g. 1 ms");
            } else {
                checkInterval(where + ".bin", probe.bin(), context, problems);
            }
        }

        @Override
        Recorder recorder(RateProbeSpec probe, Network network, BuildContext context) {
            Numbering counted = counted(probe, probe.slice(), null, context);
            return slicing(probe.slice(), counted, new RateRecorder(probe.name(), counted.count(), steps(probe.bin(), context),
                window(probe.window(), context)));
        }
    }

    /** Variables or sub-expressions of chosen neurons of a group, sampled every so many steps. */
    private static final class State extends ProbeBuild<StateProbeSpec> {
        State() {
            super(StateProbeSpec.class);
        }

        @Override
        void check(StateProbeSpec probe, String where, Map<String, GroupBuild> groups, BuildContext context, List<String> problems) {
            Neurons target = target(probe, probe.slice(), where, context, problems);
            if (target == null) {
                return;
            }
            checkNeurons(probe.neurons(), target.size(), target.label(), where, problems);
            GroupBuild group = groups.get(probe.target());
            if (group == null) {
                if (!(target.population() instanceof GroupSpec)) {
                    problems.add(where + ".target: '" + probe.target() + "' is a spike source and has no variables to record");
                }
                return;
            }
            for (String v : probe.variables()) {
                if (group.model().equations().get(v) == null) {
                    problems.add(where + ".variables: '" + v + "' is not a variable of group '" + probe.target() + "'; known: "
                        + String.join(", ", group.model().equations().names()));
                }
            }
            checkInterval(where + ".every", probe.every(), context, problems);
        }

        @Override
        Recorder recorder(StateProbeSpec probe, Network network, BuildContext context) {
            GroupState group = (GroupState) network.populations().get(probe.target());
            CheckedModel model = network.groups().get(probe.target()).model();
            // The probe numbers its neurons from the slice's start; the state, from the group's.
            int from = probe.slice() == null ? 0 : probe.slice().from();
            VariableReader[] readers = new VariableReader[probe.variables().size()];
            List<Dimension> dimensions = new ArrayList<>();
            List<String> subexpressions = new ArrayList<>(model.subexpressions().keySet());
            for (int k = 0; k < readers.length; k++) {
                String v = probe.variables().get(k);
                dimensions.add(model.dimensions().get(v));
                if (group.isPerNeuron(v)) {
                    double[] values = group.array(v);
                    readers[k] = (neuron, step) -> values[from + neuron];
                } else if (group.variables().contains(v)) {
                    readers[k] = (neuron, step) -> group.shared(v);
                } else {
                    int index = subexpressions.indexOf(v);
                    readers[k] = (neuron, step) -> group.kernel().subexpression(index, from + neuron, step);
                }
            }
            return new StateRecorder(probe.name(), probe.variables(), dimensions, readers, probe.neurons(), steps(probe.every(), context),
                window(probe.window(), context));
        }
    }

    /** Per-synapse variables of chosen synapses of a projection; the synapses exist only once built, so most checks wait till then. */
    private static final class Synapses extends ProbeBuild<SynapseProbeSpec> {
        Synapses() {
            super(SynapseProbeSpec.class);
        }

        @Override
        void check(SynapseProbeSpec probe, String where, Map<String, GroupBuild> groups, BuildContext context, List<String> problems) {
            checkInterval(where + ".every", probe.every(), context, problems);
        }

        @Override
        Recorder recorder(SynapseProbeSpec probe, Network network, BuildContext context) {
            ProjectionState p = network.projections().get(probe.target());
            if (p == null) {
                throw new SpecException("Probe", probe.name(), "target", SpecException.choices("no projection named '" + probe.target()
                    + "'", network.projections().keySet()));
            }
            VariableReader[] readers = new VariableReader[probe.variables().size()];
            List<Dimension> dimensions = new ArrayList<>();
            for (int k = 0; k < readers.length; k++) {
                String v = probe.variables().get(k);
                if (!p.variables().contains(v)) {
                    throw new SpecException("Probe", probe.name(), "variables", SpecException.choices("'" + v + "' is not a per-synapse "
                        + "variable of projection '" + p.name() + "'", p.variables()));
                }
                readers[k] = p.reader(v);
                dimensions.add(network.projectionUnits().get(p.name()).get(v));
            }
            for (int s : probe.synapses()) {
                if (s < 0 || s >= p.size()) {
                    throw new SpecException("Probe", probe.name(), "synapses", "synapse " + s + " is out of range; projection '" + p.name()
                        + "' has synapses 0.." + (p.size() - 1));
                }
            }
            return new StateRecorder(probe.name(), probe.variables(), dimensions, readers, probe.synapses(), steps(probe.every(), context),
                window(probe.window(), context));
        }
    }

    /**
     * The neurons a probe records (its population, or {@code slice} of it), or {@code null} (with
     * the problem noted) when there is no population of that name or the slice does not fit it.
     */
    private static Neurons target(ProbeSpec probe, Slice slice, String where, BuildContext context, List<String> problems) {
        PopulationSpec target = context.network.populations().stream().filter(p -> p.name().equals(probe.target())).findFirst().orElse(null);
        if (target == null) {
            problems.add(where + ".target: no population named '" + probe.target() + "'");
            return null;
        }
        try {
            return Slice.neurons(target, slice);
        } catch (SpecException e) {
            problems.add(where + ".target: " + e.getMessage());
            return null;
        }
    }

    /**
     * How a spike or rate probe counts the neurons it records (spatial neurons by neuron, see
     * {@link Numbering#spikes}), or {@code null} with the problem noted.
     */
    private static Numbering counted(ProbeSpec probe, Slice slice, String event, String where, BuildContext context, List<String> problems) {
        Neurons target = target(probe, slice, where, context, problems);
        if (target == null) {
            return null;
        }
        try {
            return Numbering.spikes(target.population(), slice, event, "Probe", probe.name(), "target");
        } catch (SpecException e) {
            problems.add(e.getMessage());
            return null;
        }
    }

    /** {@link #counted(ProbeSpec, Slice, String, String, BuildContext, List)} of a probe that passed its checks. */
    private static Numbering counted(ProbeSpec probe, Slice slice, String event, BuildContext context) {
        PopulationSpec target = context.network.populations().stream().filter(p -> p.name().equals(probe.target())).findFirst().orElseThrow();
        return Numbering.spikes(target, slice, event, "Probe", probe.name(), "target");
    }

    /**
     * A recorder of a slice, or of spatial neurons, gets the population's spikes through a
     * {@link SliceSink}, which numbers them as the slice does, spatial neurons by neuron.
     */
    private static Recorder slicing(Slice slice, Numbering counted, SpikeSink recorder) {
        int granule = counted.isConsecutive() ? 1 : counted.stride();
        if (slice == null && granule == 1) {
            return recorder;
        }
        int from = slice == null ? 0 : slice.from();
        return new SliceSink(recorder, from, from + counted.count() * granule, granule);
    }

    private static void checkNeurons(int[] neurons, int size, String label, String where, List<String> problems) {
        if (neurons == null) {
            return;
        }
        int[] outside = java.util.Arrays.stream(neurons).filter(n -> n < 0 || n >= size).toArray();
        if (outside.length > 0) {
            // One problem for the whole list, however long: a range one too far names every index otherwise.
            problems.add(where + ".neurons: neuron " + outside[0] + " is out of range"
                + (outside.length == 1 ? "" : " (and " + (outside.length - 1) + " more, up to " + outside[outside.length - 1] + ")")
                + "; '" + label + "' has neurons 0.." + (size - 1));
        }
    }

    private static void checkInterval(String where, Quantity interval, BuildContext context, List<String> problems) {
        if (interval != null) {
            double k = interval.si() / context.dt;
            if (!interval.dimension().equals(Dimension.TIME) || Math.round(k) < 1 || Math.abs(k - Math.round(k)) > 1e-6) {
                problems.add(where + ": " + interval + " is not a positive multiple of dt (" + context.network.dt() + ")");
            }
        }
    }

    /** The steps a window covers. */
    private static Window window(TimeWindow w, BuildContext context) {
        return new Window(context.steps(w.start().si()), w.stop() == null ? Long.MAX_VALUE : context.steps(w.stop().si()));
    }

    private static long steps(Quantity interval, BuildContext context) {
        return interval == null ? 1 : context.steps(interval.si());
    }
}
