package org.synfire.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.synfire.engine.GroupState;
import org.synfire.engine.Population;
import org.synfire.engine.ProjectionState;
import org.synfire.equations.CheckedModel;
import org.synfire.model.GroupSpec;
import org.synfire.model.NetworkSpec;
import org.synfire.model.PopulationSpec;
import org.synfire.model.ProbeSpec;
import org.synfire.model.RateProbeSpec;
import org.synfire.model.SpecException;
import org.synfire.model.SpikeProbeSpec;
import org.synfire.model.StateProbeSpec;
import org.synfire.model.SynapseProbeSpec;
import org.synfire.model.TimeWindow;
import org.synfire.probe.RateRecorder;
import org.synfire.probe.SpikeFileRecorder;
import org.synfire.probe.SpikeRecorder;
import org.synfire.probe.SpikeSink;
import org.synfire.probe.StateRecorder;
import org.synfire.probe.VariableReader;
import org.synfire.probe.Window;
import org.synfire.units.Dimension;
import org.synfire.units.Quantity;

/** Checks probes against what they record, and builds their recorders. */
final class ProbeBuild {
    private ProbeBuild() {
    }

    /** Every problem of one probe that can be seen before anything is allocated (an empty list when it is fine). */
    static List<String> check(ProbeSpec probe, NetworkSpec spec, List<GroupBuild> groups, double dt) {
        List<String> problems = new ArrayList<>();
        String where = "Probe '" + probe.name() + "'";
        if (probe instanceof SynapseProbeSpec s) {
            checkInterval(where + ".every", s.every(), spec, dt, problems);
            return problems;
        }
        PopulationSpec target = spec.populations().stream().filter(p -> p.name().equals(probe.target())).findFirst().orElse(null);
        if (target == null) {
            problems.add(where + ".target: no population named '" + probe.target() + "'");
            return problems;
        }
        int[] neurons = probe instanceof SpikeProbeSpec s ? s.neurons() : probe instanceof StateProbeSpec s ? s.neurons() : null;
        if (neurons != null) {
            for (int n : neurons) {
                if (n < 0 || n >= target.size()) {
                    problems.add(where + ".neurons: neuron " + n + " is out of range; '" + target.name() + "' has neurons 0.." + (target.size() - 1));
                }
            }
        }
        if (probe instanceof RateProbeSpec r) {
            if (r.bin() == null) {
                problems.add(where + ".bin: give a bin width, e.g. 1 ms");
            } else {
                checkInterval(where + ".bin", r.bin(), spec, dt, problems);
            }
        }
        if (probe instanceof StateProbeSpec s) {
            GroupBuild group = groups.stream().filter(g -> g.name().equals(s.target())).findFirst().orElse(null);
            if (group == null) {
                if (!(target instanceof GroupSpec)) {
                    problems.add(where + ".target: '" + s.target() + "' is a spike source and has no variables to record");
                }
                return problems;
            }
            for (String v : s.variables()) {
                if (group.model().equations().get(v) == null) {
                    problems.add(where + ".variables: '" + v + "' is not a variable of group '" + s.target() + "'; known: "
                        + String.join(", ", group.model().equations().names()));
                }
            }
            checkInterval(where + ".every", s.every(), spec, dt, problems);
        }
        return problems;
    }

    private static void checkInterval(String where, Quantity interval, NetworkSpec spec, double dt, List<String> problems) {
        if (interval != null) {
            double k = interval.si() / dt;
            if (!interval.dimension().equals(Dimension.TIME) || Math.round(k) < 1 || Math.abs(k - Math.round(k)) > 1e-6) {
                problems.add(where + ": " + interval + " is not a positive multiple of dt (" + spec.dt() + ")");
            }
        }
    }

    /** The steps a window covers. */
    static Window window(TimeWindow w, double dt) {
        return new Window(Math.round(w.start().si() / dt), w.stop() == null ? Long.MAX_VALUE : Math.round(w.stop().si() / dt));
    }

    private static long steps(Quantity interval, double dt) {
        return interval == null ? 1 : Math.round(interval.si() / dt);
    }

    /** The recorder of a spike or rate probe. */
    static SpikeSink spikeSink(ProbeSpec probe, Population target, double dt) {
        Window window = window(probe.window(), dt);
        if (probe instanceof RateProbeSpec r) {
            return new RateRecorder(r.name(), target.size(), steps(r.bin(), dt), window);
        }
        SpikeProbeSpec s = (SpikeProbeSpec) probe;
        return s.file() == null ? new SpikeRecorder(s.name(), target.size(), s.neurons(), window)
            : new SpikeFileRecorder(s.name(), s.file(), target.size(), s.neurons(), dt, window);
    }

    static StateRecorder stateRecorder(StateProbeSpec spec, GroupState group, CheckedModel model, double dt) {
        VariableReader[] readers = new VariableReader[spec.variables().size()];
        List<Dimension> dimensions = new ArrayList<>();
        List<String> subexpressions = new ArrayList<>(model.subexpressions().keySet());
        for (int k = 0; k < readers.length; k++) {
            String v = spec.variables().get(k);
            dimensions.add(model.dimensions().get(v));
            if (group.isPerNeuron(v)) {
                double[] values = group.array(v);
                readers[k] = (neuron, step) -> values[neuron];
            } else if (group.variables().contains(v)) {
                readers[k] = (neuron, step) -> group.shared(v);
            } else {
                int index = subexpressions.indexOf(v);
                readers[k] = (neuron, step) -> group.kernel().subexpression(index, neuron, step);
            }
        }
        return new StateRecorder(spec.name(), spec.variables(), dimensions, readers, spec.neurons(), steps(spec.every(), dt),
            window(spec.window(), dt));
    }

    /**
     * The recorder of a synapse probe, once the projection's synapses exist.
     *
     * @throws SpecException if a variable is not per synapse or a synapse index is out of range
     */
    static StateRecorder synapseRecorder(SynapseProbeSpec spec, Map<String, ProjectionState> projections,
                                         Map<String, Map<String, Dimension>> units, double dt) {
        ProjectionState p = projections.get(spec.target());
        if (p == null) {
            throw new SpecException("Probe", spec.name(), "target", SpecException.choices("no projection named '" + spec.target() + "'",
                projections.keySet()));
        }
        VariableReader[] readers = new VariableReader[spec.variables().size()];
        List<Dimension> dimensions = new ArrayList<>();
        for (int k = 0; k < readers.length; k++) {
            String v = spec.variables().get(k);
            if (!p.variables().contains(v)) {
                throw new SpecException("Probe", spec.name(), "variables", SpecException.choices("'" + v + "' is not a per-synapse "
                    + "variable of projection '" + p.name() + "'", p.variables()));
            }
            readers[k] = p.reader(v);
            dimensions.add(units.get(p.name()).get(v));
        }
        for (int s : spec.synapses()) {
            if (s < 0 || s >= p.size()) {
                throw new SpecException("Probe", spec.name(), "synapses", "synapse " + s + " is out of range; projection '" + p.name()
                    + "' has synapses 0.." + (p.size() - 1));
            }
        }
        return new StateRecorder(spec.name(), spec.variables(), dimensions, readers, spec.synapses(), steps(spec.every(), dt),
            window(spec.window(), dt));
    }
}
