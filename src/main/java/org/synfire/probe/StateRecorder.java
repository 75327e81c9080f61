package org.synfire.probe;

import java.util.List;
import org.synfire.units.Dimension;

/**
 * Samples chosen variables of chosen neurons every {@code every} steps, at the start of the step
 * (so the first sample is the initial state, as in Brian2's {@code StateMonitor}). Memory: 8 bytes
 * per variable per neuron per sample, plus 8 per sample for the time.
 */
public final class StateRecorder implements StateSampler {
    private final String name;
    private final List<String> variables;
    private final List<Dimension> dimensions;
    private final VariableReader[] readers;
    private final int[] neurons;
    private final long every;
    private final Window window;
    private final DoubleList times = new DoubleList();
    private final DoubleList[] values;

    /**
     * @param name       the probe's name
     * @param variables  the variables recorded
     * @param dimensions the dimension of each variable
     * @param readers    one reader per variable
     * @param neurons    the neurons recorded
     * @param every      the sampling interval in steps (at least 1)
     * @param window     the steps sampled (on the grid of {@code every} counted from step 0)
     */
    public StateRecorder(String name, List<String> variables, List<Dimension> dimensions, VariableReader[] readers,
                         int[] neurons, long every, Window window) {
        this.window = window;
        this.name = name;
        this.variables = List.copyOf(variables);
        this.dimensions = List.copyOf(dimensions);
        this.readers = readers.clone();
        this.neurons = neurons.clone();
        this.every = every;
        this.values = new DoubleList[variables.size() * neurons.length];
        for (int k = 0; k < values.length; k++) {
            values[k] = new DoubleList();
        }
    }

    /** Whether {@code step} falls on the sampling grid. */
    @Override
    public boolean samplesAt(long step) {
        return step % every == 0 && window.contains(step);
    }

    /** Samples if {@code step} falls on the sampling grid. */
    @Override
    public void sample(long step, double dt) {
        if (!samplesAt(step)) {
            return;
        }
        times.add(step * dt);
        for (int v = 0; v < readers.length; v++) {
            for (int n = 0; n < neurons.length; n++) {
                values[v * neurons.length + n].add(readers[v].read(neurons[n], step));
            }
        }
    }

    @Override
    public void writeState(java.io.DataOutput out) throws java.io.IOException {
        times.writeTo(out);
        for (DoubleList v : values) {
            v.writeTo(out);
        }
    }

    @Override
    public void rewind() {
        times.clear();
        for (DoubleList v : values) {
            v.clear();
        }
    }

    @Override
    public void readState(java.io.DataInput in) throws java.io.IOException {
        times.readFrom(in);
        for (DoubleList v : values) {
            v.readFrom(in);
        }
    }

    @Override
    public StateTrace recordings(double dt, long now) {
        double[][][] data = new double[variables.size()][neurons.length][];
        for (int v = 0; v < variables.size(); v++) {
            for (int n = 0; n < neurons.length; n++) {
                data[v][n] = values[v * neurons.length + n].toArray();
            }
        }
        // The sample times are kept as step·dt (what checkpoints hold); dividing by dt recovers each step exactly.
        double[] sampled = times.toArray();
        int[] steps = new int[sampled.length];
        for (int k = 0; k < steps.length; k++) {
            steps[k] = (int) Math.round(sampled[k] / dt);
        }
        return new StateTrace(name, variables, dimensions, neurons.clone(), Times.ofSteps(steps, dt), data);
    }
}
