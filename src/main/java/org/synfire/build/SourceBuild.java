package org.synfire.build;

import java.util.Arrays;
import java.util.Comparator;
import org.synfire.engine.SpikeSourceState;
import org.synfire.model.SpecException;
import org.synfire.model.SpikeSourceSpec;
import org.synfire.units.Quantity;
import org.synfire.units.Units;

/**
 * Builds a spike source: event times become steps, sorted, each checked to be representable. The
 * source's state is its events, made while checking.
 */
record SourceBuild(SpikeSourceState state) implements PopulationBuild {

    static SourceBuild check(SpikeSourceSpec spec, BuildContext context) {
        double dt = context.dt;
        int[] indices = spec.indices();
        double[] times = spec.times();
        long[] steps = new long[times.length];
        Integer[] order = new Integer[times.length];
        for (int k = 0; k < times.length; k++) {
            steps[k] = Math.round(times[k] / dt);
            order[k] = k;
            if (steps[k] < 1) {
                throw new SpecException("SpikeSource", spec.name(), "times", "event " + k + " at " + Quantity.of(times[k], Units.second)
                    + " comes before the end of the first step; spikes are reported at the end of the step in which they occur, "
                    + "so the earliest time is dt = " + Quantity.of(dt, Units.second));
            }
        }
        Arrays.sort(order, Comparator.<Integer>comparingLong(k -> steps[k]).thenComparingInt(k -> indices[k]));
        int[] sortedIndices = new int[order.length];
        long[] sortedSteps = new long[order.length];
        for (int k = 0; k < order.length; k++) {
            sortedIndices[k] = indices[order[k]];
            sortedSteps[k] = steps[order[k]];
            if (k > 0 && sortedSteps[k] == sortedSteps[k - 1] && sortedIndices[k] == sortedIndices[k - 1]) {
                throw new SpecException("SpikeSource", spec.name(), "times", "source " + sortedIndices[k] + " has two spikes in the step ending at "
                    + Quantity.of(sortedSteps[k] * dt, Units.second) + "; a source spikes at most once per step (use a smaller dt or merge them)");
            }
        }
        return new SourceBuild(new SpikeSourceState(spec.name(), spec.size(), sortedIndices, sortedSteps));
    }

    /** The events are allocated already, while checking: an index and a step per event. */
    @Override
    public long bytes() {
        return 0;
    }

    @Override
    public SpikeSourceState allocate(BuildContext context) {
        return state;
    }
}
