package org.synfire.build;

import java.util.ArrayList;
import java.util.List;
import org.synfire.engine.GroupState;
import org.synfire.equations.CheckedModel;
import org.synfire.model.NetworkSpec;
import org.synfire.model.PopulationSpec;
import org.synfire.model.ProbeSpec;
import org.synfire.model.SpikeProbeSpec;
import org.synfire.model.StateProbeSpec;
import org.synfire.probe.StateRecorder;
import org.synfire.probe.VariableReader;
import org.synfire.units.Dimension;

/** Checks probes against the populations they record, and builds their recorders. */
final class ProbeBuild {
    private ProbeBuild() {
    }

    /** Every problem of one probe (an empty list when it is fine). */
    static List<String> check(ProbeSpec probe, NetworkSpec spec, List<GroupBuild> groups, double dt) {
        List<String> problems = new ArrayList<>();
        String where = "Probe '" + probe.name() + "'";
        PopulationSpec target = spec.populations().stream().filter(p -> p.name().equals(probe.target())).findFirst().orElse(null);
        if (target == null) {
            problems.add(where + ".target: no population named '" + probe.target() + "'");
            return problems;
        }
        int[] neurons = probe instanceof SpikeProbeSpec s ? s.neurons() : ((StateProbeSpec) probe).neurons();
        if (neurons != null) {
            for (int n : neurons) {
                if (n < 0 || n >= target.size()) {
                    problems.add(where + ".neurons: neuron " + n + " is out of range; '" + target.name() + "' has neurons 0.." + (target.size() - 1));
                }
            }
        }
        if (probe instanceof StateProbeSpec s) {
            GroupBuild group = groups.stream().filter(g -> g.name().equals(s.target())).findFirst().orElse(null);
            if (group == null) {
                if (!(target instanceof org.synfire.model.GroupSpec)) {
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
            if (s.every() != null) {
                double k = s.every().si() / dt;
                if (!s.every().dimension().equals(Dimension.TIME) || Math.round(k) < 1 || Math.abs(k - Math.round(k)) > 1e-6) {
                    problems.add(where + ".every: " + s.every() + " is not a positive multiple of dt (" + spec.dt() + ")");
                }
            }
        }
        return problems;
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
                readers[k] = (neuron, step) -> group.get(v, 0).si();
            } else {
                int index = subexpressions.indexOf(v);
                readers[k] = (neuron, step) -> group.kernel().subexpression(index, neuron, step);
            }
        }
        long every = spec.every() == null ? 1 : Math.round(spec.every().si() / dt);
        return new StateRecorder(spec.name(), spec.variables(), dimensions, readers, spec.neurons(), every);
    }
}
